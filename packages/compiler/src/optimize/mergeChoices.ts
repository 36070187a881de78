import type { AslDefinition } from "../types.js";
import { predecessorCounts } from "./graph.js";

/**
 * An `else if` chain lowers to Choices whose Default is the next Choice; one Choice holds them
 * all, so a chain costs one state transition instead of one per test.
 */
export function mergeChoices(definition: AslDefinition): AslDefinition {
  const states = { ...definition.States };
  let changed = true;
  while (changed) {
    changed = false;
    const counts = predecessorCounts({ ...definition, States: states });
    for (const [name, state] of Object.entries(states)) {
      if (state.Type !== "Choice" || typeof state.Default !== "string") continue;
      const next = states[state.Default];
      if (!next || next.Type !== "Choice" || counts.get(state.Default) !== 1 || state.Default === name) continue;
      const merged: Record<string, unknown> = { ...state, Choices: [...(state.Choices as unknown[]), ...(next.Choices as unknown[])] };
      delete merged.Default;
      if (next.Default !== undefined) merged.Default = next.Default;
      delete states[state.Default];
      states[name] = merged;
      changed = true;
      break;
    }
  }
  return { ...definition, States: states };
}
