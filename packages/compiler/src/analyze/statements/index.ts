import { Node, SyntaxKind, type Statement } from "ts-morph";
import { CompileError, reportCaught, fail } from "../../diagnostics/report.js";
import type { AnalysisContext } from "../context.js";
import type { Stmt } from "../../ir/types.js";
import { analyzeVariableStatement } from "./VariableStatement.js";
import { analyzeExpressionStatement } from "./ExpressionStatement.js";
import { analyzeIfStatement } from "./IfStatement.js";
import { analyzeReturnStatement } from "./ReturnStatement.js";
import { analyzeThrowStatement } from "./ThrowStatement.js";
import { analyzeWhileStatement } from "./WhileStatement.js";
import { analyzeDoStatement } from "./DoStatement.js";
import { analyzeForStatement } from "./ForStatement.js";
import { analyzeForOfStatement } from "./ForOfStatement.js";
import { analyzeBreakStatement } from "./BreakStatement.js";
import { analyzeTryStatement } from "./TryStatement.js";
import { analyzeSwitchStatement } from "./SwitchStatement.js";

/**
 * A list of statements as IR. A statement that cannot be compiled is reported and skipped, so
 * one build reports every problem rather than the first.
 */
export function analyzeStatements(statements: readonly Statement[], context: AnalysisContext): Stmt[] {
  const result: Stmt[] = [];
  for (const statement of statements) {
    try {
      result.push(...analyzeStatement(statement, context));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      reportCaught(context.diagnostics, error);
      bindFailedDeclarations(statement, context);
    }
  }
  return result;
}

/** Names declared by a statement that failed: reads of them were caused by that failure. */
function bindFailedDeclarations(statement: Statement, context: AnalysisContext): void {
  if (!Node.isVariableStatement(statement)) return;
  for (const declaration of statement.getDeclarations()) {
    for (const name of [declaration, ...declaration.getDescendantsOfKind(SyntaxKind.BindingElement)]) {
      if (!context.bindings.has(name.compilerNode)) context.bindings.set(name.compilerNode, { kind: "failed" });
    }
  }
}

/** The body of an `if` branch or a block: a block's statements, or a single statement. */
export function analyzeBranch(node: Statement | undefined, context: AnalysisContext): Stmt[] {
  if (!node) return [];
  return Node.isBlock(node) ? analyzeStatements(node.getStatements(), context) : analyzeStatements([node], context);
}

function analyzeStatement(statement: Statement, context: AnalysisContext): Stmt[] {
  switch (statement.getKind()) {
    case SyntaxKind.VariableStatement:
      return analyzeVariableStatement(statement.asKindOrThrow(SyntaxKind.VariableStatement), context);
    case SyntaxKind.ExpressionStatement:
      return analyzeExpressionStatement(statement.asKindOrThrow(SyntaxKind.ExpressionStatement), context);
    case SyntaxKind.IfStatement:
      return analyzeIfStatement(statement.asKindOrThrow(SyntaxKind.IfStatement), context);
    case SyntaxKind.ReturnStatement:
      return analyzeReturnStatement(statement.asKindOrThrow(SyntaxKind.ReturnStatement), context);
    case SyntaxKind.ThrowStatement:
      return analyzeThrowStatement(statement.asKindOrThrow(SyntaxKind.ThrowStatement), context);
    case SyntaxKind.TryStatement:
      return analyzeTryStatement(statement.asKindOrThrow(SyntaxKind.TryStatement), context);
    case SyntaxKind.Block:
      return analyzeStatements(statement.asKindOrThrow(SyntaxKind.Block).getStatements(), context);
    case SyntaxKind.SwitchStatement:
      return analyzeSwitchStatement(statement.asKindOrThrow(SyntaxKind.SwitchStatement), context);
    case SyntaxKind.EmptyStatement:
      return [];
    case SyntaxKind.WhileStatement:
      return analyzeWhileStatement(statement.asKindOrThrow(SyntaxKind.WhileStatement), context);
    case SyntaxKind.DoStatement:
      return analyzeDoStatement(statement.asKindOrThrow(SyntaxKind.DoStatement), context);
    case SyntaxKind.ForStatement:
      return analyzeForStatement(statement.asKindOrThrow(SyntaxKind.ForStatement), context);
    case SyntaxKind.ForOfStatement:
      return analyzeForOfStatement(statement.asKindOrThrow(SyntaxKind.ForOfStatement), context);
    case SyntaxKind.BreakStatement:
      return analyzeBreakStatement(statement.asKindOrThrow(SyntaxKind.BreakStatement), context);
    case SyntaxKind.ContinueStatement:
      return analyzeBreakStatement(statement.asKindOrThrow(SyntaxKind.ContinueStatement), context);
    case SyntaxKind.ForInStatement:
      return fail(statement, "forIn");
    case SyntaxKind.LabeledStatement:
      return fail(statement.asKindOrThrow(SyntaxKind.LabeledStatement).getLabel(), "labeledStatement", { what: `the label \`${statement.asKindOrThrow(SyntaxKind.LabeledStatement).getLabel().getText()}:\`` });
    default:
      return fail(statement, "unsupportedStatement", { what: describeStatement(statement) });
  }
}

function describeStatement(statement: Statement): string {
  const names: Partial<Record<SyntaxKind, string>> = {
    [SyntaxKind.ForInStatement]: "`for … in`",
    [SyntaxKind.LabeledStatement]: "a labeled statement",
    [SyntaxKind.WithStatement]: "`with`",
    [SyntaxKind.FunctionDeclaration]: "a function declaration",
    [SyntaxKind.ClassDeclaration]: "a class declaration",
  };
  return names[statement.getKind()] ?? `\`${statement.getKindName()}\``;
}

/** Short source text, for readable state names. */
export function labelOf(node: Node): string {
  const text = node.getText().replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
