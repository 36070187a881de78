import { lambda, task } from "@stepscript/dsl";

export const echo = lambda<unknown, unknown>("arn:aws:lambda:us-east-1:123456789012:function:Echo", { retry: [] });
export const record = task<{ label: string; value?: unknown }, { ok: boolean }>("arn:aws:states:::sqs:sendMessage");
export const score = lambda<{ name: string }, { points: number; label: string; flag: boolean; note?: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:Score",
);
