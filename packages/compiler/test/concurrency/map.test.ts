import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import { convert, discount, price, priceAll, promiseAllMap, withIndexAndOuter, type Cart } from "../workflows/concurrency/map.js";

const file = path.join(import.meta.dirname, "../workflows/concurrency/map.ts");
const priced = bind(price, ({ sku, qty }) => ({ sku, amount: qty * 10 }));
const converted = bind(convert, ({ amount, position }) => amount * 2 + position);
const promo = bind(discount, ({ cartId }) => ({ percent: 5, label: `promo-${cartId}` }));
const cart = (lines: Cart["lines"]): Cart => ({ cartId: "c-1", currency: "EUR", lines });

type MapState = { Type: string; ItemsPath: string; ItemSelector: Record<string, string>; MaxConcurrency?: number; ItemProcessor: { ProcessorConfig: unknown } };

describe("map", () => {
  it("maps a plain arrow over the input's items with MaxConcurrency", async () => {
    const compiled = await compileWorkflow(file, "priceAll");
    const state = Object.values(compiled.definition.States).find((s) => s.Type === "Map") as MapState;
    expect(state.ItemsPath).toBe("$$.Execution.Input.lines");
    expect(state.MaxConcurrency).toBe(2);
    expect(state.ItemProcessor.ProcessorConfig).toEqual({ Mode: "INLINE" });
    expect(state.ItemSelector).toEqual({ "line.$": "$$.Map.Item.Value" });
    await expectSameBehaviourUnordered(priceAll, compiled, [
      { name: "three lines", input: cart([{ sku: "a", qty: 1 }, { sku: "b", qty: 2 }, { sku: "c", qty: 0 }]), tasks: [priced], output: { cartId: "c-1", prices: [{ sku: "a", amount: 10 }, { sku: "b", amount: 20 }, { sku: "c", amount: 0 }] } },
      { name: "no lines: zero iterations", input: cart([]), tasks: [priced], output: { cartId: "c-1", prices: [] } },
      { name: "one line", input: cart([{ sku: "a", qty: 5 }]), tasks: [priced], output: { cartId: "c-1", prices: [{ sku: "a", amount: 50 }] } },
      {
        name: "an error in one iteration fails the whole",
        input: cart([{ sku: "a", qty: 1 }, { sku: "bad", qty: 1 }]),
        tasks: [bind(price, ({ sku, qty }) => {
          if (sku === "bad") throw Object.assign(new Error("unknown sku bad"), { name: "UnknownSku" });
          return { sku, amount: qty };
        })],
        error: "UnknownSku",
        cause: "unknown sku bad",
      },
    ]);
  });

  it("passes the index and only the outer variables the callback reads", async () => {
    const compiled = await compileWorkflow(file, "withIndexAndOuter");
    const state = Object.values(compiled.definition.States).find((s) => s.Type === "Map") as MapState;
    // `unused` is an outer variable the callback does not read: it is not carried into iterations.
    expect(Object.keys(state.ItemSelector).sort()).toEqual(["index.$", "line.$", "promo.$"]);
    expect(state.ItemSelector).toMatchObject({ "index.$": "$$.Map.Item.Index", "promo.$": "$.promo" });
    expect(state.MaxConcurrency).toBeUndefined();
    await expectSameBehaviourUnordered(withIndexAndOuter, compiled, [
      {
        name: "cheap and expensive lines",
        input: cart([{ sku: "a", qty: 1 }, { sku: "b", qty: 11 }, { sku: "c", qty: 10 }]),
        tasks: [priced, converted, promo],
        output: {
          converted: [
            { sku: "a", label: "promo-c-1", value: 20 },
            { sku: "b", label: "promo-c-1", value: -1 },
            { sku: "c", label: "promo-c-1", value: 202 },
          ],
          unused: "promo-other",
        },
      },
      { name: "empty cart", input: cart([]), tasks: [priced, converted, promo], output: { converted: [], unused: "promo-other" } },
      { name: "a throw in an iteration fails the whole", input: cart([{ sku: "a", qty: 0 }]), tasks: [priced, converted, promo], error: "EmptyLine", cause: "line a has no quantity" },
    ]);
  });

  it("compiles Promise.all(items.map(fn)) to a Map with no limit", async () => {
    const compiled = await compileWorkflow(file, "promiseAllMap");
    const state = Object.values(compiled.definition.States).find((s) => s.Type === "Map") as MapState;
    expect(state.MaxConcurrency).toBeUndefined();
    await expectSameBehaviourUnordered(promiseAllMap, compiled, [
      { input: cart([{ sku: "a", qty: 3 }, { sku: "b", qty: 0 }]), tasks: [priced], output: [30, 0] },
      { input: cart([]), tasks: [priced], output: [] },
    ]);
  });
});
