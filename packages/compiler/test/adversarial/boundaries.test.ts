// Item 10 of issue 15 (the `any` and `export let` part): the contract refuses `any` where a concrete
// JSON type is needed, and a workflow declared with `let`; the compiler now agrees, at the position.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { markersOf } from "../harness/markers.js";
import { DSL, useSources, where } from "./helpers.js";

const source = useSources("boundaries");

const PROGRAMS: [string, string][] = [
  ["an input of type any", `export const w = workflow(async (/*@SS1006*/input: any) => { return {}; });`],
  ["an input field of type any", `export const w = workflow(async (/*@SS1006*/input: { a: string; loose: any }) => { return { a: input.a }; });`],
  ["a task's input of type any", `const t = lambda</*@SS1006*/any, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:T");\nexport const w = workflow(async (input: { s: string }) => { return await t({ s: input.s }); });`],
  ["a task's output with an any field", `const t = lambda<{ s: string }, /*@SS1006*/{ ok: any[] }>("arn:aws:lambda:us-east-1:123456789012:function:T");\nexport const w = workflow(async (input: { s: string }) => { await t({ s: input.s }); return {}; });`],
  ["a variable of JSON.parse's any", `export const w = workflow(async (input: { s: string }) => { const /*@SS1006*/parsed = JSON.parse(input.s); return { parsed }; });`],
  ["a workflow declared with let", `export /*@SS1009*/let w = workflow(async (input: { s: string }) => { return {}; });`],
  ["a workflow declared with var", `export /*@SS1009*/var w = workflow(async (input: { s: string }) => { return {}; });`],
];

describe("state boundaries the contract refuses", () => {
  for (const [what, program] of PROGRAMS) {
    it(`are refused at the position: ${what}`, async () => {
      const text = `${DSL}${program}\n`;
      const file = await source(`${what.replace(/\W+/g, "-")}.ts`, text);
      const { workflows, diagnostics } = compile({ files: [file] });
      expect(workflows).toEqual([]);
      expect(diagnostics.map(where)).toEqual(markersOf(file, text).map(where));
    });
  }

  it("accepts a value of JSON.parse once it is given a JSON type", async () => {
    const text = `${DSL}export const w = workflow(async (input: { s: string }) => { const parsed: { a: number } = JSON.parse(input.s); return { parsed }; });\n`;
    const { workflows, diagnostics } = compile({ files: [await source("typed-parse.ts", text)] });
    expect(diagnostics).toEqual([]);
    expect(workflows).toHaveLength(1);
  });
});
