import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
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
    // The children are found in the modules the workflow's file imports, and compiled with it.
    await expectSameBehaviour(fulfilOrder, parentChild.cases);
  });
});
