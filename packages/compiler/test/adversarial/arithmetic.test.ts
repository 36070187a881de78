// Item 2 of issue 15: `+` and `-` of numbers compile to States.MathAdd, which adds integers only,
// so they compile only where both operands are provably integer; the rest is SS1505 at the operand.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compile } from "../../src/index.js";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { markersOf } from "../harness/markers.js";
import * as wf from "../workflows/adversarial/arithmetic.js";
import { DSL, useSources, where } from "./helpers.js";

const file = path.join(import.meta.dirname, "../workflows/adversarial/arithmetic.ts");

describe("sums of provable integers (States.MathAdd)", () => {
  it("agree with JavaScript for counters, lengths, map indexes and Integer values", async () => {
    const compiled = await compileWorkflow(file, "integerSums");
    const measure = bind(wf.measure, async ({ n }) => ({ size: n * 10, ratio: 0.5 }));
    await expectSameBehaviour(wf.integerSums, compiled, [
      {
        name: "empty strings skipped, two rows",
        input: { xs: ["a", "", "0", "false"], base: 5, step: 0, rows: [[1], []] },
        tasks: [measure],
        output: { count: 3, total: 5 + 6 + 29, back: 3, lengths: 6, positions: [1, 1], down: -1, next: 4 },
      },
      { name: "nothing at all", input: { xs: [], base: 0, step: -1, rows: [] }, tasks: [measure] },
      { name: "negative base, large step", input: { xs: [""], base: -7, step: 2 ** 40, rows: [[], [1, 2, 3]] }, tasks: [measure] },
    ]);
  });
});

const source = useSources("arithmetic");
const HEADER = `${DSL}import type { Integer } from "@stepscript/dsl";
const measure = lambda<{ n: number }, { size: Integer; ratio: number }>("arn:aws:lambda:us-east-1:123456789012:function:Measure");
interface In { x: number; k: Integer; xs: number[] }
`;

/** Bodies whose `/*@SSnnnn*\/` marks where the refusal must be reported. */
const REFUSED: [string, string][] = [
  ["two numbers", `const r = await measure({ n: 1 }); return { v: /*@SS1505*/r.ratio + input.x };`],
  ["a number on the right", `return { v: input.k + /*@SS1505*/input.x };`],
  ["a number minus a literal", `return { v: /*@SS1505*/input.x - 1 };`],
  ["a task's number field added to a counter", `let total = 0; const r = await measure({ n: 1 }); total = total + /*@SS1505*/r.ratio; return { total };`],
  ["+= of a number", `let total = 0; total += /*@SS1505*/input.x; return { total };`],
  ["++ of a variable copied from a number", `let n = input.x; /*@SS1505*/n++; return { n };`],
  ["-- of a variable once assigned a number", `let n = 0; n = input.x; /*@SS1505*/n--; return { n };`],
  ["an element of a number array", `const first = input.xs[0]; return { v: /*@SS1505*/first + 1 };`],
  ["a fractional literal", `return { v: input.k + /*@SS1154*/0.5 };`],
];

describe("sums that are not provably integer", () => {
  for (const [what, body] of REFUSED) {
    it(`are refused at the operand: ${what}`, async () => {
      const text = `${HEADER}export const flow = workflow(async (input: In) => {\n  ${body}\n});\n`;
      const written = await source(`${what.replace(/\W+/g, "-")}.ts`, text);
      const { workflows, diagnostics } = compile({ files: [written] });
      expect(workflows).toEqual([]);
      expect(diagnostics.map(where)).toEqual(markersOf(written, text).map(where));
    });
  }

  it("has a hint that suggests only what compiles today (no JSONata)", () => {
    expect(CATALOGUE.notProvablyInteger.hint).toContain("Integer");
    expect(CATALOGUE.notProvablyInteger.hint).not.toMatch(/JSONata/i);
  });
});
