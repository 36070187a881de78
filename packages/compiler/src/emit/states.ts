/**
 * Counts the states of a definition, including those nested in Parallel branches and Map
 * iterations: that is the size a reader of the build's output cares about ("12 states").
 */
export function countStates(machine: { States?: Record<string, unknown> }): number {
  let count = 0;
  for (const state of Object.values(machine.States ?? {})) {
    count += 1;
    if (!isRecord(state)) continue;
    for (const branch of asArray(state.Branches)) count += isRecord(branch) ? countStates(branch) : 0;
    // Map: `ItemProcessor` today, `Iterator` in older definitions.
    for (const nested of [state.ItemProcessor, state.Iterator]) count += isRecord(nested) ? countStates(nested) : 0;
  }
  return count;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
