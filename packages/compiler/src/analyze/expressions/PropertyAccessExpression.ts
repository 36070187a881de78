import { Node, type ElementAccessExpression, type PropertyAccessExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { foldConstant } from "../constants.js";
import type { Expr, Json, PathSegment } from "../../ir/types.js";
import { labelOf } from "../statements/index.js";
import { kindsOfJson } from "./literal.js";
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

/**
 * `a.b`: a longer path into the same value. `a?.b` is the same path: JSON has no undefined, so
 * where `a` is absent or null `a.b` is absent too, which is what presence tests (IsPresent on
 * the deep path) and payloads (the property left out) already mean for a value that may be absent.
 */
export function analyzePropertyAccess(node: PropertyAccessExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const caught = caughtErrorField(node, context);
  if (caught) return caught;
  const base = analyzeExpression(node.getExpression(), context, hoisted);
  const name = node.getName();
  if (name === "length" && (has(base.kinds, "array") || has(base.kinds, "string"))) return arrayLength(base, node);
  return extend(base, name, node, context, hoisted);
}

/** `a[0]`, `a["key"]`: literal indexes are paths. */
export function analyzeElementAccess(node: ElementAccessExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const base = analyzeExpression(node.getExpression(), context, hoisted);
  const index = foldConstant(node.getArgumentExpressionOrThrow());
  if (!index && has(base.kinds, "array")) return arrayItem(base, node, context, hoisted);
  if (!index || (typeof index.value !== "string" && typeof index.value !== "number")) {
    fail(node, "unsupportedExpression", { what: "an index that is not a literal" });
  }
  if (typeof index.value === "number" && (!Number.isInteger(index.value) || index.value < 0)) {
    fail(node, "unsupportedExpression", { what: "a negative or fractional index" });
  }
  return extend(base, index.value, node, context, hoisted);
}

function extend(base: Expr, segment: PathSegment, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const kinds = kindsOfNode(node) ?? [];
  if (base.kind === "literal") return literalMember(base.value, segment, node);
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
  if (base.kind === "object" || base.kind === "array") {
    return fail(node, "maybeAbsent", { what: `the property \`${String(segment)}\`` });
  }
  const merged = base.kind === "intrinsic" && base.name === "States.JsonMerge" ? mergedMember(base, segment) : undefined;
  if (merged) return merged;
  // A computed value (a merge, a parsed string, an item at a variable index) has no path of its
  // own: hold it once in a variable, whose fields are then paths like any other.
  const id = newVariable(context, "computed", base.kinds);
  hoisted.push({ kind: "assign", variable: id, value: base, label: labelOf(baseNodeOf(node)), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id }, path: [segment], kinds };
}

/** `{ ...a, k: v }.k` is `v`: the last piece that surely has the key wins, as in the merge. */
function mergedMember(merge: Extract<Expr, { kind: "intrinsic" }>, segment: PathSegment): Expr | undefined {
  const [first, second] = merge.args;
  for (const piece of [second, first]) {
    if (piece.kind === "object") {
      const entry = piece.entries.find((e) => e.key === segment);
      if (entry) return entry.value;
      continue;
    }
    if (piece.kind === "literal" && piece.value !== null && typeof piece.value === "object" && !Array.isArray(piece.value)) {
      if (typeof segment === "string" && Object.hasOwn(piece.value, segment)) return literalMember(piece.value, segment);
      continue;
    }
    if (piece.kind === "intrinsic" && piece.name === "States.JsonMerge") return mergedMember(piece, segment);
    // Any other piece may or may not hold the key: only the merged value knows.
    return undefined;
  }
  return undefined;
}

function baseNodeOf(node: Node): Node {
  return Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) ? node.getExpression() : node;
}

/** A member of a value known at compile time (a const of literals declared in the body). */
function literalMember(value: Json, segment: PathSegment, node?: Node): Expr {
  const member =
    Array.isArray(value) && typeof segment === "number"
      ? value[segment]
      : value !== null && typeof value === "object" && !Array.isArray(value) && typeof segment === "string" && Object.hasOwn(value, segment)
        ? value[segment]
        : undefined;
  if (member === undefined) return fail(node!, "maybeAbsent", { what: `the property \`${String(segment)}\`` });
  return { kind: "literal", value: member, kinds: kindsOfJson(member) };
}

function contextRead(path: readonly string[], segment: PathSegment, kinds: Expr["kinds"], node: Node): Expr {
  const field = typeof segment === "string" ? CONTEXT_FIELDS[segment] : undefined;
  if (!field) fail(node, "unsupportedExpression", { what: `the context field \`${String(segment)}\`` });
  return { kind: "read", root: { kind: "context", path: [...path, field] }, path: [], kinds };
}
