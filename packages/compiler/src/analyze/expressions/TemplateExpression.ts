import type { Node, TemplateExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";
import { limitNesting } from "./intrinsics.js";

/** `` `order ${id}` ``: `States.Format`, which renders strings, numbers and booleans as JavaScript does. */
export function analyzeTemplate(node: TemplateExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const parts = [node.getHead().getLiteralText()];
  const values: Expr[] = [];
  for (const span of node.getTemplateSpans()) {
    values.push(formatOperand(span.getExpression(), context, hoisted));
    parts.push(span.getLiteral().getLiteralText());
  }
  return limitNesting({ kind: "format", parts, values, kinds: ["string"] }, node, context, hoisted);
}

/** A value interpolated into a string: only scalars read the same in States.Format as in JavaScript. */
export function formatOperand(node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const value = analyzeExpression(node, context, hoisted);
  requirePresent(value, node, "the interpolated value");
  if (value.kinds.length === 0 || value.kinds.some((k) => k === "object" || k === "array" || k === "undefined")) {
    fail(node, "unsupportedExpression", { what: "interpolating a value that is not a string, number, boolean or null" });
  }
  return value;
}
