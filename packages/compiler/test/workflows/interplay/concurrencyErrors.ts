import { isError, lambda, map, parallel, workflow, WorkflowError } from "@stepscript/dsl";

export const price = lambda<{ sku: string; qty: number }, { total: number }>("arn:aws:lambda:us-east-1:123456789012:function:Price", { retry: [] });
export const stock = lambda<{ sku: string }, { available: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Stock", { retry: [] });
export const audit = lambda<{ note: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Audit", { retry: [] });

export interface Line {
  sku: string;
  qty: number;
}
export interface Order {
  id: string;
  lines: Line[];
}

/** try/catch around a Map: an iteration's error is the Map's, caught with its name and cause. */
export const catchAroundMap = workflow(async (order: Order) => {
  try {
    const totals = await map(order.lines, (line) => price(line), { maxConcurrency: 2 });
    return { id: order.id, totals, error: "", cause: "" };
  } catch (e) {
    if (isError(e, "OutOfStock")) return { id: order.id, totals: [], error: `stock:${e.error}`, cause: e.cause ?? "none" };
    if (!isError(e, "States.ALL")) throw e;
    return { id: order.id, totals: [], error: e.error, cause: e.cause ?? "none" };
  }
});

/** try/catch around a Parallel, with the caught error read after the try. */
export const catchAroundParallel = workflow(async (order: Order) => {
  let failure = "none";
  let summary = "";
  try {
    const [first, check] = await parallel(
      () => price(order.lines[0]),
      async () => {
        const s = await stock({ sku: order.id });
        if (!s.available) throw new WorkflowError("Unavailable", `no ${order.id}`);
        return s;
      },
    );
    summary = `${first.total}:${check.available}`;
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    failure = `${e.error}/${e.cause ?? "none"}`;
  }
  return { failure, summary };
});

/** Promise.all inside try, with a finally that always audits. */
export const catchAroundPromiseAll = workflow(async (order: Order) => {
  try {
    const [a, b] = await Promise.all([price(order.lines[0]), stock({ sku: order.id })]);
    return { total: a.total, available: b.available, caught: "" };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    return { total: 0, available: false, caught: e.error };
  } finally {
    await audit({ note: order.id });
  }
});

/** Retry on the Map and a catch around it: retries run first, the catch gets what is left. */
export const retryAndCatchMap = workflow(async (order: Order) => {
  try {
    const totals = await map(order.lines, (line) => price(line), {
      retry: { errors: ["Flaky"], maxAttempts: 2, intervalSeconds: 1 },
    });
    return { ok: true, totals, error: "" };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    return { ok: false, totals: [], error: e.error };
  }
});

/** try/catch inside the Map callback: each iteration catches its own error and reads e.error. */
export const catchInsideMap = workflow(async (order: Order) => {
  const results = await map(order.lines, async (line, index) => {
    try {
      const p = await price(line);
      return { sku: line.sku, total: p.total, error: "", index };
    } catch (e) {
      if (!isError(e, "States.ALL")) throw e;
      return { sku: line.sku, total: -1, error: `${e.error}:${e.cause ?? "none"}`, index };
    }
  });
  return { id: order.id, results };
});

/** try/catch/finally inside the callback, a rethrow that reaches the outer catch around the Map. */
export const rethrowFromMap = workflow(async (order: Order) => {
  try {
    const results = await map(order.lines, async (line) => {
      let status = "started";
      try {
        const p = await price(line);
        status = `priced ${p.total}`;
      } catch (e) {
        if (!isError(e, "States.ALL")) throw e;
        if (e.error === "Fatal") throw e;
        status = `skipped ${e.error}`;
      } finally {
        await audit({ note: `${line.sku} ${status}` });
      }
      return status;
    });
    return { results, outer: "" };
  } catch (outer) {
    if (!isError(outer, "States.ALL")) throw outer;
    return { results: [], outer: `${outer.error}|${outer.cause ?? "none"}` };
  }
});

/** try/catch inside a Parallel branch; a throw in the other branch reaches the outer catch. */
export const catchInsideParallel = workflow(async (order: Order) => {
  try {
    const [safe, strict] = await parallel(
      async () => {
        try {
          const p = await price(order.lines[0]);
          return `total ${p.total}`;
        } catch (e) {
          if (!isError(e, "States.ALL")) throw e;
          return `caught ${e.error}`;
        }
      },
      async () => {
        if (order.lines.length > 2) throw new WorkflowError("TooMany", `${order.id} has too many lines`);
        const s = await stock({ sku: order.lines[0].sku });
        return s.available;
      },
    );
    return { safe, strict, outer: "" };
  } catch (e) {
    if (!isError(e, "States.ALL")) throw e;
    return { safe: "", strict: false, outer: `${e.error}:${e.cause ?? "none"}` };
  }
});
