// A parent whose child (in approval.ts) and queue are given at deployment.
import { sqs, workflow } from "@stepscript/dsl";
import { enrich } from "./approval.js";

export const orders = workflow(async (input: { id: string }) => {
  await sqs.sendMessage({ QueueUrl: "${OrdersQueueUrl}", MessageBody: input.id });
  const enriched = await enrich({ id: input.id });
  return { enriched: enriched.enriched };
});
