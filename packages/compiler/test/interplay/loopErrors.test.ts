import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as w from "../workflows/interplay/loopErrors.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/loopErrors.ts");
const failWith = (name: string, message: string) => Object.assign(new Error(message), { name });
const logged = bind(w.log, () => ({ ok: true }));

describe("loops with try/catch/finally", () => {
  it("a retry-like loop: count attempts, break on success, give up", async () => {
    const compiled = await compileWorkflow(file, "retryLoop");
    // Attempt t succeeds when t >= n; attempt fails with Flaky before that; n = 99 is Fatal.
    const attempts = bind(w.attempt, ({ n, try: t }) => {
      if (n === 99) throw failWith("Fatal", "boom");
      if (n === 50) return { done: false, value: 0 };
      if (t < n) throw failWith("Flaky", `attempt ${t}`);
      return { done: true, value: t * 10 };
    });
    await expectSameBehaviour(w.retryLoop, compiled, [
      { name: "first attempt succeeds", input: { n: 1, max: 3 }, tasks: [attempts], output: { attempts: 1, value: 10, lastError: "none" } },
      { name: "succeeds on the last allowed attempt", input: { n: 3, max: 3 }, tasks: [attempts], output: { attempts: 3, value: 30, lastError: "Flaky" } },
      { name: "gives up", input: { n: 4, max: 3 }, tasks: [attempts], output: { attempts: 3, value: -1, lastError: "Flaky" } },
      { name: "zero attempts allowed", input: { n: 1, max: 0 }, tasks: [attempts], output: { attempts: 0, value: -1, lastError: "none" } },
      { name: "never done", input: { n: 50, max: 2 }, tasks: [attempts], output: { attempts: 2, value: -1, lastError: "not done" } },
      { name: "a fatal error throws from the catch", input: { n: 99, max: 5 }, tasks: [attempts], error: "GaveUp", cause: "after 1" },
    ]);
  });

  it("break and continue inside try run the finally once per exit", async () => {
    const compiled = await compileWorkflow(file, "breakContinueFinally");
    await expectSameBehaviour(w.breakContinueFinally, compiled, [
      { name: "no items", input: { items: [] }, tasks: [logged], output: { seen: "" } },
      { name: "skip, then stop", input: { items: ["a", "skip", "b", "stop", "c"] }, tasks: [logged], output: { seen: "a,b," } },
      { name: "stop first", input: { items: ["stop", "a"] }, tasks: [logged], output: { seen: "" } },
      { name: "skip last", input: { items: ["a", "skip"] }, tasks: [logged], output: { seen: "a," } },
      { name: "the body's task fails: finally, then the error", input: { items: ["a", "x"] }, tasks: [bind(w.log, ({ note }) => { if (note === "body x") throw failWith("LogDown", "x"); return { ok: true }; })], error: "LogDown", cause: "x" },
    ]);
  });

  it("return from a loop inside nested try/finally runs both finally blocks", async () => {
    const compiled = await compileWorkflow(file, "returnFromLoop");
    const attempts = bind(w.attempt, ({ n }) => {
      if (n < 0) throw failWith("Negative", String(n));
      return { done: true, value: n };
    });
    await expectSameBehaviour(w.returnFromLoop, compiled, [
      { name: "none found", input: { items: [1, 2] }, tasks: [attempts, logged], output: { found: -1, count: 2, at: -1 } },
      { name: "found after an error", input: { items: [1, -1, 101, 5] }, tasks: [attempts, logged], output: { found: 101, count: 1, at: 2 } },
      { name: "found first", input: { items: [500] }, tasks: [attempts, logged], output: { found: 500, count: 0, at: 0 } },
      { name: "empty", input: { items: [] }, tasks: [attempts, logged], output: { found: -1, count: 0, at: -1 } },
      { name: "100 is not found", input: { items: [100, -5] }, tasks: [attempts, logged], output: { found: -1, count: 1, at: -1 } },
    ]);
  });

  it("break from a catch leaves the outer loop; errors are counted", async () => {
    const compiled = await compileWorkflow(file, "nestedLoopCatch");
    const attempts = bind(w.attempt, ({ n }) => {
      if (n === 0) throw failWith("Zero", "zero");
      if (n === -1) throw failWith("Stop", "stop");
      return { done: true, value: n };
    });
    await expectSameBehaviour(w.nestedLoopCatch, compiled, [
      { name: "no errors", input: { rows: [[1, 2], [], [3]] }, tasks: [attempts], output: { total: 6, errors: 0 } },
      { name: "an error skips the rest of its row", input: { rows: [[1, 0, 5], [2]] }, tasks: [attempts], output: { total: 3, errors: 1 } },
      { name: "Stop leaves the loop", input: { rows: [[1], [-1, 7], [9]] }, tasks: [attempts], output: { total: 1, errors: 1 } },
      { name: "no rows", input: { rows: [] }, tasks: [attempts], output: { total: 0, errors: 0 } },
    ]);
  });

  it("do…while with isError as a catcher and a rethrow", async () => {
    const compiled = await compileWorkflow(file, "doWhileRethrow");
    const attempts = bind(w.attempt, ({ try: t }) => {
      if (t === 1) throw failWith("Skip", "skip one");
      if (t === 3) throw failWith("Other", "three");
      return { done: true, value: t };
    });
    await expectSameBehaviour(w.doWhileRethrow, compiled, [
      { name: "runs once with n = 0", input: { n: 0 }, tasks: [attempts, logged], output: { ok: 1, i: 1 } },
      { name: "skips one", input: { n: 3 }, tasks: [attempts, logged], output: { ok: 2, i: 3 } },
      { name: "rethrows another error", input: { n: 5 }, tasks: [attempts, logged], error: "Other", cause: "three" },
    ]);
  });

  it("retry until success with no counter (while (true) and do…while)", async () => {
    const flaky = (failures: number, fatalAt = -1) => () => {
      let calls = 0;
      return [
        bind(w.attempt, () => {
          calls++;
          if (calls === fatalAt) throw failWith("Fatal", "fatal");
          if (calls <= failures) throw failWith("Flaky", `call ${calls}`);
          return { done: calls > failures + 1 || failures < 0, value: calls };
        }),
        logged,
      ];
    };
    for (const name of ["untilSuccess", "untilNoError"] as const) {
      const compiled = await compileWorkflow(file, name);
      await expectSameBehaviour(w[name], compiled, [
        { name: `${name}: fails twice`, input: { n: 1 }, tasks: flaky(2), output: { gaveUp: false } },
        { name: `${name}: fatal on the third call`, input: { n: 1 }, tasks: flaky(2, 3), output: { gaveUp: true } },
        { name: `${name}: first call`, input: { n: 0 }, tasks: flaky(-1), output: { gaveUp: false } },
      ]);
    }
    // do…while (n > 0) with n = 0 stops after one caught error.
    await expectSameBehaviour(w.untilNoError, await compileWorkflow(file, "untilNoError"), [
      { name: "n = 0 tries once", input: { n: 0 }, tasks: flaky(5), output: { gaveUp: false } },
    ]);
  });
});
