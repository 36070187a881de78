import { Node, SyntaxKind, type Block, type CatchClause as CatchClauseNode, type Statement, type TryStatement } from "ts-morph";
import { diagnosticAt, fail, locationOf } from "../../diagnostics/report.js";
import { unwrap } from "../../discover/workflows.js";
import { caughtErrorOf, errorNameComparison, instanceOfWorkflowError, isErrorTest, isIsErrorCall } from "../caughtErrors.js";
import { newVariable, type AnalysisContext } from "../context.js";
import type { CatchClause, CatchHandler, FinallyClause, Stmt } from "../../ir/types.js";
import { forEachStmt, readsInExpr } from "../../ir/walk.js";
import { analyzeBranch, analyzeStatements, labelOf } from "./index.js";

/** `try { } catch (e) { } finally { }`: Catchers on the states inside, and the finally block on every exit. */
export function analyzeTryStatement(statement: TryStatement, context: AnalysisContext): Stmt[] {
  const body = analyzeStatements(statement.getTryBlock().getStatements(), context);
  const catchNode = statement.getCatchClause();
  const finallyNode = statement.getFinallyBlock();
  const clause = catchNode ? analyzeCatch(catchNode, context) : undefined;
  const finallyClause = finallyNode ? analyzeFinally(finallyNode, context) : undefined;
  const stmt: Stmt = {
    kind: "try",
    body,
    catch: clause,
    finally: finallyClause,
    label: labelOf(statement.getTryBlock()),
    at: locationOf(statement),
  };
  if (finallyClause) checkReturnsBeforeFinally(stmt, finallyClause, context);
  return [stmt];
}

function analyzeCatch(node: CatchClauseNode, context: AnalysisContext): CatchClause {
  const declaration = node.getVariableDeclaration();
  let variable: string | undefined;
  if (declaration) {
    const nameNode = declaration.getNameNode();
    if (!Node.isIdentifier(nameNode)) fail(nameNode, "catchBinding", { what: `\`${nameNode.getText()}\`` });
    variable = newVariable(context, nameNode.getText(), ["object"]);
    context.bindings.set(declaration.compilerNode, { kind: "variable", id: variable, mutable: false });
    (context.caughtErrors ??= new Set()).add(variable);
  }
  const statements = node.getBlock().getStatements();
  const chain = variable ? isErrorChain(statements, variable, context) : undefined;
  if (chain) return { variable, handlers: chain.handlers, rest: analyzeStatements(statements.slice(chain.used), context) };
  return { variable, handlers: [{ errors: ["States.ALL"], body: [] }], rest: analyzeStatements(statements, context) };
}

/**
 * The tests of the caught error at the top of a catch block as Catchers:
 * `if (isError(e, "A")) {…} else if (isError(e, "B")) {…} else {…}` catches A, B, then the rest;
 * an `else { throw e }`, or `if (!isError(e, "A")) throw e;`, leaves other errors uncaught. An
 * `if` without `else` whose block always leaves (return, throw) goes on with the next statement,
 * as `else if` would. `used` is how many of the block's statements the chain took.
 */
function isErrorChain(statements: readonly Statement[], variable: string, context: AnalysisContext): { handlers: CatchHandler[]; used: number } | undefined {
  const handlers: CatchHandler[] = [];
  let used = 0;
  let current: Statement | undefined = statements[0];
  while (current && Node.isIfStatement(current)) {
    const test = testOf(current.getExpression(), variable, context);
    if (!test) break;
    if (test.negated) {
      if (!isRethrow(current.getThenStatement(), variable, context)) break;
      const errors = test.names.includes("States.ALL") ? ["States.ALL"] : test.names;
      const otherwise = current.getElseStatement();
      // `if (!test) throw e;` then the block's next statements: those are the handler's body.
      const body = otherwise ? analyzeBranch(otherwise, context) : analyzeStatements(statements.slice(used + 1), context);
      handlers.push({ errors, body });
      return { handlers, used: otherwise ? used + 1 : statements.length };
    }
    if (test.names.includes("States.ALL")) {
      // States.ALL must be the last Catcher and alone in its ErrorEquals; the tests after it never run.
      handlers.push({ errors: ["States.ALL"], body: analyzeBranch(current.getThenStatement(), context) });
      return { handlers, used: used + 1 };
    }
    handlers.push({ errors: test.names, body: analyzeBranch(current.getThenStatement(), context) });
    const otherwise = current.getElseStatement();
    if (otherwise) {
      current = otherwise;
      continue;
    }
    if (!alwaysLeaves(current.getThenStatement())) return { handlers: withCatchAll(handlers, undefined, context), used: used + 1 };
    used += 1;
    current = statements[used];
    if (!current || !Node.isIfStatement(current) || !testOf(current.getExpression(), variable, context)) {
      // The statements after the tests handle every other error.
      if (current && isRethrow(current, variable, context)) return { handlers, used: statements.length };
      handlers.push({ errors: ["States.ALL"], body: analyzeStatements(statements.slice(used), context) });
      return { handlers, used: statements.length };
    }
  }
  if (handlers.length === 0) return undefined;
  if (current && isRethrow(current, variable, context)) return { handlers, used: used + 1 };
  return { handlers: withCatchAll(handlers, current, context), used: used + 1 };
}

function withCatchAll(handlers: CatchHandler[], otherwise: Statement | undefined, context: AnalysisContext): CatchHandler[] {
  return [...handlers, { errors: ["States.ALL"], body: analyzeBranch(otherwise, context) }];
}

/** A block or statement whose end is never reached: it ends in `return` or `throw`. */
function alwaysLeaves(node: Statement): boolean {
  const last = Node.isBlock(node) ? node.getStatements().at(-1) : node;
  return !!last && (Node.isReturnStatement(last) || Node.isThrowStatement(last));
}

function testOf(raw: Node, variable: string, context: AnalysisContext): { names: string[]; negated: boolean } | undefined {
  let node = unwrap(raw)!;
  let negated = false;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
    negated = true;
    node = unwrap(node.getOperand())!;
  }
  const names = catcherNames(node, variable, context);
  return names ? { names, negated } : undefined;
}

/**
 * The error names a test of the caught error matches, when it is one a Catcher can make:
 * `isError(e, …)`, `e instanceof WorkflowError` (every error), `e.error === "X"`, and `&&` / `||`
 * of them (`e instanceof WorkflowError && e.error === "X"`).
 */
function catcherNames(raw: Node, variable: string, context: AnalysisContext): string[] | undefined {
  const node = unwrap(raw)!;
  if (isIsErrorCall(node)) {
    const test = isErrorTest(node, context);
    if (test.variable !== variable) return undefined;
    return test.names.length === 0 ? ["States.ALL"] : test.names;
  }
  if (instanceOfWorkflowError(node, context)?.variable === variable) return ["States.ALL"];
  const compared = errorNameComparison(node, context);
  // A Catcher's "States.ALL" is a wildcard, where `=== "States.ALL"` compares the name exactly.
  if (compared) return compared.variable === variable && !WILDCARDS.has(compared.name) ? [compared.name] : undefined;
  if (!Node.isBinaryExpression(node)) return undefined;
  const operator = node.getOperatorToken().getKind();
  const left = catcherNames(node.getLeft(), variable, context);
  const right = left && catcherNames(node.getRight(), variable, context);
  if (!left || !right) return undefined;
  if (operator === SyntaxKind.AmpersandAmpersandToken) {
    if (left.includes("States.ALL")) return right;
    if (right.includes("States.ALL")) return left;
    return undefined;
  }
  if (operator === SyntaxKind.BarBarToken) return left.includes("States.ALL") || right.includes("States.ALL") ? ["States.ALL"] : [...new Set([...left, ...right])];
  return undefined;
}

const WILDCARDS = new Set(["States.ALL", "States.TaskFailed"]);

/** `throw e` (alone, or alone in a block) of the caught error. */
function isRethrow(node: Statement | undefined, variable: string, context: AnalysisContext): boolean {
  if (node && Node.isBlock(node)) {
    const statements = (node as Block).getStatements();
    return statements.length === 1 && isRethrow(statements[0], variable, context);
  }
  return !!node && Node.isThrowStatement(node) && caughtErrorOf(node.getExpression(), context) === variable;
}

function analyzeFinally(node: Block, context: AnalysisContext): FinallyClause {
  const pendingError = newVariable(context, "pendingError", ["object"]);
  return { body: analyzeStatements(node.getStatements(), context), pendingError };
}

/** A return inside try or catch runs the finally block after its value is computed: the block must not change it. */
function checkReturnsBeforeFinally(stmt: Extract<Stmt, { kind: "try" }>, clause: FinallyClause, context: AnalysisContext): void {
  const assigned = new Set<string>();
  forEachStmt(clause.body, (s) => {
    if ((s.kind === "assign" || s.kind === "call") && s.variable) assigned.add(s.variable);
  });
  if (assigned.size === 0) return;
  const exits = [...stmt.body, ...(stmt.catch?.handlers.flatMap((h) => h.body) ?? []), ...(stmt.catch?.rest ?? [])];
  forEachStmt(exits, (s) => {
    if (s.kind !== "return" || !s.value) return;
    const changed = readsInExpr(s.value).find((read) => read.root.kind === "variable" && assigned.has(read.root.id));
    if (changed && changed.root.kind === "variable") {
      context.diagnostics.push(diagnosticAt(s.at, "returnChangedByFinally", { what: context.variables.get(changed.root.id)?.name ?? changed.root.id }));
    }
  });
}
