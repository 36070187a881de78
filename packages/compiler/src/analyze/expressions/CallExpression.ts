import type { CallExpression } from "ts-morph";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeIntrinsicCall } from "./intrinsics.js";
import { refuseCall } from "./refusals.js";
import { fail } from "../../diagnostics/report.js";
import { classifyCallee } from "../tasks.js";
import { mutatingMethod } from "../mutation.js";
import type { Expr } from "../../ir/types.js";
import { helperOf } from "../helpers.js";

/** A call that is not awaited: tasks must be awaited; other calls have no state to run in. */
export function analyzeCallExpression(node: CallExpression, context?: AnalysisContext, hoisted?: Hoisted): Expr {
  const callee = classifyCallee(node);
  const name = node.getExpression().getText();
  if (helperOf(node.getExpression())) return fail(node, "taskCallNotAwaited", { what: name });
  if (callee.kind === "task" || (callee.kind === "dsl" && (callee.role === "wait" || callee.role === "parallel" || callee.role === "map" || callee.role === "distributedMap" || callee.role === "choice"))) {
    return fail(node, "taskCallNotAwaited", { what: name });
  }
  const mutation = mutatingMethod(node);
  if (mutation) fail(node, "mutation", { what: `\`${mutation}\`` });
  const value = context && hoisted ? analyzeIntrinsicCall(node, context, hoisted) : undefined;
  if (value) return value;
  refuseCall(node);
  return fail(node, "notATask", { what: `\`${name}\`` });
}
