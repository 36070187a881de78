import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { audit, lookup, step } from "../workflows/errors/tasks.js";
import * as flows from "../workflows/errors/tryCatch.js";
import { failing, flakyThen } from "./helpers.js";

const fixture = path.join(import.meta.dirname, "../workflows/errors/tryCatch.ts");
const compiled = (name: keyof typeof flows) => compileWorkflow(fixture, name);
const doubles = bind(step, ({ n }) => ({ value: n * 2 }));
const audited = bind(audit, () => null);

describe("try / catch", () => {
  it("reads e.error, e.cause and the variables as they were when the error happened", async () => {
    await expectSameBehaviour(flows.readsError, await compiled("readsError"), [
      { name: "no error", input: { n: 2 }, tasks: [doubles], output: { value: 8, stage: "between" } },
      { name: "first step fails", input: { n: 2 }, tasks: [bind(step, failing("Boom", "first"))], output: { error: "Boom", cause: "first", stage: "before" } },
      {
        name: "second step fails without a cause",
        input: { n: 2 },
        tasks: () => [bind(step, flakyThen([undefined as never, new WorkflowError("Late")], { value: 1 }))],
        output: { error: "Late", stage: "between", cause: "none" },
      },
      { name: "an Error's name and message", input: { n: 0 }, tasks: [bind(step, () => { throw new TypeError("bad n"); })], output: { error: "TypeError", cause: "bad n", stage: "before" } },
    ]);
  });

  it("catch without a binding and an unused binding continue with the try's data", async () => {
    const definition = (await compiled("ignoresError")).definition;
    expect(JSON.stringify(definition)).toContain('"ResultPath":null,"Next":"Set note (3)"');
    await expectSameBehaviour(flows.ignoresError, definition, [
      { name: "no error", input: { n: 1 }, tasks: [doubles, audited], output: { note: "stepped" } },
      { name: "step fails", input: { n: 7 }, tasks: [bind(step, failing("X")), audited], output: { note: "failed at 7" } },
      {
        name: "audit fails: the handler audits the error name",
        input: { n: 1 },
        tasks: () => [doubles, bind(audit, flakyThen([new WorkflowError("AuditDown", "db")], null))],
        output: { note: "stepped" },
      },
    ]);
  });

  it("starts the variables before a try that stores the error of a state reading the raw input", async () => {
    const definition = (await compiled("rawInputCatch")).definition;
    expect(definition.StartAt).toBe("Start variables");
    await expectSameBehaviour(flows.rawInputCatch, definition, [
      { input: { n: 3 }, tasks: [doubles], output: { value: 6 } },
      { input: { n: 3 }, tasks: [bind(step, failing("States.TaskFailed", "x"))], output: { error: "States.TaskFailed" } },
    ]);
  });

  it("isError as the first test becomes Catchers; other errors propagate with their cause", async () => {
    const definition = (await compiled("byName")).definition;
    expect(definition.States.step.Catch).toEqual([
      { ErrorEquals: ["Busy", "Timeout"], ResultPath: "$.e", Next: "Return" },
      { ErrorEquals: ["Invalid"], ResultPath: "$.e", Next: "If e.cause !== undefined" },
    ]);
    await expectSameBehaviour(flows.byName, definition, [
      { name: "no error", input: { n: 1 }, tasks: [doubles], output: { value: 2 } },
      { name: "Busy", input: { n: 1 }, tasks: [bind(step, failing("Busy", "later"))], output: { later: "Busy" } },
      { name: "Timeout", input: { n: 1 }, tasks: [bind(step, failing("Timeout"))], output: { later: "Timeout" } },
      { name: "Invalid with cause", input: { n: 1 }, tasks: [bind(step, failing("Invalid", "n too small"))], output: { invalid: "n too small" } },
      { name: "Invalid without cause", input: { n: 1 }, tasks: [bind(step, failing("Invalid"))], output: { invalid: "no cause" } },
      { name: "other error", input: { n: 1 }, tasks: [bind(step, failing("Other", "kept"))], error: "Other", cause: "kept" },
      { name: "other error without cause", input: { n: 1 }, tasks: [bind(step, failing("Other"))], error: "Other", cause: undefined },
      { name: "a prefix is not a match", input: { n: 1 }, tasks: [bind(step, failing("BusyNow"))], error: "BusyNow" },
    ]);
  });

  it("`if (!isError(e, …)) throw e;` catches only those errors", async () => {
    const definition = (await compiled("negated")).definition;
    expect(definition.States.step.Catch).toEqual([{ ErrorEquals: ["Declined"], ResultPath: null, Next: "audit" }]);
    await expectSameBehaviour(flows.negated, definition, [
      { input: { n: 1 }, tasks: [doubles, audited], output: { declined: false, tries: 1 } },
      { input: { n: 1 }, tasks: [bind(step, failing("Declined", "card")), audited], output: { declined: true, tries: 0 } },
      { input: { n: 1 }, tasks: [bind(step, failing("Fraud", "card")), audited], error: "Fraud", cause: "card" },
    ]);
  });

  it("isError after other statements is a Choice on the stored name, wildcards as ErrorEquals", async () => {
    await expectSameBehaviour(flows.testsLater, await compiled("testsLater"), [
      { input: { n: 1 }, tasks: [doubles, audited], output: { kind: "none" } },
      { input: { n: 1 }, tasks: [bind(step, failing("A")), audited], output: { kind: "ab" } },
      { input: { n: 1 }, tasks: [bind(step, failing("B", "b")), audited], output: { kind: "ab" } },
      { input: { n: 1 }, tasks: [bind(step, failing("C")), audited], output: { kind: "task failed" } },
      { input: { n: 1 }, tasks: [bind(step, failing("States.Timeout")), audited], output: { kind: "other" } },
    ]);
  });

  it("`throw e` rethrows the original error and cause", async () => {
    await expectSameBehaviour(flows.rethrows, await compiled("rethrows"), [
      { input: { n: 1 }, tasks: [bind(lookup, () => ({ found: 5 })), audited], output: { found: 5 } },
      { input: { n: 1 }, tasks: [bind(lookup, failing("NotFound", "no k1")), audited], error: "NotFound", cause: "no k1" },
      { input: { n: 1 }, tasks: [bind(lookup, failing("NotFound")), audited], error: "NotFound", cause: undefined },
      { input: { n: 1 }, tasks: [bind(lookup, failing("NotFound", "")), audited], error: "NotFound", cause: "" },
      { name: "the audit failing replaces the error", input: { n: 1 }, tasks: [bind(lookup, failing("NotFound", "x")), bind(audit, failing("AuditDown", "y"))], error: "AuditDown", cause: "y" },
    ]);
  });

  it("a throw inside try reaches its own catch, with literal, computed and missing causes", async () => {
    const definition = (await compiled("throwsInside")).definition;
    expect(Object.values(definition.States).filter((s) => s.Type === "Fail")).toHaveLength(1);
    await expectSameBehaviour(flows.throwsInside, definition, [
      { input: { n: -3, code: "Big" }, tasks: [doubles], output: { caught: "Negative", cause: "n is -3" } },
      { input: { n: 0, code: "Big" }, tasks: [doubles], output: { caught: "Zero" } },
      { name: "computed name that a catcher matches", input: { n: 101, code: "Big" }, tasks: [doubles], output: { caught: "Big", cause: "too big" } },
      { name: "computed name no catcher matches", input: { n: 101, code: "Huge" }, tasks: [doubles], error: "Huge", cause: "too big" },
      { name: "boundary 100 is not thrown", input: { n: 100, code: "Big" }, tasks: [doubles], output: { value: 200 } },
      { name: "a task error of a caught name", input: { n: 5, code: "" }, tasks: [bind(step, failing("Zero", "from task"))], output: { caught: "Zero", cause: "from task" } },
      { name: "a task error of another name", input: { n: 5, code: "" }, tasks: [bind(step, failing("Other", "from task"))], error: "Other", cause: "from task" },
    ]);
  });

  it("a throw no catcher matches is a Fail", async () => {
    await expectSameBehaviour(flows.throwsPast, await compiled("throwsPast"), [
      { input: { n: -1 }, tasks: [doubles], error: "Negative", cause: "not caught here" },
      { input: { n: 1 }, tasks: [bind(step, failing("Busy"))], output: { busy: true } },
      { input: { n: 1 }, tasks: [doubles], output: { busy: false } },
    ]);
  });

  it("nested tries: inner catchers first, then outer; errors in the inner catch reach the outer", async () => {
    await expectSameBehaviour(flows.nested, await compiled("nested"), [
      { input: { n: 1 }, tasks: [doubles, audited], output: { inner: 2 } },
      { name: "inner catches, recovery works", input: { n: 1 }, tasks: () => [bind(step, flakyThen([new WorkflowError("Inner")], { value: 9 })), audited], output: { recovered: 9 } },
      { name: "inner catches, recovery fails", input: { n: 1 }, tasks: [bind(step, failing("Inner", "again")), audited], output: { outer: "Inner", cause: "again" } },
      { name: "inner rethrows to outer", input: { n: 1 }, tasks: [bind(step, failing("Other", "o")), audited], output: { outer: "Other", cause: "o" } },
      { name: "the inner handler's audit fails", input: { n: 1 }, tasks: [bind(step, failing("Inner")), bind(audit, failing("AuditDown"))], output: { outer: "AuditDown" } },
    ]);
    await expectSameBehaviour(flows.nestedByName, await compiled("nestedByName"), [
      { input: { n: 1 }, tasks: [doubles, audited], output: { outer: false } },
      { input: { n: 1 }, tasks: [bind(step, failing("Outer", "o")), audited], output: { outer: true } },
      { input: { n: 1 }, tasks: [bind(step, failing("Other", "o")), audited], error: "Other", cause: "o" },
      { input: { n: 1 }, tasks: [bind(step, failing("Other")), audited], error: "Other", cause: undefined },
      { input: { n: 1 }, tasks: [bind(step, failing("Other")), bind(audit, failing("Outer"))], output: { outer: true } },
    ]);
  });

  it("a States.ALL test is a lone, last Catcher", async () => {
    const definition = (await compiled("catchAllByName")).definition;
    expect((definition.States.step.Catch as { ErrorEquals: string[] }[]).map((c) => c.ErrorEquals)).toEqual([["Busy"], ["States.ALL"]]);
    await expectSameBehaviour(flows.catchAllByName, definition, [
      { input: { n: 1 }, tasks: [doubles], output: { ok: true } },
      { input: { n: 1 }, tasks: [bind(step, failing("Busy"))], output: { busy: "Busy" } },
      { input: { n: 1 }, tasks: [bind(step, failing("Never"))], output: { any: "Never" } },
    ]);
  });

  it("starts the variables when some failing states see the raw input and others the variables", async () => {
    const definition = (await compiled("mixedInputs")).definition;
    expect(definition.StartAt).toBe("Start variables");
    await expectSameBehaviour(flows.mixedInputs, definition, [
      { input: { n: 1 }, tasks: [doubles, audited], output: { last: 4 } },
      { name: "the first step fails", input: { n: 1 }, tasks: () => [bind(step, flakyThen([new WorkflowError("X")], { value: 5 })), audited], output: { last: 5 } },
      { name: "the second step fails", input: { n: 1 }, tasks: () => [bind(step, flakyThen([undefined as never, new WorkflowError("X")], { value: 5 })), audited], output: { last: 5 } },
      { name: "the audit fails", input: { n: 1 }, tasks: () => [doubles, bind(audit, flakyThen([new WorkflowError("A")], null))], output: { last: 4 } },
    ]);
  });

  it("tries in branches merge their flows", async () => {
    await expectSameBehaviour(flows.inBranches, await compiled("inBranches"), [
      { input: { n: 3, twice: true }, tasks: [doubles, audited], output: { result: 12 } },
      { input: { n: 3, twice: false }, tasks: [doubles, audited], output: { result: 0 } },
      { input: { n: 3, twice: true }, tasks: () => [bind(step, flakyThen([new WorkflowError("F")], { value: 7 })), audited], output: { result: 7 } },
      { input: { n: 3, twice: true }, tasks: [bind(step, failing("F")), audited], output: { result: -1 } },
      { input: { n: 3, twice: false }, tasks: [bind(step, failing("F")), audited], output: { result: -1 } },
    ]);
  });
});
