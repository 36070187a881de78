import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { compareBooleans, compareNumbers, comparePaths, compareStrings, logic, type Pair } from "../workflows/slice/comparisons.js";
import { score } from "../workflows/slice/tasks.js";

const file = path.join(import.meta.dirname, "../workflows/slice/comparisons.ts");
const pair = (overrides: Partial<Pair>): Pair => ({ a: 0, b: 0, s: "", t: "", yes: false, ...overrides });

describe("comparisons choose their operator from static types", () => {
  it("numbers: every operator at and around each boundary, literal on either side", async () => {
    const compiled = await compileWorkflow(file, "compareNumbers");
    const cases = [-1, 0, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 2.5, 10.5].map((a) => ({ name: `a=${a}`, input: pair({ a }) }));
    await expectSameBehaviour(compareNumbers, compiled, [...cases, { input: pair({ a: 10 }), output: "a==10" }, { input: pair({ a: 1000 }), output: "a>=1000" }]);
    const rules = JSON.stringify(compiled.definition);
    expect(rules).toContain('"NumericLessThan":10');
    expect(rules).toContain('"NumericEquals":10');
    expect(rules).toContain('"NumericLessThan":100');
    expect(rules).toContain('"NumericGreaterThanEquals":1000');
  });

  it("strings: equality, inequality and order, with empty strings", async () => {
    const compiled = await compileWorkflow(file, "compareStrings");
    await expectSameBehaviour(compareStrings, compiled, [
      { input: pair({ s: "" }), output: "empty" },
      { input: pair({ s: "go" }), output: "go (literal on the left)" },
      { input: pair({ s: "stop" }), output: "stop" },
      { input: pair({ s: "apple" }), output: "before m" },
      { input: pair({ s: "m" }), output: "after m" },
      { input: pair({ s: "l" }) },
      { input: pair({ s: "zebra" }) },
      { input: pair({ s: "0" }) },
      { input: pair({ s: "false" }) },
      { input: pair({ s: "Go" }) },
    ]);
  });

  it("paths on both sides use the …Path operators", async () => {
    const compiled = await compileWorkflow(file, "comparePaths");
    const scoring = (points: number, label: string, flag: boolean) => [bind(score, () => ({ points, label, flag }))];
    await expectSameBehaviour(comparePaths, compiled, [
      { input: pair({ a: 5, s: "n" }), tasks: scoring(5, "x", false), output: "points equal a" },
      { input: pair({ a: 4, b: 4, s: "n" }), tasks: scoring(5, "x", false), output: "b below points" },
      { input: pair({ a: 4, b: 5, t: "x", s: "n" }), tasks: scoring(5, "x", true), output: "none" },
      { input: pair({ a: 4, b: 5, t: "x", s: "n" }), tasks: scoring(5, "x", false), output: "flags agree" },
      { input: pair({ a: 4, b: 6, t: "y", s: "n" }), tasks: scoring(5, "x", false), output: "labels differ" },
      { input: pair({ a: 4, b: 6, t: "x", yes: true, s: "n" }), tasks: scoring(5, "x", true), output: "flags agree" },
      { input: pair({ a: 4, b: 6, t: "", yes: false, s: "" }), tasks: scoring(5, "", true), output: "none" },
    ]);
    const text = JSON.stringify(compiled.definition);
    for (const operator of ["NumericEqualsPath", "NumericLessThanPath", "StringEqualsPath", "BooleanEqualsPath"]) expect(text).toContain(operator);
  });

  it("booleans, literal on either side", async () => {
    const compiled = await compileWorkflow(file, "compareBooleans");
    await expectSameBehaviour(compareBooleans, compiled, [
      { input: pair({ yes: true }), output: 1 },
      { input: pair({ yes: false }), output: 3 },
    ]);
  });

  it("&&, || and ! combine into one rule", async () => {
    const compiled = await compileWorkflow(file, "logic");
    const inputs = [];
    for (const a of [0, 1]) for (const b of [0, 1]) for (const s of ["x", "z"]) for (const t of ["y", "w"]) inputs.push({ input: pair({ a, b, s, t }) });
    await expectSameBehaviour(logic, compiled, inputs);
    expect(Object.values(compiled.definition.States).filter((s) => s.Type === "Choice")).toHaveLength(1);
  });
});
