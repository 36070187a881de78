import { Node } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail } from "../../diagnostics/report.js";
import type { Expr } from "../../ir/types.js";
import { isProvablyInteger } from "../integers.js";
import { requirePresent } from "./presence.js";

/**
 * `a + b` and `a - b` of numbers as `States.MathAdd`. Step Functions documents MathAdd for
 * integers, so each operand must be provably integer (integers.ts): a `number` that may hold
 * 0.5 would be added differently, or fail, where JavaScript adds it exactly.
 * JSONPath has no negation, so `a - b` needs a literal `b` (folded into MathAdd(a, -b)).
 */
export function numberSum(op: "+" | "-", left: Expr, right: Expr, nodes: { left: Node; right: Node }): Expr {
  // In `total = total + r.amount` both fail (total is not integer because of this very write):
  // the operand that is not a plain variable is the one to fix, so it is checked first.
  const order = isVariableName(nodes.left) && !isVariableName(nodes.right) ? ["right", "left"] as const : ["left", "right"] as const;
  for (const side of order) requireInteger(side === "left" ? left : right, nodes[side]);
  if (op === "-") {
    if (right.kind !== "literal") fail(nodes.right, "subtractVariable", { what: `\`${nodes.right.getText()}\`` });
    right = { kind: "literal", value: 0 - (right.value as number), kinds: ["number"] };
  }
  if (left.kind === "literal" && right.kind === "literal") {
    return { kind: "literal", value: (left.value as number) + (right.value as number), kinds: ["number"] };
  }
  if (right.kind === "literal" && right.value === 0) return left;
  if (left.kind === "literal" && left.value === 0) return right;
  return { kind: "intrinsic", name: "States.MathAdd", args: [left, right], kinds: ["number"] };
}

function isVariableName(node: Node): boolean {
  return Node.isIdentifier(unwrap(node));
}

function requireInteger(value: Expr, node: Node): void {
  requirePresent(value, node, "the operand");
  if (value.kinds.length !== 1 || value.kinds[0] !== "number") {
    fail(node, "unsupportedExpression", { what: `\`+\` or \`-\` of \`${node.getText()}\`, which is not always a number,` });
  }
  if (value.kind === "literal") {
    if (!Number.isSafeInteger(value.value)) fail(node, "nonIntegerArithmetic", { what: `\`${node.getText()}\`` });
  } else if (!isProvablyInteger(node)) {
    fail(node, "notProvablyInteger", { what: `\`${node.getText()}\`` });
  }
}
