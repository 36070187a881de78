// Focused differential tests for the disagreements the fuzz test (differential.test.ts) found.
import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { literalTruthiness, note } from "../workflows/fuzz/narrowedLiterals.js";

const noted = bind(note, () => null);

describe("fuzz regressions", () => {
  it("tests the truthiness of a variable narrowed to a literal (the compiler crashed)", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "../workflows/fuzz/narrowedLiterals.ts"), "literalTruthiness");
    await expectSameBehaviour(literalTruthiness, compiled, [
      { name: "n 0, s empty", input: { n: 0, s: "" }, tasks: [noted], output: { picked: "", kept: "not both", fallback: "fallback" } },
      { name: "n 1, s a", input: { n: 1, s: "a" }, tasks: [noted], output: { picked: "a", kept: "both", fallback: "fallback" } },
      { name: "n -1, s 0", input: { n: -1, s: "0" }, tasks: [noted], output: { picked: "0", kept: "both", fallback: "fallback" } },
    ]);
  });
});
