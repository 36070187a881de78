import type { CallExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import type { Expr, TaskCall } from "../../ir/types.js";
import type { Callback } from "../integrations.js";
import { checkHeartbeat } from "../optionRanges.js";
import { readLiteralOptions } from "../options.js";
import type { TaskDeclaration } from "../tasks.js";
import { readsInExpr } from "../../ir/walk.js";
import { analyzeTaskCall } from "./TaskCall.js";

/** The token as the payload reads it: `$$.Task.Token`. */
const TASK_TOKEN: Expr = { kind: "read", root: { kind: "context", path: ["Task", "Token"] }, path: [], kinds: ["string"] };

/**
 * The task call inside `waitForTaskToken`, with `token` read from `$$.Task.Token` and the
 * callback's timeouts over the call's own.
 */
export function analyzeCallback(outer: CallExpression, callback: Callback, task: TaskDeclaration, context: AnalysisContext, hoisted: Hoisted): TaskCall {
  if (callback.token) context.bindings.set(callback.token.compilerNode, { kind: "alias", value: TASK_TOKEN });
  const call = analyzeTaskCall(callback.call, { ...task, callback: undefined }, context, hoisted);
  const readsToken = readsInExpr(call.input).some((read) => read.root.kind === "context" && read.root.path.join(".") === "Task.Token");
  if (!readsToken) {
    fail(callback.call, "invalidCallback", { what: "the task never receives the token, so no one could send its result; pass `token` in its payload" });
  }
  const { values, at } = readLiteralOptions(callback.options, "the waitForTaskToken options", ["timeoutSeconds", "heartbeatSeconds"]);
  const literal = (e: Expr | undefined) => (e?.kind === "literal" ? e.value : undefined);
  checkHeartbeat(values.timeoutSeconds ?? literal(call.timeoutSeconds), values.heartbeatSeconds ?? literal(call.heartbeatSeconds), at.heartbeatSeconds ?? at.timeoutSeconds ?? outer);
  const seconds = (key: "timeoutSeconds" | "heartbeatSeconds"): Expr | undefined =>
    typeof values[key] === "number" ? { kind: "literal", value: values[key], kinds: ["number"] } : call[key];
  return {
    ...call,
    timeoutSeconds: seconds("timeoutSeconds"),
    heartbeatSeconds: seconds("heartbeatSeconds"),
    waitForTaskToken: true,
    callAt: locationOf(outer),
  };
}
