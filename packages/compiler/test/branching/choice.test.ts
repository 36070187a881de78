import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { countStates } from "./helpers.js";
import { approve, decide, decideAndReturn, effects, review, type Order } from "../workflows/branching/choice.js";

const fixture = path.join(import.meta.dirname, "../workflows/branching/choice.ts");
const reviewed = bind(review, ({ amount }) => ({ decision: `reviewed ${amount}` }));
const approved = bind(approve, ({ amount }) => ({ decision: `approved ${amount}` }));
const order = (overrides: Partial<Order> = {}): Order => ({ amount: 10, tier: "standard", ...overrides });

describe("choice", () => {
  it("runs the first branch whose condition holds, else the default, as one Choice", async () => {
    const compiled = await compileWorkflow(fixture, "decide");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    await expectSameBehaviour(decide, compiled, [
      { input: order({ amount: 1001, tier: "gold" }), tasks: [reviewed, approved], output: { order: 1001, decision: "reviewed 1001" } },
      { input: order({ amount: 1000, tier: "gold" }), tasks: [reviewed, approved], output: { order: 1000, decision: "gold approved 1000" } },
      { input: order({ coupon: "c" }), tasks: [reviewed, approved], output: { order: 10, decision: "coupon" } },
      { input: order({ coupon: "" }), tasks: [reviewed, approved], output: { order: 10, decision: "standard" } },
      { input: order({ coupon: "0" }), tasks: [reviewed, approved], output: { order: 10, decision: "coupon" } },
      { input: order(), tasks: [reviewed, approved], output: { order: 10, decision: "standard" } },
    ]);
  });

  it("return await choice(...) ends in each branch", async () => {
    const compiled = await compileWorkflow(fixture, "decideAndReturn");
    expect(Object.keys(compiled.definition.States)).toHaveLength(4);
    await expectSameBehaviour(decideAndReturn, compiled, [
      { input: order({ amount: 0 }), tasks: [approved], output: "free" },
      { input: order({ amount: -0 }), tasks: [approved], output: "free" },
      { input: order({ amount: -1 }), tasks: [approved], error: "Negative", cause: "amount below zero" },
      { input: order({ amount: 1 }), tasks: [approved], output: { decision: "approved 1" } },
    ]);
  });

  it("without a default, no branch runs when nothing matches", async () => {
    const compiled = await compileWorkflow(fixture, "effects");
    await expectSameBehaviour(effects, compiled, [
      { input: order({ amount: 11, tier: "gold" }), tasks: [reviewed, approved], output: "done" },
      { input: order({ amount: 10, tier: "gold" }), tasks: [reviewed, approved], output: "done" },
      { input: order({ amount: 10 }), tasks: [reviewed, approved], output: "done" },
    ]);
  });
});
