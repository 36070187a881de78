import { apigateway, athena, bedrock, dynamodb, lambda, s3, secretsManager, sqs, states, workflow } from "@stepscript/dsl";

const SCORE = "arn:aws:lambda:us-east-1:123456789012:function:Score";
const WARM = "arn:aws:lambda:us-east-1:123456789012:function:Warm";
const AUDIT = "arn:aws:lambda:us-east-1:123456789012:function:Audit";
const LEGACY = "arn:aws:states:us-east-1:123456789012:stateMachine:legacy-billing";

/** The invoke envelope, an invocation without a Payload, and an asynchronous one. */
export const envelopes = workflow(async (input: { id: string; weight: number }) => {
  const scored = await lambda.invoke({ FunctionName: SCORE, Payload: { id: input.id, weight: input.weight } });
  const warmed = await lambda.invoke({ FunctionName: WARM });
  const queued = await lambda.invokeAsync({ FunctionName: AUDIT, Payload: { id: input.id } });
  if (scored.StatusCode !== 200 || scored.FunctionError !== undefined) {
    return { ok: false, version: scored.ExecutedVersion, warm: warmed.StatusCode, queued: queued.StatusCode };
  }
  return { ok: true, version: scored.ExecutedVersion, score: scored.Payload, warm: warmed.StatusCode, queued: queued.StatusCode };
});

/** A state machine not written in Stepscript, started three ways. */
export const legacy = workflow(async (input: { invoice: string }) => {
  const started = await states.startExecution.requestResponse({ StateMachineArn: LEGACY, Input: { invoice: input.invoice, dryRun: true } });
  const finished = await states.startExecution({ StateMachineArn: LEGACY, Input: { invoice: input.invoice } });
  const asText = await states.startExecution.sync({ StateMachineArn: LEGACY, Name: input.invoice });
  return { started: started.ExecutionArn, output: finished.Output, text: asText.Output };
});

/** SDK integrations and request shapes with nested optional parts. */
export const lookups = workflow(async (input: { table: string; key: string; queryId: string }) => {
  const page = await dynamodb.scan({ TableName: input.table, Limit: 2, FilterExpression: "attribute_exists(#k)", ExpressionAttributeNames: { "#k": "key" } });
  const object = await s3.getObject({ Bucket: "reports", Key: input.key });
  const secret = await secretsManager.getSecretValue({ SecretId: "prod/db" });
  const query = await athena.getQueryExecution({ QueryExecutionId: input.queryId });
  const rows = await athena.getQueryResults({ QueryExecutionId: input.queryId, MaxResults: 10 });
  const messages = await sqs.receiveMessage({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/in", MaxNumberOfMessages: 10, WaitTimeSeconds: 20 });
  const answer = await bedrock.invokeModel({
    ModelId: "anthropic.claude-3-haiku-20240307-v1:0",
    Body: { anthropic_version: "bedrock-2023-05-31", max_tokens: 100, messages: [{ role: "user", content: object.Body }] },
  });
  const called = await apigateway.invoke({ ApiEndpoint: "abc123defg.execute-api.us-east-1.amazonaws.com", Method: "POST", Stage: "prod", Path: "/score", RequestBody: { key: input.key } });
  return {
    count: page.Count,
    more: page.LastEvaluatedKey !== undefined,
    secret: secret.SecretString ?? "",
    state: query.QueryExecution?.Status?.State ?? "UNKNOWN",
    firstValue: rows.ResultSet?.Rows?.[1]?.Data?.[0]?.VarCharValue ?? "",
    messages: messages.Messages ?? [],
    answer: answer.Body ?? null,
    status: called.StatusCode,
  };
});
