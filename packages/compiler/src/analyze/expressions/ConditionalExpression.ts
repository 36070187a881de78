import { Node, SyntaxKind, type BinaryExpression, type ConditionalExpression } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeCondition, nullishCond, operand, requireKnownKinds, truthiness } from "../conditions.js";
import type { Cond, Expr, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { labelOf } from "../statements/index.js";
import { awaitedTaskCall } from "../statements/VariableStatement.js";
import { analyzeTaskCall } from "./TaskCall.js";
import { analyzeExpression } from "./index.js";
import { classifyCallee } from "../tasks.js";
import { awaitedChoice, choiceInto } from "./ChoiceCall.js";

const LOGICAL = new Set([SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken, SyntaxKind.QuestionQuestionToken]);
const CONDITION_OPERATORS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken, SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken,
]);

/** `c ? a : b`, `a && b`, `a || b`, `a ?? b`, `!x` and comparisons used as values: a Choice that sets each branch's value. */
export function isBranchingValue(raw: Node): boolean {
  const node = unwrap(raw)!;
  if (awaitedChoice(node)) return true;
  if (Node.isConditionalExpression(node)) return true;
  if (Node.isPrefixUnaryExpression(node)) return node.getOperatorToken() === SyntaxKind.ExclamationToken;
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    return LOGICAL.has(operator) || CONDITION_OPERATORS.has(operator);
  }
  return false;
}

/** A branching value as a read of a variable the hoisted Choice sets on every path. */
export function analyzeBranchingValue(node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const kinds = kindsOfNode(node) ?? [];
  const variable = newVariable(context, "value", kinds);
  hoisted.push(...valueInto(node, variable, context));
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
}

/**
 * Where a branching value goes: into a variable, or out as the workflow's output (`return c ? a : b`
 * is a Choice between two end states).
 */
export type ValueTarget = string | { return: true };

/**
 * Statements that compute `node`'s value into `target`. Branching values nest into the same
 * target, and an awaited task call writes its result there itself, so no branch copies a value twice.
 */
export function valueInto(raw: Node, target: ValueTarget, context: AnalysisContext, returned = false): Stmt[] {
  const variable = target;
  const node = unwrap(raw)!;
  const hoisted: Hoisted = [];
  const branch = (cond: Cond, whenTrue: () => Stmt[], whenFalse: () => Stmt[]): Stmt[] => {
    if (cond.kind === "constant") return [...hoisted, ...(cond.value ? whenTrue() : whenFalse())];
    return [...hoisted, { kind: "if", cond, then: whenTrue(), else: whenFalse(), label: labelOf(node), at: locationOf(node) }];
  };
  const choiceCall = awaitedChoice(node);
  if (choiceCall) return choiceInto(choiceCall, target, context);
  if (Node.isConditionalExpression(node)) return conditional(node, variable, context, hoisted, branch, returned);
  if (Node.isBinaryExpression(node) && LOGICAL.has(node.getOperatorToken().getKind())) {
    return logical(node, variable, context, hoisted, branch);
  }
  if (isBranchingValue(node)) {
    const cond = analyzeCondition(node, context, hoisted);
    return branch(cond, () => [assign(variable, literalBoolean(true), node)], () => [assign(variable, literalBoolean(false), node)]);
  }
  // A returned promise is awaited by the async function that returns it.
  const awaited = awaitedTaskCall(node) ?? (returned ? bareTaskCall(node) : undefined);
  if (awaited) {
    const call = analyzeTaskCall(awaited.call, awaited.task, context, hoisted);
    if (typeof target === "string") return [...hoisted, { kind: "call", variable: target, call, at: locationOf(node) }];
    const kinds = kindsOfNode(node) ?? [];
    const result = newVariable(context, `${awaited.task.name}Result`, kinds);
    hoisted.push({ kind: "call", variable: result, call, at: locationOf(node) });
    return [...hoisted, assign(target, { kind: "read", root: { kind: "variable", id: result }, path: [], kinds }, node)];
  }
  const value = analyzeExpression(node, context, hoisted);
  requireBranchValuePresent(value, node);
  return [...hoisted, assign(target, value, node)];
}

type Branch = (cond: Cond, whenTrue: () => Stmt[], whenFalse: () => Stmt[]) => Stmt[];

function conditional(node: ConditionalExpression, variable: ValueTarget, context: AnalysisContext, hoisted: Hoisted, branch: Branch, returned: boolean): Stmt[] {
  const cond = analyzeCondition(node.getCondition(), context, hoisted);
  return branch(cond, () => valueInto(node.getWhenTrue(), variable, context, returned), () => valueInto(node.getWhenFalse(), variable, context, returned));
}

function bareTaskCall(node: Node) {
  if (!Node.isCallExpression(node)) return undefined;
  const callee = classifyCallee(node);
  return callee.kind === "task" ? { call: node, task: callee.task } : undefined;
}

/**
 * `a && b` is b when a is truthy, else a; `a || b` is a when a is truthy, else b; `a ?? b` is b when
 * a is null or absent, else a. `a` is evaluated once, before the Choice.
 */
function logical(node: BinaryExpression, variable: ValueTarget, context: AnalysisContext, hoisted: Hoisted, branch: Branch): Stmt[] {
  const operator = node.getOperatorToken().getKind();
  // `(a || b) || c` is `a || (b || c)`: one Choice per operand, no temporary for `a || b`.
  const operands: Node[] = [node.getRight()];
  let rest: Node = unwrap(node.getLeft())!;
  while (Node.isBinaryExpression(rest) && rest.getOperatorToken().getKind() === operator) {
    operands.unshift(rest.getRight());
    rest = unwrap(rest.getLeft())!;
  }
  operands.unshift(rest);
  return chain(operands, operator, variable, context, hoisted, branch);
}

function chain(operands: readonly Node[], operator: SyntaxKind, variable: ValueTarget, context: AnalysisContext, hoisted: Hoisted, branch: Branch): Stmt[] {
  const leftNode = operands[0];
  const left = operand(leftNode, context, hoisted);
  requireKnownKinds(left, leftNode);
  const keepLeft = (): Stmt[] => [assign(variable, left, leftNode)];
  const takeRight = (): Stmt[] => {
    if (operands.length === 2) return valueInto(operands[1], variable, context);
    const rightHoisted: Hoisted = [];
    const rightBranch: Branch = (cond, whenTrue, whenFalse) =>
      cond.kind === "constant"
        ? [...rightHoisted, ...(cond.value ? whenTrue() : whenFalse())]
        : [...rightHoisted, { kind: "if", cond, then: whenTrue(), else: whenFalse(), label: labelOf(operands[1]), at: locationOf(operands[1]) }];
    return chain(operands.slice(1), operator, variable, context, rightHoisted, rightBranch);
  };
  switch (operator) {
    case SyntaxKind.AmpersandAmpersandToken:
      // The falsy left value is the result: it must exist to be stored.
      return branch(truthiness(left), takeRight, () => {
        requireBranchValuePresent(left, leftNode);
        return keepLeft();
      });
    case SyntaxKind.BarBarToken:
      return branch(truthiness(left), keepLeft, takeRight);
    default:
      return branch(nullishCond(left), takeRight, keepLeft);
  }
}

function assign(target: ValueTarget, value: Expr, node: Node): Stmt {
  if (typeof target !== "string") return { kind: "return", value, label: `return ${labelOf(node)}`, at: locationOf(node) };
  return { kind: "assign", variable: target, value, label: labelOf(node), at: locationOf(node) };
}

function literalBoolean(value: boolean): Expr {
  return { kind: "literal", value, kinds: ["boolean"] };
}

/** A branch's value is stored; a value that may be absent has nothing to store. */
function requireBranchValuePresent(value: Expr, node: Node): void {
  if (value.kind === "read" && value.kinds.includes("undefined")) {
    fail(node, "maybeAbsent", { what: "this branch's value" });
  }
}
