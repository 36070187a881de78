import type { AslDefinition } from "../types.js";
import { foldSucceed } from "./foldSucceed.js";
import { mergeChoices } from "./mergeChoices.js";
import { removeUnreachable } from "./removeUnreachable.js";

/** Each pass is a pure function over the definition; the order matters only for speed. */
export const PASSES: readonly ((definition: AslDefinition) => AslDefinition)[] = [mergeChoices, foldSucceed, removeUnreachable];

export function optimize(definition: AslDefinition): AslDefinition {
  return PASSES.reduce((current, pass) => pass(current), definition);
}
