import type { AslDefinition } from "../types.js";

export type States = AslDefinition["States"];
export type State = States[string];

/** Every state a state transitions to: Next, Choice rules and Default, Catchers. */
export function successors(state: State): string[] {
  const targets: string[] = [];
  if (typeof state.Next === "string") targets.push(state.Next);
  if (typeof state.Default === "string") targets.push(state.Default);
  for (const rule of (state.Choices as { Next: string }[] | undefined) ?? []) targets.push(rule.Next);
  for (const catcher of (state.Catch as { Next: string }[] | undefined) ?? []) targets.push(catcher.Next);
  return targets;
}

/** How many transitions lead to each state (StartAt counts as one). */
export function predecessorCounts(definition: AslDefinition): Map<string, number> {
  const counts = new Map<string, number>([[definition.StartAt, 1]]);
  for (const state of Object.values(definition.States)) {
    for (const target of successors(state)) counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}
