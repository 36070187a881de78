import { Node, SyntaxKind, type BinaryExpression } from "ts-morph";
import { resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail, locationOf } from "../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "./context.js";
import { foldConstant } from "./constants.js";
import { instanceOfWorkflowError, isErrorCondition, isIsErrorCall } from "./caughtErrors.js";
import { analyzeExpression, describeSyntax } from "./expressions/index.js";
import type { CompareOp, Cond, Expr, Json } from "../ir/types.js";
import { forEachStmt } from "../ir/walk.js";
import { analyzeTypeofComparison } from "./typeof.js";

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
  if (instanceOfWorkflowError(node, context)) return { kind: "constant", value: true };
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return { kind: "not", item: analyzeCondition(node.getOperand(), context, hoisted) };
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
      const isAnd = operator === SyntaxKind.AmpersandAmpersandToken;
      const left = analyzeCondition(node.getLeft(), context, hoisted);
      const rightHoisted: Hoisted = [];
      const right = analyzeCondition(node.getRight(), context, rightHoisted);
      const guarded = guardHoisted(isAnd ? left : { kind: "not", item: left }, rightHoisted, undefined, right, node, hoisted);
      return { kind: isAnd ? "and" : "or", items: [left, guarded] };
    }
    if (operator === SyntaxKind.QuestionQuestionToken) return analyzeNullishCondition(node, context, hoisted);
    const op = COMPARISONS[operator];
    if (op) {
      const typeTest = analyzeTypeofComparison(node, op, context, hoisted);
      if (typeTest) return typeTest;
      return analyzeComparison(node, op, context, hoisted);
    }
    if (operator === SyntaxKind.EqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken) {
      return analyzeLooseNullComparison(node, operator === SyntaxKind.EqualsEqualsToken, context, hoisted);
    }
  }
  if (Node.isConditionalExpression(node)) return analyzeConditionalCondition(node, context, hoisted);
  if (Node.isTypeOfExpression(node)) return { kind: "constant", value: true }; // a non-empty string
  const value = operand(node, context, hoisted);
  requireKnownKinds(value, node);
  return truthiness(value);
}

/**
 * JavaScript truthiness of a value: constant for a literal (a variable whose type TypeScript
 * narrowed to a literal reads as that literal), which has no path for a Choice rule to test.
 */
export function truthiness(value: Expr): Cond {
  return value.kind === "literal" ? { kind: "constant", value: isTruthy(value.value) } : { kind: "truthy", value };
}

/** `c ? a : b` as a condition: `(c && a) || (!c && b)`, unless a branch calls a task (then it is a value first). */
function analyzeConditionalCondition(node: import("ts-morph").ConditionalExpression, context: AnalysisContext, hoisted: Hoisted): Cond {
  const test = analyzeCondition(node.getCondition(), context, hoisted);
  const trueHoisted: Hoisted = [];
  let whenTrue = analyzeCondition(node.getWhenTrue(), context, trueHoisted);
  const falseHoisted: Hoisted = [];
  let whenFalse = analyzeCondition(node.getWhenFalse(), context, falseHoisted);
  whenTrue = guardHoisted(test, trueHoisted, falseHoisted, whenTrue, node, hoisted);
  whenFalse = mayBeUnset(whenFalse, writtenBy(falseHoisted));
  return {
    kind: "or",
    items: [
      { kind: "and", items: [test, whenTrue] },
      { kind: "and", items: [{ kind: "not", item: test }, whenFalse] },
    ],
  };
}

/** `a ?? b` as a condition: a is truthy, or a is null or absent and b is truthy. */
function analyzeNullishCondition(node: BinaryExpression, context: AnalysisContext, hoisted: Hoisted): Cond {
  const left = operand(node.getLeft(), context, hoisted);
  requireKnownKinds(left, node.getLeft());
  const truthyLeft: Cond = truthiness(left);
  const nullish = nullishCond(left);
  if (nullish.kind === "constant" && !nullish.value) return truthyLeft;
  const rightHoisted: Hoisted = [];
  const right = guardHoisted(nullish, rightHoisted, undefined, analyzeCondition(node.getRight(), context, rightHoisted), node, hoisted);
  return { kind: "or", items: [truthyLeft, { kind: "and", items: [nullish, right] }] };
}

/** The value is null or absent, from its static kinds. */
export function nullishCond(value: Expr): Cond {
  if (value.kind === "literal") return { kind: "constant", value: value.value === null };
  const tests: Cond[] = [];
  if (value.kinds.includes("undefined")) tests.push({ kind: "not", item: { kind: "present", value } });
  if (value.kinds.includes("null")) tests.push({ kind: "compare", op: "===", left: value, right: { kind: "literal", value: null, kinds: ["null"] } });
  if (tests.length === 0) return { kind: "constant", value: false };
  return tests.length === 1 ? tests[0] : { kind: "or", items: tests };
}

/**
 * What the operand of `&&`, `||`, `??` or a ternary branch computes (a task call, an intrinsic
 * that may fail) runs only when JavaScript evaluates it: under `guard`, in a Choice of its own
 * before the condition. The condition then reads those variables as possibly unset; it reads them
 * only where the guard held, so a value left from an earlier pass through a loop never decides.
 */
function guardHoisted(guard: Cond, whenTrue: Hoisted, whenFalse: Hoisted | undefined, cond: Cond, node: Node, hoisted: Hoisted): Cond {
  if (whenTrue.length === 0 && (whenFalse?.length ?? 0) === 0) return cond;
  const simplified = simplifyGuard(guard);
  if (simplified.kind === "constant") {
    hoisted.push(...(simplified.value ? whenTrue : (whenFalse ?? [])));
    return cond;
  }
  hoisted.push({ kind: "if", cond: guard, then: whenTrue, else: whenFalse ?? [], label: node.getText().replace(/\s+/g, " ").slice(0, 60), at: locationOf(node) });
  return mayBeUnset(cond, writtenBy(whenTrue));
}

function simplifyGuard(cond: Cond): Cond {
  if (cond.kind === "not" && cond.item.kind === "constant") return { kind: "constant", value: !cond.item.value };
  return cond;
}

/** The variables some statement in `stmts` writes. */
function writtenBy(stmts: readonly import("../ir/types.js").Stmt[]): Set<string> {
  const ids = new Set<string>();
  forEachStmt(stmts, (stmt) => {
    if (stmt.kind === "assign") ids.add(stmt.variable);
    if (stmt.kind === "call" && stmt.variable) ids.add(stmt.variable);
  });
  return ids;
}

/** The condition with reads of `ids` marked as possibly absent, so the rules test presence first. */
function mayBeUnset(cond: Cond, ids: ReadonlySet<string>): Cond {
  if (ids.size === 0) return cond;
  const expr = (e: Expr): Expr => {
    switch (e.kind) {
      case "read":
        return e.root.kind === "variable" && ids.has(e.root.id) && !e.kinds.includes("undefined") ? { ...e, kinds: [...e.kinds, "undefined"] } : e;
      case "object":
        return { ...e, entries: e.entries.map((entry) => ({ key: entry.key, value: expr(entry.value) })) };
      case "array":
        return { ...e, items: e.items.map(expr) };
      case "format":
        return { ...e, values: e.values.map(expr) };
      case "intrinsic":
        return { ...e, args: e.args.map(expr) };
      default:
        return e;
    }
  };
  switch (cond.kind) {
    case "constant":
      return cond;
    case "compare":
      return { ...cond, left: expr(cond.left), right: expr(cond.right) };
    case "truthy":
    case "present":
    case "typeof":
      return { ...cond, value: expr(cond.value) };
    case "and":
    case "or":
      return { ...cond, items: cond.items.map((item) => mayBeUnset(item, ids)) };
    case "not":
      return { ...cond, item: mayBeUnset(cond.item, ids) };
  }
}

export function hasCalls(stmts: readonly import("../ir/types.js").Stmt[]): boolean {
  let found = false;
  forEachStmt(stmts, (stmt) => {
    if (stmt.kind !== "assign" && stmt.kind !== "if" && stmt.kind !== "switch" && stmt.kind !== "break") found = true;
  });
  return found;
}

export function isTruthy(value: Json): boolean {
  return value !== null && value !== false && value !== 0 && value !== "";
}

export function isUndefinedKeyword(node: Node): boolean {
  const inner = unwrap(node)!;
  if (Node.isIdentifier(inner) && inner.getText() === "undefined") {
    const declaration = resolveSymbol(inner)?.getDeclarations()[0];
    return !declaration || declaration.getSourceFile().isDeclarationFile();
  }
  return Node.isVoidExpression(inner);
}

function analyzeComparison(node: BinaryExpression, op: CompareOp, context: AnalysisContext, hoisted: Hoisted): Cond {
  return compareNodes(node.getLeft(), op, node.getRight(), context, hoisted);
}

/** `left op right` for two expressions (also a switch's discriminant against a case's test). */
export function compareNodes(leftNode: Node, op: CompareOp, rightNode: Node, context: AnalysisContext, hoisted: Hoisted): Cond {
  if ((op === "===" || op === "!==") && (isUndefinedKeyword(leftNode) || isUndefinedKeyword(rightNode))) {
    const valueNode = isUndefinedKeyword(leftNode) ? rightNode : leftNode;
    const value = analyzeExpression(valueNode, context, hoisted);
    if (value.kind !== "read") fail(valueNode, "invalidComparison", { what: "only a variable or a property can be compared with undefined" });
    const present: Cond = { kind: "present", value };
    return op === "!==" ? present : { kind: "not", item: present };
  }
  return compareValues(operand(leftNode, context, hoisted), leftNode, op, operand(rightNode, context, hoisted), rightNode);
}

/** Checks two analyzed operands (literals or reads) can be compared exactly, and compares them. */
export function compareValues(left: Expr, leftNode: Node, op: CompareOp, right: Expr, rightNode: Node): Cond {
  // Only two objects (or arrays) compare by reference; a union that may hold one, compared with
  // a scalar, is equal exactly when it holds that scalar (a type test, then the comparison).
  const structured = (value: Expr) => !(value.kind === "literal" && value.value === null) && value.kinds.some((k) => k === "object" || k === "array");
  const bothStructured = structured(left) && structured(right);
  for (const [value, at] of [[left, leftNode], [right, rightNode]] as const) {
    requireKnownKinds(value, at);
    const onlyStructured = value.kinds.every((k) => k === "object" || k === "array" || k === "undefined");
    if (structured(value) && (bothStructured || onlyStructured)) {
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
export function operand(node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const value = analyzeExpression(node, context, hoisted);
  if (value.kind === "literal" || value.kind === "read") return value;
  const variable = newVariable(context, "condition", value.kinds);
  hoisted.push({ kind: "assign", variable, value, label: node.getText(), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds: value.kinds };
}

export function requireKnownKinds(value: Expr, node: Node): void {
  if (value.kinds.length === 0) {
    fail(node, "unknownType", { what: describeSyntax(node), type: node.getType().getText(node) });
  }
}
