import type { CallExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import type { Expr, TaskCall } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { checkHeartbeat } from "../optionRanges.js";
import { readLiteralOptions, toRetryPolicies, userStateName } from "../options.js";
import type { TaskDeclaration } from "../tasks.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";
import { store } from "./intrinsics.js";
import { analyzeCallback } from "./WaitForTaskToken.js";

const CALL_OPTIONS = ["name", "comment", "retry", "timeoutSeconds", "heartbeatSeconds"];

/** `task(input, options)`: the payload as an expression and the options merged over the task's defaults. */
export function analyzeTaskCall(
  call: CallExpression,
  task: TaskDeclaration,
  context: AnalysisContext,
  hoisted: Hoisted,
): TaskCall {
  if (task.callback) return analyzeCallback(call, task.callback, task, context, hoisted);
  const [inputNode, optionsNode] = call.getArguments();
  let input: Expr = inputNode
    ? analyzeExpression(inputNode, context, hoisted)
    : { kind: "object", entries: [], kinds: ["object"] };
  if (inputNode) requirePresent(input, inputNode, "the task's input");
  if (task.target.kind === "task" && task.target.parameters && input.kind !== "object") {
    fail(inputNode ?? call, "integrationRequestNotLiteral", { what: `\`${task.name}\``, fields: Object.keys(task.target.parameters).join(", ") });
  }
  // Only a Lambda payload may be computed in place; other resources take Parameters objects.
  if (inputNode && task.target.kind !== "lambda" && (input.kind === "intrinsic" || input.kind === "format")) {
    input = store(input, inputNode, context, hoisted);
  }
  const { values, nodes, at } = readLiteralOptions(optionsNode, "the call options", CALL_OPTIONS, ["timeoutSeconds", "heartbeatSeconds"]);
  checkHeartbeat(values.timeoutSeconds ?? task.timeoutSeconds, values.heartbeatSeconds ?? task.heartbeatSeconds, at.heartbeatSeconds ?? at.timeoutSeconds ?? call);
  const seconds = (key: "timeoutSeconds" | "heartbeatSeconds"): Expr | undefined => {
    if (typeof values[key] === "number") return { kind: "literal", value: values[key], kinds: ["number"] };
    if (nodes[key]) {
      const value = analyzeExpression(nodes[key], context, hoisted);
      if (value.kind !== "read") fail(nodes[key], "unsupportedExpression", { what: `a computed ${key}` });
      requirePresent(value, nodes[key], key);
      return value;
    }
    const declared = task[key];
    return declared === undefined ? undefined : { kind: "literal", value: declared, kinds: ["number"] };
  };
  return {
    target: task.target,
    taskName: task.name,
    input,
    ...userStateName(values, at),
    comment: typeof values.comment === "string" ? values.comment : task.comment,
    retry: values.retry !== undefined ? toRetryPolicies(values.retry, at.retry) : task.retry,
    timeoutSeconds: seconds("timeoutSeconds"),
    heartbeatSeconds: seconds("heartbeatSeconds"),
    callAt: locationOf(call),
  };
}

/** An awaited task call inside an expression runs first, into a variable of its own. */
export function hoistTaskCall(
  awaited: CallExpression,
  resultNode: CallExpression | import("ts-morph").AwaitExpression,
  task: TaskDeclaration,
  context: AnalysisContext,
  hoisted: Hoisted,
): Expr {
  const call = analyzeTaskCall(awaited, task, context, hoisted);
  const kinds = kindsOfNode(resultNode) ?? [];
  const variable = newVariable(context, `${task.name}Result`, kinds);
  hoisted.push({ kind: "call", variable, call, at: locationOf(awaited) });
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
}
