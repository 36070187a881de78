// Workflows for the construct's tests: a child, a parent with placeholders of every kind.
import { lambda, sns, workflow } from "@stepscript/dsl";

const validateOrder = lambda<{ id: string }, { ok: boolean }>("${ValidateOrderArn}");

export const enrich = workflow(async (input: { id: string }) => ({ id: input.id, enriched: true }));

export const approval = workflow(async (input: { id: string }) => {
  const checked = await validateOrder({ id: input.id });
  if (!checked.ok) {
    await sns.publish({ TopicArn: "${AlertsTopicArn}", Message: input.id });
    return { approved: false };
  }
  const enriched = await enrich({ id: input.id });
  return { approved: enriched.enriched };
});
