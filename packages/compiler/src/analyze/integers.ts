import { Node, SyntaxKind, type Type } from "ts-morph";
import { dslRoleOf, dslRoleOfDeclaration, resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { foldConstant } from "./constants.js";

/**
 * Whether the value of `raw` is a whole number on every run: `States.MathAdd` adds integers only,
 * so `+` and `-` compile only for these. Integer literals and constants, `.length` of an array,
 * `+` / `-` of integers, the index of a `map` callback, a value whose type is (or is cast to)
 * `Integer`, and variables every write of which is one of these.
 */
export function isProvablyInteger(raw: Node): boolean {
  return integerNode(raw, new Set());
}

/**
 * `assumed` holds the variables under test: a loop `i = i + 1` is integer when every write is,
 * assuming `i` is (the largest consistent answer, which is sound because each write only
 * combines integers).
 */
function integerNode(raw: Node, assumed: Set<Node>): boolean {
  if (isIntegerType(raw.getType())) return true;
  const node = unwrap(raw)!;
  if (node !== raw && isIntegerType(node.getType())) return true;
  const folded = foldConstant(node);
  if (folded) return typeof folded.value === "number" && Number.isSafeInteger(folded.value);
  if (Node.isPropertyAccessExpression(node)) {
    return node.getName() === "length" && isArrayType(node.getExpression().getType());
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    // `a ?? b`, `a || b` and `a && b` give one of their operands.
    const choosesOperand = operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.BarBarToken || operator === SyntaxKind.AmpersandAmpersandToken;
    if (operator !== SyntaxKind.PlusToken && operator !== SyntaxKind.MinusToken && !choosesOperand) return false;
    return (choosesOperand || node.getType().isNumber()) && integerNode(node.getLeft(), assumed) && integerNode(node.getRight(), assumed);
  }
  if (Node.isConditionalExpression(node)) {
    return integerNode(node.getWhenTrue(), assumed) && integerNode(node.getWhenFalse(), assumed);
  }
  if (Node.isIdentifier(node)) {
    const declaration = resolveSymbol(node)?.getDeclarations()[0];
    if (!declaration) return false;
    if (Node.isParameterDeclaration(declaration)) return isMapIndex(declaration);
    if (Node.isVariableDeclaration(declaration)) return integerVariable(declaration, assumed);
  }
  return false;
}

function isArrayType(type: Type): boolean {
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  return parts.every((part) => part.isArray() || part.isTuple() || Boolean(part.isReadonlyArray?.()));
}

function isIntegerType(type: Type): boolean {
  const parts = type.isUnion() ? type.getUnionTypes().filter((t) => !t.isUndefined() && !t.isNull()) : [type];
  return parts.length > 0 && parts.every((part) => part.isIntersection() && part.getIntersectionTypes().some(hasIntegerBrand));
}

function hasIntegerBrand(part: Type): boolean {
  return part.getProperties().some((property) => property.getDeclarations().some((d) => dslRoleOfDeclaration(d) === "integer"));
}

/** `map(items, (item, index) => …)` and `items.map((item, index) => …)`: the index counts from 0. */
function isMapIndex(parameter: import("ts-morph").ParameterDeclaration): boolean {
  const fn = parameter.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters().indexOf(parameter) !== 1) return false;
  const call = fn.getParent();
  if (!Node.isCallExpression(call)) return false;
  const callee = call.getExpression();
  if (dslRoleOf(callee) === "map") return call.getArguments()[1] === fn;
  return Node.isPropertyAccessExpression(callee) && callee.getName() === "map" && isArrayType(callee.getExpression().getType()) && call.getArguments()[0] === fn;
}

function integerVariable(declaration: import("ts-morph").VariableDeclaration, assumed: Set<Node>): boolean {
  if (assumed.has(declaration)) return true;
  const initializer = declaration.getInitializer();
  if (!initializer) return false;
  const inner = new Set(assumed).add(declaration);
  if (!integerNode(initializer, inner)) return false;
  return writesOf(declaration).every(({ value }) => value === "counter" || (value !== "other" && integerNode(value, inner)));
}

/** A write of a variable after its declaration: the expression that writes it, and what it writes. */
export interface Write {
  at: Node;
  /** The value assigned (`=`, `+=`, `-=`), "counter" (`++`, `--`), or "other" (`*=`, destructuring, a loop binding), which proves nothing. */
  value: Node | "counter" | "other";
}

export function writesOf(declaration: import("ts-morph").VariableDeclaration): Write[] {
  const symbol = declaration.getSymbol();
  const list = declaration.getParent();
  const holder = list.getParent();
  const scope = Node.isVariableStatement(holder) ? holder.getParent() : holder;
  const writes: Write[] = [];
  scope?.forEachDescendant((node) => {
    if (!Node.isIdentifier(node) || node === declaration.getNameNode() || node.getSymbol() !== symbol) return;
    const parent = unwrapParentOf(node);
    if (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) {
      const token = parent.getOperatorToken();
      if (token === SyntaxKind.PlusPlusToken || token === SyntaxKind.MinusMinusToken) writes.push({ at: parent, value: "counter" });
      return;
    }
    if (Node.isBinaryExpression(parent) && unwrap(parent.getLeft()) === node) {
      const operator = parent.getOperatorToken().getKind();
      if (operator === SyntaxKind.EqualsToken || operator === SyntaxKind.PlusEqualsToken || operator === SyntaxKind.MinusEqualsToken) {
        writes.push({ at: parent, value: parent.getRight() });
      } else if (operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment) {
        writes.push({ at: parent, value: "other" });
      }
      return;
    }
    if (isOtherWrite(node)) writes.push({ at: node, value: "other" });
  });
  return writes;
}

function unwrapParentOf(node: Node): Node | undefined {
  let parent = node.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) parent = parent.getParent();
  return parent;
}

/** `[i] = …`, `({ i } = …)`, `for (i of …)`: writes the compiler refuses, never integer proofs. */
function isOtherWrite(node: Node): boolean {
  const parent = node.getParent();
  if (Node.isForOfStatement(parent) || Node.isForInStatement(parent)) return parent.getInitializer() === node;
  return Boolean(parent && (Node.isArrayLiteralExpression(parent) || Node.isShorthandPropertyAssignment(parent)) && isAssignmentTarget(parent));
}

function isAssignmentTarget(node: Node): boolean {
  let current: Node | undefined = node;
  while (current) {
    const parent: Node | undefined = current.getParent();
    if (Node.isBinaryExpression(parent)) return parent.getLeft() === current && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
    if (!parent || !(Node.isArrayLiteralExpression(parent) || Node.isObjectLiteralExpression(parent) || Node.isShorthandPropertyAssignment(parent) || Node.isPropertyAssignment(parent))) return false;
    current = parent;
  }
  return false;
}
