import type { AslDefinition } from "../types.js";
import { successors } from "./graph.js";

/** States no transition reaches are dropped (validators reject them, and they cost nothing to lose). */
export function removeUnreachable(definition: AslDefinition): AslDefinition {
  const reached = new Set<string>();
  const pending = [definition.StartAt];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name) || !definition.States[name]) continue;
    reached.add(name);
    pending.push(...successors(definition.States[name]));
  }
  return { ...definition, States: Object.fromEntries(Object.entries(definition.States).filter(([name]) => reached.has(name))) };
}
