// Item 4 of issue 15: 10,000 levels of nesting overflow TypeScript's own parser and checker (measured:
// about 1,000 brackets, or 500 nested calls, are enough). Each shape is SS1508 at its outermost
// construct, and the build goes on with the other files.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { deepBrackets, MAX_BRACKET_DEPTH, MAX_SYNTAX_DEPTH } from "../../src/discover/nesting.js";
import { markersOf } from "../harness/markers.js";
import { DSL, useSources, where } from "./helpers.js";

const source = useSources("nesting");
const N = 10_000;

/** Bodies nested N deep; `/*@SS1508*\/` marks the outermost construct. */
const DEEP: [string, string][] = [
  ["parentheses", `const v = /*@SS1508*/${"(".repeat(N)}input.n${")".repeat(N)};\n  return { v };`],
  ["ifs", `/*@SS1508*/${"if (input.n > 0) { ".repeat(N)}await t({ n: 1 });${" }".repeat(N)}\n  return {};`],
  ["object literals", `return /*@SS1508*/${"{ a: ".repeat(N)}1${" }".repeat(N)};`],
  ["arrays", `return { v: /*@SS1508*/${"[".repeat(N)}1${"]".repeat(N)} };`],
  ["calls", `return { v: /*@SS1508*/${"JSON.parse(".repeat(N)}"1"${")".repeat(N)} };`],
  ["a binary chain", `const s = /*@SS1508*/input.s${" + input.s".repeat(N)};\n  return { s };`],
  ["unbraced ifs", `/*@SS1508*/${"if (input.n > 0) ".repeat(N)}await t({ n: 1 });\n  return {};`],
  ["an else-if chain", `/*@SS1508*/${Array.from({ length: N }, (_, i) => `if (input.n === ${i}) await t({ n: ${i} });`).join(" else ")}\n  return {};`],
];

const HEADER = `${DSL}const t = lambda<{ n: number }, null>("arn:aws:lambda:us-east-1:123456789012:function:T");\n`;

describe("10,000 levels of nesting", () => {
  for (const [what, body] of DEEP) {
    it(`is SS1508 at the outermost construct, and the other files still build: ${what}`, async () => {
      const text = `${HEADER}export const deep = workflow(async (input: { n: number; s: string }) => {\n  ${body}\n});\n`;
      const deep = await source(`${what.replace(/\W+/g, "-")}.ts`, text);
      const fine = await source(`fine-${what.replace(/\W+/g, "-")}.ts`, `${HEADER}export const fine${what.replace(/\W+/g, "")} = workflow(async (input: { n: number }) => { return await t({ n: input.n }); });\n`);
      const { workflows, diagnostics } = compile({ files: [deep, fine] });
      expect(diagnostics.map(where)).toEqual(markersOf(deep, text).map(where));
      expect(diagnostics[0].message).toMatch(/nested too deeply/);
      expect(diagnostics[0].message).toContain(String(what.includes("chain") || what.includes("ifs") && what !== "ifs" ? MAX_SYNTAX_DEPTH : MAX_BRACKET_DEPTH));
      expect(workflows.map((w) => w.exportName)).toEqual([`fine${what.replace(/\W+/g, "")}`]);
    }, 60_000);
  }

  it("compiles nesting up to the limit", async () => {
    const text = `${HEADER}export const nested = workflow(async (input: { n: number }) => {\n  return ${"{ a: ".repeat(MAX_BRACKET_DEPTH - 3)}input.n${" }".repeat(MAX_BRACKET_DEPTH - 3)};\n});\n`;
    const { workflows, diagnostics } = compile({ files: [await source("at-the-limit.ts", text)] });
    expect(diagnostics).toEqual([]);
    expect(workflows).toHaveLength(1);
  }, 60_000);
});

describe("the bracket count", () => {
  it("skips strings, template text, comments and regular expressions", () => {
    const deepText = "(".repeat(MAX_BRACKET_DEPTH + 1);
    for (const hidden of [`"${deepText}"`, `'${deepText}'`, `\`${deepText}\``, `// ${deepText}`, `/* ${deepText} */`, `const r = /${deepText.replace(/\(/g, "\\(")}/;`]) {
      expect(deepBrackets(`const x = ${hidden};\n`)).toBeUndefined();
    }
  });

  it("counts template holes and finds the outermost bracket", () => {
    expect(deepBrackets(`const x = \`\${${"[".repeat(MAX_BRACKET_DEPTH)}1${"]".repeat(MAX_BRACKET_DEPTH)}}\`;`)).toMatchObject({ start: 13 });
    expect(deepBrackets(`f(${"(".repeat(MAX_BRACKET_DEPTH)}))`)).toMatchObject({ start: 0, length: 2 });
    expect(deepBrackets(`${"(".repeat(MAX_BRACKET_DEPTH)}${")".repeat(MAX_BRACKET_DEPTH)}`)).toBeUndefined();
  });
});
