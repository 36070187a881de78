import { lambda, waitForTaskToken, workflow, WorkflowError } from "@stepscript/dsl";

export interface ExpenseRequest {
  requestId: string;
  employee: string;
  amount: number;
}

export interface Decision {
  approved: boolean;
  approver: string;
  comment?: string;
}

/** Records the request; returns who must approve it. */
export const recordRequest = lambda<ExpenseRequest, { approverEmail: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:RecordRequest",
);

/** Emails the approver a link carrying the task token; the link's handler calls SendTaskSuccess with a Decision. */
export const askApprover = lambda<{ requestId: string; approverEmail: string; amount: number; taskToken: string }, Decision>(
  "arn:aws:lambda:us-east-1:123456789012:function:AskApprover",
);

export const reimburse = lambda<{ requestId: string; employee: string; amount: number }, { paymentId: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:Reimburse",
);

/** Request -> approve (a person answers through the task token, within a day) -> execute. */
export const expenseApproval = workflow(async (request: ExpenseRequest) => {
  if (request.amount <= 0) throw new WorkflowError("InvalidAmount", "the amount must be positive");
  const recorded = await recordRequest(request);
  const decision = await waitForTaskToken(
    (taskToken) =>
      askApprover({ requestId: request.requestId, approverEmail: recorded.approverEmail, amount: request.amount, taskToken }),
    { timeoutSeconds: 86400, heartbeatSeconds: 3600 },
  );
  if (!decision.approved) {
    return { requestId: request.requestId, status: "rejected", approver: decision.approver };
  }
  const payment = await reimburse({ requestId: request.requestId, employee: request.employee, amount: request.amount });
  return { requestId: request.requestId, status: "paid", approver: decision.approver, paymentId: payment.paymentId };
});
