import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { countStates } from "./helpers.js";
import {
  logicalValues, lookup, nestedTernary, reassigned, record, returnLogical, ternaryInPayload, ternaryReturn, type Input,
} from "../workflows/branching/values.js";

const fixture = path.join(import.meta.dirname, "../workflows/branching/values.ts");
const input = (overrides: Partial<Input> = {}): Input => ({ name: "ann", count: 3, flag: true, note: "hi", items: [], ...overrides });
const looked = bind(lookup, ({ name }) => ({ score: name.length }));
const recorded = bind(record, () => null);

describe("branching values", () => {
  it("return c ? a : b is a Choice between two end states", async () => {
    const compiled = await compileWorkflow(fixture, "ternaryReturn");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    expect(Object.keys(compiled.definition.States)).toHaveLength(3);
    await expectSameBehaviour(ternaryReturn, compiled, [
      { input: input({ count: 1 }), output: "ann" },
      { input: input({ count: 0 }), output: "nobody" },
      { input: input({ count: -1, name: "" }), output: "nobody" },
      { input: input({ count: 1, name: "" }), output: "" },
    ]);
  });

  it("nested ternaries write one variable with one Choice; a task in a branch writes it itself", async () => {
    const compiled = await compileWorkflow(fixture, "nestedTernary");
    expect(countStates(compiled.definition, "Choice")).toBe(2);
    await expectSameBehaviour(nestedTernary, compiled, [
      { input: input({ count: 11 }), tasks: [looked], output: { size: "big", score: 3 } },
      { input: input({ count: 10 }), tasks: [looked], output: { size: "small", score: 3 } },
      { input: input({ count: 1, flag: false }), tasks: [looked], output: { size: "small", score: -1 } },
      { input: input({ count: 0 }), tasks: [looked], output: { size: "zero", score: 3 } },
      { input: input({ count: -0 }), tasks: [looked], output: { size: "zero", score: 3 } },
      { input: input({ count: -2, flag: false }), tasks: [looked], output: { size: "negative", score: -1 } },
    ]);
  });

  it("ternaries inside payloads and object literals", async () => {
    const compiled = await compileWorkflow(fixture, "ternaryInPayload");
    await expectSameBehaviour(ternaryInPayload, compiled, [
      { input: input({ nick: "a" }), tasks: [recorded], output: { label: "hi", flagged: true } },
      { input: input({ nick: "" }), tasks: [recorded] },
      { input: input({ note: null, flag: false }), tasks: [recorded], output: { label: "no note", flagged: false } },
      { input: input({ note: "" }), tasks: [recorded], output: { label: "", flagged: true } },
    ]);
  });

  it("||, && and ?? give JavaScript's values for each static type", async () => {
    const compiled = await compileWorkflow(fixture, "logicalValues");
    await expectSameBehaviour(logicalValues, compiled, [
      {
        name: "all truthy",
        input: input({ nick: "n", note: "x", count: 10 }),
        output: { orName: "ann", orCount: 10, orNick: "n", andCount: "ann", andFlag: 10, nickOrDefault: "n", noteOrDefault: "x", notName: false, notNote: false, isBig: true },
      },
      {
        name: "all falsy",
        input: input({ name: "", count: 0, flag: false, note: null }),
        output: { orName: "anonymous", orCount: 42, orNick: "no nick", andCount: 0, andFlag: false, nickOrDefault: "default", noteOrDefault: "nothing", notName: true, notNote: true, isBig: false },
      },
      { name: "empty strings are present for ??", input: input({ nick: "", note: "" }), output: { orName: "ann", orCount: 3, orNick: "no nick", andCount: "ann", andFlag: 3, nickOrDefault: "", noteOrDefault: "", notName: false, notNote: true, isBig: false } },
      { name: "\"0\" and \"false\" are truthy strings", input: input({ name: "0", nick: "false", count: 9 }) },
      { name: "-0 is falsy", input: input({ count: -0 }) },
    ]);
  });

  it("assigning a let from a branching value writes it in each branch", async () => {
    const compiled = await compileWorkflow(fixture, "reassigned");
    await expectSameBehaviour(reassigned, compiled, [
      { input: input({ flag: true }), output: { label: "many" } },
      { input: input({ flag: false, count: 1 }), output: { label: "ann!" } },
      { input: input({ flag: true, count: 1 }), output: { label: "start" } },
      { input: input({ nick: "" }), output: { label: "" } },
      { input: input({ nick: "z" }), output: { label: "z" } },
    ]);
  });

  it("return a || b || c is one Choice to three end states", async () => {
    const compiled = await compileWorkflow(fixture, "returnLogical");
    expect(countStates(compiled.definition, "Choice")).toBe(1);
    expect(countStates(compiled.definition, "Pass")).toBe(3);
    await expectSameBehaviour(returnLogical, compiled, [
      { input: input({ nick: "n" }), output: "n" },
      { input: input({ nick: "" }), output: "hi" },
      { input: input({ nick: "", note: "" }), output: "neither" },
      { input: input({ note: null }), output: "neither" },
      { input: input({ note: "0" }), output: "0" },
    ]);
  });
});
