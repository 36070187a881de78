import { Node, SyntaxKind } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { bindingOf, type AnalysisContext, type Hoisted } from "../context.js";
import { numberSum } from "../expressions/arithmetic.js";
import { concat } from "../expressions/BinaryExpression.js";
import { analyzeExpression } from "../expressions/index.js";
import { formatOperand } from "../expressions/TemplateExpression.js";
import { limitNesting } from "../expressions/intrinsics.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { labelOf } from "./index.js";

const COMPOUND: Partial<Record<SyntaxKind, "+" | "-" | undefined>> = {
  [SyntaxKind.PlusEqualsToken]: "+",
  [SyntaxKind.MinusEqualsToken]: "-",
  [SyntaxKind.AsteriskEqualsToken]: undefined,
  [SyntaxKind.SlashEqualsToken]: undefined,
  [SyntaxKind.PercentEqualsToken]: undefined,
  [SyntaxKind.AsteriskAsteriskEqualsToken]: undefined,
};

/**
 * `i++`, `i--`, `++i`, `--i`, `i += k`, `i -= k` on a workflow variable, as statements: an
 * assignment of `States.MathAdd` (string `s += t` is `States.Format`). Undefined for other expressions.
 */
export function analyzeCounterUpdate(expression: Node, context: AnalysisContext): Stmt[] | undefined {
  const at = locationOf(expression);
  if ((Node.isPostfixUnaryExpression(expression) || Node.isPrefixUnaryExpression(expression))) {
    const token = expression.getOperatorToken();
    if (token !== SyntaxKind.PlusPlusToken && token !== SyntaxKind.MinusMinusToken) return undefined;
    const operand = unwrap(expression.getOperand())!;
    if (!Node.isIdentifier(operand)) return undefined;
    const variable = assignedVariable(operand, context);
    const current = readOf(variable, operand);
    const one: Expr = { kind: "literal", value: 1, kinds: ["number"] };
    const value = numberSum(token === SyntaxKind.PlusPlusToken ? "+" : "-", current, one, { left: operand, right: expression });
    return [{ kind: "assign", variable, value, label: labelOf(expression), at }];
  }
  if (!Node.isBinaryExpression(expression)) return undefined;
  const token = expression.getOperatorToken();
  if (!(token.getKind() in COMPOUND)) return undefined;
  const target = unwrap(expression.getLeft())!;
  if (!Node.isIdentifier(target)) return undefined;
  const op = COMPOUND[token.getKind()];
  if (!op) return fail(token, "unsupportedOperator", { operator: token.getText() });
  const variable = assignedVariable(target, context);
  const current = readOf(variable, target);
  const hoisted: Hoisted = [];
  const rightNode = expression.getRight();
  let value: Expr;
  if (op === "+" && current.kinds.length === 1 && current.kinds[0] === "string") {
    value = concat(current, formatOperand(rightNode, context, hoisted));
  } else {
    value = numberSum(op, current, analyzeExpression(rightNode, context, hoisted), { left: target, right: rightNode });
  }
  value = limitNesting(value, expression, context, hoisted);
  return [...hoisted, { kind: "assign", variable, value, label: labelOf(expression), at }];
}

function assignedVariable(target: Node, context: AnalysisContext): string {
  const declaration = resolveSymbol(target)?.getDeclarations()[0];
  const binding = declaration && bindingOf(context, declaration);
  if (!binding || binding.kind !== "variable") {
    fail(target, "unsupportedStatement", { what: `assigning \`${target.getText()}\`, which is not a workflow variable,` });
  }
  return binding.id;
}

function readOf(variable: string, node: Node): Expr {
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds: kindsOfNode(node) ?? [] };
}
