import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { childWorkflows } from "../../packages/compiler/test/harness/engine.js";
import { bookCarrier, quoteCarrier, reserveStock, type Shipment } from "./children.js";
import { fulfilOrder, notifyCustomer } from "./workflow.js";

const here = (file: string) => path.join(import.meta.dirname, file);
const order: Shipment = { orderId: "o-1", address: "1 Main St", weightKg: 2 };
const quoted = bind(quoteCarrier, ({ weightKg }) => ({ carrier: weightKg > 10 ? "freight" : "post", price: weightKg * 3 }));
const booked = bind(bookCarrier, ({ carrier, orderId }) => ({ trackingId: `${carrier}-${orderId}` }));
const notified = bind(notifyCustomer, () => null);

describe("parent and child workflows", () => {
  it("starts each child as a nested execution and lists the placeholders it needs", async () => {
    const parent = await compileWorkflow(here("workflow.ts"), "fulfilOrder");
    expect(parent.substitutions).toEqual(["reserveArn"]);
    expect(parent.definition.States.reserve).toMatchObject({
      Resource: "arn:aws:states:::states:startExecution.sync:2",
      Parameters: { StateMachineArn: "${reserveArn}", Input: { "orderId.$": "$$.Execution.Input.orderId" } },
    });
    expect(parent.definition.States["ship-order"]).toMatchObject({
      Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order" },
    });
  });

  it("behaves as its TypeScript, children included", async () => {
    const parent = await compileWorkflow(here("workflow.ts"), "fulfilOrder");
    const workflows = {
      ...childWorkflows(await compileWorkflow(here("children.ts"), "reserve")),
      "arn:aws:states:us-east-1:123456789012:stateMachine:ship-order": await compileWorkflow(here("children.ts"), "ship"),
    };
    await expectSameBehaviour(fulfilOrder, parent, [
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
    ], { workflows });
  });
});
