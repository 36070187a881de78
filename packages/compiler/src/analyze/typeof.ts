import { Node, type BinaryExpression } from "ts-morph";
import { unwrap } from "../discover/workflows.js";
import { fail } from "../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "./context.js";
import { operand } from "./conditions.js";
import { foldConstant } from "./constants.js";
import type { CompareOp, Cond, Kind, TypeofName } from "../ir/types.js";

/** The JSON kinds for which `typeof` gives each name (`typeof null` is "object"). */
const KINDS_OF_TYPEOF: Record<TypeofName, readonly Kind[]> = {
  string: ["string"],
  number: ["number"],
  boolean: ["boolean"],
  object: ["object", "array", "null"],
  undefined: ["undefined"],
};
const ALL_KINDS: readonly Kind[] = ["string", "number", "boolean", "null", "object", "array", "undefined"];
/** Names `typeof` gives that no JSON value has. */
const NEVER_JSON = new Set(["function", "symbol", "bigint"]);

/**
 * `typeof x === "string"` (either operand order, `===` or `!==`): a type test, folded to a constant
 * or a presence test where the static type already decides it. Undefined when the comparison is
 * not of this form.
 */
export function analyzeTypeofComparison(node: BinaryExpression, op: CompareOp, context: AnalysisContext, hoisted: Hoisted): Cond | undefined {
  if (op !== "===" && op !== "!==") return undefined;
  const [left, right] = [unwrap(node.getLeft())!, unwrap(node.getRight())!];
  const typeofNode = Node.isTypeOfExpression(left) ? left : Node.isTypeOfExpression(right) ? right : undefined;
  if (!typeofNode) return undefined;
  const otherNode = typeofNode === left ? right : left;
  const name = foldConstant(otherNode)?.value;
  if (typeof name !== "string") {
    return fail(otherNode, "invalidComparison", { what: "`typeof x` can be compared only with a string literal such as \"string\"" });
  }
  const test = typeTest(typeofNode.getExpression(), name, context, hoisted);
  return op === "===" ? test : { kind: "not", item: test };
}

function typeTest(valueNode: Node, name: string, context: AnalysisContext, hoisted: Hoisted): Cond {
  if (NEVER_JSON.has(name)) return { kind: "constant", value: false };
  if (!(name in KINDS_OF_TYPEOF)) {
    return fail(valueNode.getParentOrThrow(), "invalidComparison", { what: `\`typeof\` never gives "${name}"` });
  }
  const type = name as TypeofName;
  const value = operand(valueNode, context, hoisted);
  // Unknown static types (any, unknown) may be of every kind: the rule tests them all.
  const kinds = value.kinds.length > 0 ? value.kinds : ALL_KINDS;
  const matching = kinds.filter((k) => KINDS_OF_TYPEOF[type].includes(k));
  if (matching.length === 0) return { kind: "constant", value: false };
  if (matching.length === kinds.length) return { kind: "constant", value: true };
  if (type !== "undefined" && matching.length === kinds.length - 1 && kinds.includes("undefined")) {
    return { kind: "present", value };
  }
  return { kind: "typeof", value: { ...value, kinds }, type };
}
