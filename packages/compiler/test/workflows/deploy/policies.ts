// Workflows whose execution-role policies test/deploy/policy.test.ts checks, one integration kind each.
import { awsSdk, batch, distributedMap, dynamodb, lambda, s3, sns, sqs, waitForTaskToken, workflow } from "@stepscript/dsl";

const byName = lambda<{ id: string }, { ok: boolean }>("Charge");
const partial = lambda<{ id: string }, { ok: boolean }>("123456789012:function:Refund");
const qualified = lambda<{ id: string }, { ok: boolean }>("arn:aws:lambda:eu-west-1:123456789012:function:Score:live");
const ask = lambda<{ id: string; token: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Ask");
const listBuckets = awsSdk<Record<string, never>, { Buckets: { Name: string }[] }>("s3", "listBuckets");

export const lambdas = workflow(async (input: { id: string }) => {
  await byName({ id: input.id });
  await partial({ id: input.id });
  await qualified({ id: input.id });
  const answer = await waitForTaskToken((token) => ask({ id: input.id, token }));
  return answer;
});

export const services = workflow(async (input: { id: string; topic: string }) => {
  await sqs.sendMessage({ QueueUrl: "https://sqs.us-east-2.amazonaws.com/123456789012/orders.fifo", MessageBody: input.id, MessageGroupId: "g" });
  await dynamodb.putItem({ TableName: "Orders", Item: { id: { S: input.id } } });
  await sns.publish({ TopicArn: input.topic, Message: input.id });
  return input.id;
});

export const jobs = workflow(async (input: { id: string }) => {
  const job = await batch.submitJob({ JobName: input.id, JobQueue: "arn:aws:batch:us-east-1:123456789012:job-queue/etl", JobDefinition: "arn:aws:batch:us-east-1:123456789012:job-definition/transform:3" });
  return job.JobId;
});

export const sdk = workflow(async () => {
  const buckets = await listBuckets({});
  return buckets.Buckets.length;
});

export const fanOut = workflow(async (input: { prefix: string }) => {
  const rows = await distributedMap(
    s3.csv<{ id: string }>({ Bucket: "imports", Key: "users.csv" }, { header: "firstRow" }),
    (row) => byName({ id: row.id }),
    { resultWriter: { Bucket: "imports", Prefix: "results/" }, label: "Import" },
  );
  const listed = await distributedMap(s3.objects({ Bucket: "images", Prefix: input.prefix }), (object) => byName({ id: object.Key }));
  return { rows, listed: listed.length };
});
