import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures/diagnostics", name);

describe("diagnostics at exact positions", () => {
  it("reports every problem of a file, sorted, each at its line and column", () => {
    const { diagnostics, workflows } = compile({ files: [fixture("expressions.ts")] });
    expect(workflows).toEqual([]);
    const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    if (process.env.SHOW) console.log(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("\n"));
    expect(found).toEqual([
      "6:21 SS1350",
      "7:13 SS1351",
      "8:21 SS1352",
      "9:13 SS1353",
      "10:7 SS1356",
      "11:27 SS1354",
      "12:34 SS1354",
      "13:3 SS1005",
      "14:31 SS1354",
      "18:38 SS1006",
      "22:29 SS2001",
    ]);
    expect(diagnostics.find((d) => d.code === "SS1006" && d.line === 18)!.message).toContain("input.at: Date");
  });
});

describe("TypeScript's own errors", () => {
  it("fail the build at their position, in the same format", () => {
    const { diagnostics, workflows } = compile({ files: [fixture("type-error.ts")] });
    expect(workflows).toEqual([]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["4:9 TS2322"]);
  });
});
