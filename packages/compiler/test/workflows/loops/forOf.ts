import { lambda, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

export interface Line { sku: string; qty: Integer }
export interface Order { orderId: string; lines: Line[]; limit: Integer }

export const ship = lambda<Line, { trackingId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Ship");

/** Ships every line, counting them. */
export const shipAll = workflow(async (order: Order) => {
  let count = 0;
  let last = "none";
  for (const line of order.lines) {
    const shipment = await ship(line);
    last = shipment.trackingId;
    count++;
  }
  return { count, last };
});

/** Stops at the first line of quantity 0, skips lines over the limit. */
export const shipUntilEmpty = workflow(async (order: Order) => {
  let shipped = 0;
  for (const { sku, qty } of order.lines) {
    if (qty === 0) break;
    if (qty > order.limit) continue;
    await ship({ sku, qty });
    shipped += qty;
  }
  return { shipped };
});

/** Returns from inside the loop. */
export const findLine = workflow(async (input: { lines: Line[]; sku: string }) => {
  for (const line of input.lines) {
    if (line.sku === input.sku) return line;
  }
  throw new WorkflowError("NotFound", "no such line");
});
