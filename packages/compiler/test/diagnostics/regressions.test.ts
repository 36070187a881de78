// Compiler bugs found by the generated-input test (generated.test.ts), each pinned by a case.
import path from "node:path";
import { describe, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as wf from "../workflows/regressions/catchInLoop.js";
import * as empty from "../workflows/regressions/emptyCause.js";

const workflows = (name: string) => path.join(import.meta.dirname, "../workflows/regressions", name);

describe("a catch binding inside a loop", () => {
  it("compiles, and each iteration's catch sees its own error", async () => {
    const compiled = await compileWorkflow(workflows("catchInLoop.ts"), "catchInLoop");
    const failOn = (bad: number[], name = "Boom") =>
      bind(wf.step, ({ n }) => {
        if (bad.includes(n)) throw new WorkflowError(name, `failed ${n}`);
        return { value: n };
      });
    await expectSameBehaviour(wf.catchInLoop, compiled, [
      { name: "no iterations", input: { xs: [] }, tasks: [failOn([])], output: { total: 0 } },
      { name: "no failures", input: { xs: [1, 2] }, tasks: [failOn([]), bind(wf.note, () => null)], output: { total: 3 } },
      { name: "two failures, one success between", input: { xs: [1, 2, 3] }, tasks: [failOn([1, 3]), bind(wf.note, () => null)], output: { total: 2 } },
      { name: "another error is rethrown", input: { xs: [1, 2] }, tasks: [failOn([2], "Other"), bind(wf.note, () => null)], error: "Other", cause: "failed 2" },
    ]);
  });
});

describe("an empty literal error name or cause", () => {
  it("passes the validators and fails the execution with exactly that name and cause", async () => {
    const compiled = await compileWorkflow(workflows("emptyCause.ts"), "emptyCause");
    const tasks = [bind(empty.step, ({ n }) => ({ value: n }))];
    await expectSameBehaviour(empty.emptyCause, compiled, [
      { name: "empty cause", input: { n: 0, mode: "cause" }, tasks, error: "Boom", cause: "" },
      { name: "empty name", input: { n: 0, mode: "name" }, tasks, error: "", cause: "no name" },
      { name: "empty cause caught and replaced", input: { n: 2, mode: "" }, tasks, error: "Outer", cause: "" },
      { name: "no error", input: { n: 1, mode: "" }, tasks, output: { n: 1 } },
    ]);
  });
});
