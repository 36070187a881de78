import { lambda, task } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const step = lambda<{ n: number }, { value: number }>(`${ARN}Step`, { retry: [] });
export const audit = lambda<{ note: string }, null>(`${ARN}Audit`, { retry: [] });
export const cleanup = lambda<{ n: number }, null>(`${ARN}Cleanup`, { retry: [] });
/** A non-Lambda task: its result is the state's result itself. */
export const lookup = task<{ key: string }, { found: number }>("arn:aws:states:::dynamodb:getItem");
