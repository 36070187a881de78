import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as flows from "../workflows/lang/helpers.js";

const fixture = path.join(import.meta.dirname, "../workflows/lang/helpers.ts");
const refunded = bind(flows.refund, () => null);
/** Charges succeed with ids from the amounts, except the amounts in `declined`. */
const charges = (declined: number[]) => bind(flows.charge, ({ amount }) => ({ id: `c${amount % 10}`, ok: !declined.includes(amount) }));

describe("helpers", () => {
  it("are inlined at each call with their parameters bound; equal tails are shared", async () => {
    const workflow = await compileWorkflow(fixture, "helpers");
    const states = Object.values(workflow.definition.States) as { Type: string; Error?: string }[];
    // The throw after the first call and the one inside the try (to the Catcher) are one state each way out.
    expect(states.filter((s) => s.Type === "Fail" && s.Error === "ChargeFailed").length).toBe(1);
    // chargeOrFail's only return is its last statement: the calls read its value in place, no Pass holds it.
    expect(Object.keys(workflow.definition.States).filter((name) => name.startsWith("Set chargeOrFailResult"))).toEqual([]);
    await expectSameBehaviour(flows.helpers, workflow, [
      { name: "both charged", input: { a: 1, b: 2 }, tasks: [charges([]), refunded], output: { refunded: 2, labels: ["first", "second"] } },
      { name: "same charge", input: { a: 1, b: 11 }, tasks: [charges([]), refunded], output: { refunded: 1, labels: ["first"] } },
      { name: "second declined: compensate", input: { a: 3, b: 4 }, tasks: [charges([4]), refunded], output: { refunded: 1, labels: ["declined second"] } },
      { name: "first declined: fails", input: { a: 5, b: 6 }, tasks: [charges([5]), refunded], error: "ChargeFailed", cause: "declined first" },
      { name: "zero amounts", input: { a: 0, b: 0 }, tasks: [charges([]), refunded], output: { refunded: 1, labels: ["first"] } },
    ], { calls: "unordered" });
  });
});
