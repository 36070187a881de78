import { lambda, workflow, type Integer } from "@stepscript/dsl";

/** `xs[k]` outside the array is `undefined` in JavaScript: read here by every form that can tell. */
export const pick = workflow(async (input: { xs: string[]; ns: number[]; k: Integer }) => {
  const fallback = input.xs[input.k] ?? "none";
  const last = input.xs[input.xs.length - 1] ?? "empty";
  const next = input.xs[input.k + 1] ?? null;
  let kind = "absent";
  if (input.ns[input.k] === 0) kind = "zero";
  else if (input.ns[input.k]) kind = "truthy";
  else if (input.ns[input.k] !== undefined) kind = "falsy";
  let joined = "";
  for (let i = 0; i < input.xs.length; i++) joined = `${joined}${input.xs[i]};`;
  return { fallback, last, next, kind, joined };
});

export const log = lambda<{ s?: string }, null>("arn:aws:lambda:us-east-1:123456789012:function:Log");

/** An item that may be absent, given to a task: left out of the payload, as JSON.stringify leaves out `undefined`. */
export const logAt = workflow(async (input: { xs: string[]; k: Integer }) => {
  await log({ s: input.xs[input.k] });
  return {};
});
