import { ecs, lambda, sqs, states, task, waitForTaskToken, workflow } from "@stepscript/dsl";

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

/** What the queue's consumer sends back with SendTaskSuccess. */
export interface Reply {
  handledBy: string;
}

/**
 * The token inside a queue message (a request-response integration with .waitForTaskToken): the
 * result is what the consumer sends back, not SendMessage's response.
 */
export const queued = workflow(async (input: { orderId: string }) => {
  const reply = await waitForTaskToken<Reply>(async (token) => {
    return await sqs.sendMessage({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q", MessageBody: { orderId: input.orderId, token } });
  });
  return { handledBy: reply.handledBy };
});

/**
 * Callbacks over job-style integrations: the container and the child machine get the token and
 * send the result themselves; the Resource is the integration's with `.waitForTaskToken`.
 */
export const delegated = workflow(async (input: { job: string }) => {
  const container = await waitForTaskToken<Reply>(
    (token) =>
      ecs.runTask({
        Cluster: "workers",
        TaskDefinition: "worker",
        LaunchType: "FARGATE",
        Overrides: { ContainerOverrides: [{ Name: "worker", Environment: [{ Name: "TASK_TOKEN", Value: token }, { Name: "JOB", Value: input.job }] }] },
      }),
    { timeoutSeconds: 900 },
  );
  const child = await waitForTaskToken<Reply>((token) =>
    states.startExecution({ StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:legacy", Input: { job: input.job, token } }),
  );
  return { container: container.handledBy, child: child.handledBy };
});
