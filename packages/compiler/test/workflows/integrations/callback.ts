import { lambda, sqs, task, waitForTaskToken, workflow } from "@stepscript/dsl";

export interface Decision {
  approved: boolean;
  by: string;
}

export const requestApproval = lambda<{ orderId: string; amount: number; token: string }, Decision>(
  "arn:aws:lambda:us-east-1:123456789012:function:RequestApproval",
);
export const notifyActivity = task<{ taskToken: string; message: string }, { done: boolean }>(
  "arn:aws:states:us-east-1:123456789012:activity:notify",
);

export const approval = workflow(async (input: { orderId: string; amount: number }) => {
  const decision = await waitForTaskToken(
    (token) => requestApproval({ orderId: input.orderId, amount: input.amount, token }),
    { timeoutSeconds: 3600, heartbeatSeconds: 600 },
  );
  if (decision.approved) return { orderId: input.orderId, status: "approved", by: decision.by };
  return { orderId: input.orderId, status: "rejected", by: decision.by };
});

/** The token inside a queue message (a request-response integration with .waitForTaskToken). */
export const queued = workflow(async (input: { orderId: string }) => {
  const reply = await waitForTaskToken(async (token) => {
    return await sqs.sendMessage({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q", MessageBody: { orderId: input.orderId, token } });
  });
  return { messageId: reply.MessageId };
});
