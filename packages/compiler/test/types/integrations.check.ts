// Type tests: checked by the root `tsc --noEmit`; each @ts-expect-error must be an error.
import { awsSdk, batch, bind, dynamodb, eventBridge, glue, lambda, sns, sqs, waitForTaskToken, workflow } from "@stepscript/dsl";
import type { GlueJobRun, GlueStartJobRunResult, SnsPublishResult } from "@stepscript/runtime-types";

const approve = lambda<{ id: string; token: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:A");
const child = workflow(async (input: { id: string }) => ({ score: input.id.length }));
const describe = awsSdk<{ Name: string }, { Arn: string }>("sfn", "describeStateMachine");

export const checks = workflow(async (input: { id: string }) => {
  const published: SnsPublishResult = await sns.publish({ TopicArn: "t", Message: "m" });
  // @ts-expect-error Message is required
  await sns.publish({ TopicArn: "t" });
  // @ts-expect-error MessageBody, not Message
  await sqs.sendMessage({ QueueUrl: "q", Message: "m" });
  // @ts-expect-error Key values are DynamoDB attribute values, not plain strings
  await dynamodb.getItem({ TableName: "t", Key: { id: input.id } });
  // @ts-expect-error Entries is an array
  await eventBridge.putEvents({ Entries: { Source: "s", DetailType: "d", Detail: {} } });
  // @ts-expect-error JobQueue is required
  await batch.submitJob({ JobName: "j", JobDefinition: "d" });

  // .sync returns the finished run; requestResponse only the run's id.
  const run: GlueJobRun = await glue.startJobRun({ JobName: "j" });
  const started: GlueStartJobRunResult = await glue.startJobRun.requestResponse({ JobName: "j" });
  // @ts-expect-error the request-response result has no JobRunState
  void started.JobRunState;

  const described = await describe({ Name: "x" });
  // @ts-expect-error the declared output has no Name
  void described.Name;

  // The callback's result is the task's output type.
  const decision = await waitForTaskToken((token) => approve({ id: input.id, token }), { timeoutSeconds: 60 });
  const ok: boolean = decision.ok;
  // @ts-expect-error the token is a string
  await waitForTaskToken((token: number) => approve({ id: input.id, token }));
  // @ts-expect-error unknown option
  await waitForTaskToken((token) => approve({ id: input.id, token }), { retries: 1 });

  // A nested workflow returns the child's typed output.
  const scored = await child({ id: input.id });
  const score: number = scored.score;
  // @ts-expect-error the child's input needs an id
  await child({});

  return { id: published.MessageId, run: run.JobRunState, ok, score, arn: described.Arn };
});

// Integrations are tasks: implementations are typed by their shapes.
bind(glue.startJobRun, (request) => ({ Id: request.JobName, Attempt: 0, JobName: request.JobName, JobRunState: "SUCCEEDED" }));
// @ts-expect-error the request carries JobName, not Name
bind(glue.startJobRun, (request) => ({ Id: request.Name, Attempt: 0, JobName: "j", JobRunState: "SUCCEEDED" as const }));
bind(dynamodb.query, () => ({ Items: [], Count: 0, ScannedCount: 0 }));
