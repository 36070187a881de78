import path from "node:path";
import { describe, expect, it } from "vitest";
import { apigateway, athena, bedrock, bind, dynamodb, lambda, s3, secretsManager, sqs, states } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { envelopes, legacy, lookups } from "../workflows/integrations/table.js";

const file = path.join(import.meta.dirname, "../workflows/integrations/table.ts");

const metadata = {
  SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 },
  SdkResponseMetadata: { RequestId: "r-1" },
};

const taskStates = (definition: { States: Record<string, Record<string, unknown>> }) =>
  Object.entries(definition.States).filter(([, state]) => state.Type === "Task");

describe("integrations from the table", () => {
  it("lambda.invoke sends exactly the request (no Payload when it has none); invokeAsync adds InvocationType Event", async () => {
    const { definition } = await compileWorkflow(file, "envelopes");
    expect(taskStates(definition).map(([, state]) => [state.Resource, state.Parameters])).toEqual([
      ["arn:aws:states:::lambda:invoke", { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Score", Payload: { "id.$": "$$.Execution.Input.id", "weight.$": "$$.Execution.Input.weight" } }],
      ["arn:aws:states:::lambda:invoke", { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Warm" }],
      ["arn:aws:states:::lambda:invoke", { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Audit", Payload: { "id.$": "$$.Execution.Input.id" }, InvocationType: "Event" }],
    ]);
  });

  it("the raw envelope behaves as its TypeScript: StatusCode, ExecutedVersion, FunctionError, Payload", async () => {
    const compiled = await compileWorkflow(file, "envelopes");
    const invoke = (version: string, error?: string) =>
      bind(lambda.invoke, ({ FunctionName, Payload }) => ({
        ...metadata,
        StatusCode: 200,
        ExecutedVersion: FunctionName.endsWith(":Warm") ? "7" : version,
        Payload: Payload === undefined ? null : { got: Payload },
        ...(error === undefined ? {} : { FunctionError: error }),
      }));
    const invokeAsync = bind(lambda.invokeAsync, () => ({ ...metadata, StatusCode: 202, Payload: "" }));
    await expectSameBehaviour(envelopes, compiled, [
      {
        name: "a function that returned",
        input: { id: "a", weight: 0 },
        tasks: [invoke("$LATEST"), invokeAsync],
        output: { ok: true, version: "$LATEST", score: { got: { id: "a", weight: 0 } }, warm: 200, queued: 202 },
      },
      {
        name: "a function error the envelope reports",
        input: { id: "", weight: -1 },
        tasks: [invoke("3", "Unhandled"), invokeAsync],
        output: { ok: false, version: "3", warm: 200, queued: 202 },
      },
    ]);
  });

  it("starts a machine not written in Stepscript request-response, .sync:2 (a plain call) and .sync", async () => {
    const { definition } = await compileWorkflow(file, "legacy");
    expect(taskStates(definition).map(([, state]) => state.Resource)).toEqual([
      "arn:aws:states:::states:startExecution",
      "arn:aws:states:::states:startExecution.sync:2",
      "arn:aws:states:::states:startExecution.sync",
    ]);
    const compiled = await compileWorkflow(file, "legacy");
    const execution = (Input: unknown, Output: unknown) => ({
      ExecutionArn: "arn:aws:states:us-east-1:123456789012:execution:legacy-billing:x",
      StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:legacy-billing",
      Name: "x",
      Status: "SUCCEEDED" as const,
      StartDate: 1,
      StopDate: 2,
      InputDetails: { Included: true },
      OutputDetails: { Included: true },
      Input,
      Output,
    });
    await expectSameBehaviour(legacy, compiled, [
      {
        input: { invoice: "inv-1" },
        tasks: [
          bind(states.startExecution.requestResponse, () => ({ ...metadata, ExecutionArn: "arn:aws:states:us-east-1:123456789012:execution:legacy-billing:dry", StartDate: 1 })),
          bind(states.startExecution, ({ Input }) => execution(Input, { paid: true, echo: Input })),
          bind(states.startExecution.sync, ({ Name }) => execution("{}", JSON.stringify({ name: Name }))),
        ],
        output: {
          started: "arn:aws:states:us-east-1:123456789012:execution:legacy-billing:dry",
          output: { paid: true, echo: { invoice: "inv-1" } },
          text: JSON.stringify({ name: "inv-1" }),
        },
      },
      {
        name: "the child fails: the task fails with its error",
        input: { invoice: "" },
        tasks: [
          bind(states.startExecution.requestResponse, () => ({ ...metadata, ExecutionArn: "e", StartDate: 1 })),
          bind(states.startExecution, () => { throw Object.assign(new Error("no invoice"), { name: "States.TaskFailed" }); }),
          bind(states.startExecution.sync, () => execution("{}", "{}")),
        ],
        error: "States.TaskFailed",
      },
    ]);
  });

  it("SDK and optimized request-response calls pass their requests as written and read optional results as JavaScript does", async () => {
    const compiled = await compileWorkflow(file, "lookups");
    expect(taskStates(compiled.definition).map(([, state]) => state.Resource)).toEqual([
      "arn:aws:states:::aws-sdk:dynamodb:scan",
      "arn:aws:states:::aws-sdk:s3:getObject",
      "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
      "arn:aws:states:::athena:getQueryExecution",
      "arn:aws:states:::athena:getQueryResults",
      "arn:aws:states:::aws-sdk:sqs:receiveMessage",
      "arn:aws:states:::bedrock:invokeModel",
      "arn:aws:states:::apigateway:invoke",
    ]);
    const tasks = (options: { more: boolean; secret?: string; messages: boolean; body: boolean; query?: boolean; value?: string }) => [
      bind(dynamodb.scan, ({ Limit }) => ({ Items: [], Count: Limit ?? 0, ScannedCount: 5, ...(options.more ? { LastEvaluatedKey: { key: { S: "k" } } } : {}) })),
      bind(s3.getObject, ({ Key }) => ({ Body: `text of ${Key}`, ContentLength: 1, ETag: "e", LastModified: "2026-01-01T00:00:00Z" })),
      bind(secretsManager.getSecretValue, ({ SecretId }) => ({ ARN: `arn:${SecretId}`, Name: SecretId, VersionId: "v", ...(options.secret === undefined ? {} : { SecretString: options.secret }) })),
      bind(athena.getQueryExecution, ({ QueryExecutionId }) =>
        options.query === false ? metadata : { ...metadata, QueryExecution: { QueryExecutionId, Query: "SELECT 1", Status: { State: "SUCCEEDED" as const } } },
      ),
      bind(athena.getQueryResults, () =>
        options.query === false
          ? metadata
          : { ...metadata, ResultSet: { Rows: [{ Data: [{ VarCharValue: "n" }] }, { Data: [options.value === undefined ? {} : { VarCharValue: options.value }] }], ResultSetMetadata: { ColumnInfo: [{ Name: "n", Type: "integer" }] } } },
      ),
      bind(sqs.receiveMessage, () => (options.messages ? { Messages: [{ MessageId: "m", ReceiptHandle: "h", MD5OfBody: "x", Body: "0" }] } : {})),
      bind(bedrock.invokeModel, ({ Body }) => ({ ContentType: "application/json", ...(options.body ? { Body: { echoed: Body ?? null } } : {}) })),
      bind(apigateway.invoke, ({ RequestBody }) => ({ ResponseBody: RequestBody ?? null, Headers: {}, StatusCode: 201, StatusText: "Created" })),
    ];
    await expectSameBehaviour(lookups, compiled, [
      { name: "every optional part present", input: { table: "t", key: "k1", queryId: "q" }, tasks: tasks({ more: true, secret: "s3cret", messages: true, body: true }) },
      { name: "optional parts absent, falsy values", input: { table: "", key: "", queryId: "0" }, tasks: tasks({ more: false, secret: "", messages: false, body: false }) },
      { name: "a binary secret: SecretString absent", input: { table: "t", key: "false", queryId: "q" }, tasks: tasks({ more: false, messages: true, body: true }) },
      { name: "Athena's optional members absent: QueryExecution, ResultSet", input: { table: "t", key: "k", queryId: "q" }, tasks: tasks({ more: false, messages: false, body: false, query: false }) },
      { name: "the first data row's value present, and \"0\"", input: { table: "t", key: "k", queryId: "q" }, tasks: tasks({ more: true, messages: true, body: true, value: "0" }) },
    ]);
  });
});
