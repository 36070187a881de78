// Regression: `+` chains, compound `+=` and nested template literals built intrinsics nested deeper
// than Step Functions' limit of 10 (the validators do not check it, the service does).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as wf from "../workflows/expressions/nesting.js";

const file = path.join(import.meta.dirname, "../workflows/expressions/nesting.ts");

/** The deepest nesting of intrinsic functions in any string of the definition. */
function deepestIntrinsic(value: unknown): number {
  if (typeof value === "string") {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < value.length; i++) {
      const char = value[i];
      if (inString) {
        if (char === "\\") i++;
        else if (char === "'") inString = false;
      } else if (char === "'") inString = true;
      else if (char === "(") deepest = Math.max(deepest, ++depth);
      else if (char === ")") depth--;
    }
    return value.startsWith("States.") ? deepest : 0;
  }
  if (value && typeof value === "object") return Math.max(0, ...Object.values(value).map(deepestIntrinsic));
  return 0;
}

describe("intrinsic nesting of operators and templates", () => {
  it("splits long + chains and += at 10 levels", async () => {
    const compiled = await compileWorkflow(file, "longSum");
    expect(deepestIntrinsic(compiled.definition)).toBeLessThanOrEqual(10);
    await expectSameBehaviour(wf.longSum, compiled, [
      { name: "zero", input: { n: 0 }, output: { y: 91, z: 10 } },
      { name: "negative", input: { n: -5 }, output: { y: 86, z: 0 } },
    ]);
  });

  it("splits nested template literals and string + at 10 levels", async () => {
    const compiled = await compileWorkflow(file, "nestedTemplates");
    expect(deepestIntrinsic(compiled.definition)).toBeLessThanOrEqual(10);
    await expectSameBehaviour(wf.nestedTemplates, compiled, [
      { name: "plain", input: { s: "x" }, output: { s: "xxabcdefghijkl", t: "<x(x123456789)!>" } },
      { name: "escapes", input: { s: "{'\\}" } },
      { name: "empty", input: { s: "" } },
    ]);
  });
});
