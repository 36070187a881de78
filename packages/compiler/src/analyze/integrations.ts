import { Node, type CallExpression, type ParameterDeclaration, type VariableDeclaration } from "ts-morph";
import { dslTagArgument } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail } from "../diagnostics/report.js";
import { foldConstant } from "./constants.js";
import { readLiteralOptions } from "./options.js";
import { childPlaceholderName } from "./resourceUses.js";
import type { Callee, TaskDeclaration } from "./tasks.js";

/** The task call a `waitForTaskToken` callback makes, and the name its token goes by. */
export interface Callback {
  call: CallExpression;
  token: ParameterDeclaration | undefined;
  options: Node | undefined;
}

const SYNC = ".sync";

/**
 * `sns.publish`, `glue.startJobRun`, `glue.startJobRun.requestResponse`: the Resource is on the
 * integration's `@stepscript integration <Resource>` tag; `requestResponse` is the job-style
 * integration's Resource without `.sync`.
 */
export function integrationDeclaration(callee: Node, role: "integration" | "requestResponse"): TaskDeclaration {
  const name = callee.getText().replace(/\s+/g, "");
  const tagged = role === "integration" ? callee : Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  let resource = tagged && dslTagArgument(tagged);
  if (resource && role === "requestResponse") resource = resource.endsWith(SYNC) ? resource.slice(0, -SYNC.length) : undefined;
  if (!resource) fail(callee, "invalidIntegration", { what: `\`${name}\` is not a known integration` });
  return { name, target: { kind: "task", resource }, retry: [] };
}

/** `const listBuckets = awsSdk<I, O>("s3", "listBuckets")`: `arn:aws:states:::aws-sdk:s3:listBuckets`. */
export function awsSdkDeclaration(name: string, call: CallExpression): TaskDeclaration {
  const [serviceNode, actionNode] = call.getArguments();
  const parts = [serviceNode, actionNode].map((node, index) => {
    const folded = node ? foldConstant(node) : undefined;
    if (!folded || typeof folded.value !== "string" || !/^[A-Za-z0-9.-]+$/.test(folded.value)) {
      fail(node ?? call, "invalidTaskDeclaration", {
        what: `the ${index === 0 ? "service" : "action"} of ${name} must be a string literal or a module-level const (letters, digits, . and -)`,
      });
    }
    return folded.value;
  });
  return { name, target: { kind: "task", resource: `arn:aws:states:::aws-sdk:${parts[0]}:${parts[1]}` }, retry: [] };
}

const WORKFLOW_OPTIONS = ["name", "type", "comment", "timeoutSeconds", "queryLanguage", "arn"];

/**
 * Calling another workflow starts it as a nested execution. Its ARN is the callee's `arn` option
 * or the DefinitionSubstitutions placeholder `${<name>Arn}` (camel-cased: `child-flow` gives
 * `${childFlowArn}`), filled in at deployment.
 */
export function nestedWorkflowDeclaration(declaration: VariableDeclaration, call: CallExpression): TaskDeclaration {
  const first = unwrap(call.getArguments()[0]);
  const optionsNode = first && !Node.isArrowFunction(first) && !Node.isFunctionExpression(first) ? first : undefined;
  const { values } = readLiteralOptions(optionsNode, "the workflow options", WORKFLOW_OPTIONS);
  const name = typeof values.name === "string" ? values.name : declaration.getName();
  if (values.arn !== undefined && typeof values.arn !== "string") {
    fail(optionsNode!, "invalidNestedWorkflow", { what: `the arn of the workflow ${name} must be a string` });
  }
  const placeholder = childPlaceholderName(name);
  const target =
    typeof values.arn === "string"
      ? { kind: "workflow" as const, stateMachineArn: values.arn }
      : { kind: "workflow" as const, stateMachineArn: `\${${placeholder}}`, placeholder };
  return { name, target, retry: [] };
}

/**
 * `waitForTaskToken((token) => task({ …, token }), options)`: the callback must be one task call,
 * written in place, whose payload carries the token.
 */
export function callbackDeclaration(call: CallExpression, classify: (call: CallExpression) => Callee): TaskDeclaration {
  const [fnNode, options] = call.getArguments();
  const fn = unwrap(fnNode);
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) {
    return fail(fnNode ?? call, "invalidCallback", { what: "the callback must be a function written in place, `(token) => task({ …, token })`" });
  }
  const [token, ...extra] = fn.getParameters();
  if (extra.length > 0) fail(extra[0], "invalidCallback", { what: "the callback takes one parameter, the task token" });
  if (token && !Node.isIdentifier(token.getNameNode())) fail(token, "invalidCallback", { what: "the token parameter must be a name" });
  const inner = callbackCall(fn.getBody());
  if (!inner) return fail(fn.getBody(), "invalidCallback", { what: "the callback's body must be one task call, `task({ …, token })`" });
  const callee = classify(inner);
  if (callee.kind !== "task" || callee.task.callback || callee.task.target.kind === "workflow") {
    return fail(inner, "invalidCallback", { what: `\`${inner.getExpression().getText()}\` is not a task that can take a task token` });
  }
  if (callee.task.target.kind === "task" && /\.(sync(:2)?|waitForTaskToken)$/.test(callee.task.target.resource)) {
    fail(inner, "invalidCallback", { what: `\`${inner.getExpression().getText()}\` already has an integration pattern (${callee.task.target.resource}); use its request-response form` });
  }
  return { ...callee.task, callback: { call: inner, token, options } };
}

/** `task(…)`, `await task(…)`, or a block that only returns one of those. */
function callbackCall(body: Node): CallExpression | undefined {
  let expression: Node | undefined = body;
  if (Node.isBlock(body)) {
    const statements = body.getStatements();
    const only = statements.length === 1 ? statements[0] : undefined;
    expression = only && Node.isReturnStatement(only) ? only.getExpression() : undefined;
  }
  expression = unwrap(expression);
  if (expression && Node.isAwaitExpression(expression)) expression = unwrap(expression.getExpression());
  return expression && Node.isCallExpression(expression) ? expression : undefined;
}
