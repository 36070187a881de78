/** The scenarios of examples/parent-child, run by its test, by bench/references.test.ts and by the bench. */
import { bind } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { bookCarrier, quoteCarrier, reserveStock, type Shipment } from "../../examples/parent-child/children.js";
import { fulfilOrder, notifyCustomer } from "../../examples/parent-child/workflow.js";

const order: Shipment = { orderId: "o-1", address: "1 Main St", weightKg: 2 };
const quoted = bind(quoteCarrier, ({ weightKg }) => ({ carrier: weightKg > 10 ? "freight" : "post", price: weightKg * 3 }));
const booked = bind(bookCarrier, ({ carrier, orderId }) => ({ trackingId: `${carrier}-${orderId}` }));
const notified = bind(notifyCustomer, () => null);

export const parentChild: ExampleScenarios<Shipment> = {
  machine: "fulfilOrder",
  workflow: fulfilOrder,
  children: { "${reserveArn}": "reserve", "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order": "ship-order" },
  cases: [
    {
      name: "light parcel",
      input: order,
      tasks: [bind(reserveStock, () => ({ reserved: true })), quoted, booked, notified],
      output: { orderId: "o-1", trackingId: "post-o-1", cost: 6 },
    },
    {
      name: "heavy parcel goes by freight",
      input: { ...order, weightKg: 11 },
      tasks: [bind(reserveStock, () => ({ reserved: true })), quoted, booked, notified],
      output: { orderId: "o-1", trackingId: "freight-o-1", cost: 33 },
    },
    {
      name: "out of stock: the child fails, so does the parent's task",
      input: order,
      tasks: [bind(reserveStock, () => ({ reserved: false })), quoted, booked, notified],
      error: "States.TaskFailed",
      cause: JSON.stringify({ Status: "FAILED", Error: "OutOfStock", Cause: "order o-1 cannot be reserved" }),
    },
  ],
};
