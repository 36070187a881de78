import { lambda } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

/** Types as in @stepscript/dsl: a doc comment that mentions the package says nothing about the task. */
export const processData = lambda<{ items: string[]; label?: string }, { count: number }>(`${ARN}ProcessData`, { retry: [] });

/**
 * Reads an order.
 * @stepscript/dsl types its input and output.
 */
export const fetchOrder = lambda<{ id: string }, { id: string; items: string[]; note?: string }>(`${ARN}FetchOrder`, { retry: [] });
