import type { AslDefinition } from "../../src/types.js";

/** How many states of a type a definition has (cost is counted in Choice and Pass states). */
export function countStates(definition: AslDefinition, type: string): number {
  return Object.values(definition.States).filter((state) => state.Type === type).length;
}
