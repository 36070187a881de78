import { Node, type ArrayLiteralExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";

/** `[a, b]`: an array built with `States.Array` when any element varies. */
export function analyzeArrayLiteral(node: ArrayLiteralExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const items = node.getElements().map((element, index) => {
    if (Node.isSpreadElement(element)) fail(element, "unsupportedExpression", { what: "array spread (`...`)" });
    if (Node.isOmittedExpression(element)) fail(element, "unsupportedExpression", { what: "a hole in an array literal" });
    const value = analyzeExpression(element, context, hoisted);
    requirePresent(value, element, `the element ${index}`);
    return value;
  });
  return { kind: "array", items, kinds: ["array"] };
}
