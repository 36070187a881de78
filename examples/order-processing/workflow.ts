import { lambda, wait, workflow, WorkflowError } from "@stepscript/dsl";

export interface Order {
  orderId: string;
  amount: number;
  customer: { email: string; tier: "standard" | "gold" };
  coupon?: string;
}
export interface Check {
  valid: boolean;
  reason?: string;
}

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

export const validateOrder = lambda<Order, Check>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:ValidateOrder`);
export const charge = lambda<{ orderId: string; amount: number }, { chargeId: string; status: "settled" | "pending" }>(
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:Charge`,
);
export const notify = lambda<{ to: string; subject: string }, null>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:Notify`, {
  retry: [],
});

export const processOrder = workflow({ comment: "Validate, charge and confirm an order" }, async (order: Order) => {
  const check = await validateOrder(order);
  if (!check.valid) {
    throw new WorkflowError("InvalidOrder", "the order failed validation");
  }
  if (order.amount <= 0) {
    throw new WorkflowError("InvalidAmount", `amount ${order.amount} is not positive`);
  }
  const payment = await charge(
    { orderId: order.orderId, amount: order.amount },
    { retry: { errors: ["States.TaskFailed"], maxAttempts: 3, intervalSeconds: 2, backoffRate: 2 } },
  );
  if (payment.status === "pending") {
    await wait({ seconds: 30 });
  } else if (order.customer.tier === "gold" && order.amount >= 1000) {
    await notify({ to: order.customer.email, subject: `Thank you for order ${order.orderId}` });
  }
  return { orderId: order.orderId, chargeId: payment.chargeId, status: payment.status };
});
