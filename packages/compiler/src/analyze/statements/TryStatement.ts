import { Node, SyntaxKind, type Block, type CatchClause as CatchClauseNode, type Statement, type TryStatement } from "ts-morph";
import { diagnosticAt, fail, locationOf } from "../../diagnostics/report.js";
import { unwrap } from "../../discover/workflows.js";
import { caughtErrorOf, isErrorTest, isIsErrorCall } from "../caughtErrors.js";
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
  const [first, ...rest] = statements;
  const chain = variable && first && Node.isIfStatement(first) ? isErrorChain(first, variable, context) : undefined;
  if (chain) return { variable, handlers: chain, rest: analyzeStatements(rest, context) };
  return { variable, handlers: [{ errors: ["States.ALL"], body: [] }], rest: analyzeStatements(statements, context) };
}

/**
 * The `isError` tests at the top of a catch block as Catchers:
 * `if (isError(e, "A")) {…} else if (isError(e, "B")) {…} else {…}` catches A, B, then the rest;
 * an `else { throw e }`, or `if (!isError(e, "A")) throw e;`, leaves other errors uncaught.
 */
function isErrorChain(first: Statement, variable: string, context: AnalysisContext): CatchHandler[] | undefined {
  const handlers: CatchHandler[] = [];
  let current: Statement | undefined = first;
  while (current && Node.isIfStatement(current)) {
    const test = testOf(current.getExpression(), variable, context);
    if (!test) break;
    if (test.negated) {
      if (!isRethrow(current.getThenStatement(), variable, context)) break;
      const errors = test.names.includes("States.ALL") ? ["States.ALL"] : test.names;
      handlers.push({ errors, body: analyzeBranch(current.getElseStatement(), context) });
      return handlers;
    }
    if (test.names.includes("States.ALL")) {
      // States.ALL must be the last Catcher and alone in its ErrorEquals; the tests after it never run.
      handlers.push({ errors: ["States.ALL"], body: analyzeBranch(current.getThenStatement(), context) });
      return handlers;
    }
    handlers.push({ errors: test.names, body: analyzeBranch(current.getThenStatement(), context) });
    current = current.getElseStatement();
  }
  if (handlers.length === 0) return undefined;
  if (current && isRethrow(current, variable, context)) return handlers;
  handlers.push({ errors: ["States.ALL"], body: analyzeBranch(current, context) });
  return handlers;
}

function testOf(raw: Node, variable: string, context: AnalysisContext): { names: string[]; negated: boolean } | undefined {
  let node = unwrap(raw)!;
  let negated = false;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
    negated = true;
    node = unwrap(node.getOperand())!;
  }
  if (!isIsErrorCall(node)) return undefined;
  const test = isErrorTest(node, context);
  return test.variable === variable ? { names: test.names, negated } : undefined;
}

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
