import { Node, type AwaitExpression } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr } from "../../ir/types.js";
import { classifyCallee } from "../tasks.js";
import { hoistTaskCall } from "./TaskCall.js";
import { concurrentCallOf, hoistConcurrentCall } from "../concurrent/index.js";
import { analyzeBranchingValue } from "./ConditionalExpression.js";
import { helperOf, hoistHelperCall } from "../helpers.js";

/** `await task(x)` inside an expression: the call becomes a state of its own before the expression. */
export function analyzeAwait(node: AwaitExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const inner = unwrap(node.getExpression());
  if (!inner || !Node.isCallExpression(inner)) {
    return fail(node, "unsupportedExpression", { what: "awaiting something other than a task call" });
  }
  const concurrent = concurrentCallOf(inner);
  if (concurrent) return hoistConcurrentCall(concurrent, node, context, hoisted);
  const helper = helperOf(inner.getExpression());
  if (helper) return hoistHelperCall(inner, helper, node, context, hoisted);
  const callee = classifyCallee(inner);
  if (callee.kind === "task") return hoistTaskCall(inner, node, callee.task, context, hoisted);
  if (callee.kind === "dsl" && callee.role === "choice") return analyzeBranchingValue(node, context, hoisted);
  if (callee.kind === "dsl" && callee.role === "wait") {
    return fail(node, "unsupportedExpression", { what: "`await wait(...)` used as a value" });
  }
  if (callee.kind === "dsl" && callee.role === "workflow") {
    return fail(node, "unsupportedExpression", { what: "a workflow declared inside a workflow" });
  }
  return fail(inner, "notATask", { what: `\`${inner.getExpression().getText()}\`` });
}
