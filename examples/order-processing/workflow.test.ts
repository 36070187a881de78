import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { orderProcessing } from "../../bench/scenarios/order-processing.js";
import { processOrder } from "./workflow.js";

describe("order processing", () => {
  it("compiles to the states a careful engineer would write", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "processOrder");
    expect(Object.keys(compiled.definition.States)).toHaveLength(9);
  });

  it("behaves as its TypeScript on every branch", async () => {
    await expectSameBehaviour(processOrder, orderProcessing.cases);
  });
});
