import { Node, SyntaxKind, type CallExpression, type ParameterDeclaration, type VariableDeclaration } from "ts-morph";
import { integrationRow, integrationRows, resourceFor, type IntegrationPattern } from "@stepscript/runtime-types";
import { unwrap } from "../discover/workflows.js";
import { fail } from "../diagnostics/report.js";
import { foldConstant } from "./constants.js";
import { readLiteralOptions } from "./options.js";
import { kindsOfType } from "./kinds.js";
import { childPlaceholderName } from "./resourceUses.js";
import type { Callee, TaskDeclaration } from "./tasks.js";

/** The task call a `waitForTaskToken` callback makes, and the name its token goes by. */
export interface Callback {
  call: CallExpression;
  token: ParameterDeclaration | undefined;
  options: Node | undefined;
}

/**
 * `sns.publish`, `glue.startJobRun`, `glue.startJobRun.requestResponse`: the row of the
 * integration table the callee's type names, with the pattern it names.
 */
export function integrationDeclaration(callee: Node, found: { key: string; pattern: string } | "notOne"): TaskDeclaration {
  const name = callee.getText().replace(/\s+/g, "");
  if (found === "notOne") {
    return fail(callee, "invalidIntegration", { what: `\`${name}\` is not one integration: its type allows several, and each is a different Task state` });
  }
  const row = integrationRow(found.key);
  if (!row || !row.patterns.includes(found.pattern as IntegrationPattern)) {
    return fail(callee, "invalidIntegration", { what: `\`${name}\` is not a known integration` });
  }
  const pattern = found.pattern as IntegrationPattern;
  const target = { kind: "task" as const, resource: resourceFor(row, pattern), ...(row.parameters ? { parameters: row.parameters } : {}) };
  return { name, target, retry: [], integration: { row, pattern } };
}

const PATTERN_SUFFIX = /\.(sync:2|sync|waitForTaskToken)$/;
const SDK_PATTERNS: readonly IntegrationPattern[] = ["requestResponse", "waitForTaskToken"];

/**
 * `task("arn:aws:states:::dynamodb:getItem.waitForTaskToken")`: a Resource of a known service
 * with a pattern AWS does not support for it, described for the diagnostic; undefined when the
 * pattern is supported or the service is not one the table knows.
 */
export function unsupportedPatternOf(resource: string): { what: string; pattern: string; supported: string } | undefined {
  const suffix = PATTERN_SUFFIX.exec(resource);
  if (!suffix) return undefined;
  const base = resource.slice(0, -suffix[0].length);
  const pattern = suffix[1] as IntegrationPattern;
  const row = integrationRows.find((r) => r.resource === base);
  const patterns = row?.patterns ?? (base.startsWith("arn:aws:states:::aws-sdk:") ? SDK_PATTERNS : undefined);
  if (!patterns || patterns.includes(pattern)) return undefined;
  return { what: row ? `\`${row.key}\` (${base})` : `the AWS SDK integration ${base}`, pattern: suffix[0], supported: describePatterns(patterns) };
}

export function describePatterns(patterns: readonly IntegrationPattern[]): string {
  return patterns.map((pattern) => (pattern === "requestResponse" ? "request-response" : `.${pattern}`)).join(", ");
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
  const lineage = carriesLineage(call);
  const target =
    typeof values.arn === "string"
      ? { kind: "workflow" as const, stateMachineArn: values.arn, lineage }
      : { kind: "workflow" as const, stateMachineArn: `\${${placeholder}}`, placeholder, lineage };
  return { name, target, retry: [] };
}

/**
 * Whether the child's input carries the lineage key: AWS recommends passing
 * `AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID` so the console links parent and child. A key can
 * only be added to an object, and it is no part of the child's typed input: a child that uses its
 * whole input (returns it, passes it on) would see it, and JSONPath has no way to take a key out,
 * so such a child is started without it.
 */
function carriesLineage(call: CallExpression): boolean {
  const fn = call.getArguments().map((a) => unwrap(a)).find((a) => a && (Node.isArrowFunction(a) || Node.isFunctionExpression(a)));
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return false;
  const parameter = fn.getParameters()[0];
  if (!parameter) return true;
  const kinds = kindsOfType(parameter.getType());
  if (!kinds || kinds.length !== 1 || kinds[0] !== "object") return false;
  const name = parameter.getNameNode();
  if (!Node.isIdentifier(name)) return false;
  const symbol = name.getSymbol();
  return !fn.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => {
    if (id === name || id.getSymbol() !== symbol) return false;
    const parent = id.getParent();
    return !((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === id);
  });
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
  const integration = callee.task.integration;
  if (integration) return { ...callbackOverIntegration(call, inner, callee.task, integration), callback: { call: inner, token, options } };
  if (callee.task.target.kind === "task" && PATTERN_SUFFIX.test(callee.task.target.resource)) {
    fail(inner, "invalidCallback", { what: `\`${inner.getExpression().getText()}\` already has an integration pattern (${callee.task.target.resource}); use its request-response form` });
  }
  // `task("arn:aws:states:::dynamodb:putItem")` names a row of the table by its Resource.
  const unsupported = callee.task.target.kind === "task" ? unsupportedPatternOf(`${callee.task.target.resource}.waitForTaskToken`) : undefined;
  if (unsupported) fail(inner, "unsupportedIntegrationPattern", unsupported);
  return { ...callee.task, callback: { call: inner, token, options } };
}

/**
 * A callback over a row of the table: its Resource is the row's with `.waitForTaskToken`, where
 * AWS supports that. What the call returns is what the external system sends back, which the
 * service's response type does not say: `waitForTaskToken<R>(…)` must.
 */
function callbackOverIntegration(
  outer: CallExpression,
  inner: CallExpression,
  task: TaskDeclaration,
  integration: NonNullable<TaskDeclaration["integration"]>,
): TaskDeclaration {
  const { row, pattern } = integration;
  const callee = inner.getExpression().getText();
  // A plain call names no pattern of its own (its default is what it runs with outside a
  // callback); a `.sync` variant chosen by name contradicts waiting for the token.
  if (pattern !== row.defaultPattern && (pattern === "sync" || pattern === "sync:2")) {
    fail(inner, "invalidCallback", { what: `\`${callee}\` waits for the job (.${pattern}); a callback waits for the token instead: call \`${row.key}\` itself` });
  }
  if (!row.patterns.includes("waitForTaskToken")) {
    fail(inner, "unsupportedIntegrationPattern", { what: `\`${row.key}\``, pattern: ".waitForTaskToken", supported: describePatterns(row.patterns) });
  }
  if (outer.getTypeArguments().length === 0) {
    fail(outer, "untypedCallbackResult", { what: `\`${row.key}\`` });
  }
  return { ...task, target: { kind: "task", resource: row.resource } };
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
