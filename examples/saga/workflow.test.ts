import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { saga } from "../../bench/scenarios/saga.js";
import { bookTrip } from "./workflow.js";

const compiled = () => compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "bookTrip");

describe("saga", () => {
  it("catches the car's sold-out error by name, every other failure with a catch-all that compensates", async () => {
    const { definition } = await compiled();
    const states = definition.States as Record<string, { Catch?: { ErrorEquals: string[] }[]; Retry?: unknown }>;
    expect(states.bookCar.Catch?.map((c) => c.ErrorEquals)).toEqual([["CarsSoldOut"], ["States.ALL"]]);
    // The compensation helper is inlined three times, each with the retry from its constant.
    const cancels = Object.entries(states).filter(([name]) => name.startsWith("cancelBooking"));
    expect(cancels).toHaveLength(3);
    for (const [, state] of cancels) expect(state.Retry).toEqual([{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 3, IntervalSeconds: 1, BackoffRate: 2 }]);
  });

  it("behaves as its TypeScript on every branch", async () => {
    await expectSameBehaviour(bookTrip, await compiled(), saga.cases);
  });
});
