import { choice, lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Order {
  amount: number;
  tier: "gold" | "standard";
  coupon?: string;
}

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const review = lambda<{ amount: number }, { decision: string }>(`${ARN}Review`, { retry: [] });
export const approve = lambda<{ amount: number }, { decision: string }>(`${ARN}Approve`, { retry: [] });

/** Expression bodies, a block body with an awaited call and a return, a default. */
export const decide = workflow(async (order: Order) => {
  const decision = await choice(
    [
      [order.amount > 1000, () => review({ amount: order.amount })],
      [order.tier === "gold", async () => {
        const approved = await approve({ amount: order.amount });
        return { decision: `gold ${approved.decision}` };
      }],
      [order.coupon, () => ({ decision: "coupon" })],
    ],
    () => ({ decision: "standard" }),
  );
  return { order: order.amount, decision: decision.decision };
});

/** `return await choice(...)`: each branch ends the execution. */
export const decideAndReturn = workflow(async (order: Order) => {
  return await choice(
    [
      [order.amount === 0, () => "free"],
      [order.amount < 0, () => {
        throw new WorkflowError("Negative", "amount below zero");
      }],
    ],
    () => approve({ amount: order.amount }),
  );
});

/** Without a default, used for its effects only. */
export const effects = workflow(async (order: Order) => {
  await choice([
    [order.amount > 10, () => approve({ amount: order.amount })],
    [order.tier === "gold", () => review({ amount: order.amount })],
  ]);
  return "done";
});
