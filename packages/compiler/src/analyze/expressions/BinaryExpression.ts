import { SyntaxKind, type BinaryExpression } from "ts-morph";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { formatOperand } from "./TemplateExpression.js";
import { analyzeExpression, describeSyntax } from "./index.js";
import { numberSum } from "./arithmetic.js";
import { limitNesting } from "./intrinsics.js";
import { refuseOperator } from "./refusals.js";
import { analyzeBranchingValue, isBranchingValue } from "./ConditionalExpression.js";

/** Binary operators as values: string `+` is `States.Format`; the rest have no JSONPath equivalent yet. */
export function analyzeBinary(node: BinaryExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const operator = node.getOperatorToken().getKind();
  if (operator === SyntaxKind.PlusToken && node.getType().isString()) {
    const left = formatOperand(node.getLeft(), context, hoisted);
    const right = formatOperand(node.getRight(), context, hoisted);
    // `a + b + c + …` chains nest one intrinsic per operator; stored parts keep them within the limit.
    return limitNesting(concat(left, right), node, context, hoisted);
  }
  if (isBranchingValue(node)) return analyzeBranchingValue(node, context, hoisted);
  if (operator === SyntaxKind.PlusToken || operator === SyntaxKind.MinusToken) {
    const [leftNode, rightNode] = [node.getLeft(), node.getRight()];
    const left = analyzeExpression(leftNode, context, hoisted);
    const right = analyzeExpression(rightNode, context, hoisted);
    const sum = numberSum(operator === SyntaxKind.PlusToken ? "+" : "-", left, right, { left: leftNode, right: rightNode });
    return limitNesting(sum, node, context, hoisted);
  }
  refuseOperator(node);
  return fail(node, "unsupportedExpression", { what: describeSyntax(node) });
}

export function concat(left: Expr, right: Expr): Expr {
  const asFormat = (e: Expr): { parts: string[]; values: Expr[] } =>
    e.kind === "format"
      ? { parts: [...e.parts], values: [...e.values] }
      : e.kind === "literal" && typeof e.value === "string"
        ? { parts: [e.value], values: [] }
        : { parts: ["", ""], values: [e] };
  const a = asFormat(left);
  const b = asFormat(right);
  const parts = [...a.parts.slice(0, -1), a.parts[a.parts.length - 1] + b.parts[0], ...b.parts.slice(1)];
  return { kind: "format", parts, values: [...a.values, ...b.values], kinds: ["string"] };
}
