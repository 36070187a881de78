// Workflows whose resources are DefinitionSubstitutions placeholders (test/deploy).
import { lambda, sns, sqs, workflow } from "@stepscript/dsl";

const validateOrder = lambda<{ id: string }, { ok: boolean }>("${ValidateOrderArn}");

export const childFlow = workflow({ name: "child-flow" }, async (input: { id: string }) => ({ id: input.id }));

export const audited = workflow({ name: "audit_trail", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:audit-trail" }, async (input: { id: string }) => ({ id: input.id }));

export const order = workflow(async (input: { id: string }) => {
  const checked = await validateOrder({ id: input.id });
  if (!checked.ok) {
    await sns.publish({ TopicArn: "${AlertsTopicArn}", Message: input.id });
  }
  await sqs.sendMessage({ QueueUrl: "${OrdersQueueUrl}", MessageBody: input.id });
  const child = await childFlow({ id: input.id });
  await audited({ id: child.id });
  return { ok: checked.ok };
});
