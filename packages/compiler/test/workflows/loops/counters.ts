import { lambda, workflow, type Integer } from "@stepscript/dsl";

export const record = lambda<{ at: Integer }, null>("arn:aws:lambda:us-east-1:123456789012:function:Record", { retry: [] });

/** `for (let i = 0; i < n; i++)` over a bound from the input. */
export const countUp = workflow(async (input: { n: Integer }) => {
  let total = 0;
  for (let i = 0; i < input.n; i++) {
    await record({ at: i });
    total = total + i;
  }
  return { total };
});

/** Counting down past zero, by steps of 2 and with `i--`. */
export const countDown = workflow(async (input: { from: Integer; to: Integer }) => {
  let steps = 0;
  for (let i = input.from; i >= input.to; i -= 2) {
    await record({ at: i });
    steps++;
  }
  let j = 3;
  while (j > -2) {
    j--;
    --steps;
  }
  return { steps, j };
});

/** `i += 2` with `continue` (which still runs the update) and `break` on a bound. */
export const evens = workflow(async (input: { limit: Integer; skip: Integer; stop: Integer }) => {
  let sum = 0;
  let visited = 0;
  for (let i = 0; i <= input.limit; i += 2) {
    visited += 1;
    if (i === input.skip) continue;
    if (i >= input.stop) break;
    await record({ at: i });
    sum += i;
  }
  return { sum, visited, next: sum + 1, before: sum - 1 };
});

/** `xs.length` and `xs[i]` as values. */
export const indexed = workflow(async (input: { xs: Integer[]; names: string[] }) => {
  for (let i = 0; i < input.xs.length; i++) {
    await record({ at: input.xs[i] });
  }
  const count = input.names.length;
  let first = "none";
  if (count > 0) first = input.names[count - 1] ?? "none";
  return { count, first, lastIndex: input.xs.length - 1 };
});

/** String `+=` in a loop builds a States.Format. */
export const joined = workflow(async (input: { names: string[] }) => {
  let text = "";
  for (const name of input.names) {
    text += `${name};`;
  }
  return { text };
});
