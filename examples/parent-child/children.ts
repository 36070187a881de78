import { lambda, workflow, WorkflowError } from "@stepscript/dsl";

export interface Shipment {
  orderId: string;
  address: string;
  weightKg: number;
}

export const quoteCarrier = lambda<{ weightKg: number; address: string }, { carrier: string; price: number }>(
  "arn:aws:lambda:us-east-1:123456789012:function:QuoteCarrier",
);
export const bookCarrier = lambda<{ orderId: string; carrier: string }, { trackingId: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:BookCarrier",
);
export const reserveStock = lambda<{ orderId: string }, { reserved: boolean }>(
  "arn:aws:lambda:us-east-1:123456789012:function:ReserveStock",
);

/** Child: reserves the stock of an order. Deployed on its own; the parent finds it through `${reserveArn}`. */
export const reserve = workflow(async (input: { orderId: string }) => {
  const reservation = await reserveStock({ orderId: input.orderId });
  if (!reservation.reserved) throw new WorkflowError("OutOfStock", `order ${input.orderId} cannot be reserved`);
  return { orderId: input.orderId };
});

/** Child with a fixed, already deployed ARN. */
export const ship = workflow(
  { name: "ship-order", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order" },
  async (shipment: Shipment) => {
    const quote = await quoteCarrier({ weightKg: shipment.weightKg, address: shipment.address });
    const booking = await bookCarrier({ orderId: shipment.orderId, carrier: quote.carrier });
    return { carrier: quote.carrier, price: quote.price, trackingId: booking.trackingId };
  },
);
