import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { arrayInput, reassign, returns, scalarInput, shadowing, throws, waits, type Input } from "../workflows/slice/layout.js";
import { echo, record, score } from "../workflows/slice/tasks.js";

const file = path.join(import.meta.dirname, "../workflows/slice/layout.ts");
const input = (overrides: Partial<Input> = {}): Input => ({ name: "ada", result: "input-result", count: 0, when: "2031-05-01T00:00:00Z", delay: 7, ...overrides });
const echoing = bind(echo, (value) => value);
const recording = bind(record, () => ({ ok: true }));
const scoring = (points = 3, label = "L", flag = false) => bind(score, ({ name }) => ({ points, label: `${label}-${name}`, flag }));

describe("data layout", () => {
  it("a local named like an input field does not clobber it, and tasks get exactly their payload", async () => {
    const compiled = await compileWorkflow(file, "shadowing");
    await expectSameBehaviour(shadowing, compiled, [
      {
        input: input(),
        tasks: [echoing, recording, scoring(9)],
        output: { name: { original: "ada", result: "input-result" }, input: { name: "ada", result: "input-result" }, points: 9 },
      },
    ]);
  });

  it("a string or an array as the whole input", async () => {
    await expectSameBehaviour(scalarInput, await compileWorkflow(file, "scalarInput"), [
      { input: "hello", tasks: [echoing], output: ["hello", "hello"] },
      { input: "", tasks: [echoing], output: ["", ""] },
    ]);
    await expectSameBehaviour(arrayInput, await compileWorkflow(file, "arrayInput"), [
      { input: [4, 5], tasks: [echoing], output: { copy: [4, 5], first: 4 } },
    ]);
  });

  it("let and reassignment in branches", async () => {
    const compiled = await compileWorkflow(file, "reassign");
    await expectSameBehaviour(reassign, compiled, [
      { input: input(), tasks: [scoring(11, "big")] },
      { input: input(), tasks: [scoring(10, "edge", true)] },
      { input: input(), tasks: [scoring(1, "small", false)], output: { label: "none", points: 0, both: ["none", 0], nested: { deep: { name: "ada", fixed: [1, "two", null] } } } },
    ]);
  });

  it("waits with literal and dynamic seconds and timestamps", async () => {
    const compiled = await compileWorkflow(file, "waits");
    await expectSameBehaviour(waits, compiled, [{ input: input({ count: 3 }), tasks: [echoing], output: { count: 3 } }]);
    const waitStates = Object.values(compiled.definition.States).filter((s) => s.Type === "Wait");
    expect(waitStates).toEqual([
      expect.objectContaining({ Seconds: 5 }),
      expect.objectContaining({ SecondsPath: "$$.Execution.Input.delay" }),
      expect.objectContaining({ Timestamp: "2030-01-01T00:00:00Z" }),
      expect.objectContaining({ TimestampPath: "$$.Execution.Input.when" }),
    ]);
  });

  it("return anywhere: the output is exactly the returned value, falsy ones included", async () => {
    const compiled = await compileWorkflow(file, "returns");
    const expected: unknown[] = [{}, 0, false, "", null, "ada", input({ count: 6 }), [7, "ada"], "ada:8", 3, { points: 3, name: "ada", at: 10 }, { points: 3, label: "L-input-result", flag: false }];
    await expectSameBehaviour(
      returns,
      compiled,
      expected.map((output, count) => ({ name: `count ${count}`, input: input({ count }), tasks: [scoring()], output })),
    );
  });

  it("throw with literal and dynamic error names and causes", async () => {
    const compiled = await compileWorkflow(file, "throws");
    await expectSameBehaviour(throws, compiled, [
      { input: input({ count: 0 }), tasks: [scoring()], error: "Zero" },
      { input: input({ count: 1 }), tasks: [scoring()], error: "One", cause: "the count was one" },
      { input: input({ count: 2 }), tasks: [scoring()], error: "ada", cause: "input-result" },
      { input: input({ count: 3 }), tasks: [scoring()], error: "Formatted", cause: "count 3 for 'ada' {braces}" },
      { input: input({ count: 4 }), tasks: [scoring(7, "Flagged", true)], error: "Flagged-ada", cause: "points: 7" },
      { input: input({ count: 4 }), tasks: [scoring(7, "Fine", false)] },
    ]);
  });
});
