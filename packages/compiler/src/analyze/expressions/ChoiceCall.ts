import { Node, SyntaxKind, type CallExpression } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeCondition } from "../conditions.js";
import type { Stmt, SwitchClause } from "../../ir/types.js";
import { classifyCallee } from "../tasks.js";
import { kindsOfType } from "../kinds.js";
import { analyzeStatements } from "../statements/index.js";
import { valueInto, type ValueTarget } from "./ConditionalExpression.js";
import { analyzeExpression } from "./index.js";

/** The `choice(...)` call awaited by `node`, if it is one. */
export function awaitedChoice(raw: Node): CallExpression | undefined {
  const node = unwrap(raw);
  if (!node || !Node.isAwaitExpression(node)) return undefined;
  const call = unwrap(node.getExpression());
  if (!call || !Node.isCallExpression(call)) return undefined;
  const callee = classifyCallee(call);
  return callee.kind === "dsl" && callee.role === "choice" ? call : undefined;
}

/**
 * `choice([[c1, () => a], [c2, () => b]], () => d)`: the conditions are evaluated first (they are
 * array elements), then one Choice runs the first branch whose condition holds, else the default.
 * Each branch's value goes to `target`: a `return` in a branch's block gives it, as does an
 * expression body.
 */
export function choiceInto(call: CallExpression, target: ValueTarget, context: AnalysisContext): Stmt[] {
  const [branchesNode, otherwiseNode, ...extra] = call.getArguments();
  if (extra.length > 0) fail(extra[0], "invalidChoice", { what: "choice takes the branches and, optionally, a default" });
  const branches = unwrap(branchesNode);
  if (!branches || !Node.isArrayLiteralExpression(branches)) {
    return fail(branchesNode ?? call, "invalidChoice", { what: "the branches of choice must be an array literal written in place" });
  }
  const at = locationOf(call);
  const id = `choice ${at.line}:${at.column}`;
  refuseStaleValue(call, target);
  const hoisted: Hoisted = [];
  const clauses: SwitchClause[] = [];
  const pending: { cond?: import("../../ir/types.js").Cond; fn: Node }[] = [];
  for (const element of branches.getElements()) {
    const pair = unwrap(element);
    if (!pair || !Node.isArrayLiteralExpression(pair) || pair.getElements().length !== 2) {
      return fail(element, "invalidChoice", { what: "each branch of choice must be a pair `[condition, () => value]` written in place" });
    }
    const [condNode, fnNode] = pair.getElements();
    pending.push({ cond: analyzeCondition(condNode, context, hoisted), fn: fnNode });
  }
  if (otherwiseNode) pending.push({ fn: otherwiseNode });
  for (const { cond, fn } of pending) clauses.push({ cond, body: branchBody(fn, target, id, context) });
  return [...hoisted, { kind: "switch", id, clauses, label: "Choose", at }];
}

/**
 * A branch that falls off its end (or a missing default) stores nothing: the variable is absent,
 * as undefined is, only the first time. In a loop it would keep the previous iteration's value,
 * assigned to a variable its earlier value, and JSONPath has no way to remove a value: refused
 * there when the result may be undefined.
 */
function refuseStaleValue(call: CallExpression, target: ValueTarget): void {
  if (typeof target !== "string" || !(insideLoop(call) || isAssigned(call))) return;
  const kinds = awaitedKindsOf(call);
  if (!kinds || kinds.includes("undefined")) fail(call, "staleChoiceValue", {});
}

function awaitedKindsOf(call: CallExpression) {
  const type = call.getType();
  const resolved = type.getSymbol()?.getName() === "Promise" ? type.getTypeArguments()[0] : type;
  return resolved && kindsOfType(resolved);
}

/** `x = await choice(…)`: the variable may already hold a value. */
function isAssigned(call: CallExpression): boolean {
  let node: Node = call;
  let parent = node.getParent();
  while (parent && (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent))) {
    node = parent;
    parent = parent.getParent();
  }
  return !!parent && Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken && parent.getRight() === node;
}

/** Whether a loop of the same function (branches of an enclosing choice included) holds the node. */
function insideLoop(node: Node): boolean {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isIterationStatement(current)) return true;
    if (Node.isArrowFunction(current) || Node.isFunctionExpression(current) || Node.isFunctionDeclaration(current)) {
      if (!isChoiceBranch(current)) return false;
    }
  }
  return false;
}

function isChoiceBranch(fn: Node): boolean {
  const parent = fn.getParent();
  const call = Node.isArrayLiteralExpression(parent) ? parent.getParent()?.getParent() : parent;
  if (!call || !Node.isCallExpression(call)) return false;
  const callee = classifyCallee(call);
  return callee.kind === "dsl" && callee.role === "choice";
}

/** A branch function's statements, ending where the choice ends. */
function branchBody(raw: Node, target: ValueTarget, id: string, context: AnalysisContext): Stmt[] {
  const fn = unwrap(raw)!;
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) {
    return fail(raw, "invalidChoice", { what: "a branch of choice must be an arrow function written in place" });
  }
  if (fn.getParameters().length > 0) fail(fn.getParameters()[0], "invalidChoice", { what: "a branch of choice takes no parameters" });
  const leave: Stmt = { kind: "break", target: id, at: locationOf(fn) };
  const body = fn.getBody();
  // `break` never crosses a function; `return` gives the branch's value.
  const inner: AnalysisContext =
    typeof target === "string"
      ? { ...context, breakTarget: undefined, returnTarget: { variable: target, target: id } }
      : { ...context, breakTarget: undefined };
  if (!Node.isBlock(body)) return [...returnedValue(body, target, inner), leave];
  const stmts = analyzeStatements(body.getStatements(), inner);
  // Falling off the end of a branch gives undefined: nothing is stored (or returned).
  return typeof target === "string" ? [...stmts, leave] : [...stmts, ...returnNothing(fn, inner)];
}

/** `return v` where it stands: the workflow's output, or a choice branch's value. */
export function returnedValue(node: Node, target: ValueTarget, context: AnalysisContext): Stmt[] {
  const into = context.returnTarget;
  if (typeof target === "string" || !into) return valueInto(node, target, context, true);
  const leave: Stmt = { kind: "break", target: into.target, at: locationOf(node) };
  if (into.variable === undefined) {
    // The caller does not use the value: only what computing it runs (awaited calls) remains.
    const hoisted: Stmt[] = [];
    analyzeExpression(node, context, hoisted);
    return [...hoisted, leave];
  }
  return [...valueInto(node, into.variable, context, true), leave];
}

function returnNothing(node: Node, context: AnalysisContext): Stmt[] {
  const into = context.returnTarget;
  if (into) return [{ kind: "break", target: into.target, at: locationOf(node) }];
  return [{ kind: "return", label: "return", at: locationOf(node) }];
}
