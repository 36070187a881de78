import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { checkoutScenarios } from "../../bench/scenarios/checkout.js";
import { checkout } from "./workflow.js";

describe("checkout", () => {
  it("compiles with one Catch per step and the finally block on each exit", async () => {
    const { definition } = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "checkout");
    // Each failure skips the compensation tests whose outcome is known where it happens: nothing
    // is charged when the reservation or the charge fails, nothing reserved when the reservation does.
    const caughtAt = (name: string) => definition.States[name].Catch;
    expect(caughtAt("reserveInventory")).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "If isError(e, Payments.CardDeclined)" }]);
    expect(caughtAt("chargeCard")).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "If reservationId !==" }]);
    expect(caughtAt("confirmOrder")).toEqual([{ ErrorEquals: ["States.ALL"], ResultPath: "$.e", Next: "If chargeId !==" }]);
    // The finally block after success, after a rethrow, and after the clearer error (which has a cause).
    expect(Object.keys(definition.States).filter((name) => name.startsWith("unlockCart"))).toHaveLength(3);
    expect(definition.States["Throw CheckoutDeclined"].Next).toBe("unlockCart (3)");
    expect(definition.States["unlockCart (3)"].Next).toBe("Rethrow");
  });

  it("behaves as its TypeScript on success, on each failure, and when compensation fails", async () => {
    await expectSameBehaviour(checkout, checkoutScenarios.cases);
  });
});
