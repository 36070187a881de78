import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { awaitedCondition, check, constants, doWhile, forever, grid, poll, rawInput, step, unestablished } from "../workflows/loops/index.js";

const fixture = (name: string) => path.join(import.meta.dirname, "../workflows/loops", `${name}.ts`);

/** A status that is done from the `doneAt`-th attempt on. */
const doneAt = (attempt: number) => bind(check, (input) => (input.attempt >= attempt ? { done: true, result: `r${input.attempt}` } : { done: false }));
/** `step` answers `more` while its counter is below `limit`. */
const moreBelow = (limit: number) => bind(step, ({ n }) => ({ more: n < limit }));

describe("while and do … while", () => {
  it("polls with a wait until done, or gives up", async () => {
    const compiled = await compileWorkflow(fixture("whileLoops"), "poll");
    await expectSameBehaviour(poll, compiled, [
      { name: "done at once", input: { jobId: "j", maxAttempts: 3 }, tasks: [doneAt(0)], output: { attempts: 0, result: "r0" } },
      { name: "done on the second poll", input: { jobId: "j", maxAttempts: 3 }, tasks: [doneAt(2)], output: { attempts: 2, result: "r2" } },
      { name: "done without a result", input: { jobId: "j", maxAttempts: 3 }, tasks: [bind(check, ({ attempt }) => ({ done: attempt === 1 }))], output: { attempts: 1 } },
      { name: "gives up", input: { jobId: "j", maxAttempts: 3 }, tasks: [doneAt(3)], error: "GaveUp", cause: "the job did not finish" },
    ]);
    expect(Object.values(compiled.definition.States).filter((s) => s.Type === "Wait")).toEqual([{ Type: "Wait", Seconds: 5, Next: "check (2)" }]);
  });

  it("leaves while (true) by break and by return", async () => {
    const compiled = await compileWorkflow(fixture("whileLoops"), "forever");
    await expectSameBehaviour(forever, compiled, [
      { name: "return on the first", input: { stopAt: 10, returnAt: 1 }, tasks: [moreBelow(5)], output: { returned: 1 } },
      { name: "break when no more", input: { stopAt: 10, returnAt: 100 }, tasks: [moreBelow(3)], output: { stopped: 3 } },
      { name: "break at the bound", input: { stopAt: 2, returnAt: 100 }, tasks: [moreBelow(5)], output: { stopped: 2 } },
      { name: "return later", input: { stopAt: 10, returnAt: 4 }, tasks: [moreBelow(8)], output: { returned: 4 } },
    ]);
  });

  it("runs the awaited call of a condition on every test", async () => {
    const compiled = await compileWorkflow(fixture("whileLoops"), "awaitedCondition");
    await expectSameBehaviour(awaitedCondition, compiled, [
      { name: "no more at once", input: { max: 5 }, tasks: [moreBelow(0)], output: { n: 0 } },
      { name: "bounded by max", input: { max: 2 }, tasks: [moreBelow(10)], output: { n: 2 } },
      { name: "bounded by the task", input: { max: 9 }, tasks: [moreBelow(3)], output: { n: 3 } },
    ]);
  });

  it("runs a do … while body once before the test; continue goes to the test", async () => {
    const compiled = await compileWorkflow(fixture("whileLoops"), "doWhile");
    const any = moreBelow(0);
    await expectSameBehaviour(doWhile, compiled, [
      { name: "once although false", input: { times: 0, skip: 100 }, tasks: [any], output: { n: 1, ran: 1 } },
      { name: "many", input: { times: 4, skip: 100 }, tasks: [any], output: { n: 4, ran: 4 } },
      { name: "continue on the last", input: { times: 3, skip: 3 }, tasks: [any], output: { n: 3, ran: 2 } },
      { name: "continue on the first", input: { times: 3, skip: 1 }, tasks: [any], output: { n: 3, ran: 2 } },
    ]);
  });

  it("drops a constant-false loop and runs for (; c; )", async () => {
    const compiled = await compileWorkflow(fixture("whileLoops"), "constants");
    await expectSameBehaviour(constants, compiled, [
      { input: { n: 0 }, output: { i: 0 } },
      { input: { n: 3 }, output: { i: 3 } },
    ]);
    expect(Object.keys(compiled.definition.States)).toEqual(["Set i", "For i < input.n", "Set i (2)", "Return"]);
  });

  it("starts the variables before a loop that writes them while the input is still raw", async () => {
    const unestablishedCompiled = await compileWorkflow(fixture("whileLoops"), "unestablished");
    await expectSameBehaviour(unestablished, unestablishedCompiled, [{ input: { items: ["a"] }, tasks: [moreBelow(0)], output: { done: true } }]);
    const compiled = await compileWorkflow(fixture("whileLoops"), "rawInput");
    await expectSameBehaviour(rawInput, compiled, [
      { name: "no iteration", input: { n: 0 }, tasks: [moreBelow(0)], output: {} },
      { name: "steps until told to stop", input: { n: 0 }, tasks: () => { let calls = 0; return [bind(step, () => ({ more: ++calls < 4 }))]; }, output: {} },
    ]);
    expect(compiled.definition.StartAt).toBe("Start variables");
  });

  it("nests counting loops with continue", async () => {
    const compiled = await compileWorkflow(fixture("nested"), "grid");
    await expectSameBehaviour(grid, compiled, [
      { input: { rows: 0, cols: 3 }, output: { cells: 0 } },
      { input: { rows: 3, cols: 3 }, output: { cells: 6 } },
      { input: { rows: 4, cols: 2 }, output: { cells: 7 } },
    ]);
  });
});
