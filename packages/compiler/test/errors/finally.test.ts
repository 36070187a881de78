import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { audit, cleanup, step } from "../workflows/errors/tasks.js";
import * as flows from "../workflows/errors/finally.js";
import { failing, flakyThen } from "./helpers.js";

const fixture = path.join(import.meta.dirname, "../workflows/errors/finally.ts");
const compiled = (name: keyof typeof flows) => compileWorkflow(fixture, name);
const doubles = bind(step, ({ n }) => ({ value: n * 2 }));
const audited = bind(audit, () => null);
const cleaned = bind(cleanup, () => null);

describe("finally", () => {
  it("runs on every path: normal, early return, caught, rethrown, thrown in catch, return in catch", async () => {
    await expectSameBehaviour(flows.everyPath, await compiled("everyPath"), [
      { name: "normal", input: { n: 1, mode: "" }, tasks: [doubles, audited, cleaned], output: { done: true } },
      { name: "early return", input: { n: 4, mode: "return" }, tasks: [doubles, audited, cleaned], output: { early: 8 } },
      { name: "caught", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Recoverable")), audited, cleaned], output: { done: true } },
      { name: "caught from the audit", input: { n: 1, mode: "" }, tasks: () => [doubles, bind(audit, flakyThen([new WorkflowError("Recoverable", "r")], null)), cleaned], output: { done: true } },
      { name: "return in catch", input: { n: 1, mode: "return-in-catch" }, tasks: [bind(step, failing("Recoverable")), audited, cleaned], output: { recovered: true } },
      { name: "throw in try, caught, thrown from catch", input: { n: 1, mode: "throw" }, tasks: [doubles, audited, cleaned], error: "FromCatch", cause: "thrown in catch" },
      { name: "task error of the Thrown name", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Thrown")), audited, cleaned], error: "FromCatch", cause: "thrown in catch" },
      { name: "rethrown with cause", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Fatal", "disk")), audited, cleaned], error: "Fatal", cause: "disk" },
      { name: "rethrown without cause", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Fatal")), audited, cleaned], error: "Fatal", cause: undefined },
      { name: "error inside the catch block", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Recoverable")), bind(audit, failing("AuditDown", "a")), cleaned], error: "AuditDown", cause: "a" },
      { name: "finally itself fails on the normal path", input: { n: 1, mode: "" }, tasks: [doubles, audited, bind(cleanup, failing("CleanupFailed", "c"))], error: "CleanupFailed", cause: "c" },
      { name: "finally fails after an error: its error wins", input: { n: 1, mode: "" }, tasks: [bind(step, failing("Fatal", "x")), audited, bind(cleanup, failing("CleanupFailed", "c"))], error: "CleanupFailed", cause: "c" },
    ]);
  });

  it("try/finally without catch runs finally then rethrows", async () => {
    const definition = (await compiled("finallyOnly")).definition;
    expect(definition.States.step.Catch).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.pendingError", Next: "cleanup (2)" }]);
    await expectSameBehaviour(flows.finallyOnly, definition, [
      { input: { n: 1 }, tasks: [doubles, audited, cleaned], output: { ok: true } },
      { input: { n: 1 }, tasks: [bind(step, failing("States.TaskFailed", "t")), audited, cleaned], error: "States.TaskFailed", cause: "t" },
      { input: { n: 1 }, tasks: [doubles, bind(audit, failing("Nope")), cleaned], error: "Nope", cause: undefined },
    ]);
  });

  it("nested finally blocks run innermost first on an early return and on an error", async () => {
    await expectSameBehaviour(flows.nestedFinally, await compiled("nestedFinally"), [
      { input: { n: 1 }, tasks: [doubles, audited, cleaned], output: { log: "inner done" } },
      { name: "early return (boundary 11 > 10)", input: { n: 6 }, tasks: [doubles, audited, cleaned], output: { big: 12 } },
      { name: "10 is not > 10", input: { n: 5 }, tasks: [doubles, audited, cleaned], output: { log: "inner done" } },
      { name: "error: inner finally, outer catch, outer finally", input: { n: 1 }, tasks: [bind(step, failing("E")), audited, cleaned], output: { log: "caught" } },
      { name: "inner finally fails on the return path: the outer catch takes it", input: { n: 6 }, tasks: [doubles, bind(audit, failing("A")), cleaned], output: { log: "caught" } },
    ]);
  });

  it("a rethrow passes through an inner finally into an outer catch with its error and cause", async () => {
    await expectSameBehaviour(flows.rethrowThroughFinally, await compiled("rethrowThroughFinally"), [
      { input: { n: 1 }, tasks: [doubles, audited, cleaned], output: { ok: true } },
      { input: { n: 1 }, tasks: [bind(step, failing("S", "s")), audited, cleaned], output: { outer: "S", cause: "s" } },
      { input: { n: 1 }, tasks: [bind(step, failing("S")), audited, cleaned], output: { outer: "S" } },
      { input: { n: 1 }, tasks: [bind(step, failing("S", "s")), bind(audit, failing("A", "a")), cleaned], output: { outer: "A", cause: "a" } },
      { input: { n: 1 }, tasks: [bind(step, failing("S", "s")), audited, bind(cleanup, failing("C"))], output: { outer: "C" } },
    ]);
  });
});
