import { Node, SyntaxKind, type BinaryExpression } from "ts-morph";
import { resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail, locationOf } from "../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "./context.js";
import { foldConstant } from "./constants.js";
import { isErrorCondition, isIsErrorCall } from "./caughtErrors.js";
import { analyzeExpression, describeSyntax } from "./expressions/index.js";
import type { CompareOp, Cond, Expr, Json } from "./ir.js";

const COMPARISONS: Partial<Record<SyntaxKind, CompareOp>> = {
  [SyntaxKind.EqualsEqualsEqualsToken]: "===",
  [SyntaxKind.ExclamationEqualsEqualsToken]: "!==",
  [SyntaxKind.LessThanToken]: "<",
  [SyntaxKind.LessThanEqualsToken]: "<=",
  [SyntaxKind.GreaterThanToken]: ">",
  [SyntaxKind.GreaterThanEqualsToken]: ">=",
};

/** A condition of `if`: comparisons, `&&`, `||`, `!`, and JavaScript truthiness for everything else. */
export function analyzeCondition(raw: Node, context: AnalysisContext, hoisted: Hoisted): Cond {
  const node = unwrap(raw)!;
  const folded = foldConstant(node);
  if (folded) return { kind: "constant", value: isTruthy(folded.value) };
  if (isIsErrorCall(node)) return isErrorCondition(node, context);
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return { kind: "not", item: analyzeCondition(node.getOperand(), context, hoisted) };
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
      const left = analyzeCondition(node.getLeft(), context, hoisted);
      const rightHoisted: Hoisted = [];
      const right = analyzeCondition(node.getRight(), context, rightHoisted);
      if (rightHoisted.length > 0) {
        fail(node.getRight(), "unsupportedExpression", { what: "an awaited call on the right of `&&` or `||` (it runs only sometimes)" });
      }
      return { kind: operator === SyntaxKind.AmpersandAmpersandToken ? "and" : "or", items: [left, right] };
    }
    const op = COMPARISONS[operator];
    if (op) return analyzeComparison(node, op, context, hoisted);
    if (operator === SyntaxKind.EqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken) {
      return analyzeLooseNullComparison(node, operator === SyntaxKind.EqualsEqualsToken, context, hoisted);
    }
  }
  const value = operand(node, context, hoisted);
  requireKnownKinds(value, node);
  return { kind: "truthy", value };
}

function isTruthy(value: Json): boolean {
  return value !== null && value !== false && value !== 0 && value !== "";
}

function isUndefinedKeyword(node: Node): boolean {
  const inner = unwrap(node)!;
  if (Node.isIdentifier(inner) && inner.getText() === "undefined") {
    const declaration = resolveSymbol(inner)?.getDeclarations()[0];
    return !declaration || declaration.getSourceFile().isDeclarationFile();
  }
  return Node.isVoidExpression(inner);
}

function analyzeComparison(node: BinaryExpression, op: CompareOp, context: AnalysisContext, hoisted: Hoisted): Cond {
  const [leftNode, rightNode] = [node.getLeft(), node.getRight()];
  if ((op === "===" || op === "!==") && (isUndefinedKeyword(leftNode) || isUndefinedKeyword(rightNode))) {
    const valueNode = isUndefinedKeyword(leftNode) ? rightNode : leftNode;
    const value = analyzeExpression(valueNode, context, hoisted);
    if (value.kind !== "read") fail(valueNode, "invalidComparison", { what: "only a variable or a property can be compared with undefined" });
    const present: Cond = { kind: "present", value };
    return op === "!==" ? present : { kind: "not", item: present };
  }
  const left = operand(leftNode, context, hoisted);
  const right = operand(rightNode, context, hoisted);
  for (const [value, at] of [[left, leftNode], [right, rightNode]] as const) {
    requireKnownKinds(value, at);
    const isNullLiteral = value.kind === "literal" && value.value === null;
    if (!isNullLiteral && value.kinds.some((k) => k === "object" || k === "array")) {
      fail(at, "invalidComparison", { what: "objects and arrays are compared by reference in JavaScript, which has no meaning for copied JSON values" });
    }
    if (op !== "===" && op !== "!==" && value.kinds.some((k) => k !== "string" && k !== "number")) {
      fail(at, "invalidComparison", { what: `\`${op}\` needs strings or numbers on both sides` });
    }
  }
  if (left.kind === "literal" && right.kind === "literal") {
    return { kind: "constant", value: compareLiterals(op, left.value, right.value) };
  }
  return { kind: "compare", op, left, right };
}

function compareLiterals(op: CompareOp, a: Json, b: Json): boolean {
  switch (op) {
    case "===": return a === b;
    case "!==": return a !== b;
    case "<": return (a as number) < (b as number);
    case "<=": return (a as number) <= (b as number);
    case ">": return (a as number) > (b as number);
    case ">=": return (a as number) >= (b as number);
  }
}

/** `x == null` is the one loose comparison people mean exactly: null or absent. */
function analyzeLooseNullComparison(node: BinaryExpression, equals: boolean, context: AnalysisContext, hoisted: Hoisted): Cond {
  const [leftNode, rightNode] = [node.getLeft(), node.getRight()];
  const isNullish = (n: Node) => isUndefinedKeyword(n) || unwrap(n)!.getKind() === SyntaxKind.NullKeyword;
  if (!isNullish(leftNode) && !isNullish(rightNode)) {
    fail(node.getOperatorToken(), "invalidComparison", { what: "loose equality (`==`, `!=`) converts types; use `===` or `!==`" });
  }
  const valueNode = isNullish(leftNode) ? rightNode : leftNode;
  const value = analyzeExpression(valueNode, context, hoisted);
  if (value.kind !== "read") fail(valueNode, "invalidComparison", { what: "only a variable or a property can be compared with null" });
  const isNullish_: Cond = {
    kind: "or",
    items: [
      { kind: "not", item: { kind: "present", value } },
      { kind: "compare", op: "===", left: value, right: { kind: "literal", value: null, kinds: ["null"] } },
    ],
  };
  return equals ? isNullish_ : { kind: "not", item: isNullish_ };
}

/** Choice rules compare paths and literals only; anything computed is stored first. */
function operand(node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const value = analyzeExpression(node, context, hoisted);
  if (value.kind === "literal" || value.kind === "read") return value;
  const variable = newVariable(context, "condition", value.kinds);
  hoisted.push({ kind: "assign", variable, value, label: node.getText(), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds: value.kinds };
}

function requireKnownKinds(value: Expr, node: Node): void {
  if (value.kinds.length === 0) {
    fail(node, "unknownType", { what: describeSyntax(node), type: node.getType().getText(node) });
  }
}
