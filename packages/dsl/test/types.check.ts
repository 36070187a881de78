/**
 * Type tests, checked by `tsc --noEmit` (npm run typecheck): payload mismatches are TypeScript
 * errors in the editor and in the build. Each `@ts-expect-error` fails the check if the line
 * below it ever stops being an error.
 */
import { bind, lambda, task, wait, workflow, WorkflowError } from "@stepscript/dsl";
import type { TaskHandler } from "@stepscript/runtime-types";

interface Order { orderId: string; amount: number }
const charge = lambda<Order, { chargeId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");
const enqueue = task<{ QueueUrl: string; MessageBody: string }, { MessageId: string }>("arn:aws:states:::sqs:sendMessage");

export const ok = workflow(async (order: Order) => {
  const payment = await charge(order, { retry: { maxAttempts: 2, jitter: "FULL" }, timeoutSeconds: 30 });
  await enqueue({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q", MessageBody: payment.chargeId });
  await wait({ seconds: 1 });
  await wait({ until: "2030-01-01T00:00:00Z" });
  return payment.chargeId;
});

export const wrongPayloads = workflow(async (order: Order) => {
  // @ts-expect-error a missing field in the payload
  await charge({ orderId: order.orderId });
  // @ts-expect-error a field of the wrong type
  await charge({ orderId: order.orderId, amount: "12" });
  // @ts-expect-error the result has no such field
  const id: string = (await charge(order)).paymentId;
  // @ts-expect-error a retry option that does not exist
  await charge(order, { retry: { attempts: 3 } });
  // @ts-expect-error a jitter strategy Step Functions does not have
  await charge(order, { retry: { jitter: "SOME" } });
  // @ts-expect-error a wait needs seconds or a timestamp
  await wait({ minutes: 1 });
  // @ts-expect-error WorkflowError takes an error name
  throw new WorkflowError();
  return id;
});

// Implementations are typed by the task they implement.
export const handler: TaskHandler<typeof charge> = async (order) => ({ chargeId: `ch-${order.orderId}` });
// @ts-expect-error a handler that returns the wrong shape
export const badHandler: TaskHandler<typeof charge> = async () => ({ id: 1 });
export const bound = bind(charge, (order) => ({ chargeId: order.orderId }));
// @ts-expect-error an implementation whose input type does not match the task's
export const badBinding = bind(charge, (input: { other: boolean }) => ({ chargeId: String(input.other) }));
