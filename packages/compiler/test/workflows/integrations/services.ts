import { athena, awsSdk, batch, codebuild, dynamodb, ecs, eventBridge, glue, sns, sqs, workflow } from "@stepscript/dsl";

const TOPIC = "arn:aws:sns:us-east-1:123456789012:orders";
const QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/orders";
const TABLE = "orders";

export const listBuckets = awsSdk<Record<string, never>, { Buckets: { Name: string }[] }>("s3", "listBuckets");

/** One call of each request-response integration. */
export const services = workflow(async (input: { id: string; note: string }) => {
  const published = await sns.publish({ TopicArn: TOPIC, Message: { id: input.id }, Subject: "order" });
  await sqs.sendMessage({ QueueUrl: QUEUE, MessageBody: input.note });
  const found = await dynamodb.getItem({ TableName: TABLE, Key: { id: { S: input.id } } });
  await dynamodb.putItem({ TableName: TABLE, Item: { id: { S: input.id }, note: { S: input.note } } });
  await dynamodb.updateItem({
    TableName: TABLE,
    Key: { id: { S: input.id } },
    UpdateExpression: "SET note = :n",
    ExpressionAttributeValues: { ":n": { S: input.note } },
  });
  await dynamodb.deleteItem({ TableName: TABLE, Key: { id: { S: input.id } } });
  const page = await dynamodb.query({
    TableName: TABLE,
    KeyConditionExpression: "id = :id",
    ExpressionAttributeValues: { ":id": { S: input.id } },
  });
  const sent = await eventBridge.putEvents({
    Entries: [{ Source: "orders", DetailType: "OrderSeen", Detail: { id: input.id } }],
  });
  const buckets = await listBuckets({});
  if (found.Item === undefined) {
    return { messageId: published.MessageId, found: false, count: page.Count, failed: sent.FailedEntryCount, buckets: buckets.Buckets };
  }
  return {
    messageId: published.MessageId,
    found: true,
    count: page.Count,
    failed: sent.FailedEntryCount,
    buckets: buckets.Buckets,
  };
});

/** The job-style integrations, `.sync` by default and request-response on demand. */
export const jobs = workflow(async (input: { job: string }) => {
  const run = await glue.startJobRun({ JobName: input.job, Arguments: { "--day": "1" } });
  const started = await glue.startJobRun.requestResponse({ JobName: input.job });
  const submitted = await batch.submitJob({ JobName: input.job, JobQueue: "q", JobDefinition: "d" });
  await batch.submitJob.requestResponse({ JobName: input.job, JobQueue: "q", JobDefinition: "d" });
  const task = await ecs.runTask({ Cluster: "c", TaskDefinition: "t", LaunchType: "FARGATE" });
  await ecs.runTask.requestResponse({ Cluster: "c", TaskDefinition: "t" });
  const query = await athena.startQueryExecution({ QueryString: "SELECT 1", WorkGroup: "primary" });
  await athena.startQueryExecution.requestResponse({ QueryString: "SELECT 2" });
  const build = await codebuild.startBuild({ ProjectName: input.job });
  await codebuild.startBuild.requestResponse({ ProjectName: input.job });
  return {
    glue: run.JobRunState,
    glueRunId: started.JobRunId,
    batch: submitted.Status,
    ecs: task.LastStatus,
    athena: query.QueryExecution.Status.State,
    codebuild: build.Build.BuildStatus,
  };
});
