/**
 * Type tests of the integrations built from the table, checked by `tsc --noEmit`: requests and
 * results are the AWS shapes, a pattern a service does not have is no property, and a callback
 * over an integration is typed by what comes back. Each `@ts-expect-error` fails the check if
 * the line below it ever stops being an error.
 */
import { athena, dynamodb, ecs, glue, lambda, s3, sqs, states, waitForTaskToken, workflow } from "@stepscript/dsl";
import type { AthenaQueryState, GlueJobRunState } from "@stepscript/runtime-types";

interface Approval { approved: boolean }
const QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/q";

export const shapes = workflow(async (input: { id: string }) => {
  const run = await glue.startJobRun({ JobName: "etl" });
  const state: GlueJobRunState = run.JobRunState;
  const started = await glue.startJobRun.requestResponse({ JobName: "etl" });
  const runId: string = started.JobRunId;
  const query = await athena.getQueryExecution({ QueryExecutionId: input.id });
  // AWS's model of GetQueryExecution makes every member optional.
  const queryState: AthenaQueryState | undefined = query.QueryExecution?.Status?.State;
  const child = await states.startExecution({ StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:x" });
  const asText = await states.startExecution.sync({ StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:x" });
  const text: string = asText.Output;
  const envelope = await lambda.invoke({ FunctionName: "f" });
  const status: number = envelope.StatusCode;
  const object = await s3.getObject({ Bucket: "b", Key: "k" });
  const reader = s3.json<{ id: string }>({ Bucket: "b", Key: "items.json" });
  const approval = await waitForTaskToken<Approval>((token) => sqs.sendMessage({ QueueUrl: QUEUE, MessageBody: { token } }));
  const approved: boolean = approval.approved;
  return { state, runId, queryState, child: child.Output, text, status, body: object.Body, reader: typeof reader, approved };
});

export const wrong = workflow(async (input: { id: string }) => {
  // @ts-expect-error JobName is required
  await glue.startJobRun({});
  // @ts-expect-error DynamoDB has no .sync
  await dynamodb.getItem.sync({ TableName: "t", Key: {} });
  // @ts-expect-error the callback pattern is waitForTaskToken(…), not a property
  await ecs.runTask.waitForTaskToken({ TaskDefinition: "t" });
  // @ts-expect-error a plain job call returns the finished run: it has no JobRunId of a started one
  const id: string = (await glue.startJobRun({ JobName: "etl" })).JobRunId;
  // @ts-expect-error GetQueryExecution's members are optional: a plain read is a type error
  const state: string = (await athena.getQueryExecution({ QueryExecutionId: input.id })).QueryExecution.Status.State;
  // @ts-expect-error invokeAsync sends InvocationType itself
  await lambda.invokeAsync({ FunctionName: "f", InvocationType: "Event" });
  // @ts-expect-error a callback's result is what comes back, not SendMessage's response
  const messageId: string = (await waitForTaskToken<Approval>((token) => sqs.sendMessage({ QueueUrl: QUEUE, MessageBody: { token } }))).MessageId;
  return { id, messageId, state, input };
});
