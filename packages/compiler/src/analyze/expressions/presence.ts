import type { Node } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { Expr } from "../../ir/types.js";

/** A value placed into a payload must exist: a reference to an absent field fails the state. */
export function requirePresent(value: Expr, node: Node, what: string): void {
  if (value.kind === "read" && value.kinds.includes("undefined")) fail(node, "maybeAbsent", { what });
}
