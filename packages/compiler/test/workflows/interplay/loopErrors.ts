import { isError, lambda, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

export const attempt = lambda<{ n: Integer; try: Integer }, { done: boolean; value: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Attempt", { retry: [] });
export const log = lambda<{ note: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Log", { retry: [] });

/** A retry-like loop: try the task, count failed attempts, break on success, give up after max. */
export const retryLoop = workflow(async (input: { n: Integer; max: Integer }) => {
  let attempts = 0;
  let value = -1;
  let lastError = "none";
  while (attempts < input.max) {
    attempts++;
    try {
      const r = await attempt({ n: input.n, try: attempts });
      if (r.done) {
        value = r.value;
        break;
      }
      lastError = "not done";
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      lastError = e.error;
      if (e.error === "Fatal") throw new WorkflowError("GaveUp", `after ${attempts}`);
    }
  }
  return { attempts, value, lastError };
});

/** break and continue inside try with finally: the finally runs once per exit. */
export const breakContinueFinally = workflow(async (input: { items: string[] }) => {
  let seen = "";
  for (const item of input.items) {
    try {
      if (item === "skip") continue;
      if (item === "stop") break;
      await log({ note: `body ${item}` });
      seen = `${seen}${item},`;
    } finally {
      await log({ note: `finally ${item}` });
    }
  }
  return { seen };
});

/** return from inside a loop inside try/finally; a caught error continues the loop. */
export const returnFromLoop = workflow(async (input: { items: Integer[] }) => {
  let count = 0;
  try {
    for (let i = 0; i < input.items.length; i++) {
      try {
        const r = await attempt({ n: input.items[i], try: i });
        if (r.value > 100) return { found: r.value, count, at: i };
      } catch {
        await log({ note: "caught" });
        continue;
      } finally {
        await log({ note: `inner ${i}` });
      }
      count++;
    }
  } finally {
    await log({ note: "outer" });
  }
  return { found: -1, count, at: -1 };
});

/** A loop nested in a loop, the inner one inside try; break in the catch leaves the inner loop only. */
export const nestedLoopCatch = workflow(async (input: { rows: Integer[][] }) => {
  let total = 0;
  let errors = 0;
  for (const row of input.rows) {
    try {
      for (const n of row) {
        const r = await attempt({ n, try: total });
        total = total + r.value;
      }
    } catch (e) {
      errors++;
      if (!isError(e, "States.ALL")) throw e;
      if (e.error === "Stop") break;
    }
  }
  return { total, errors };
});

/** do…while with try/catch and a rethrow of unknown errors. */
export const doWhileRethrow = workflow(async (input: { n: Integer }) => {
  let i = 0;
  let ok = 0;
  do {
    try {
      await attempt({ n: input.n, try: i });
      ok++;
    } catch (e) {
      if (isError(e, "Skip")) {
        await log({ note: `skipped ${i}` });
      } else {
        throw e;
      }
    }
    i++;
  } while (i < input.n);
  return { ok, i };
});

/** A retry loop with no variable of its own: the try starts the object of variables for its catch. */
export const untilSuccess = workflow(async (input: { n: Integer }) => {
  while (true) {
    try {
      const r = await attempt({ n: input.n, try: 0 });
      if (r.done) break;
      await log({ note: "not done" });
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      await log({ note: e.error });
      if (e.error === "Fatal") return { gaveUp: true };
    }
  }
  return { gaveUp: false };
});

/** The same with no variable written in the loop but the caught error: the try starts the variables. */
export const untilNoError = workflow(async (input: { n: Integer }) => {
  do {
    try {
      await attempt({ n: input.n, try: 0 });
      break;
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      await log({ note: e.error });
      if (e.error === "Fatal") return { gaveUp: true };
    }
  } while (input.n > 0);
  return { gaveUp: false };
});
