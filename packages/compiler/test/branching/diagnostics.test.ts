import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import type { CompileResult } from "../../src/types.js";

const fixture = path.join(import.meta.dirname, "../fixtures/diagnostics/branching.ts");
let result: CompileResult;

beforeAll(async () => {
  result = await compile({ files: [fixture] });
});

const at = (line: number) => result.diagnostics.filter((d) => d.line === line).map((d) => ({ code: d.code, line: d.line, column: d.column }));

describe("branching diagnostics", () => {
  it("reports only the expected problems", () => {
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      "13:11 SS1100",
      "21:10 SS1100",
      "29:10 SS1007",
      "36:3 SS1150",
      "47:23 SS1101",
      "51:42 SS1101",
      "55:28 SS1008",
      "60:17 SS1012",
    ]);
  });

  it("SS1100: a switch on an object, at the discriminant", () => {
    expect(at(13)).toEqual([{ code: "SS1100", line: 13, column: 11 }]);
    expect(result.diagnostics.find((d) => d.line === 13)!.message).toMatch(/switch on an object/);
  });

  it("SS1100: an awaited call in a case test, at the test", () => {
    expect(at(21)).toEqual([{ code: "SS1100", line: 21, column: 10 }]);
  });

  it("SS1007: a case test of unknown type, at the test", () => {
    expect(at(29)).toEqual([{ code: "SS1007", line: 29, column: 10 }]);
  });

  it("SS1150: a labeled switch (and so labeled break), at the label", () => {
    expect(at(36)).toEqual([{ code: "SS1150", line: 36, column: 3 }]);
  });

  it("SS1101: choice branches that are not written in place", () => {
    expect(at(47)).toEqual([{ code: "SS1101", line: 47, column: 23 }]);
    expect(at(51)).toEqual([{ code: "SS1101", line: 51, column: 42 }]);
  });

  it("SS1008: typeof compared with something other than a literal", () => {
    expect(at(55)).toEqual([{ code: "SS1008", line: 55, column: 28 }]);
  });

  it("SS1012: a && b whose falsy left side may be absent", () => {
    expect(at(60)).toEqual([{ code: "SS1012", line: 60, column: 17 }]);
  });
});
