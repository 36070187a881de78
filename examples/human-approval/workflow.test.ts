import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, LOCAL_TASK_TOKEN } from "@stepscript/dsl";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { askApprover, expenseApproval, recordRequest, reimburse, type ExpenseRequest } from "./workflow.js";

const request = (amount: number): ExpenseRequest => ({ requestId: "r-1", employee: "ann", amount });
const recorded = bind(recordRequest, () => ({ approverEmail: "boss@example.com" }));
const paid = bind(reimburse, ({ requestId }) => ({ paymentId: `p-${requestId}` }));

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
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "expenseApproval");
    await expectSameBehaviour(expenseApproval, compiled, [
      {
        name: "approved and paid",
        input: request(120),
        tasks: [recorded, paid, bind(askApprover, ({ taskToken }) => ({ approved: true, approver: `boss via ${taskToken}` }))],
        output: { requestId: "r-1", status: "paid", approver: `boss via ${LOCAL_TASK_TOKEN}`, paymentId: "p-r-1" },
      },
      {
        name: "rejected: nothing is paid",
        input: request(1),
        tasks: [recorded, paid, bind(askApprover, () => ({ approved: false, approver: "boss", comment: "no receipt" }))],
        output: { requestId: "r-1", status: "rejected", approver: "boss" },
      },
      { name: "zero amount", input: request(0), tasks: [], error: "InvalidAmount", cause: "the amount must be positive" },
      {
        name: "nobody answers in time",
        input: request(50),
        tasks: [recorded, bind(askApprover, () => { throw Object.assign(new Error("no answer"), { name: "States.Timeout" }); })],
        error: "States.Timeout",
      },
    ]);
  });
});
