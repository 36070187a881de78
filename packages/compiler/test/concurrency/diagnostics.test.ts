import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";

const fixture = path.join(import.meta.dirname, "../fixtures/diagnostics/concurrency.ts");

describe("concurrency diagnostics", () => {
  it("reports each unsupported form at its exact position", async () => {
    const { diagnostics } = await compile({ files: [fixture] });
    const found = diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(found).toEqual(expect.arrayContaining([
      "10:5 SS1250", // total = … inside a map callback
      "18:5 SS1250", // last = … inside a parallel branch
      "25:30 SS1251", // a branch that is not a function written in place
      "30:55 SS1252", // Promise.all over something that is not a task call
      "35:75 SS1253", // maxConcurrency 1.5, at the value
      "39:34 SS1251", // a destructured item parameter
      "43:3 SS1003", // map(...) not awaited
      "48:33 SS1252", // Promise.all(xs)
    ]));
    // Inside a map inside a parallel branch: reported once, by the innermost callback.
    expect(found.filter((d) => d.startsWith("56:"))).toEqual(["56:7 SS1250"]);
    const outer = diagnostics.find((d) => d.line === 10)!;
    expect(outer.message).toBe("`total` is assigned inside the callback of map, but branches and iterations run apart and share nothing");
  });
});
