import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import type { CompileResult } from "../../src/types.js";

const fixture = path.join(import.meta.dirname, "../fixtures/diagnostics/interplay.ts");
let result: CompileResult;

beforeAll(async () => {
  result = await compile({ files: [fixture] });
});

describe("interplay diagnostics", () => {
  it("SS1102: choice whose value may be undefined, in a loop or assigned, at the call; nothing else", () => {
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["8:25 SS1102", "20:26 SS1102", "42:17 SS1102"]);
  });
});
