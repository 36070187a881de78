import type { RetryPolicy, TaskCall } from "../../analyze/ir.js";
import type { AslState } from "./builder.js";
import { field, LoweringError, toTemplate, type PathResolver } from "./template.js";

const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

/** The Task state of a call, without its result handling (the caller decides where the result goes). */
export function taskState(call: TaskCall, resolve: PathResolver): AslState {
  const state: AslState = { Type: "Task" };
  if (call.comment) state.Comment = call.comment;
  const input = toTemplate(call.input, resolve);
  if (call.target.kind === "lambda") {
    state.Resource = LAMBDA_INVOKE;
    state.Parameters = { FunctionName: call.target.functionArn, ...field("Payload", input) };
  } else {
    state.Resource = call.target.resource;
    if ("fixed" in input) {
      if (input.fixed === null || typeof input.fixed !== "object" || Array.isArray(input.fixed)) {
        throw new LoweringError("a task's parameters must be an object");
      }
      state.Parameters = input.fixed;
    } else if (input.dynamic.startsWith("$")) {
      state.InputPath = input.dynamic;
    } else {
      throw new LoweringError("a task's parameters must be an object or a stored value, not a computed one");
    }
  }
  for (const [value, literal, path] of [
    [call.timeoutSeconds, "TimeoutSeconds", "TimeoutSecondsPath"],
    [call.heartbeatSeconds, "HeartbeatSeconds", "HeartbeatSecondsPath"],
  ] as const) {
    if (!value) continue;
    const template = toTemplate(value, resolve);
    if ("fixed" in template) state[literal] = template.fixed;
    else state[path] = template.dynamic;
  }
  if (call.retry.length > 0) state.Retry = call.retry.map(retrier);
  return state;
}

export function retrier(policy: RetryPolicy): AslState {
  const result: AslState = { ErrorEquals: policy.errors };
  if (policy.intervalSeconds !== undefined) result.IntervalSeconds = policy.intervalSeconds;
  if (policy.maxAttempts !== undefined) result.MaxAttempts = policy.maxAttempts;
  if (policy.backoffRate !== undefined) result.BackoffRate = policy.backoffRate;
  if (policy.maxDelaySeconds !== undefined) result.MaxDelaySeconds = policy.maxDelaySeconds;
  if (policy.jitter !== undefined) result.JitterStrategy = policy.jitter;
  return result;
}
