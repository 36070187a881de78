// Item 3 of issue 15: `xs[k]` with a computed index is `undefined` outside the array, as in
// JavaScript: a Choice tests the bounds before States.ArrayGetItem (which would fail the
// execution), except for a `for` counter bounded by the same array's length.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compile } from "../../src/index.js";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { markersOf } from "../harness/markers.js";
import * as wf from "../workflows/adversarial/indexes.js";
import { DSL, useSources, where } from "./helpers.js";

const file = path.join(import.meta.dirname, "../workflows/adversarial/indexes.ts");

describe("a computed index", () => {
  it("agrees with JavaScript at -1, 0, the last index, the length and far outside", async () => {
    const compiled = await compileWorkflow(file, "pick");
    const xs = ["a", "", "0"];
    const ns = [0, -1, 7];
    await expectSameBehaviour(wf.pick, compiled, [
      { name: "k = -1", input: { xs, ns, k: -1 }, output: { fallback: "none", last: "0", next: "a", kind: "absent", joined: "a;;0;" } },
      { name: "k = 0", input: { xs, ns, k: 0 }, output: { fallback: "a", last: "0", next: "", kind: "zero", joined: "a;;0;" } },
      { name: "k = 1 (an empty string, -1)", input: { xs, ns, k: 1 }, output: { fallback: "", last: "0", next: "0", kind: "truthy", joined: "a;;0;" } },
      { name: "k = last", input: { xs, ns, k: 2 }, output: { fallback: "0", last: "0", next: null, kind: "truthy", joined: "a;;0;" } },
      { name: "k = length", input: { xs, ns, k: 3 }, output: { fallback: "none", last: "0", next: null, kind: "absent", joined: "a;;0;" } },
      { name: "far outside", input: { xs, ns, k: 1000 } },
      { name: "empty arrays", input: { xs: [], ns: [], k: 0 }, output: { fallback: "none", last: "empty", next: null, kind: "absent", joined: "" } },
    ]);
  });

  it("leaves an absent item out of a task's payload, as JSON.stringify leaves out undefined", async () => {
    const compiled = await compileWorkflow(file, "logAt");
    const xs = ["a", "", "0"];
    const tasks = [bind(wf.log, () => null)];
    const runs = await expectSameBehaviour(wf.logAt, compiled, [-1, 0, 1, 2, 3].map((k) => ({ name: `k = ${k}`, input: { xs, k }, tasks })));
    expect(runs.map((run) => run.engine.calls[0].input)).toEqual([{}, { s: "a" }, { s: "" }, { s: "0" }, {}]);
  });

  it("tests the bounds of a counter that may go down (the exemption is for counters that only go up)", async () => {
    const text = `${HEADER}export const flow = workflow(async (input: In) => {\n  for (let i = 0; i < input.xs.length; i--) { await log({ s: input.xs[i] }); if (i < -2) break; }\n  return {};\n});\n`;
    const { workflows, diagnostics } = compile({ files: [await source("counter-down.ts", text)] });
    expect(diagnostics).toEqual([]);
    const choices = Object.keys(workflows[0].definition.States).filter((name) => workflows[0].definition.States[name].Type === "Choice");
    expect(choices.some((name) => name.includes("i inside input.xs"))).toBe(true);
  });

  it("reads a for counter bounded by the array's length without a bounds test", async () => {
    const compiled = await compileWorkflow(file, "pick");
    const choices = Object.entries(compiled.definition.States).filter(([, s]) => s.Type === "Choice").map(([name]) => name);
    expect(choices.filter((name) => name.includes("inside input.xs"))).toHaveLength(3);
    expect(choices.some((name) => name.startsWith("i inside"))).toBe(false);
  });
});

const source = useSources("indexes");
const HEADER = `${DSL}import type { Integer } from "@stepscript/dsl";
const log = lambda<{ s: string }, null>("arn:aws:lambda:us-east-1:123456789012:function:Log");
interface In { xs: string[]; k: Integer; f: number }
`;

const REFUSED: [string, string][] = [
  ["a fractional index", `return { v: input.xs[/*@SS1506*/input.f] ?? "none" };`],
  ["an index from a number", `const j = input.f; return { v: input.xs[/*@SS1506*/j] ?? "none" };`],
  ["a let holding an item that may be absent", `let v = /*@SS1507*/input.xs[input.k]; return { v: v ?? "none" };`],
  ["an assignment of an item that may be absent", `let v = "x"; v = /*@SS1507*/input.xs[input.k]; return { v };`],
];

describe("computed indexes that cannot agree with JavaScript", () => {
  for (const [what, body] of REFUSED) {
    it(`are refused at the index or the item: ${what}`, async () => {
      const text = `${HEADER}export const flow = workflow(async (input: In) => {\n  ${body}\n});\n`;
      const written = await source(`${what.replace(/\W+/g, "-")}.ts`, text);
      const { workflows, diagnostics } = compile({ files: [written] });
      expect(workflows).toEqual([]);
      expect(diagnostics.map(where)).toEqual(markersOf(written, text).map(where));
    });
  }
});
