import { Node, type ArrowFunction, type FunctionExpression } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { CompileError, reportCaught, diagnosticAt, fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import { analyzeTaskCall } from "../expressions/TaskCall.js";
import type { Expr, Kinds, Stmt } from "../../ir/types.js";
import { kindsOfType } from "../kinds.js";
import { analyzeStatements, labelOf } from "../statements/index.js";
import { classifyCallee } from "../tasks.js";
import { nestedLists } from "../../ir/walk.js";
import { refuseHelperValue } from "../helpers.js";
import { analyzeConcurrentCall, concurrentCallOf, resultName } from "./index.js";

export type Callback = ArrowFunction | FunctionExpression;

/** A branch or a Map callback must be a function written in place. */
export function requireCallback(node: Node | undefined, at: Node, what: string): Callback {
  const fn = unwrap(node);
  if (fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) {
    if (Node.isFunctionExpression(fn) && fn.isGenerator()) fail(fn, "invalidConcurrentCallback", { what: `${what} must not be a generator` });
    return fn;
  }
  if (fn) refuseHelperValue(fn);
  return fail(node ?? at, "invalidConcurrentCallback", { what: `${what} must be a function written in place (\`() => task(x)\` or \`async () => { … }\`)` });
}

/**
 * A callback's body as statements that end with its result: a block's statements (each `return`
 * ends the branch or iteration with its value), or `return <expression>`. A task call that is not
 * awaited (`(item) => price(item)`) is the promise the callback returns: it is awaited there.
 * The body may declare and assign its own variables but not assign outer ones: iterations and
 * branches run apart and share nothing.
 */
export function analyzeCallbackBody(fn: Callback, context: AnalysisContext, where: string): Stmt[] {
  return analyzeBranchBody(fn.getBody(), context, where);
}

/** A branch's body: a block, or an expression whose value (a call's result) the branch returns. */
export function analyzeBranchBody(body: Node, context: AnalysisContext, where: string): Stmt[] {
  const outer = new Set(context.variables.keys());
  const stmts = Node.isBlock(body) ? analyzeStatements(body.getStatements(), context) : analyzeExpressionBody(body, context);
  const check = (list: readonly Stmt[]): void => {
    for (const stmt of list) {
      const written = "variable" in stmt ? stmt.variable : undefined;
      if (written !== undefined && outer.has(written)) {
        const name = context.variables.get(written)?.name ?? written;
        context.diagnostics.push(diagnosticAt(stmt.at, "concurrentOuterAssignment", { name, where }));
      }
      // A nested branch or callback checked its own body (against a larger set of outer variables).
      if (stmt.kind !== "parallel" && stmt.kind !== "map" && stmt.kind !== "distributedMap") nestedLists(stmt).forEach(check);
    }
  };
  check(stmts);
  return stmts;
}

function analyzeExpressionBody(body: Node, context: AnalysisContext): Stmt[] {
  const hoisted: Hoisted = [];
  const at = locationOf(body);
  const label = labelOf(body);
  try {
    const inner = unwrap(body)!;
    const call = Node.isCallExpression(inner) ? returnedCall(inner, body, context, hoisted) : undefined;
    const value = call ?? analyzeExpression(body, context, hoisted);
    // A call's whole result always exists (a Lambda's Payload is null when it returns nothing).
    if (!call) requirePresent(value, body, "the returned value");
    return [...hoisted, { kind: "return", value, label, at }];
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    reportCaught(context.diagnostics, error);
    return [];
  }
}

/** The promise an expression body returns: a task call or a nested concurrent call, run and returned. */
function returnedCall(call: import("ts-morph").CallExpression, body: Node, context: AnalysisContext, hoisted: Hoisted): Expr | undefined {
  const kinds = awaitedKinds(body);
  const callee = classifyCallee(call);
  if (callee.kind === "task") {
    const taskCall = analyzeTaskCall(call, callee.task, context, hoisted);
    const variable = newVariable(context, `${callee.task.name}Result`, kinds);
    hoisted.push({ kind: "call", variable, call: taskCall, at: locationOf(call) });
    return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
  }
  const concurrent = concurrentCallOf(call);
  if (concurrent) {
    const variable = newVariable(context, `${resultName(concurrent)}Result`, kinds);
    hoisted.push(analyzeConcurrentCall(concurrent, context, hoisted, variable));
    return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
  }
  return undefined;
}

/** The kinds of what a promise-typed expression resolves to. */
function awaitedKinds(node: Node): Kinds {
  const type = node.getType();
  const resolved = type.getSymbol()?.getName() === "Promise" ? type.getTypeArguments()[0] : type;
  return (resolved && kindsOfType(resolved)) ?? [];
}
