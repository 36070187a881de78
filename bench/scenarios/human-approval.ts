/** The scenarios of examples/human-approval, run by its test, by bench/references.test.ts and by the bench. */
import { bind, LOCAL_TASK_TOKEN } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { askApprover, expenseApproval, recordRequest, reimburse, type ExpenseRequest } from "../../examples/human-approval/workflow.js";

const request = (amount: number): ExpenseRequest => ({ requestId: "r-1", employee: "ann", amount });
const recorded = bind(recordRequest, () => ({ approverEmail: "boss@example.com" }));
const paid = bind(reimburse, ({ requestId }) => ({ paymentId: `p-${requestId}` }));

export const humanApproval: ExampleScenarios<ExpenseRequest> = {
  machine: "expenseApproval",
  workflow: expenseApproval,
  cases: [
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
  ],
};
