import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { countStates } from "./helpers.js";
import { bind } from "@stepscript/dsl";
import { callsInConditions, chain, combined, nested, probe, nullAndUndefined, truthiness, typeTests, type Input } from "../workflows/branching/conditions.js";

const fixture = path.join(import.meta.dirname, "../workflows/branching/conditions.ts");
const input = (overrides: Partial<Input> = {}): Input => ({ s: "x", n: 1, b: true, nullable: "y", arr: [], either: "e", ...overrides });

/** Inputs that tell each kind's truthiness apart. */
const EDGE_VALUES: Partial<Input>[] = [
  {},
  { s: "", n: 0, b: false, opt: "", optNum: 0, nullable: null, either: "", maybe: "" },
  { s: "0", n: -0, opt: "0", optNum: -0, nullable: "", either: 0, maybe: 0 },
  { s: "false", n: 0.5, opt: "false", optNum: -1, nullable: "0", either: false, maybe: null },
  { obj: { x: 0 }, arr: [0], either: null, maybe: "false" },
  { either: {} as { k: string }, maybe: -0 },
  { either: [], maybe: 1 },
  { either: true },
  { either: 1 },
  { either: "0" },
];

describe("conditions", () => {
  it("truthiness is JavaScript's for every static type", async () => {
    const compiled = await compileWorkflow(fixture, "truthiness");
    await expectSameBehaviour(truthiness, compiled, EDGE_VALUES.map((o) => ({ input: input(o) })));
    await expectSameBehaviour(truthiness, compiled, [
      {
        input: input({ s: "", n: 0, b: false, nullable: null, either: "" }),
        output: { s: "falsy", n: "falsy", b: "falsy", opt: "falsy", optNum: "falsy", nullable: "falsy", obj: "falsy", arr: "truthy", either: "falsy", maybe: "falsy" },
      },
      {
        input: input({ s: "0", n: -1, opt: "false", optNum: 2, obj: { x: 0 }, either: [], maybe: "0" }),
        output: { s: "truthy", n: "truthy", b: "truthy", opt: "truthy", optNum: "truthy", nullable: "truthy", obj: "truthy", arr: "truthy", either: "truthy", maybe: "truthy" },
      },
    ]);
  });

  it("=== null is IsNull, === undefined is IsPresent, == null is both; one Choice", async () => {
    const compiled = await compileWorkflow(fixture, "nullAndUndefined");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    await expectSameBehaviour(nullAndUndefined, compiled, [
      { input: input({ nullable: null }), output: "nullable is null" },
      { input: input({ nullable: "" }), output: "opt absent" },
      { input: input({ opt: "" }), output: "maybe nullish" },
      { input: input({ opt: "", optNum: 0 }), output: "optNum zero" },
      { input: input({ opt: "", optNum: -0 }), output: "optNum zero" },
      { input: input({ opt: "", optNum: 1, maybe: null }), output: "maybe nullish" },
      { input: input({ opt: "", maybe: 0 }), output: "other" },
      { input: input({ opt: "", maybe: "" }), output: "other" },
    ]);
  });

  it("typeof tests each name, either order, === and !==", async () => {
    const compiled = await compileWorkflow(fixture, "typeTests");
    await expectSameBehaviour(typeTests, compiled, EDGE_VALUES.map((o) => ({ input: input(o) })));
    await expectSameBehaviour(typeTests, compiled, [
      {
        name: "typeof null is object",
        input: input({ either: null, maybe: null }),
        output: { string: false, number: false, boolean: false, object: true, notObject: false, maybeString: false, maybeObject: true, maybeUndefined: false, optString: false, alwaysNumber: true },
      },
      {
        name: "arrays are objects",
        input: input({ either: ["a"], opt: "" }),
        output: { string: false, number: false, boolean: false, object: true, notObject: false, maybeString: false, maybeObject: false, maybeUndefined: true, optString: true, alwaysNumber: true },
      },
    ]);
  });

  it("??, &&, ||, ! and ternaries combine", async () => {
    const compiled = await compileWorkflow(fixture, "combined");
    await expectSameBehaviour(combined, compiled, [
      { input: input({ opt: "o" }), output: "opt ?? nullable" },
      { input: input({ opt: "" }), output: "ternary condition" },
      { input: input({ opt: "", n: 2 }), output: "none" },
      { input: input({ nullable: "" , b: false, n: 5 }), output: "neither b nor big, maybe nullish" },
      { input: input({ nullable: null, b: false, n: 5, maybe: null }), output: "neither b nor big, maybe nullish" },
      { input: input({ nullable: null, b: false, n: 5, maybe: "fallback" }), output: "neither b nor big, maybe nullish" },
      { input: input({ nullable: null, b: false, n: 5, maybe: "" }), output: "none" },
      { input: input({ nullable: null, b: false, n: 6, s: "one" }), output: "ternary condition" },
      { input: input({ nullable: null, b: false, n: 6, s: "" }), output: "none" },
      { input: input({ nullable: null, b: false, n: 0, s: "", maybe: 1 }), output: "both falsy" },
      { input: input({ nullable: "", b: true, n: 0, s: "" }), output: "both falsy" },
    ]);
  });

  it("an else-if chain with an if nested in its else is one Choice", async () => {
    const compiled = await compileWorkflow(fixture, "chain");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    await expectSameBehaviour(chain, compiled, [101, 100, 11, 10, 1, 0, -0, -1].map((n) => ({ input: input({ n }) })));
  });

  it("an if that is a whole then-branch and a switch that is a whole else-branch merge into one Choice", async () => {
    const compiled = await compileWorkflow(fixture, "nested");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    await expectSameBehaviour(nested, compiled, [
      { input: input({ n: 1, s: "a" }), output: "positive a" },
      { input: input({ n: 1, s: "b" }), output: "rest" },
      { input: input({ n: 0, s: "a" }), output: "non-positive a" },
      { input: input({ n: 0, s: "b" }), output: "non-positive b or c" },
      { input: input({ n: -1, s: "c" }), output: "non-positive b or c" },
      { input: input({ n: 0, s: "" }), output: "rest" },
    ]);
  });

  it("task calls inside conditions run only when JavaScript reaches them", async () => {
    const compiled = await compileWorkflow(fixture, "callsInConditions");
    const probed = (ok: boolean, score: number) => bind(probe, () => ({ ok, score }));
    await expectSameBehaviour(callsInConditions, compiled, [
      { name: "nothing short-circuits", input: input({ opt: "o", b: false, nullable: null, n: 1 }), tasks: [probed(true, 2)], output: " and or nullish ternary" },
      { name: "probe says no", input: input({ opt: "o", b: false, nullable: null, n: 0 }), tasks: [probed(false, 0)], output: " ternary" },
      { name: "everything short-circuits", input: input({ b: true, nullable: "", n: 0 }), tasks: [probed(true, 1)], output: " or" },
      { name: "empty opt skips the call", input: input({ opt: "", b: true, nullable: "x", n: -1 }), tasks: [probed(true, 5)], output: " or nullish" },
    ]);
  });
});
