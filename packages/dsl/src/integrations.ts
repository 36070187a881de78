import {
  integrationRows,
  resourceFor,
  type IntegrationActions,
  type IntegrationKey,
  type IntegrationPattern,
  type IntegrationRow,
} from "@stepscript/runtime-types";
import { s3 as s3Readers } from "./distributedMap/sources.js";
import { integrationTask, lambda as lambdaDeclaration, task, type Task } from "./tasks.js";

// The service integrations, built from the one table (`integrationRows` of runtime-types): a
// namespace per service, a Task per row, typed by the row's request and result shapes. The
// compiler finds a call's row by the `integration` and `pattern` literals of the callee's type,
// never by its name.

type Results<K extends IntegrationKey> = IntegrationActions[K]["results"];
type Request<K extends IntegrationKey> = IntegrationActions[K]["request"];

/** The pattern a plain call uses: a nested execution's `.sync:2`, a job's `.sync`, else request-response. */
export type DefaultPattern<K extends IntegrationKey> = "sync:2" extends keyof Results<K>
  ? "sync:2"
  : "sync" extends keyof Results<K>
    ? "sync"
    : "requestResponse";

/** One row of the integration table called with one pattern. */
export type IntegrationCall<K extends IntegrationKey, P extends keyof Results<K>> = Task<Request<K>, Results<K>[P]> & IntegrationBrand<K, P>;

export interface IntegrationBrand<K extends IntegrationKey, P> {
  /**
   * The row's key in the integration table.
   * @stepscript integration
   */
  readonly integration: K;
  /** The pattern this call waits with (`.waitForTaskToken` is `waitForTaskToken(…)`'s). */
  readonly pattern: P;
}

/**
 * A row as the workflow calls it: with its default pattern, and each other pattern whose result
 * is the service's as a property (`glue.startJobRun.requestResponse` only starts the job;
 * `states.startExecution.sync` returns the child's output as a string).
 */
export type Integration<K extends IntegrationKey> = IntegrationCall<K, DefaultPattern<K>> & {
  readonly [P in Exclude<keyof Results<K>, DefaultPattern<K>>]: IntegrationCall<K, P>;
};

/** The rows of one service, by action: `Namespace<"athena">` has `startQueryExecution`, `getQueryResults`, … */
export type Namespace<N extends string> = {
  readonly [K in IntegrationKey as K extends `${N}.${infer Action}` ? Action : never]: Integration<K>;
};

function call(row: IntegrationRow, pattern: IntegrationPattern): Task<unknown, unknown> {
  const resource = resourceFor(row, pattern);
  const base = row.parameters ? integrationTask(resource, row.parameters) : task(resource);
  return Object.assign(base, { integration: row.key, pattern });
}

function integration(row: IntegrationRow): Task<unknown, unknown> {
  const main = call(row, row.defaultPattern);
  const variants = row.patterns.filter((pattern) => pattern !== row.defaultPattern && pattern !== "waitForTaskToken");
  return Object.assign(main, Object.fromEntries(variants.map((pattern) => [pattern, call(row, pattern)])));
}

function namespace<N extends string>(service: N): Namespace<N> {
  const prefix = `${service}.`;
  const rows = integrationRows.filter((row) => row.key.startsWith(prefix));
  if (rows.length === 0) throw new Error(`the integration table has no rows for ${service}`);
  return Object.fromEntries(rows.map((row) => [row.key.slice(prefix.length), integration(row)])) as Namespace<N>;
}

/** Amazon DynamoDB. Items are in DynamoDB's attribute-value form (`{ S: "…" }`, `{ N: "1" }`). */
export const dynamodb = namespace("dynamodb");
/**
 * Amazon S3: the object actions (`s3.getObject`, `s3.putObject`, …) and the ItemReader sources
 * of `distributedMap` (`s3.objects`, `s3.json`, `s3.csv`, …).
 */
export const s3 = Object.assign(namespace("s3"), s3Readers);
/**
 * AWS Lambda: `lambda<I, O>(functionArn)` declares a function whose payload is the call's result;
 * `lambda.invoke` returns the whole invoke envelope (StatusCode, ExecutedVersion, Payload), and
 * sends no Payload when the request has none; `lambda.invokeAsync` queues an asynchronous invocation.
 * @stepscript lambda
 */
export const lambda = Object.assign(lambdaDeclaration, namespace("lambda"));
/** Amazon SNS. */
export const sns = namespace("sns");
/** Amazon SQS: sending, and the polling actions (receive, delete, visibility, attributes). */
export const sqs = namespace("sqs");
/** Amazon EventBridge. */
export const eventBridge = namespace("eventBridge");
/** Amazon EventBridge Scheduler. */
export const scheduler = namespace("scheduler");
/** Amazon API Gateway (REST APIs). */
export const apigateway = namespace("apigateway");
/** Amazon ECS and Fargate. */
export const ecs = namespace("ecs");
/** AWS Step Functions: start any state machine, written in Stepscript or not. */
export const states = namespace("states");
/** Amazon Kinesis Data Streams. */
export const kinesis = namespace("kinesis");
/** Amazon Data Firehose. */
export const firehose = namespace("firehose");
/** The Amazon Redshift Data API. */
export const redshiftData = namespace("redshiftData");
/** AWS Backup. */
export const backup = namespace("backup");
/** AWS Glue DataBrew. */
export const databrew = namespace("databrew");
/** Amazon Athena. */
export const athena = namespace("athena");
/** Amazon SageMaker. */
export const sagemaker = namespace("sagemaker");
/** Amazon Bedrock. */
export const bedrock = namespace("bedrock");
/** Amazon EMR. */
export const emr = namespace("emr");
/** AWS Batch. */
export const batch = namespace("batch");
/** AWS Glue. */
export const glue = namespace("glue");
/** AWS CodePipeline. */
export const codepipeline = namespace("codepipeline");
/** AWS CodeBuild. */
export const codebuild = namespace("codebuild");
/** AWS Elemental MediaConvert. */
export const mediaconvert = namespace("mediaconvert");
/** AWS Secrets Manager. */
export const secretsManager = namespace("secretsManager");
/** AWS Systems Manager: Automation and Parameter Store. */
export const ssm = namespace("ssm");

/**
 * Any AWS SDK action, `arn:aws:states:::aws-sdk:<service>:<action>`. Declare it at module level
 * with literal names and the action's request and response shapes (PascalCase, as Step Functions
 * passes them): `const listBuckets = awsSdk<{}, { Buckets: { Name: string }[] }>("s3", "listBuckets")`.
 * @stepscript awsSdk
 */
export function awsSdk<I, O>(service: string, action: string): Task<I, O> {
  return task<I, O>(`arn:aws:states:::aws-sdk:${service}:${action}`);
}
