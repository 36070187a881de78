import type { Node } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { Expr } from "../../ir/types.js";
import { requirePresent } from "./presence.js";

/**
 * `a + b` and `a - b` of numbers as `States.MathAdd`. Step Functions documents MathAdd for
 * integers: integer literals are checked here; a value whose static type is `number` is accepted
 * and must be an integer at run time (the contract: "number + / - of integers").
 * JSONPath has no negation, so `a - b` needs a literal `b` (folded into MathAdd(a, -b)).
 */
export function numberSum(op: "+" | "-", left: Expr, right: Expr, nodes: { left: Node; right: Node }): Expr {
  requireInteger(left, nodes.left);
  requireInteger(right, nodes.right);
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

function requireInteger(value: Expr, node: Node): void {
  requirePresent(value, node, "the operand");
  if (value.kinds.length !== 1 || value.kinds[0] !== "number") {
    fail(node, "unsupportedExpression", { what: `\`+\` or \`-\` of \`${node.getText()}\`, which is not always a number,` });
  }
  if (value.kind === "literal" && !Number.isSafeInteger(value.value)) {
    fail(node, "nonIntegerArithmetic", { what: `\`${node.getText()}\`` });
  }
}
