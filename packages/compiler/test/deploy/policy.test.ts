// The execution role's policy, per kind of integration (test/workflows/deploy/policies.ts and
// placeholders.ts): exact ARNs where the code gives them, patterns and a warning where it does not.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { integrationRows } from "@stepscript/runtime-types";
import { policyOf as generatePolicy, type PolicyStatement } from "../../src/emit/policy.js";
import { workflowOf } from "../emit/helpers.js";
import type { CompiledWorkflow } from "../../src/types.js";

const P = "${AWS::Partition}";
const R = "${AWS::Region}";
const A = "${AWS::AccountId}";
const files = ["policies.ts", "placeholders.ts"].map((f) => path.join(import.meta.dirname, "../workflows/deploy", f));

let workflows: CompiledWorkflow[] = [];
let diagnostics: Diagnostic[] = [];
beforeAll(() => {
  ({ workflows, diagnostics } = compile({ files }));
});

const policyOf = (name: string): PolicyStatement[] => workflows.find((w) => w.name === name)!.policy.Statement;
const grantsOn = (name: string, action: string): string[] => policyOf(name).filter((s) => s.Action.includes(action)).flatMap((s) => s.Resource);
const at = (d: Diagnostic) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`;

describe("the generated policy", () => {
  it("is reported with warnings only, never an error, for these workflows", () => {
    expect(diagnostics.map(at)).toEqual(["policies.ts:21:9 SS1603", "policies.ts:31:25 SS1606", "policies.ts:41:39 SS1603"]);
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
  });

  it("Lambda: a name, a partial ARN and an ARN cover the function and its versions; a qualified ARN exactly that version", () => {
    expect(grantsOn("lambdas", "lambda:InvokeFunction")).toEqual([
      `arn:${P}:lambda:${R}:${A}:function:Charge`,
      `arn:${P}:lambda:${R}:${A}:function:Charge:*`,
      `arn:${P}:lambda:${R}:123456789012:function:Refund`,
      `arn:${P}:lambda:${R}:123456789012:function:Refund:*`,
      "arn:aws:lambda:eu-west-1:123456789012:function:Score:live",
      "arn:aws:lambda:us-east-1:123456789012:function:Ask",
      "arn:aws:lambda:us-east-1:123456789012:function:Ask:*",
    ]);
    expect(policyOf("lambdas")).toHaveLength(1);
  });

  it("SQS: the queue URL becomes the queue's ARN; DynamoDB: the table name its ARN; SNS chosen at run time: the pattern, with a warning", () => {
    expect(grantsOn("services", "sqs:SendMessage")).toEqual([`arn:${P}:sqs:us-east-2:123456789012:orders.fifo`]);
    expect(grantsOn("services", "dynamodb:PutItem")).toEqual([`arn:${P}:dynamodb:${R}:${A}:table/Orders`]);
    expect(grantsOn("services", "sns:Publish")).toEqual([`arn:${P}:sns:${R}:${A}:*`]);
    const warning = diagnostics.find((d) => d.code === "SS1603" && d.line === 21)!;
    expect(warning.message).toBe(`sns.publish does not name its TopicArn in the code, so the policy grants sns:Publish on arn:${P}:sns:${R}:${A}:*`);
  });

  it(".sync: what polling needs (Batch's describe and the managed EventBridge rule), and iam:PassRole", () => {
    expect(policyOf("jobs")).toEqual([
      { Effect: "Allow", Action: ["batch:DescribeJobs", "batch:SubmitJob", "batch:TerminateJob"], Resource: ["*"] },
      { Effect: "Allow", Action: ["events:DescribeRule", "events:PutRule", "events:PutTargets"], Resource: [`arn:${P}:events:${R}:${A}:rule/StepFunctionsGetEventsForBatchJobsRule`] },
      { Effect: "Allow", Action: ["iam:PassRole"], Resource: [`arn:${P}:iam::${A}:role/*`] },
    ]);
  });

  it("an SDK integration the table does not list: its one action on every resource, with a warning", () => {
    expect(policyOf("sdk")).toEqual([{ Effect: "Allow", Action: ["s3:ListBuckets"], Resource: ["*"] }]);
  });

  it("nested .sync:2: StartExecution on the child, Describe/StopExecution on its executions, the managed rule; placeholders referenced", () => {
    const order = policyOf("order");
    expect(grantsOn("order", "states:StartExecution")).toEqual([
      "${childFlowArn}",
      `arn:${P}:states:${R}:${A}:execution:\${childFlowName}:*`,
      "arn:aws:states:us-east-1:123456789012:execution:audit-trail:*",
      "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail",
    ]);
    expect(grantsOn("order", "states:DescribeExecution")).toEqual(grantsOn("order", "states:StartExecution"));
    expect(grantsOn("order", "events:PutRule")).toEqual([`arn:${P}:events:${R}:${A}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule`]);
    expect(grantsOn("order", "lambda:InvokeFunction")).toEqual(["${ValidateOrderArn}", "${ValidateOrderArn}:*"]);
    expect(grantsOn("order", "sns:Publish")).toEqual(["${AlertsTopicArn}"]);
    expect(grantsOn("order", "sqs:SendMessage")).toEqual(["${OrdersQueueArn}"]);
    expect(workflows.find((w) => w.name === "order")!.derivedPlaceholders).toEqual([
      { name: "OrdersQueueArn", from: "OrdersQueueUrl", part: "sqsQueueArn" },
      { name: "childFlowName", from: "childFlowArn", part: "stateMachineName" },
    ]);
    expect(order.flatMap((s) => s.Resource)).not.toContain("*");
  });

  it("Distributed Map: child executions of itself, its S3 reader and writer scoped to bucket, key and prefix", () => {
    expect(policyOf("fanOut")).toEqual([
      { Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: [`arn:${P}:lambda:${R}:${A}:function:Charge`, `arn:${P}:lambda:${R}:${A}:function:Charge:*`] },
      { Effect: "Allow", Action: ["s3:AbortMultipartUpload", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:PutObject"], Resource: [`arn:${P}:s3:::imports/results/*`] },
      { Effect: "Allow", Action: ["s3:GetObject"], Resource: [`arn:${P}:s3:::imports/users.csv`] },
      { Effect: "Allow", Action: ["s3:ListBucket"], Resource: [`arn:${P}:s3:::images`] },
      { Effect: "Allow", Action: ["states:DescribeExecution", "states:StopExecution"], Resource: [`arn:${P}:states:${R}:${A}:execution:fanOut/*:*`, `arn:${P}:states:${R}:${A}:execution:fanOut/Import:*`] },
      { Effect: "Allow", Action: ["states:StartExecution"], Resource: [`arn:${P}:states:${R}:${A}:stateMachine:fanOut`] },
    ]);
  });

  it("never has a wildcard action", () => {
    for (const workflow of workflows) for (const s of workflow.policy.Statement) for (const action of s.Action) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/);
  });
});

describe("resource values the code writes", () => {
  const use = (resource: string, fields: Record<string, string>, pattern: "requestResponse" | "sync" = "requestResponse") => ({
    kind: "task" as const,
    taskName: "call",
    resource: `arn:aws:states:::${resource}`,
    pattern,
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { kind: "literal" as const, value: v }])),
    at: { file: "flow.ts", line: 3, column: 5, length: 4 },
  });
  const policy = (...uses: ReturnType<typeof use>[]) => generatePolicy(workflowOf("flow", "flow.ts", { uses }), integrationRows);

  it("become the ARNs of what they name: task definitions, secrets, parameters, API endpoints, table ARNs", () => {
    const { document, diagnostics: found } = policy(
      use("ecs:runTask", { TaskDefinition: "web:7" }),
      use("aws-sdk:secretsmanager:getSecretValue", { SecretId: "prod/db" }),
      use("aws-sdk:ssm:getParameter", { Name: "/app/url" }),
      use("apigateway:invoke", { ApiEndpoint: "abcde12345.execute-api.eu-west-1.amazonaws.com" }),
      use("dynamodb:getItem", { TableName: "arn:aws:dynamodb:us-east-1:123456789012:table/Orders" }),
    );
    expect(found).toEqual([]);
    const on = (action: string) => document.Statement.filter((s) => s.Action.includes(action)).flatMap((s) => s.Resource);
    expect(on("ecs:RunTask")).toEqual([`arn:${P}:ecs:${R}:${A}:task-definition/web:7`]);
    expect(on("secretsmanager:GetSecretValue")).toEqual([`arn:${P}:secretsmanager:${R}:${A}:secret:prod/db-??????`]);
    expect(on("ssm:GetParameter")).toEqual([`arn:${P}:ssm:${R}:${A}:parameter/app/url`]);
    expect(on("execute-api:Invoke")).toEqual([`arn:${P}:execute-api:eu-west-1:${A}:abcde12345/*`]);
    expect(on("dynamodb:GetItem")).toEqual(["arn:aws:dynamodb:us-east-1:123456789012:table/Orders"]);
  });

  it("that name nothing are errors at the call, and the workflow gets no policy", () => {
    const { diagnostics: found } = policy(
      use("sqs:sendMessage", { QueueUrl: "orders" }),
      use("lambda:invoke", { FunctionName: "arn:aws:sns:us-east-1:123456789012:topic" }),
      use("sns:publish", { TopicArn: "alerts" }),
      use("states:startExecution", { StateMachineArn: "arn:aws:states:us-east-1:123456789012:activity:x" }, "sync"),
    );
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ["SS1604", '"orders" is not an SQS queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME) (QueueUrl of call)'],
      ["SS1604", '"arn:aws:sns:us-east-1:123456789012:topic" is not a Lambda function name or ARN (FunctionName of call)'],
      ["SS1604", '"alerts" is not an ARN (TopicArn of call)'],
      ["SS1604", '"arn:aws:states:us-east-1:123456789012:activity:x" is not a state machine ARN (StateMachineArn of call)'],
    ]);
    expect(found.every((d) => d.line === 3 && d.column === 5)).toBe(true);
  });

  it("an activity needs no grant", () => {
    expect(policy(use("", {}) && { ...use("", {}), resource: "arn:aws:states:us-east-1:123456789012:activity:approve" }).document.Statement).toEqual([]);
  });
});
