import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { humanApproval } from "../../bench/scenarios/human-approval.js";
import { expenseApproval } from "./workflow.js";

describe("human approval", () => {
  it("waits for the approver with .waitForTaskToken and a timeout", async () => {
    const { definition } = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "expenseApproval");
    expect(definition.States.askApprover).toMatchObject({
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { Payload: { "taskToken.$": "$$.Task.Token", "approverEmail.$": "$.recorded.Payload.approverEmail" } },
      TimeoutSeconds: 86400,
      HeartbeatSeconds: 3600,
    });
  });

  it("behaves as its TypeScript", async () => {
    await expectSameBehaviour(expenseApproval, humanApproval.cases);
  });
});
