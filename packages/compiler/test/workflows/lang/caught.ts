import { isError, lambda, workflow, WorkflowError } from "@stepscript/dsl";

const ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
export const charge = lambda<{ amount: number }, { chargeId: string }>(`${ARN}Charge`, { retry: [] });
export const report = lambda<{ error: string; stage: string }, null>(`${ARN}Report`, { retry: [] });

/** `instanceof` and `e.error === "X"` without casts: the first test becomes the Catcher. */
export const declined = workflow(async (input: { amount: number }) => {
  try {
    const c = await charge({ amount: input.amount });
    return { status: "charged", id: c.chargeId };
  } catch (e) {
    if (e instanceof WorkflowError && e.error === "CardDeclined") {
      await report({ error: e.error, stage: "charge" });
      return { status: "declined", id: "" };
    }
    if (e instanceof WorkflowError && (e.error === "Timeout" || e.error === "Busy")) return { status: "later", id: e.error };
    throw e;
  }
});

/** `isError(e)` with no names as a plain type guard; e.error passed on to a task. */
export const guarded = workflow(async (input: { amount: number }) => {
  try {
    await charge({ amount: input.amount });
    return { reported: false, error: "" };
  } catch (e) {
    if (!isError(e)) throw e;
    await report({ error: e.error, stage: "guarded" });
    if (e.cause === undefined) return { reported: true, error: e.error };
    return { reported: true, error: `${e.error}: ${e.cause}` };
  }
});

/** The tests inside the block, not first: constant `instanceof`, names compared in a Choice. */
export const inside = workflow(async (input: { amount: number }) => {
  let stage = "start";
  try {
    stage = "charging";
    await charge({ amount: input.amount });
    return { stage, error: "none" };
  } catch (e) {
    stage = `failed ${stage}`;
    if (e instanceof WorkflowError) {
      if (e.error === "States.ALL") return { stage, error: "never" };
      if (e.error === "CardDeclined") return { stage, error: "declined" };
      return { stage, error: e.error };
    }
    return { stage, error: "not a WorkflowError" };
  }
});
