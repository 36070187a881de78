/** The scenarios of examples/order-processing, run by its test, by bench/references.test.ts and by the bench. */
import { bind } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { charge, notify, processOrder, validateOrder, type Order } from "../../examples/order-processing/workflow.js";

const order = (overrides: Partial<Order> = {}): Order => ({
  orderId: "o-1",
  amount: 250,
  customer: { email: "a@example.com", tier: "standard" },
  ...overrides,
});

const valid = bind(validateOrder, () => ({ valid: true }));
const settled = bind(charge, ({ orderId }) => ({ chargeId: `ch-${orderId}`, status: "settled" as const }));
const sent = bind(notify, () => null);

export const orderProcessing: ExampleScenarios<Order> = {
  machine: "processOrder",
  workflow: processOrder,
  cases: [
    { name: "settled standard order", input: order(), tasks: [valid, settled, sent], output: { orderId: "o-1", chargeId: "ch-o-1", status: "settled" } },
    { name: "invalid order", input: order(), tasks: [bind(validateOrder, () => ({ valid: false, reason: "no stock" })), settled], error: "InvalidOrder", cause: "the order failed validation" },
    { name: "zero amount", input: order({ amount: 0 }), tasks: [valid, settled], error: "InvalidAmount", cause: "amount 0 is not positive" },
    { name: "negative amount", input: order({ amount: -5 }), tasks: [valid, settled], error: "InvalidAmount", cause: "amount -5 is not positive" },
    { name: "amount 1 passes the boundary", input: order({ amount: 1 }), tasks: [valid, settled, sent] },
    { name: "pending charge waits", input: order(), tasks: [valid, bind(charge, () => ({ chargeId: "c", status: "pending" as const })), sent] },
    { name: "gold at the 1000 boundary is thanked", input: order({ amount: 1000, customer: { email: "g@example.com", tier: "gold" } }), tasks: [valid, settled, sent] },
    { name: "gold below 1000 is not", input: order({ amount: 999, customer: { email: "g@example.com", tier: "gold" } }), tasks: [valid, settled, sent] },
    { name: "standard above 1000 is not", input: order({ amount: 5000 }), tasks: [valid, settled, sent] },
    {
      name: "charge retried after TaskFailed",
      input: order(),
      tasks: () => {
        let attempts = 0;
        return [valid, sent, bind(charge, () => {
          attempts += 1;
          if (attempts < 3) throw Object.assign(new Error("card network down"), { name: "States.TaskFailed" });
          return { chargeId: "late", status: "settled" as const };
        })];
      },
    },
    {
      name: "charge gives up after three retries",
      input: order(),
      tasks: [valid, bind(charge, () => { throw Object.assign(new Error("declined"), { name: "CardDeclined" }); })],
      error: "CardDeclined",
    },
  ],
};
