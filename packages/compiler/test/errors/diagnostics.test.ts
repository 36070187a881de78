import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";

const fixture = path.join(import.meta.dirname, "../fixtures/diagnostics/errors.ts");

describe("error handling diagnostics", () => {
  it("refuses what has no exact meaning, at the exact position", async () => {
    const { diagnostics } = await compile({ files: [fixture] });
    const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(found).toEqual([
      "6:26 SS1200", // throw new Error(…)
      "14:42 SS1201", // e.stack
      "23:21 SS1202", // { error: e }
      "32:20 SS1203", // isError(e, input.name)
      "38:15 SS1203", // isError(input, …)
      "47:5 SS1204", // return { total } with finally assigning total
      "55:22 SS1205", // computed error name thrown where names are tested
      "67:12 SS1206", // catch ({ error })
    ]);
    expect(diagnostics.every((d) => d.file === fixture)).toBe(true);
    expect(diagnostics[1].message).toContain("`e.stack`");
    expect(diagnostics[5].message).toContain("`total`");
  });
});
