import { lambda, wait, workflow, WorkflowError } from "@stepscript/dsl";

export const check = lambda<{ jobId: string; attempt: number }, { done: boolean; result?: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:Check",
  { retry: [] },
);
export const step = lambda<{ n: number }, { more: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Step", { retry: [] });

/** Polls with a wait between attempts; gives up after `maxAttempts`. */
export const poll = workflow(async (input: { jobId: string; maxAttempts: number }) => {
  let attempt = 0;
  let status = await check({ jobId: input.jobId, attempt });
  while (!status.done) {
    attempt++;
    if (attempt >= input.maxAttempts) throw new WorkflowError("GaveUp", "the job did not finish");
    await wait({ seconds: 5 });
    status = await check({ jobId: input.jobId, attempt });
  }
  if (status.result === undefined) return { attempts: attempt };
  return { attempts: attempt, result: status.result };
});

/** `while (true)` left by `break` and by `return`. */
export const forever = workflow(async (input: { stopAt: number; returnAt: number }) => {
  let n = 0;
  while (true) {
    n++;
    if (n === input.returnAt) return { returned: n };
    const r = await step({ n });
    if (!r.more || n >= input.stopAt) break;
  }
  return { stopped: n };
});

/** A condition with an awaited call is checked on every iteration. */
export const awaitedCondition = workflow(async (input: { max: number }) => {
  let n = 0;
  while ((await step({ n })).more && n < input.max) {
    n += 1;
  }
  return { n };
});

/** `do … while` runs once before testing; `continue` goes to the test. */
export const doWhile = workflow(async (input: { times: number; skip: number }) => {
  let n = 0;
  let ran = 0;
  do {
    n++;
    if (n === input.skip) continue;
    ran++;
    await step({ n });
  } while (n < input.times);
  return { n, ran };
});

/** A loop whose condition is constant false is dropped; one that writes nothing keeps the input raw. */
export const constants = workflow(async (input: { n: number }) => {
  while (false) {
    await step({ n: 0 });
  }
  let i = 0;
  for (; i < input.n; ) {
    i++;
  }
  return { i };
});

/** A loop before any variable is written starts the variables before its head. */
export const unestablished = workflow(async (input: { items: string[] }) => {
  let more = true;
  while (more) {
    const r = await step({ n: input.items.length });
    more = r.more;
  }
  return { done: true };
});

/** Nothing is written before the loop, but its test stores a task result: the variables start before the head. */
export const rawInput = workflow(async (input: { n: number }) => {
  while ((await step({ n: input.n })).more) {
    await step({ n: 0 });
  }
});
