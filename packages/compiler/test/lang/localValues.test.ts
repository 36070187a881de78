import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { fetchOrder, processData } from "../workflows/lang/tasks.js";
import * as flows from "../workflows/lang/localValues.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/localValues.ts");
const compiled = (name: keyof typeof flows) => compileWorkflow(fixture, name);
const counts = bind(processData, ({ items, label }) => ({ count: items.length + (label === undefined ? 0 : label.length) }));

describe("local object variables", () => {
  it("reads the fields of literal, built, spread and computed objects (no doc comment hides a task)", async () => {
    const workflow = await compiled("localObjects");
    // The literal's fields are literals; the spread's overridden field is the literal itself.
    expect(JSON.stringify(workflow.definition)).toContain('"items":["a","b"]');
    expect(JSON.stringify(workflow.definition)).toContain('"tag":"fixed"');
    await expectSameBehaviour(flows.localObjects, workflow, [
      {
        name: "order with items",
        input: { id: "o1", extra: { label: "L", tag: "t" } },
        tasks: [counts, bind(fetchOrder, ({ id }) => ({ id, items: ["x", "y", "z"] }))],
        output: { status: "started", counts: [2, 11, 3], id: "o1", tag: "fixed" },
      },
      {
        name: "empty strings and no items",
        input: { id: "", extra: { label: "", tag: "" } },
        tasks: [counts, bind(fetchOrder, ({ id }) => ({ id, items: [], note: "n" }))],
        output: { status: "started", counts: [2, 6, 2], id: "", tag: "fixed" },
      },
    ]);
  });
});

describe("options from constants", () => {
  it("folds module-level and body-local consts (objects, arrays, fields of them) into the options", async () => {
    const workflow = await compiled("constantOptions");
    const states = workflow.definition.States as Record<string, { Retry?: unknown; TimeoutSeconds?: number }>;
    expect(states.fetchOrder.Retry).toEqual([
      { ErrorEquals: ["Throttled"], MaxAttempts: 3, IntervalSeconds: 1 },
      { ErrorEquals: ["States.Timeout"], MaxAttempts: 1 },
    ]);
    expect(states.fetchOrder.TimeoutSeconds).toBe(30);
    expect(states.processData.Retry).toEqual([{ ErrorEquals: ["Throttled"], MaxAttempts: 3, IntervalSeconds: 1 }]);
    expect(states.processData.TimeoutSeconds).toBe(10);
    let attempts = 0;
    await expectSameBehaviour(flows.constantOptions, workflow, [
      { name: "no failure", input: { id: "a" }, tasks: [counts, bind(fetchOrder, ({ id }) => ({ id, items: [id] }))], output: { count: 1 } },
      {
        name: "throttled twice, then done",
        input: { id: "b" },
        tasks: () => {
          attempts = 0;
          return [
            counts,
            bind(fetchOrder, ({ id }) => {
              attempts += 1;
              if (attempts < 3) throw new WorkflowError("Throttled", "slow down");
              return { id, items: [] };
            }),
          ];
        },
        output: { count: 0 },
      },
      {
        name: "throttled four times: the retries run out",
        input: { id: "c" },
        tasks: [counts, bind(fetchOrder, () => { throw new WorkflowError("Throttled", "always"); })],
        error: "Throttled",
        cause: "always",
      },
    ]);
  });
});
