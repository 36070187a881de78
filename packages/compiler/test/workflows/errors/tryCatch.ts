import { isError, workflow, WorkflowError } from "@stepscript/dsl";
import { audit, lookup, step } from "./tasks.js";

/** A catch-all reading the error, the cause, and a variable set inside the try. */
export const readsError = workflow(async (input: { n: number }) => {
  let stage = "before";
  try {
    const first = await step({ n: input.n });
    stage = "between";
    const second = await step({ n: first.value });
    return { value: second.value, stage: stage };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    if (e.cause === undefined) return { error: e.error, stage: stage, cause: "none" };
    return { error: e.error, cause: e.cause, stage: stage };
  }
});

/** The catch variable unused, and `catch` without a binding: ResultPath null, the try's data continues. */
export const ignoresError = workflow(async (input: { n: number }) => {
  let note = "none";
  try {
    await step({ n: input.n });
    note = "stepped";
  } catch {
    note = `failed at ${input.n}`;
  }
  try {
    await audit({ note: note });
  } catch (e) {
    await audit({ note: (e as WorkflowError).error });
  }
  return { note: note };
});

/** A try starting on the raw input, its error read: the variables are started before it. */
export const rawInputCatch = workflow(async (input: { n: number }) => {
  try {
    const r = await step({ n: input.n });
    return { value: r.value };
  } catch (e) {
    if (isError(e, "States.ALL")) return { error: e.error };
    return { error: "unreachable" };
  }
});

/** isError as the first test: its own Catchers; others propagate untouched. */
export const byName = workflow(async (input: { n: number }) => {
  try {
    const r = await step({ n: input.n });
    return { value: r.value };
  } catch (e) {
    if (isError(e, "Busy", "Timeout")) {
      return { later: e.error };
    } else if (isError(e, "Invalid")) {
      if (e.cause !== undefined) return { invalid: e.cause };
      return { invalid: "no cause" };
    } else {
      throw e;
    }
  }
});

/** `if (!isError(e, …)) throw e;` and the rest of the block as the handler. */
export const negated = workflow(async (input: { n: number }) => {
  let tries = 0;
  try {
    await step({ n: input.n });
    tries = 1;
  } catch (e) {
    if (!isError(e, "Declined")) throw e;
    await audit({ note: "declined" });
    return { declined: true, tries: tries };
  }
  return { declined: false, tries: tries };
});

/** isError after other statements: a Choice on the stored name (wildcards included). */
export const testsLater = workflow(async (input: { n: number }) => {
  try {
    await step({ n: input.n });
  } catch (e) {
    await audit({ note: "failed" });
    if (isError(e, "A", "B")) return { kind: "ab" };
    if (isError(e, "States.TaskFailed")) return { kind: "task failed" };
    return { kind: "other" };
  }
  return { kind: "none" };
});

/** `throw e` after work: the original error and cause, with or without a cause. */
export const rethrows = workflow(async (input: { n: number }) => {
  try {
    const r = await lookup({ key: `k${input.n}` });
    return { found: r.found };
  } catch (e) {
    await audit({ note: "rethrowing" });
    throw e;
  }
});

/** throw inside try reaches its own catch: literal and computed causes. */
export const throwsInside = workflow(async (input: { n: number; code: string }) => {
  try {
    if (input.n < 0) throw new WorkflowError("Negative", `n is ${input.n}`);
    if (input.n === 0) throw new WorkflowError("Zero");
    if (input.n > 100) throw new WorkflowError(input.code, "too big");
    const r = await step({ n: input.n });
    return { value: r.value };
  } catch (e) {
    if (isError(e, "Negative", "Zero", "Big")) {
      if (e.cause === undefined) return { caught: e.error };
      return { caught: e.error, cause: e.cause };
    } else {
      throw e;
    }
  }
});

/** A thrown error whose name no catcher matches is a Fail. */
export const throwsPast = workflow(async (input: { n: number }) => {
  try {
    if (input.n < 0) throw new WorkflowError("Negative", "not caught here");
    await step({ n: input.n });
  } catch (e) {
    if (!isError(e, "Busy")) throw e;
    return { busy: true };
  }
  return { busy: false };
});

/** Nested tries: inner catchers first, then outer; errors in the inner catch reach the outer. */
export const nested = workflow(async (input: { n: number }) => {
  try {
    try {
      const r = await step({ n: input.n });
      return { inner: r.value };
    } catch (inner) {
      if (!isError(inner, "Inner")) throw inner;
      await audit({ note: "inner" });
      const again = await step({ n: 100 });
      return { recovered: again.value };
    }
  } catch (outer) {
    if (isError(outer, "States.ALL")) {
      if (outer.cause === undefined) return { outer: outer.error };
      return { outer: outer.error, cause: outer.cause };
    }
    return { outer: "none" };
  }
});

/** A rethrow from an inner catch reaching an outer catch that tests names: a Choice on the stored name. */
export const nestedByName = workflow(async (input: { n: number }) => {
  try {
    try {
      await step({ n: input.n });
    } catch (inner) {
      await audit({ note: "inner" });
      throw inner;
    }
  } catch (outer) {
    if (!isError(outer, "Outer")) throw outer;
    return { outer: true };
  }
  return { outer: false };
});

/** `isError(e, "States.ALL", …)` is a lone States.ALL Catcher, last. */
export const catchAllByName = workflow(async (input: { n: number }) => {
  try {
    await step({ n: input.n });
  } catch (e) {
    if (isError(e, "Busy")) return { busy: e.error };
    else if (isError(e, "Other", "States.ALL")) return { any: e.error };
    else if (isError(e, "Never")) return { never: true };
  }
  return { ok: true };
});

/** Failing states whose input is the raw input and others whose input holds variables: started first. */
export const mixedInputs = workflow(async (input: { n: number }) => {
  try {
    await step({ n: input.n });
    const r = await step({ n: 1 });
    await audit({ note: `${r.value}` });
  } catch {
    await audit({ note: "failed" });
  }
  const last = await step({ n: 2 });
  return { last: last.value };
});

/** A try inside a branch, twice: unique state names, merged flows. */
export const inBranches = workflow(async (input: { n: number; twice: boolean }) => {
  let result = 0;
  if (input.twice) {
    try {
      const a = await step({ n: input.n });
      result = a.value;
    } catch (e) {
      await audit({ note: (e as WorkflowError).error });
    }
  }
  try {
    const b = await step({ n: result });
    result = b.value;
  } catch (e) {
    await audit({ note: (e as WorkflowError).error });
    result = -1;
  }
  return { result: result };
});
