import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { childWorkflows } from "../../packages/compiler/test/harness/engine.js";
import { parentChild } from "../../bench/scenarios/parent-child.js";
import { fulfilOrder } from "./workflow.js";

const here = (file: string) => path.join(import.meta.dirname, file);

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
    await expectSameBehaviour(fulfilOrder, parent, parentChild.cases, { workflows });
  });
});
