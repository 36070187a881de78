import { DEFAULT_LAMBDA_RETRY as DEFAULT_LAMBDA_RETRY_POLICY } from "@stepscript/runtime-types";
import { Node, type CallExpression } from "ts-morph";
import type { IntegrationPattern, IntegrationRow } from "@stepscript/runtime-types";
import { dslRoleOf, integrationOf, resolveVariableDeclaration, type DslRole } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail } from "../diagnostics/report.js";
import { isModuleLevelConst, foldConstant } from "./constants.js";
import { checkHeartbeat } from "./optionRanges.js";
import { readLiteralOptions, toRetryPolicies } from "./options.js";
import type { Json, RetryPolicy, TaskTarget } from "../ir/types.js";
import { nonJsonPart } from "./json.js";
import {
  awsSdkDeclaration,
  callbackDeclaration,
  integrationDeclaration,
  nestedWorkflowDeclaration,
  unsupportedPatternOf,
  type Callback,
} from "./integrations.js";

/** A task declared at module level, as the compiler needs it. */
export interface TaskDeclaration {
  name: string;
  target: TaskTarget;
  comment?: string;
  retry: RetryPolicy[];
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** `waitForTaskToken((token) => task(…))`: the task call inside the callback (see integrations.ts). */
  callback?: Callback;
  /** The row of the integration table the task is, and the pattern its call names. */
  integration?: { row: IntegrationRow; pattern: IntegrationPattern };
}

export type Callee =
  | { kind: "task"; task: TaskDeclaration }
  | { kind: "dsl"; role: DslRole }
  | { kind: "other" };

const DEFAULT_LAMBDA_RETRY: RetryPolicy[] = [{ ...DEFAULT_LAMBDA_RETRY_POLICY, errors: [...DEFAULT_LAMBDA_RETRY_POLICY.errors] }];

const DEFAULT_KEYS = ["comment", "retry", "timeoutSeconds", "heartbeatSeconds"];

/** What a call's callee is: a declared task, a Stepscript function, or something else. */
export function classifyCallee(call: CallExpression): Callee {
  const callee = call.getExpression();
  const integration = integrationOf(callee);
  if (integration) return { kind: "task", task: integrationDeclaration(callee, integration) };
  const role = dslRoleOf(callee);
  if (role === "waitForTaskToken") return { kind: "task", task: callbackDeclaration(call, classifyCallee) };
  if (role) return { kind: "dsl", role };
  const declaration = resolveVariableDeclaration(callee);
  const initializer = unwrap(declaration?.getInitializer());
  if (!declaration || !initializer || !Node.isCallExpression(initializer)) return { kind: "other" };
  const declaredBy = dslRoleOf(initializer.getExpression());
  if (declaredBy === "workflow") return { kind: "task", task: nestedWorkflowDeclaration(declaration, initializer) };
  if (declaredBy === "awsSdk") {
    if (!isModuleLevelConst(declaration)) {
      fail(declaration, "invalidTaskDeclaration", { what: "tasks must be declared as module-level consts" });
    }
    checkTaskTypes(declaration.getName(), initializer);
    return { kind: "task", task: awsSdkDeclaration(declaration.getName(), initializer) };
  }
  if (declaredBy !== "lambda" && declaredBy !== "task") return { kind: "other" };
  if (!isModuleLevelConst(declaration)) {
    fail(declaration, "invalidTaskDeclaration", { what: "tasks must be declared as module-level consts" });
  }
  return { kind: "task", task: readTaskDeclaration(declaration.getName(), declaredBy, initializer) };
}

function readTaskDeclaration(name: string, role: "lambda" | "task", call: CallExpression): TaskDeclaration {
  const [resourceNode, defaultsNode] = call.getArguments();
  const resource = resourceNode ? foldConstant(resourceNode) : undefined;
  if (!resource || typeof resource.value !== "string") {
    fail(resourceNode ?? call, "invalidTaskDeclaration", {
      what: `the ${role === "lambda" ? "function ARN" : "resource"} of ${name} must be a string literal or a module-level const`,
    });
  }
  const unsupported = role === "task" ? unsupportedPatternOf(resource.value) : undefined;
  if (unsupported) fail(resourceNode!, "unsupportedIntegrationPattern", unsupported);
  checkTaskTypes(name, call);
  const { values, at } = readLiteralOptions(defaultsNode, `the defaults of ${name}`, DEFAULT_KEYS);
  checkHeartbeat(values.timeoutSeconds, values.heartbeatSeconds, at.heartbeatSeconds ?? defaultsNode ?? call);
  const target: TaskTarget =
    role === "lambda" ? { kind: "lambda", functionArn: resource.value } : { kind: "task", resource: resource.value };
  return {
    name,
    target,
    comment: typeof values.comment === "string" ? values.comment : undefined,
    retry: values.retry !== undefined ? toRetryPolicies(values.retry, at.retry) : role === "lambda" ? DEFAULT_LAMBDA_RETRY : [],
    timeoutSeconds: typeof values.timeoutSeconds === "number" ? values.timeoutSeconds : undefined,
    heartbeatSeconds: typeof values.heartbeatSeconds === "number" ? values.heartbeatSeconds : undefined,
  };
}

/** A task's input and output cross a state boundary, so both must be JSON. */
function checkTaskTypes(name: string, call: CallExpression): void {
  const [input, output] = call.getTypeArguments();
  for (const [node, where] of [[input, "input"], [output, "output"]] as const) {
    if (!node) continue;
    const problem = nonJsonPart(node.getType(), where);
    if (problem) fail(node, "notJson", { what: `the ${where} type of the task ${name}`, part: problem });
  }
}

export function mergeRetry(declared: Json | undefined, at: Node, fallback: RetryPolicy[]): RetryPolicy[] {
  return declared === undefined ? fallback : toRetryPolicies(declared, at);
}
