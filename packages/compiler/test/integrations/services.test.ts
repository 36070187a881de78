import path from "node:path";
import { describe, expect, it } from "vitest";
import { athena, batch, bind, codebuild, dynamodb, ecs, eventBridge, glue, sns, sqs, type Task } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { jobs, listBuckets, services } from "../workflows/integrations/services.js";

const file = path.join(import.meta.dirname, "../workflows/integrations/services.ts");

const metadata = {
  SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 },
  SdkResponseMetadata: { RequestId: "r-1" },
};

/** A result shaped as the service returns it; the tests only read some of its fields. */
const result = <T>(task: Task<unknown, T> | Task<never, T>, value: Partial<T>): T => {
  void task;
  return { ...metadata, ...value } as T;
};

describe("optimized integrations", () => {
  it("emits each request-response integration's Resource and Parameters", async () => {
    const { definition } = await compileWorkflow(file, "services");
    const states = definition.States;
    const expected: [string, string, unknown][] = [
      ["sns.publish", "arn:aws:states:::sns:publish", { TopicArn: "arn:aws:sns:us-east-1:123456789012:orders", Message: { "id.$": "$$.Execution.Input.id" }, Subject: "order" }],
      ["sqs.sendMessage", "arn:aws:states:::sqs:sendMessage", { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/orders", "MessageBody.$": "$$.Execution.Input.note" }],
      ["dynamodb.getItem", "arn:aws:states:::dynamodb:getItem", { TableName: "orders", Key: { id: { "S.$": "$$.Execution.Input.id" } } }],
      ["dynamodb.putItem", "arn:aws:states:::dynamodb:putItem", { TableName: "orders", Item: { id: { "S.$": "$$.Execution.Input.id" }, note: { "S.$": "$$.Execution.Input.note" } } }],
      ["dynamodb.updateItem", "arn:aws:states:::dynamodb:updateItem", { TableName: "orders", Key: { id: { "S.$": "$$.Execution.Input.id" } }, UpdateExpression: "SET note = :n", ExpressionAttributeValues: { ":n": { "S.$": "$$.Execution.Input.note" } } }],
      ["dynamodb.deleteItem", "arn:aws:states:::dynamodb:deleteItem", { TableName: "orders", Key: { id: { "S.$": "$$.Execution.Input.id" } } }],
      ["dynamodb.query", "arn:aws:states:::aws-sdk:dynamodb:query", { TableName: "orders", KeyConditionExpression: "id = :id", ExpressionAttributeValues: { ":id": { "S.$": "$$.Execution.Input.id" } } }],
      ["eventBridge.putEvents", "arn:aws:states:::events:putEvents", { Entries: [{ Source: "orders", DetailType: "OrderSeen", Detail: { "id.$": "$$.Execution.Input.id" } }] }],
      ["listBuckets", "arn:aws:states:::aws-sdk:s3:listBuckets", {}],
    ];
    for (const [name, resource, parameters] of expected) {
      expect(states[name], name).toMatchObject({ Type: "Task", Resource: resource });
      expect(states[name].Parameters, name).toEqual(parameters);
      expect(states[name].Retry, name).toBeUndefined();
    }
  });

  it("runs job-style integrations with .sync by default, request-response on demand", async () => {
    const { definition } = await compileWorkflow(file, "jobs");
    const resources = Object.entries(definition.States)
      .filter(([, state]) => state.Type === "Task")
      .map(([name, state]) => [name, state.Resource]);
    expect(resources).toEqual([
      ["glue.startJobRun", "arn:aws:states:::glue:startJobRun.sync"],
      ["glue.startJobRun.requestResponse", "arn:aws:states:::glue:startJobRun"],
      ["batch.submitJob", "arn:aws:states:::batch:submitJob.sync"],
      ["batch.submitJob.requestResponse", "arn:aws:states:::batch:submitJob"],
      ["ecs.runTask", "arn:aws:states:::ecs:runTask.sync"],
      ["ecs.runTask.requestResponse", "arn:aws:states:::ecs:runTask"],
      ["athena.startQueryExecution", "arn:aws:states:::athena:startQueryExecution.sync"],
      ["athena.startQueryExecution.requestResponse", "arn:aws:states:::athena:startQueryExecution"],
      ["codebuild.startBuild", "arn:aws:states:::codebuild:startBuild.sync"],
      ["codebuild.startBuild.requestResponse", "arn:aws:states:::codebuild:startBuild"],
    ]);
    expect(definition.States["glue.startJobRun"].Parameters).toEqual({ "JobName.$": "$$.Execution.Input.job", Arguments: { "--day": "1" } });
    expect(definition.States["ecs.runTask"].Parameters).toEqual({ Cluster: "c", TaskDefinition: "t", LaunchType: "FARGATE" });
  });

  it("request-response integrations behave as their TypeScript", async () => {
    const compiled = await compileWorkflow(file, "services");
    const common = [
      bind(sns.publish, ({ Message }) => result(sns.publish, { MessageId: `m-${JSON.stringify(Message)}` })),
      bind(sqs.sendMessage, () => result(sqs.sendMessage, { MessageId: "q-1", MD5OfMessageBody: "x" })),
      bind(dynamodb.putItem, () => result(dynamodb.putItem, {})),
      bind(dynamodb.updateItem, () => result(dynamodb.updateItem, {})),
      bind(dynamodb.deleteItem, () => result(dynamodb.deleteItem, {})),
      bind(dynamodb.query, () => ({ Items: [], Count: 0, ScannedCount: 0 })),
      bind(eventBridge.putEvents, () => ({ Entries: [{ EventId: "e-1" }], FailedEntryCount: 0 })),
      bind(listBuckets, () => ({ Buckets: [{ Name: "a" }, { Name: "b" }] })),
    ];
    await expectSameBehaviour(services, compiled, [
      {
        name: "item found",
        input: { id: "o-1", note: "hello" },
        tasks: [...common, bind(dynamodb.getItem, ({ Key }) => result(dynamodb.getItem, { Item: { id: Key.id } }))],
        output: { messageId: 'm-{"id":"o-1"}', found: true, count: 0, failed: 0, buckets: [{ Name: "a" }, { Name: "b" }] },
      },
      {
        name: "no item (Item absent)",
        input: { id: "o-2", note: "" },
        tasks: [...common, bind(dynamodb.getItem, () => result(dynamodb.getItem, {}))],
        output: { messageId: 'm-{"id":"o-2"}', found: false, count: 0, failed: 0, buckets: [{ Name: "a" }, { Name: "b" }] },
      },
      {
        name: "a service error fails the execution",
        input: { id: "o-3", note: "x" },
        tasks: [...common.slice(1), bind(sns.publish, () => { throw Object.assign(new Error("no such topic"), { name: "SNS.NotFoundException" }); })],
        error: "SNS.NotFoundException",
        cause: "no such topic",
      },
    ]);
  });

  it("job-style integrations behave as their TypeScript", async () => {
    const compiled = await compileWorkflow(file, "jobs");
    await expectSameBehaviour(jobs, compiled, [
      {
        name: "every job finishes",
        input: { job: "nightly" },
        tasks: [
          bind(glue.startJobRun, ({ JobName }) => ({ Id: "jr-1", Attempt: 0, JobName, JobRunState: "SUCCEEDED" })),
          bind(glue.startJobRun.requestResponse, () => result(glue.startJobRun.requestResponse, { JobRunId: "jr-2" })),
          bind(batch.submitJob, ({ JobName, JobQueue, JobDefinition }) => ({ JobId: "b-1", JobName, JobQueue, JobDefinition, Status: "SUCCEEDED", StartedAt: 0 })),
          bind(batch.submitJob.requestResponse, ({ JobName }) => result(batch.submitJob.requestResponse, { JobId: "b-2", JobName })),
          bind(ecs.runTask, () => ({ TaskArn: "t", ClusterArn: "c", TaskDefinitionArn: "td", LastStatus: "STOPPED", DesiredStatus: "STOPPED", Containers: [] })),
          bind(ecs.runTask.requestResponse, () => result(ecs.runTask.requestResponse, { Tasks: [], Failures: [] })),
          bind(athena.startQueryExecution, ({ QueryString }) => ({ QueryExecution: { QueryExecutionId: "q", Query: QueryString, Status: { State: "SUCCEEDED" } } })),
          bind(athena.startQueryExecution.requestResponse, () => result(athena.startQueryExecution.requestResponse, { QueryExecutionId: "q2" })),
          bind(codebuild.startBuild, ({ ProjectName }) => ({ Build: { Id: "b", Arn: "a", ProjectName, BuildStatus: "SUCCEEDED", BuildComplete: true } })),
          bind(codebuild.startBuild.requestResponse, ({ ProjectName }) => result(codebuild.startBuild.requestResponse, { Build: { Id: "b2", Arn: "a2", ProjectName, BuildStatus: "IN_PROGRESS", BuildComplete: false } })),
        ],
        output: { glue: "SUCCEEDED", glueRunId: "jr-2", batch: "SUCCEEDED", ecs: "STOPPED", athena: "SUCCEEDED", codebuild: "SUCCEEDED" },
      },
      {
        name: "a failed Glue run fails the task",
        input: { job: "broken" },
        tasks: [bind(glue.startJobRun, () => { throw Object.assign(new Error("run failed"), { name: "States.TaskFailed" }); })],
        error: "States.TaskFailed",
        cause: "run failed",
      },
    ]);
  });
});
