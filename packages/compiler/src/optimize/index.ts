import type { AslDefinition } from "../types.js";
import { foldSucceed } from "./foldSucceed.js";
import { fusePasses } from "./fusePasses.js";
import { mergeChoices } from "./mergeChoices.js";
import { mergeFails } from "./mergeFails.js";
import { removeUnreachable } from "./removeUnreachable.js";
import { shareTails } from "./shareTails.js";
import { threadJumps } from "./threadJumps.js";
import { uniqueNames } from "./uniqueNames.js";

/** Each pass is a pure function over the definition; the order matters only for speed. */
export const PASSES: readonly ((definition: AslDefinition) => AslDefinition)[] = [mergeChoices, fusePasses, threadJumps, removeUnreachable, foldSucceed, mergeFails, shareTails, removeUnreachable];

/**
 * Runs the passes on the definition and on every state machine nested in it (Parallel branches,
 * Map processors), then makes the names that nested graphs chose alone unique across all of them.
 */
export function optimize(definition: AslDefinition): AslDefinition {
  return uniqueNames(optimizeGraph(definition));
}

function optimizeGraph(definition: AslDefinition): AslDefinition {
  return PASSES.reduce((current, pass) => pass(current), optimizeNested(definition));
}

function optimizeNested(definition: AslDefinition): AslDefinition {
  const states = Object.fromEntries(
    Object.entries(definition.States).map(([name, state]) => {
      const branches = state.Branches as AslDefinition[] | undefined;
      const processor = state.ItemProcessor as AslDefinition | undefined;
      if (branches) return [name, { ...state, Branches: branches.map(optimizeGraph) }];
      if (processor) return [name, { ...state, ItemProcessor: { ...processor, ...optimizeGraph(processor) } }];
      return [name, state];
    }),
  );
  return { ...definition, States: states };
}
