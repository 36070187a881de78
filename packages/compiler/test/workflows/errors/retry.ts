import { isError, lambda, workflow, WorkflowError } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const flaky = lambda<{ n: number }, { value: number }>(`${ARN}Flaky`);

/** Several policies, in order: the first whose errors match counts the attempt. */
export const policies = workflow(async (input: { n: number }) => {
  const r = await flaky({ n: input.n }, {
    retry: [
      { errors: ["Busy"], maxAttempts: 2 },
      { errors: ["States.TaskFailed"], maxAttempts: 1, intervalSeconds: 3, backoffRate: 1.5, maxDelaySeconds: 10, jitter: "FULL" },
    ],
  });
  return r;
});

/** maxAttempts 0: the error is not retried. */
export const noAttempts = workflow(async (input: { n: number }) => {
  const r = await flaky({ n: input.n }, { retry: { errors: ["Busy"], maxAttempts: 0 } });
  return { value: r.value };
});

/** `retry: []` removes the default Lambda retrier; the default policy otherwise retries Lambda errors. */
export const noRetry = workflow(async (input: { n: number }) => {
  const r = await flaky({ n: input.n }, { retry: [] });
  return { value: r.value };
});
export const defaultRetry = workflow(async (input: { n: number }) => {
  const r = await flaky({ n: input.n });
  return { value: r.value };
});

/** Timeouts literal and from a variable (the …Path forms); the workflow's own timeout. */
export const timeouts = workflow({ timeoutSeconds: 300 }, async (input: { n: number; timeout: number; heartbeat: number }) => {
  const a = await flaky({ n: input.n }, { timeoutSeconds: 30, heartbeatSeconds: 10 });
  const b = await flaky({ n: a.value }, { timeoutSeconds: input.timeout, heartbeatSeconds: input.heartbeat });
  return { value: b.value };
});

/** Dynamic error names and causes outside a try: ErrorPath / CausePath, States.Format included. */
export const dynamicThrow = workflow(async (input: { n: number; code: string; reason: string }) => {
  if (input.n < 0) throw new WorkflowError(input.code, input.reason);
  if (input.n === 0) throw new WorkflowError(input.code, `zero from ${input.reason}`);
  if (input.n > 100) throw new WorkflowError("TooBig", `${input.n} > 100`);
  return { n: input.n };
});

/** Retries run before the Catch: an error caught on its first attempt, or after the retries ran out. */
export const retriedThenCaught = workflow(async (input: { n: number }) => {
  try {
    const r = await flaky({ n: input.n }, { retry: { errors: ["Busy"], maxAttempts: 2 } });
    return { value: r.value };
  } catch (e) {
    if (isError(e, "Busy", "Declined")) return { gaveUp: e.error };
    throw e;
  }
});
