/**
 * Where each state of a definition came from in the TypeScript, for the source map, `explain`,
 * `run` and `graph`.
 *
 * A state is tagged when it is made (see `addState`) with the statement being lowered then: the
 * states a compound statement makes after its nested statements (a loop's back edge, a join)
 * are its own, and those its nested statements make are theirs.
 *
 * The origin is kept on the state object itself, under a symbol key. The optimizer's passes copy
 * states with object spreads, which keep symbol-keyed properties, and JSON never sees them; once the
 * source map is made, the compile keeps a plain JSON copy of the definition. So no pass has to carry a side table of names along, and a
 * state a pass builds from nothing simply has no origin (the source map then leaves it out).
 */
import type { SourceLocation } from "../diagnostics/report.js";
import type { Stmt } from "../ir/types.js";

export const ORIGIN: unique symbol = Symbol("stepscript.origin");
/** On a Choice rule (and on a Choice state, for its Default): the TypeScript condition it tests. */
export const CONDITION: unique symbol = Symbol("stepscript.condition");

export interface StateOrigin {
  at: SourceLocation;
  /** What produced the state: `call validateOrder`, `if`, `for…of`, `catch`, `return`, … */
  construct: string;
}

type Tagged = Record<string | symbol, unknown>;

/** The construct a statement is, as the source map names it. */
export function constructOf(stmt: Stmt): string {
  switch (stmt.kind) {
    case "call":
      return stmt.call.target.kind === "workflow" ? `start ${stmt.call.taskName}` : `call ${stmt.call.taskName}`;
    case "assign":
      return stmt.construct ?? "assignment";
    case "loop":
      return stmt.construct;
    case "rethrow":
      return "throw";
    case "try":
      return stmt.catch ? "catch" : "finally";
    default:
      return stmt.kind;
  }
}

/** Tags a state with the origin of the statement being lowered when it is made. */
export function tagOrigin(state: object, origin: StateOrigin | undefined): void {
  if (origin && (state as Tagged)[ORIGIN] === undefined) (state as Tagged)[ORIGIN] = origin;
}

export function originOf(state: object): StateOrigin | undefined {
  return (state as Tagged)[ORIGIN] as StateOrigin | undefined;
}

/** Records the TypeScript text a Choice rule (or a Choice's Default, when set on the state) stands for. */
export function setCondition(target: object, text: string): void {
  (target as Tagged)[CONDITION] = text;
}

export function conditionOf(target: object): string | undefined {
  return (target as Tagged)[CONDITION] as string | undefined;
}
