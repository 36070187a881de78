import { lambda, workflow } from "@stepscript/dsl";
import { reserve, ship, type Shipment } from "./children.js";

export const notifyCustomer = lambda<{ orderId: string; trackingId: string }, null>(
  "arn:aws:lambda:us-east-1:123456789012:function:NotifyCustomer",
);

/** The parent: each stage is a child workflow run as a nested execution (startExecution.sync:2). */
export const fulfilOrder = workflow(async (order: Shipment) => {
  const reserved = await reserve({ orderId: order.orderId });
  const shipped = await ship({ orderId: reserved.orderId, address: order.address, weightKg: order.weightKg });
  await notifyCustomer({ orderId: order.orderId, trackingId: shipped.trackingId });
  return { orderId: order.orderId, trackingId: shipped.trackingId, cost: shipped.price };
});
