// @stepscript/testing for users' suites: runCompiled's history and task inputs, and
// expectSameBehaviour compiling the workflow's own file and reporting real differences.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compile } from "@stepscript/compiler";
import { expectSameBehaviour, MissingImplementationError, runCompiled } from "../src/index.js";
import { charge, notify, processOrder, validateOrder, type Order } from "../../../examples/order-processing/workflow.js";

const ORDERS = resolve(import.meta.dirname, "../../../examples/order-processing/workflow.ts");
const order: Order = { orderId: "o-1", amount: 1500, customer: { email: "a@example.com", tier: "gold" } };
const tasks = [
  bind(validateOrder, (o) => ({ valid: o.orderId !== "" })),
  bind(charge, ({ orderId }) => ({ chargeId: `ch-${orderId}`, status: "settled" as const })),
  bind(notify, () => null),
];

async function compiledOrders() {
  const { workflows } = await compile({ files: [ORDERS], project: resolve(import.meta.dirname, "../../../examples/tsconfig.json") });
  return workflows.find((w) => w.exportName === "processOrder")!;
}

describe("runCompiled", () => {
  it("returns the output, every task's input, the transitions and the history", async () => {
    const run = await runCompiled(await compiledOrders(), order, { tasks: { validateOrder: () => ({ valid: true }), charge: () => ({ chargeId: "c", status: "settled" }), notify: () => null } });
    expect(run).toMatchObject({ status: "succeeded", output: { orderId: "o-1", chargeId: "c", status: "settled" } });
    expect(run.calls.map((c) => c.input)).toEqual([order, { orderId: "o-1", amount: 1500 }, { to: "a@example.com", subject: "Thank you for order o-1" }]);
    expect(run.transitions).toBe(6);
    expect(run.history.filter((e) => e.type.endsWith("StateEntered")).map((e) => (e.stateEnteredEventDetails as { name: string }).name)).toEqual([
      "validateOrder",
      "If !check.valid",
      "charge",
      "If payment.status === pending",
      "notify",
      "Return",
    ]);
  });

  it("names the tasks a run reached without an implementation", async () => {
    await expect(runCompiled(await compiledOrders(), order, { tasks: { validateOrder: () => ({ valid: true }) } })).rejects.toThrow(
      new MissingImplementationError(["charge"]),
    );
  });
});

describe("expectSameBehaviour", () => {
  it("compiles the workflow's own file and passes when both runs agree", async () => {
    const runs = await expectSameBehaviour(processOrder, [{ input: order }, { input: { ...order, orderId: "" }, error: "InvalidOrder" }], { tasks });
    expect(runs.map((r) => r.engine.status)).toEqual(["succeeded", "failed"]);
  });

  it("reports a compiled machine that behaves differently, whatever the test framework", async () => {
    const compiled = await compiledOrders();
    // A wrong compiler: the notification rule tests `>` instead of `>=`, so 1000 exactly differs.
    const wrong = structuredClone(compiled);
    const rule = (wrong.definition.States["If payment.status === pending"].Choices as Record<string, any>[])[1];
    rule.And[1] = { Variable: rule.And[1].Variable, NumericGreaterThan: 1000 };
    const boundary = { ...order, amount: 1000 };
    await expectSameBehaviour(processOrder, [{ input: boundary }], { tasks, compiled });
    await expect(expectSameBehaviour(processOrder, [{ name: "exactly 1000", input: boundary }], { tasks, compiled: wrong })).rejects.toThrow(
      /processOrder: 1 difference\(s\)\ncase "exactly 1000": the compiled ASL ran differently from the TypeScript/,
    );
  });

  it("reports an outcome that misses the one the case pins", async () => {
    await expect(expectSameBehaviour(processOrder, [{ name: "pinned", input: order, error: "InvalidOrder" }], { tasks })).rejects.toThrow(
      /case "pinned": the pinned outcome\n {2}expected: \{"error":"InvalidOrder","status":"failed"\}\n {2}actual: {3}\{"output":/,
    );
  });
});
