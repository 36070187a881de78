import { isError, workflow, WorkflowError } from "@stepscript/dsl";
import { audit, cleanup, step } from "./tasks.js";

/** finally on every path: normal, early return, caught, rethrown, thrown inside catch, return in catch. */
export const everyPath = workflow(async (input: { n: number; mode: string }) => {
  try {
    const r = await step({ n: input.n });
    if (input.mode === "return") return { early: r.value };
    if (input.mode === "throw") throw new WorkflowError("Thrown", "in try");
    await audit({ note: "body done" });
  } catch (e) {
    if (isError(e, "Recoverable")) {
      await audit({ note: "recovered" });
      if (input.mode === "return-in-catch") return { recovered: true };
    } else if (isError(e, "Thrown")) {
      throw new WorkflowError("FromCatch", "thrown in catch");
    } else {
      throw e;
    }
  } finally {
    await cleanup({ n: input.n });
  }
  return { done: true };
});

/** try/finally without catch: run finally, then rethrow the original error. */
export const finallyOnly = workflow(async (input: { n: number }) => {
  try {
    const r = await step({ n: input.n });
    await audit({ note: `got ${r.value}` });
  } finally {
    await cleanup({ n: input.n });
  }
  return { ok: true };
});

/** Nested finally blocks run innermost first on an early return and on an error. */
export const nestedFinally = workflow(async (input: { n: number }) => {
  let log = "start";
  try {
    try {
      const r = await step({ n: input.n });
      if (r.value > 10) return { big: r.value };
      log = "inner done";
    } finally {
      await audit({ note: "inner finally" });
    }
  } catch (e) {
    log = "caught";
  } finally {
    await cleanup({ n: input.n });
  }
  return { log: log };
});

/** A rethrow through an inner finally into an outer catch that reads the error. */
export const rethrowThroughFinally = workflow(async (input: { n: number }) => {
  try {
    try {
      await step({ n: input.n });
    } catch (e) {
      await audit({ note: "inner" });
      throw e;
    } finally {
      await cleanup({ n: input.n });
    }
  } catch (outer) {
    if (!isError(outer, "States.ALL")) throw outer;
    if (outer.cause === undefined) return { outer: outer.error };
    return { outer: outer.error, cause: outer.cause };
  }
  return { ok: true };
});
