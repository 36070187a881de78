import { Node, type ElementAccessExpression, type PropertyAccessExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { foldConstant } from "../constants.js";
import type { Expr, PathSegment } from "../../ir/types.js";
import { has, kindsOfNode } from "../kinds.js";
import { analyzeExpression } from "./index.js";
import { arrayItem, arrayLength } from "./arrays.js";
import { caughtErrorField } from "../caughtErrors.js";

/** `$$` fields as the context parameter names them, in camelCase. */
const CONTEXT_FIELDS: Record<string, string> = {
  execution: "Execution",
  stateMachine: "StateMachine",
  state: "State",
  id: "Id",
  name: "Name",
  startTime: "StartTime",
  input: "Input",
  roleArn: "RoleArn",
  enteredTime: "EnteredTime",
  retryCount: "RetryCount",
};

/** `a.b`: a longer path into the same value. */
export function analyzePropertyAccess(node: PropertyAccessExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (node.hasQuestionDotToken()) {
    fail(node, "unsupportedExpression", { what: "optional chaining (`?.`)" });
  }
  const caught = caughtErrorField(node, context);
  if (caught) return caught;
  const base = analyzeExpression(node.getExpression(), context, hoisted);
  const name = node.getName();
  if (name === "length" && (has(base.kinds, "array") || has(base.kinds, "string"))) return arrayLength(base, node);
  return extend(base, name, node);
}

/** `a[0]`, `a["key"]`: literal indexes are paths. */
export function analyzeElementAccess(node: ElementAccessExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (node.hasQuestionDotToken()) fail(node, "unsupportedExpression", { what: "optional chaining (`?.`)" });
  const base = analyzeExpression(node.getExpression(), context, hoisted);
  const index = foldConstant(node.getArgumentExpressionOrThrow());
  if (!index && has(base.kinds, "array")) return arrayItem(base, node, context, hoisted);
  if (!index || (typeof index.value !== "string" && typeof index.value !== "number")) {
    fail(node, "unsupportedExpression", { what: "an index that is not a literal" });
  }
  if (typeof index.value === "number" && (!Number.isInteger(index.value) || index.value < 0)) {
    fail(node, "unsupportedExpression", { what: "a negative or fractional index" });
  }
  return extend(base, index.value, node);
}

function extend(base: Expr, segment: PathSegment, node: Node): Expr {
  const kinds = kindsOfNode(node) ?? [];
  if (base.kind === "read") {
    const insideInput = base.root.kind === "context" && base.root.path[0] === "Execution" && base.root.path[1] === "Input";
    if (base.root.kind === "context" && !insideInput) return contextRead(base.root.path, segment, kinds, node);
    return { kind: "read", root: base.root, path: [...base.path, segment], kinds };
  }
  if (base.kind === "object" && typeof segment === "string") {
    const entry = base.entries.find((e) => e.key === segment);
    if (entry) return entry.value;
  }
  if (base.kind === "array" && typeof segment === "number" && segment < base.items.length) return base.items[segment];
  return fail(node, "unsupportedExpression", { what: "a property of a computed value" });
}

function contextRead(path: readonly string[], segment: PathSegment, kinds: Expr["kinds"], node: Node): Expr {
  const field = typeof segment === "string" ? CONTEXT_FIELDS[segment] : undefined;
  if (!field) fail(node, "unsupportedExpression", { what: `the context field \`${String(segment)}\`` });
  return { kind: "read", root: { kind: "context", path: [...path, field] }, path: [], kinds };
}
