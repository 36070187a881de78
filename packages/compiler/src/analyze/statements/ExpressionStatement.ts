import { Node, SyntaxKind, type ExpressionStatement } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { bindingOf, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { analyzeTaskCall } from "../expressions/TaskCall.js";
import { analyzeCallExpression } from "../expressions/CallExpression.js";
import type { Stmt } from "../../ir/types.js";
import { classifyCallee } from "../tasks.js";
import { analyzeWait } from "./wait.js";
import { awaitedTaskCall } from "./VariableStatement.js";
import { labelOf } from "./index.js";
import { helperOf, inlineHelper } from "../helpers.js";
import { analyzeCounterUpdate } from "./counters.js";
import { analyzeConcurrentCall, awaitedConcurrentCall } from "../concurrent/index.js";
import { isBranchingValue, valueInto } from "../expressions/ConditionalExpression.js";

/** `await task(x)`, `await wait(…)`, and `x = …`. */
export function analyzeExpressionStatement(statement: ExpressionStatement, context: AnalysisContext): Stmt[] {
  return analyzeEffect(statement.getExpression(), statement, context);
}

/** An expression run for its effect: a statement's, or a `for` loop's update. */
export function analyzeEffect(raw: Node, statement: Node, context: AnalysisContext): Stmt[] {
  const expression = unwrap(raw)!;
  const counter = analyzeCounterUpdate(expression, context);
  if (counter) return counter;
  const hoisted: Hoisted = [];
  const at = locationOf(statement);

  if (Node.isAwaitExpression(expression)) {
    const call = unwrap(expression.getExpression());
    if (call && Node.isCallExpression(call)) {
      const helper = helperOf(call.getExpression());
      if (helper) return inlineHelper(call, helper, context, undefined);
      const callee = classifyCallee(call);
      if (callee.kind === "task") {
        const taskCall = analyzeTaskCall(call, callee.task, context, hoisted);
        return [...hoisted, { kind: "call", call: taskCall, at }];
      }
      if (callee.kind === "dsl" && callee.role === "wait") return analyzeWait(call, context);
    }
    analyzeExpression(expression, context, hoisted);
    return hoisted;
  }

  if (Node.isBinaryExpression(expression)) {
    const operator = expression.getOperatorToken().getKind();
    const target = unwrap(expression.getLeft())!;
    if (operator === SyntaxKind.EqualsToken) {
      if (!Node.isIdentifier(target)) {
        fail(target, "mutation", { what: `assigning \`${target.getText()}\`` });
      }
      const declaration = resolveSymbol(target)?.getDeclarations()[0];
      const binding = declaration && bindingOf(context, declaration);
      if (!binding || binding.kind !== "variable") {
        fail(target, "unsupportedStatement", { what: `assigning \`${target.getText()}\`, which is not a workflow variable,` });
      }
      const awaitedTask = awaitedTaskCall(expression.getRight());
      if (awaitedTask) {
        const call = analyzeTaskCall(awaitedTask.call, awaitedTask.task, context, hoisted);
        return [...hoisted, { kind: "call", variable: binding.id, call, at }];
      }
      const concurrent = awaitedConcurrentCall(expression.getRight());
      if (concurrent) {
        const stmt = analyzeConcurrentCall(concurrent, context, hoisted, binding.id);
        return [...hoisted, stmt];
      }
      if (isBranchingValue(expression.getRight())) return valueInto(expression.getRight(), binding.id, context);
      const value = analyzeExpression(expression.getRight(), context, hoisted);
      return [...hoisted, { kind: "assign", variable: binding.id, value, label: labelOf(expression), at }];
    }
    if (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) {
      fail(target, "mutation", { what: `assigning \`${target.getText()}\`` });
    }
    return fail(expression, "unsupportedExpression", { what: `\`${expression.getOperatorToken().getText()}\`` });
  }

  if (Node.isCallExpression(expression)) {
    analyzeCallExpression(expression);
  }
  if (Node.isDeleteExpression(expression)) {
    fail(expression, "mutation", { what: `\`${expression.getText()}\`` });
  }
  if (Node.isPostfixUnaryExpression(expression) || Node.isPrefixUnaryExpression(expression)) {
    const operand = unwrap(expression.getOperand())!;
    if (Node.isPropertyAccessExpression(operand) || Node.isElementAccessExpression(operand)) {
      fail(expression, "mutation", { what: `\`${expression.getText()}\`` });
    }
  }
  return fail(statement, "unsupportedExpression", { what: `the statement \`${labelOf(statement)}\`` });
}
