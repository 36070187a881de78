import { Node, SyntaxKind, VariableDeclarationKind, type ElementAccessExpression } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { foldConstant } from "../constants.js";
import { isProvablyInteger, writesOf } from "../integers.js";
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
 * `xs[k]` with an index computed at run time. JavaScript gives `undefined` outside the array, where
 * `States.ArrayGetItem` has no such value, so unless the index is provably inside (a `for` loop's
 * counter bounded by `xs.length`), a Choice tests the bounds first and only then reads the item,
 * into `{ value }`; outside, the holder is `{}` and `.value` is absent, as `undefined` is in JSON.
 * The index must be provably integer: for `xs[1.5]` JavaScript gives `undefined` too, and no
 * Choice rule can tell 1.5 from 1.
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
  if (!isProvablyInteger(indexNode)) fail(indexNode, "indexNotInteger", { what: `\`${indexNode.getText()}\`` });
  const kinds = (kindsOfNode(node) ?? []).filter((kind) => kind !== "undefined");
  if (isCounterInRange(node, context)) return { kind: "intrinsic", name: "States.ArrayGetItem", args: [base, index], kinds };
  refuseStoredAbsence(node);
  const array = stored(base, "items", node, context, hoisted);
  const at = stored(index, "index", node, context, hoisted);
  const length = stored({ kind: "intrinsic", name: "States.ArrayLength", args: [array], kinds: NUMBER }, "length", node, context, hoisted);
  const holder = newVariable(context, "item", ["object"]);
  const zero: Expr = { kind: "literal", value: 0, kinds: NUMBER };
  const item: Expr = { kind: "object", entries: [{ key: "value", value: { kind: "intrinsic", name: "States.ArrayGetItem", args: [array, at], kinds } }], kinds: ["object"] };
  hoisted.push({
    kind: "if",
    cond: { kind: "and", items: [{ kind: "compare", op: ">=", left: at, right: zero }, { kind: "compare", op: "<", left: at, right: length }] },
    then: [{ kind: "assign", variable: holder, value: item, label: node.getText(), at: locationOf(node) }],
    else: [{ kind: "assign", variable: holder, value: { kind: "literal", value: {}, kinds: ["object"] }, label: node.getText(), at: locationOf(node) }],
    label: `${indexNode.getText()} inside ${node.getExpression().getText()}`.slice(0, 60),
    at: locationOf(node),
  });
  return { kind: "read", root: { kind: "variable", id: holder }, path: ["value"], kinds: [...kinds, "undefined"] };
}

const NUMBER: Expr["kinds"] = ["number"];

/** A value as a path Choice rules can compare: reads and literals as they are, the rest stored first. */
function stored(value: Expr, name: string, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (value.kind === "literal" || value.kind === "read") return value;
  const variable = newVariable(context, name, value.kinds);
  hoisted.push({ kind: "assign", variable, value, label: node.getText(), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds: value.kinds };
}

/**
 * `let v = xs[k]` and `v = xs[k]` would copy an absent value, which fails a state where
 * JavaScript stores `undefined`: refused, with the forms that read the item where it may be absent.
 */
function refuseStoredAbsence(node: ElementAccessExpression): void {
  let current: Node = node;
  let parent = current.getParent();
  while (parent && (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isNonNullExpression(parent))) {
    current = parent;
    parent = parent.getParent();
  }
  const declaration = Node.isVariableDeclaration(parent) && parent.getInitializer() === current ? parent : undefined;
  const isLet = declaration && declaration.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const;
  const isAssignment = Node.isBinaryExpression(parent) && parent.getRight() === current && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
  if (isLet || isAssignment) fail(node, "itemMayBeAbsent", { what: `\`${node.getText()}\`` });
}

/**
 * `for (let i = 0; i < xs.length; i++) … xs[i] …`: the counter starts at a non-negative integer,
 * only grows, and is tested against the length of the same array, which nothing reassigns.
 */
function isCounterInRange(access: ElementAccessExpression, context: AnalysisContext): boolean {
  const counter = unwrap(access.getArgumentExpressionOrThrow());
  if (!Node.isIdentifier(counter)) return false;
  const declaration = resolveSymbol(counter)?.getDeclarations()[0];
  if (!declaration || !Node.isVariableDeclaration(declaration)) return false;
  const loop = declaration.getParent()?.getParent();
  if (!Node.isForStatement(loop) || loop.getInitializer() !== declaration.getParent()) return false;
  if (!access.getAncestors().includes(loop.getStatement())) return false;
  const initializer = declaration.getInitializer();
  const start = initializer && foldConstant(initializer);
  if (!start || typeof start.value !== "number" || !Number.isSafeInteger(start.value) || start.value < 0) return false;
  const test = unwrap(loop.getCondition());
  if (!Node.isBinaryExpression(test) || test.getOperatorToken().getKind() !== SyntaxKind.LessThanToken) return false;
  if (unwrap(test.getLeft())?.getSymbol() !== counter.getSymbol()) return false;
  const bound = unwrap(test.getRight());
  if (!Node.isPropertyAccessExpression(bound) || bound.getName() !== "length") return false;
  const array = unwrap(access.getExpression())!;
  if (unwrap(bound.getExpression())!.getText() !== array.getText() || !isUnchanging(array, context)) return false;
  const writes = writesOf(declaration);
  return writes.length === 1 && writes[0].at === unwrap(loop.getIncrementor()) && isIncrement(writes[0].at);
}

function isIncrement(write: Node): boolean {
  if (Node.isPrefixUnaryExpression(write) || Node.isPostfixUnaryExpression(write)) return write.getOperatorToken() === SyntaxKind.PlusPlusToken;
  if (!Node.isBinaryExpression(write) || write.getOperatorToken().getKind() !== SyntaxKind.PlusEqualsToken) return false;
  const step = foldConstant(write.getRight());
  return typeof step?.value === "number" && step.value >= 0;
}

/** A path of property names from a parameter or a `const` that is never reassigned. */
function isUnchanging(array: Node, context: AnalysisContext): boolean {
  let root = array;
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression())!;
  if (!Node.isIdentifier(root)) return false;
  const declaration = resolveSymbol(root)?.getDeclarations()[0];
  if (!declaration || context.reassigned.has(declaration.compilerNode)) return false;
  if (Node.isParameterDeclaration(declaration)) return true;
  return Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const;
}
