/**
 * Catch scopes: while the body of a `try` is lowered, every state that can fail (Task, Parallel,
 * Map) gets a Catch entry per active catcher, innermost first, ending at the first `States.ALL`.
 * The entries' `Next` wait as edges on their catcher until its handler is lowered.
 */
import type { Stmt } from "../../ir/types.js";
import type { AslState, Edge, Flow, Graph } from "./builder.js";

export interface Catcher {
  errors: readonly string[];
  /** The slot the error output `{ Error, Cause }` goes to; none when nobody reads it (ResultPath null). */
  slot?: string;
  /** Transitions into the handler: Catch entries and thrown errors. */
  edges: Edge[];
  /** For each edge, whether the data there is the object of variables (false: the raw input). */
  inputs: boolean[];
}

export interface CatchScope {
  catchers: Catcher[];
}

export interface FinallyFrame {
  body: readonly Stmt[];
  /** How many catch scopes enclose the try statement (the finally block runs under those only). */
  scopeDepth: number;
}

const CAN_FAIL = new Set(["Task", "Parallel", "Map"]);

/** The catchers an error raised here meets, in the order Step Functions tries them. */
export function activeCatchers(graph: Graph): Catcher[] {
  const found: Catcher[] = [];
  const scopes = graph.catchScopes ?? [];
  for (let i = scopes.length - 1; i >= 0; i--) {
    for (const catcher of scopes[i].catchers) {
      found.push(catcher);
      if (catcher.errors.includes("States.ALL")) return found;
    }
  }
  return found;
}

export function slotPath(catcher: Catcher): string | null {
  return catcher.slot === undefined ? null : `$.${catcher.slot}`;
}

/** Adds the Catch entries of the active catchers to a state that can fail. */
export function attachCatchers(graph: Graph, flow: Flow, state: AslState): void {
  if (!CAN_FAIL.has(state.Type as string)) return;
  const catchers = activeCatchers(graph);
  if (catchers.length === 0) return;
  state.Catch = catchers.map((catcher) => {
    const entry: AslState = { ErrorEquals: [...catcher.errors], ResultPath: slotPath(catcher) };
    catcher.edges.push((target) => void (entry.Next = target));
    catcher.inputs.push(flow.established);
    return entry;
  });
}
