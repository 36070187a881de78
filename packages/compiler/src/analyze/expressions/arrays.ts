import type { ElementAccessExpression, Node } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";

/** `xs.length` of an array: `States.ArrayLength`. A string's length has no intrinsic. */
export function arrayLength(base: Expr, node: Node): Expr {
  if (base.kinds.some((kind) => kind !== "array")) {
    fail(node, "unsupportedExpression", { what: "`.length` of a string (or of a value that may be one)" });
  }
  requirePresent(base, node, "the array");
  return { kind: "intrinsic", name: "States.ArrayLength", args: [base], kinds: ["number"] };
}

/**
 * `xs[i]` with an index computed at run time: `States.ArrayGetItem`. The index must be an
 * integer inside the array: outside it JavaScript gives `undefined`, which ASL has no value for.
 */
export function arrayItem(base: Expr, node: ElementAccessExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (base.kinds.some((kind) => kind !== "array")) {
    fail(node.getExpression(), "unsupportedExpression", { what: "a computed index into a value that may not be an array" });
  }
  requirePresent(base, node.getExpression(), "the array");
  const indexNode = node.getArgumentExpressionOrThrow();
  const index = analyzeExpression(indexNode, context, hoisted);
  requirePresent(index, indexNode, "the index");
  if (index.kinds.length !== 1 || index.kinds[0] !== "number") {
    fail(indexNode, "unsupportedExpression", { what: "an index that is not a number" });
  }
  return { kind: "intrinsic", name: "States.ArrayGetItem", args: [base, index], kinds: kindsOfNode(node) ?? [] };
}
