import type {
  AthenaStartQueryExecutionRequest,
  AthenaStartQueryExecutionResult,
  AthenaStartQueryExecutionSyncResult,
  BatchSubmitJobRequest,
  BatchSubmitJobResult,
  BatchSubmitJobSyncResult,
  CodeBuildStartBuildRequest,
  CodeBuildStartBuildResult,
  CodeBuildStartBuildSyncResult,
  DynamoDbDeleteItemRequest,
  DynamoDbDeleteItemResult,
  DynamoDbGetItemRequest,
  DynamoDbGetItemResult,
  DynamoDbPutItemRequest,
  DynamoDbPutItemResult,
  DynamoDbQueryRequest,
  DynamoDbQueryResult,
  DynamoDbUpdateItemRequest,
  DynamoDbUpdateItemResult,
  EcsRunTaskRequest,
  EcsRunTaskResult,
  EcsRunTaskSyncResult,
  EventBridgePutEventsRequest,
  EventBridgePutEventsResult,
  GlueStartJobRunRequest,
  GlueStartJobRunResult,
  GlueStartJobRunSyncResult,
  SnsPublishRequest,
  SnsPublishResult,
  SqsSendMessageRequest,
  SqsSendMessageResult,
} from "@stepscript/runtime-types";
import { task, type Task } from "./tasks.js";

// The optimized service integrations. Each is a Task (kind "task", `resource` its Task Resource),
// so `bind(sns.publish, impl)` gives it a local implementation. The compiler finds each one by the
// `@stepscript integration <Resource>` tag on its property, never by its name.

/**
 * A job-style integration: calling it runs the job to completion (`.sync`) and returns the
 * finished job; `.requestResponse` only starts it and returns what the start call returns.
 */
export type JobIntegration<I, O, Started> = Task<I, O> & {
  /**
   * The same integration without `.sync`: the call returns as soon as the job is started.
   * @stepscript requestResponse
   */
  readonly requestResponse: Task<I, Started>;
};

function job<I, O, Started>(resource: string): JobIntegration<I, O, Started> {
  return Object.assign(task<I, O>(`${resource}.sync`), { requestResponse: task<I, Started>(resource) });
}

/** Amazon SNS. */
export const sns = {
  /**
   * Publishes a message (`arn:aws:states:::sns:publish`); returns the MessageId.
   * @stepscript integration arn:aws:states:::sns:publish
   */
  publish: task<SnsPublishRequest, SnsPublishResult>("arn:aws:states:::sns:publish"),
};

/** Amazon SQS. */
export const sqs = {
  /**
   * Sends a message (`arn:aws:states:::sqs:sendMessage`).
   * @stepscript integration arn:aws:states:::sqs:sendMessage
   */
  sendMessage: task<SqsSendMessageRequest, SqsSendMessageResult>("arn:aws:states:::sqs:sendMessage"),
};

/** Amazon DynamoDB. Items are in DynamoDB's attribute-value form (`{ S: "…" }`, `{ N: "1" }`). */
export const dynamodb = {
  /**
   * `arn:aws:states:::dynamodb:getItem`; `Item` is absent when there is no such item.
   * @stepscript integration arn:aws:states:::dynamodb:getItem
   */
  getItem: task<DynamoDbGetItemRequest, DynamoDbGetItemResult>("arn:aws:states:::dynamodb:getItem"),
  /**
   * `arn:aws:states:::dynamodb:putItem`.
   * @stepscript integration arn:aws:states:::dynamodb:putItem
   */
  putItem: task<DynamoDbPutItemRequest, DynamoDbPutItemResult>("arn:aws:states:::dynamodb:putItem"),
  /**
   * `arn:aws:states:::dynamodb:updateItem`.
   * @stepscript integration arn:aws:states:::dynamodb:updateItem
   */
  updateItem: task<DynamoDbUpdateItemRequest, DynamoDbUpdateItemResult>("arn:aws:states:::dynamodb:updateItem"),
  /**
   * `arn:aws:states:::dynamodb:deleteItem`.
   * @stepscript integration arn:aws:states:::dynamodb:deleteItem
   */
  deleteItem: task<DynamoDbDeleteItemRequest, DynamoDbDeleteItemResult>("arn:aws:states:::dynamodb:deleteItem"),
  /**
   * Query has no optimized integration: it is the SDK integration `arn:aws:states:::aws-sdk:dynamodb:query`.
   * @stepscript integration arn:aws:states:::aws-sdk:dynamodb:query
   */
  query: task<DynamoDbQueryRequest, DynamoDbQueryResult>("arn:aws:states:::aws-sdk:dynamodb:query"),
};

/** Amazon EventBridge. */
export const eventBridge = {
  /**
   * `arn:aws:states:::events:putEvents`; a `Detail` object is serialized by Step Functions.
   * @stepscript integration arn:aws:states:::events:putEvents
   */
  putEvents: task<EventBridgePutEventsRequest, EventBridgePutEventsResult>("arn:aws:states:::events:putEvents"),
};

/** Amazon ECS. */
export const ecs = {
  /**
   * Runs a task and waits until it stops (`arn:aws:states:::ecs:runTask.sync`), returning the
   * stopped task; `ecs.runTask.requestResponse` only starts it.
   * @stepscript integration arn:aws:states:::ecs:runTask.sync
   */
  runTask: job<EcsRunTaskRequest, EcsRunTaskSyncResult, EcsRunTaskResult>("arn:aws:states:::ecs:runTask"),
};

/** AWS Batch. */
export const batch = {
  /**
   * Submits a job and waits until it finishes (`arn:aws:states:::batch:submitJob.sync`);
   * `batch.submitJob.requestResponse` only submits it.
   * @stepscript integration arn:aws:states:::batch:submitJob.sync
   */
  submitJob: job<BatchSubmitJobRequest, BatchSubmitJobSyncResult, BatchSubmitJobResult>("arn:aws:states:::batch:submitJob"),
};

/** AWS Glue. */
export const glue = {
  /**
   * Starts a job run and waits until it finishes (`arn:aws:states:::glue:startJobRun.sync`);
   * `glue.startJobRun.requestResponse` only starts it.
   * @stepscript integration arn:aws:states:::glue:startJobRun.sync
   */
  startJobRun: job<GlueStartJobRunRequest, GlueStartJobRunSyncResult, GlueStartJobRunResult>("arn:aws:states:::glue:startJobRun"),
};

/** Amazon Athena. */
export const athena = {
  /**
   * Runs a query to completion (`arn:aws:states:::athena:startQueryExecution.sync`);
   * `athena.startQueryExecution.requestResponse` only starts it.
   * @stepscript integration arn:aws:states:::athena:startQueryExecution.sync
   */
  startQueryExecution: job<
    AthenaStartQueryExecutionRequest,
    AthenaStartQueryExecutionSyncResult,
    AthenaStartQueryExecutionResult
  >("arn:aws:states:::athena:startQueryExecution"),
};

/** AWS CodeBuild. */
export const codebuild = {
  /**
   * Runs a build to completion (`arn:aws:states:::codebuild:startBuild.sync`);
   * `codebuild.startBuild.requestResponse` only starts it.
   * @stepscript integration arn:aws:states:::codebuild:startBuild.sync
   */
  startBuild: job<CodeBuildStartBuildRequest, CodeBuildStartBuildSyncResult, CodeBuildStartBuildResult>(
    "arn:aws:states:::codebuild:startBuild",
  ),
};

/**
 * Any AWS SDK action, `arn:aws:states:::aws-sdk:<service>:<action>`. Declare it at module level
 * with literal names and the action's request and response shapes (PascalCase, as Step Functions
 * passes them): `const listBuckets = awsSdk<{}, { Buckets: { Name: string }[] }>("s3", "listBuckets")`.
 * @stepscript awsSdk
 */
export function awsSdk<I, O>(service: string, action: string): Task<I, O> {
  return task<I, O>(`arn:aws:states:::aws-sdk:${service}:${action}`);
}
