// Item 6 of issue 15: definition size grows at most linearly with the source. Generated programs of
// each shape at depth (or length) 10, 20, 40 and 80: the bytes a level adds stay bounded, where the
// nested ifs without else once grew quadratically (40 levels were 466 KB).
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { DSL, useSources } from "./helpers.js";

const source = useSources("size");
const HEADER = `${DSL}const t = lambda<{ n: number }, null>("arn:aws:lambda:us-east-1:123456789012:function:T");\n`;

/** Each shape's body for a number of levels. */
const SHAPES: Record<string, (levels: number) => string> = {
  "nested ifs without else": (n) => `${Array.from({ length: n }, (_, i) => `if (input.xs[${i}] === ${i}) {`).join("\n")}\nawait t({ n: 0 });\n${"}".repeat(n)}\nreturn {};`,
  "nested ifs with else": (n) => `${Array.from({ length: n }, (_, i) => `if (input.xs[${i}] === ${i}) { await t({ n: ${i} }); } else {`).join("\n")}\nawait t({ n: -1 });\n${"}".repeat(n)}\nreturn {};`,
  "nested ifs, each with a call after the inner one": (n) => `${Array.from({ length: n }, (_, i) => `if (input.xs[${i}] === ${i}) {`).join("\n")}\n${Array.from({ length: n }, (_, i) => `} await t({ n: ${i} });`).join("\n")}\nreturn {};`,
  "else-if chains": (n) => `${Array.from({ length: n }, (_, i) => `if (input.xs[0] === ${i}) await t({ n: ${i} });`).join(" else ")}\nreturn {};`,
  "sequential ifs": (n) => `${Array.from({ length: n }, (_, i) => `if (input.xs[${i}] === ${i}) await t({ n: ${i} });`).join("\n")}\nreturn {};`,
  "nested try/catch": (n) => `${"try {\n".repeat(n)}await t({ n: 0 });\n${Array.from({ length: n }, (_, i) => `} catch (e${i}) { await t({ n: ${i} }); }`).join("\n")}\nreturn {};`,
  "nested loops": (n) => `let k = 0;\n${Array.from({ length: n }, (_, i) => `for (const x${i} of input.rows) {`).join("\n")}\nk++;\n${"}".repeat(n)}\nreturn { k };`,
};

const LEVELS = [10, 20, 40, 80];
const sizes = new Map<string, number[]>();

beforeAll(async () => {
  // One compile of every program (one TypeScript project), each workflow named by shape and depth.
  const files: string[] = [];
  for (const [index, shape] of Object.keys(SHAPES).entries()) {
    for (const levels of LEVELS) {
      const text = `${HEADER}export const grown${index}x${levels} = workflow(async (input: { xs: number[]; rows: number[] }) => {\n${SHAPES[shape](levels)}\n});\n`;
      files.push(await source(`${shape.replace(/\W+/g, "-")}-${levels}.ts`, text));
    }
  }
  const { workflows, diagnostics } = compile({ files });
  expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
  for (const [index, shape] of Object.keys(SHAPES).entries()) {
    sizes.set(shape, LEVELS.map((levels) => JSON.stringify(workflows.find((w) => w.exportName === `grown${index}x${levels}`)!.definition).length));
  }
}, 120_000);

describe("definition size", () => {
  for (const shape of Object.keys(SHAPES)) {
    it(`grows linearly: ${shape}`, () => {
      const [s10, s20, s40, s80] = sizes.get(shape)!;
      const perLevel = [(s20 - s10) / 10, (s40 - s20) / 20, (s80 - s40) / 40];
      // Linear growth adds about the same bytes per level at every depth (names grow by a digit).
      expect(perLevel[2], `bytes per level ${perLevel.map(Math.round).join(", ")}`).toBeLessThanOrEqual(perLevel[0] * 1.5 + 20);
      expect(s80).toBeLessThan(80 * 2000);
    });
  }
});
