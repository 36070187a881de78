import type { AslDefinition } from "../types.js";
import { predecessorCounts } from "./graph.js";

const CAN_END = new Set(["Task", "Pass", "Wait", "Parallel", "Map"]);

/**
 * A Succeed that only selects the output (`return total`) folds into the one state before it,
 * which ends the execution with that OutputPath: the same output for one transition less.
 */
export function foldSucceed(definition: AslDefinition): AslDefinition {
  const states = { ...definition.States };
  const counts = predecessorCounts(definition);
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type !== "Succeed" || state.InputPath !== undefined || counts.get(name) !== 1 || definition.StartAt === name) continue;
    const entry = Object.entries(states).find(([, s]) => s.Next === name);
    if (!entry) continue;
    const [previousName, previous] = entry;
    if (!CAN_END.has(previous.Type as string) || previous.OutputPath !== undefined) continue;
    const folded: Record<string, unknown> = { ...previous };
    delete folded.Next;
    if (state.OutputPath !== undefined) folded.OutputPath = state.OutputPath;
    folded.End = true;
    states[previousName] = folded;
    delete states[name];
  }
  return { ...definition, States: states };
}
