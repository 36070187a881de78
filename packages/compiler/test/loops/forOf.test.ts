import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { findLine, inspect, inspectAll, reassigned, ship, shipAll, shipUntilEmpty } from "../workflows/loops/index.js";

const fixture = (name: string) => path.join(import.meta.dirname, "../workflows/loops", `${name}.ts`);
const shipped = bind(ship, ({ sku, qty }) => ({ trackingId: `${sku}x${qty}` }));
const line = (sku: string, qty: number) => ({ sku, qty });

describe("for … of", () => {
  it("visits zero, one and many items in order", async () => {
    const compiled = await compileWorkflow(fixture("forOf"), "shipAll");
    await expectSameBehaviour(shipAll, compiled, [
      { name: "zero items", input: { orderId: "o", lines: [], limit: 0 }, tasks: [shipped], output: { count: 0, last: "none" } },
      { name: "one item", input: { orderId: "o", lines: [line("a", 1)], limit: 0 }, tasks: [shipped], output: { count: 1, last: "ax1" } },
      { name: "many items", input: { orderId: "o", lines: [line("a", 1), line("b", 2), line("c", 3)], limit: 0 }, tasks: [shipped], output: { count: 3, last: "cx3" } },
    ]);
  });

  it("costs the Choice and one Pass per iteration", async () => {
    const compiled = await compileWorkflow(fixture("forOf"), "shipAll");
    const states = compiled.definition.States;
    expect(states["Next line"]).toEqual({
      Type: "Pass",
      Parameters: {
        "i.$": "States.MathAdd($.lineLoop.i, 1)",
        "n.$": "$.lineLoop.n",
        "item.$": "States.ArrayGetItem($$.Execution.Input.lines, $.lineLoop.i)",
      },
      ResultPath: "$.lineLoop",
      Next: "ship",
    });
    // The loop's setup folds into the Pass that starts the variables (optimize/fusePasses.ts).
    expect(states["Set count"].Parameters).toMatchObject({ lineLoop: { i: 0, "n.$": "States.ArrayLength($$.Execution.Input.lines)" } });
  });

  it("breaks on the first and the last item and continues past skipped ones", async () => {
    const compiled = await compileWorkflow(fixture("forOf"), "shipUntilEmpty");
    const lines = [line("a", 2), line("b", 9), line("c", 3)];
    await expectSameBehaviour(shipUntilEmpty, compiled, [
      { name: "no break", input: { orderId: "o", lines, limit: 5 }, tasks: [shipped], output: { shipped: 5 } },
      { name: "break on the first", input: { orderId: "o", lines: [line("z", 0), ...lines], limit: 5 }, tasks: [shipped], output: { shipped: 0 } },
      { name: "break on the last", input: { orderId: "o", lines: [...lines, line("z", 0)], limit: 5 }, tasks: [shipped], output: { shipped: 5 } },
      { name: "continue on every item", input: { orderId: "o", lines, limit: 1 }, tasks: [shipped], output: { shipped: 0 } },
      { name: "limit boundary is shipped", input: { orderId: "o", lines, limit: 9 }, tasks: [shipped], output: { shipped: 14 } },
      { name: "empty", input: { orderId: "o", lines: [], limit: 9 }, tasks: [shipped], output: { shipped: 0 } },
    ]);
  });

  it("returns from inside the loop, or fails after it", async () => {
    const compiled = await compileWorkflow(fixture("forOf"), "findLine");
    const lines = [line("a", 1), line("b", 2), line("a", 3)];
    await expectSameBehaviour(findLine, compiled, [
      { name: "first match", input: { lines, sku: "a" }, output: line("a", 1) },
      { name: "last item", input: { lines, sku: "b" }, output: line("b", 2) },
      { name: "no match", input: { lines, sku: "c" }, error: "NotFound", cause: "no such line" },
      { name: "empty", input: { lines: [], sku: "a" }, error: "NotFound" },
    ]);
  });

  it("nests, breaks the inner loop only, and stops when a task in the loop fails", async () => {
    const compiled = await compileWorkflow(fixture("nested"), "inspectAll");
    const part = (name: string, broken = false) => ({ name, broken });
    const boxes = [
      { id: "b1", parts: [part("p1"), part("p2")] },
      { id: "b2", parts: [part("p3"), part("p4", true), part("p5")] },
      { id: "b3", parts: [] },
      { id: "b4", parts: [part("p6")] },
    ];
    const ok = bind(inspect, () => ({ ok: true }));
    await expectSameBehaviour(inspectAll, compiled, [
      { name: "no boxes", input: { boxes: [] }, tasks: [ok], output: { checked: 0, lastBroken: "none" } },
      { name: "all boxes", input: { boxes }, tasks: [ok], output: { checked: 4, lastBroken: "b2" } },
      { name: "rejected part", input: { boxes }, tasks: [bind(inspect, ({ part }) => ({ ok: part !== "p3" }))], error: "Rejected", cause: "part p3 of b2" },
      {
        name: "task fails inside the inner loop",
        input: { boxes },
        tasks: [bind(inspect, ({ part }) => {
          if (part === "p2") throw new WorkflowError("InspectorDown", "try later");
          return { ok: true };
        })],
        error: "InspectorDown",
        cause: "try later",
      },
    ]);
  });

  it("iterates the array it started with when the body reassigns it", async () => {
    const compiled = await compileWorkflow(fixture("nested"), "reassigned");
    await expectSameBehaviour(reassigned, compiled, [
      { input: { names: [] }, output: { visited: 0, names: [] } },
      { input: { names: ["a", "b", "c"] }, output: { visited: 3, names: ["c"] } },
    ]);
  });

});
