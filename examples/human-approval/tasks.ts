// Local implementations for `stepscript run`. `askApprover` is a callback task: its
// implementation returns what the approver's SendTaskSuccess would send (the Decision).
import type { TaskHandler } from "@stepscript/dsl";
import type { askApprover, recordRequest, reimburse } from "./workflow.js";

const record: TaskHandler<typeof recordRequest> = ({ employee }) => ({ approverEmail: `manager-of-${employee}@example.com` });
const ask: TaskHandler<typeof askApprover> = ({ amount, approverEmail }) => ({ approved: amount < 1000, approver: approverEmail });
const pay: TaskHandler<typeof reimburse> = ({ requestId }) => ({ paymentId: `pay-${requestId}` });

export default { recordRequest: record, askApprover: ask, reimburse: pay };
