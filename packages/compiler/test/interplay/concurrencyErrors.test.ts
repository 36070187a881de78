import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import * as w from "../workflows/interplay/concurrencyErrors.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/concurrencyErrors.ts");

const failWith = (name: string, message: string) => Object.assign(new Error(message), { name });
const priced = bind(w.price, ({ sku, qty }) => {
  if (sku === "oos") throw failWith("OutOfStock", `no ${sku}`);
  if (sku === "bad") throw failWith("BadSku", `bad ${qty}`);
  if (sku === "fatal") throw failWith("Fatal", "stop everything");
  return { total: qty * 10 };
});
const inStock = bind(w.stock, ({ sku }) => ({ available: sku !== "none" }));
const audited = bind(w.audit, () => ({ ok: true }));
const order = (...skus: string[]): w.Order => ({ id: "o-1", lines: skus.map((sku, i) => ({ sku, qty: i + 1 })) });

describe("try/catch around concurrent states", () => {
  it("puts the Catch on the Map and catches an iteration's error", async () => {
    const compiled = await compileWorkflow(file, "catchAroundMap");
    const mapState = Object.values(compiled.definition.States).find((s) => s.Type === "Map");
    expect(mapState?.Catch).toBeDefined();
    await expectSameBehaviourUnordered(w.catchAroundMap, compiled, [
      { name: "all priced", input: order("a", "b", "c"), tasks: [priced], output: { id: "o-1", totals: [{ total: 10 }, { total: 20 }, { total: 30 }], error: "", cause: "" } },
      { name: "zero iterations", input: order(), tasks: [priced], output: { id: "o-1", totals: [], error: "", cause: "" } },
      { name: "out of stock in the last item", input: order("a", "b", "oos"), tasks: [priced], output: { id: "o-1", totals: [], error: "stock:OutOfStock", cause: "no oos" } },
      { name: "another error in the first", input: order("bad"), tasks: [priced], output: { id: "o-1", totals: [], error: "BadSku", cause: "bad 1" } },
    ]);
  });

  it("puts the Catch on the Parallel; a throw in a branch is caught with its cause", async () => {
    const compiled = await compileWorkflow(file, "catchAroundParallel");
    expect(Object.values(compiled.definition.States).find((s) => s.Type === "Parallel")?.Catch).toBeDefined();
    await expectSameBehaviourUnordered(w.catchAroundParallel, compiled, [
      { name: "both branches succeed", input: order("a"), tasks: [priced, inStock], output: { failure: "none", summary: "10:true" } },
      { name: "a branch throws", input: { id: "none", lines: [{ sku: "a", qty: 1 }] }, tasks: [priced, inStock], output: { failure: "Unavailable/no none", summary: "" } },
      { name: "a task fails in the other branch", input: order("bad"), tasks: [priced, inStock], output: { failure: "BadSku/bad 1", summary: "" } },
    ]);
  });

  it("Promise.all in try/catch/finally", async () => {
    const compiled = await compileWorkflow(file, "catchAroundPromiseAll");
    await expectSameBehaviourUnordered(w.catchAroundPromiseAll, compiled, [
      { name: "both succeed", input: order("a"), tasks: [priced, inStock, audited], output: { total: 10, available: true, caught: "" } },
      { name: "one fails", input: order("oos"), tasks: [priced, inStock, audited], output: { total: 0, available: false, caught: "OutOfStock" } },
      { name: "the finally fails", input: order("a"), tasks: [priced, inStock, bind(w.audit, () => { throw failWith("AuditDown", "down"); })], error: "AuditDown", cause: "down" },
    ]);
  });

  it("retries the Map before its catch", async () => {
    const compiled = await compileWorkflow(file, "retryAndCatchMap");
    const mapState = Object.values(compiled.definition.States).find((s) => s.Type === "Map");
    expect(mapState).toMatchObject({ Retry: [{ ErrorEquals: ["Flaky"], MaxAttempts: 2 }], Catch: [{ ErrorEquals: ["States.ALL"] }] });
    const flaky = (failures: number) => () => {
      let calls = 0;
      return [bind(w.price, ({ qty }) => {
        calls++;
        if (calls <= failures) throw failWith("Flaky", `attempt ${calls}`);
        return { total: qty };
      })];
    };
    await expectSameBehaviourUnordered(w.retryAndCatchMap, compiled, [
      { name: "no failure", input: order("a", "b"), tasks: flaky(0), output: { ok: true, totals: [{ total: 1 }, { total: 2 }], error: "" } },
      { name: "one failure, retried", input: order("a"), tasks: flaky(1), output: { ok: true, totals: [{ total: 1 }], error: "" } },
      { name: "retries exhausted, caught", input: order("a"), tasks: flaky(5), output: { ok: false, totals: [], error: "Flaky" } },
      { name: "an error the retrier does not take", input: order("bad"), tasks: [priced], output: { ok: false, totals: [], error: "BadSku" } },
    ]);
  });
});

describe("try/catch inside concurrent states", () => {
  it("catches per iteration and reads e.error inside the callback", async () => {
    const compiled = await compileWorkflow(file, "catchInsideMap");
    await expectSameBehaviourUnordered(w.catchInsideMap, compiled, [
      {
        name: "mixed iterations",
        input: order("a", "oos", "c", "bad"),
        tasks: [priced],
        output: {
          id: "o-1",
          results: [
            { sku: "a", total: 10, error: "", index: 0 },
            { sku: "oos", total: -1, error: "OutOfStock:no oos", index: 1 },
            { sku: "c", total: 30, error: "", index: 2 },
            { sku: "bad", total: -1, error: "BadSku:bad 4", index: 3 },
          ],
        },
      },
      { name: "zero iterations", input: order(), tasks: [priced], output: { id: "o-1", results: [] } },
    ]);
  });

  it("runs finally per iteration and rethrows to the catch around the Map", async () => {
    const compiled = await compileWorkflow(file, "rethrowFromMap");
    await expectSameBehaviourUnordered(w.rethrowFromMap, compiled, [
      { name: "priced and skipped", input: order("a", "oos"), tasks: [priced, audited], output: { results: ["priced 10", "skipped OutOfStock"], outer: "" } },
      { name: "a fatal error leaves the Map", input: order("a", "fatal"), tasks: [priced, audited], output: { results: [], outer: "Fatal|stop everything" } },
      { name: "the finally's own failure", input: order("a"), tasks: [priced, bind(w.audit, () => { throw failWith("AuditDown", "down"); })], output: { results: [], outer: "AuditDown|down" } },
    ]);
  });

  it("catches inside a branch; a throw in another branch reaches the outer catch", async () => {
    const compiled = await compileWorkflow(file, "catchInsideParallel");
    await expectSameBehaviourUnordered(w.catchInsideParallel, compiled, [
      { name: "both fine", input: order("a"), tasks: [priced, inStock], output: { safe: "total 10", strict: true, outer: "" } },
      { name: "caught in its branch", input: order("oos"), tasks: [priced, inStock], output: { safe: "caught OutOfStock", strict: true, outer: "" } },
      { name: "thrown in the other branch", input: order("a", "b", "c"), tasks: [priced, inStock], output: { safe: "", strict: false, outer: "TooMany:o-1 has too many lines" } },
      { name: "two lines is not too many", input: order("none", "b"), tasks: [priced, inStock], output: { safe: "total 10", strict: false, outer: "" } },
    ]);
  });
});
