import { LINEAGE_KEY, type RetryPolicy, type TaskCall } from "../../ir/types.js";
import type { AslState } from "./builder.js";
import { field, LoweringError, toTemplate, type PathResolver, type Template } from "./template.js";

const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
const START_EXECUTION_SYNC = "arn:aws:states:::states:startExecution.sync:2";
const WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

/**
 * Where a call's own result is inside what its Task returns: Lambda's `Payload`, a nested
 * execution's `Output` (`.sync:2` returns it as JSON); the whole result otherwise (a callback's
 * result is exactly what SendTaskSuccess sent).
 */
export function resultKeyOf(call: TaskCall): string | undefined {
  if (call.target.kind === "lambda") return call.waitForTaskToken ? undefined : "Payload";
  if (call.target.kind === "workflow") return "Output";
  return undefined;
}

/** The Task's Resource, with `.waitForTaskToken` for the callback pattern. */
export function resourceOf(call: TaskCall): string {
  const base =
    call.target.kind === "lambda" ? LAMBDA_INVOKE : call.target.kind === "workflow" ? START_EXECUTION_SYNC : call.target.resource;
  return call.waitForTaskToken ? base + WAIT_FOR_TASK_TOKEN : base;
}

/** The Task state of a call, without its result handling (the caller decides where the result goes). */
export function taskState(call: TaskCall, resolve: PathResolver): AslState {
  const state: AslState = { Type: "Task" };
  if (call.comment) state.Comment = call.comment;
  const input = toTemplate(call.input, resolve);
  state.Resource = resourceOf(call);
  if (call.target.kind === "lambda") {
    state.Parameters = { FunctionName: call.target.functionArn, ...field("Payload", input) };
  } else if (call.target.kind === "workflow") {
    state.Parameters = { StateMachineArn: call.target.stateMachineArn, ...field("Input", call.target.lineage ? withLineage(input) : input) };
  } else {
    if ("fixed" in input) {
      if (input.fixed === null || typeof input.fixed !== "object" || Array.isArray(input.fixed)) {
        throw new LoweringError("a task's parameters must be an object");
      }
      state.Parameters = { ...input.fixed, ...call.target.parameters };
    } else if (call.target.parameters) {
      throw new LoweringError("an integration with fixed parameters takes an object literal");
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

/**
 * The child's input with the lineage key. A built object gets one more field; a stored object is
 * merged with `{ KEY: $$.Execution.Id }`, which an intrinsic can only build from text (an
 * execution ARN holds no character JSON would escape).
 */
function withLineage(input: Template): Template {
  if ("fixed" in input) {
    if (input.fixed === null || typeof input.fixed !== "object" || Array.isArray(input.fixed)) return input;
    return { fixed: { ...input.fixed, [`${LINEAGE_KEY}.$`]: "$$.Execution.Id" } };
  }
  const lineage = `States.StringToJson(States.Format('\\{"${LINEAGE_KEY}":"{}"\\}', $$.Execution.Id))`;
  return { dynamic: `States.JsonMerge(${input.dynamic}, ${lineage}, false)` };
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
