import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/caught.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/caught.ts");
const compiled = (name: keyof typeof flows) => compileWorkflow(fixture, name);
const fails = (error: string, cause?: string) => bind(flows.charge, () => { throw new WorkflowError(error, cause); });
const charged = bind(flows.charge, ({ amount }) => ({ chargeId: `c${amount}` }));
const reported = bind(flows.report, () => null);

describe("caught errors without casts", () => {
  it("`e instanceof WorkflowError && e.error === \"X\"` at the top of the block is a Catcher by name", async () => {
    const workflow = await compiled("declined");
    const states = workflow.definition.States as Record<string, { Catch?: { ErrorEquals: string[] }[] }>;
    expect(states.charge.Catch?.map((c) => c.ErrorEquals)).toEqual([["CardDeclined"], ["Timeout", "Busy"]]);
    await expectSameBehaviour(flows.declined, workflow, [
      { name: "charged", input: { amount: 5 }, tasks: [charged, reported], output: { status: "charged", id: "c5" } },
      { name: "declined", input: { amount: 0 }, tasks: [fails("CardDeclined", "no funds"), reported], output: { status: "declined", id: "" } },
      { name: "busy", input: { amount: 1 }, tasks: [fails("Busy"), reported], output: { status: "later", id: "Busy" } },
      { name: "timeout", input: { amount: 1 }, tasks: [fails("Timeout", "t"), reported], output: { status: "later", id: "Timeout" } },
      { name: "another error propagates", input: { amount: 1 }, tasks: [fails("Other", "why"), reported], error: "Other", cause: "why" },
      { name: "a prefix of a name is another name", input: { amount: 1 }, tasks: [fails("CardDeclinedX", "x"), reported], error: "CardDeclinedX", cause: "x" },
    ]);
  });

  it("`isError(e)` with no names narrows e; e.error goes to a task at no extra state", async () => {
    const workflow = await compiled("guarded");
    const states = workflow.definition.States as Record<string, { Type: string; Parameters?: { Payload?: unknown } }>;
    // The report task reads the error output straight from where the Catcher stored it.
    expect(states.report.Parameters?.Payload).toEqual({ "error.$": "$.e.Error", stage: "guarded" });
    expect((states.charge as { Catch?: unknown }).Catch).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "report" }]);
    await expectSameBehaviour(flows.guarded, workflow, [
      { name: "no error", input: { amount: 1 }, tasks: [charged, reported], output: { reported: false, error: "" } },
      { name: "error with a cause", input: { amount: 1 }, tasks: [fails("Boom", "bad"), reported], output: { reported: true, error: "Boom: bad" } },
      { name: "empty cause", input: { amount: 1 }, tasks: [fails("Boom", ""), reported], output: { reported: true, error: "Boom: " } },
    ]);
  });

  it("`instanceof` inside the block is always true; `=== \"States.ALL\"` compares the name exactly", async () => {
    const workflow = await compiled("inside");
    expect(JSON.stringify(workflow.definition)).not.toContain("not a WorkflowError");
    await expectSameBehaviour(flows.inside, workflow, [
      { name: "no error", input: { amount: 1 }, tasks: [charged], output: { stage: "charging", error: "none" } },
      { name: "declined", input: { amount: 1 }, tasks: [fails("CardDeclined")], output: { stage: "failed charging", error: "declined" } },
      { name: "other", input: { amount: 1 }, tasks: [fails("States.TaskFailed", "x")], output: { stage: "failed charging", error: "States.TaskFailed" } },
    ]);
  });
});
