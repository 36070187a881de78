import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import { audit, branchesWithIfs, promiseAllTasks, quote, reserve, score, singleAndMulti, voidBranch } from "../workflows/concurrency/parallel.js";

const file = path.join(import.meta.dirname, "../workflows/concurrency/parallel.ts");
const reserved = bind(reserve, ({ orderId }) => ({ reservationId: `res-${orderId}` }));
const quoted = bind(quote, ({ amount }) => ({ fee: amount / 10, currency: "EUR" }));
const logged = bind(audit, () => ({ logged: true }));
const failing = (name: string) => () => {
  throw Object.assign(new Error(`${name} is down`), { name: `${name}Down` });
};

describe("parallel", () => {
  it("runs a single-call branch and a multi-statement branch; destructuring reads the tuple", async () => {
    const compiled = await compileWorkflow(file, "singleAndMulti");
    const parallelState = compiled.definition.States.Parallel as { Branches: { States: Record<string, { OutputPath?: string }> }[] };
    // A single-call branch is one Task whose output is exactly the call's result.
    expect(Object.keys(parallelState.Branches[0].States)).toEqual(["reserve"]);
    expect(parallelState.Branches[0].States.reserve.OutputPath).toBe("$.Payload");
    await expectSameBehaviourUnordered(singleAndMulti, compiled, [
      { name: "both succeed", input: { orderId: "o-1", amount: 120 }, tasks: [reserved, quoted, logged], output: { reservationId: "res-o-1", fee: 12, logged: true } },
      { name: "fee 0 and not logged", input: { orderId: "o-2", amount: 0 }, tasks: [reserved, quoted, bind(audit, () => ({ logged: false }))], output: { reservationId: "res-o-2", fee: 0, logged: false } },
      { name: "an error in the single-call branch fails the whole", input: { orderId: "o-3", amount: 5 }, tasks: [bind(reserve, failing("Reserve")), quoted, logged], error: "ReserveDown", cause: "Reserve is down" },
      { name: "an error in the multi-statement branch fails the whole", input: { orderId: "o-4", amount: 5 }, tasks: [reserved, quoted, bind(audit, failing("Audit"))], error: "AuditDown" },
    ]);
  });

  it("reads outer variables in branches, with ifs, early returns and throws", async () => {
    const compiled = await compileWorkflow(file, "branchesWithIfs");
    const risky = (value: number) => bind(score, () => value);
    await expectSameBehaviourUnordered(branchesWithIfs, compiled, [
      { name: "high risk returns early", input: { orderId: "o-1", amount: 1 }, tasks: [risky(51), reserved], output: { results: ["review", 51], risk: 51 } },
      { name: "risk 50 reserves", input: { orderId: "o-2", amount: 1 }, tasks: [risky(50), reserved], output: { results: ["res-o-2", 50], risk: 50 } },
      { name: "risk 0", input: { orderId: "o-3", amount: 1, express: false }, tasks: [risky(0), reserved], output: { results: ["res-o-3", 0], risk: 0 } },
      { name: "express throws in a branch", input: { orderId: "o-4", amount: 1, express: true }, tasks: [risky(99), reserved], error: "ExpressUnavailable", cause: "no express today" },
    ]);
  });

  it("compiles Promise.all over task calls to a Parallel, and retries a parallel as a whole", async () => {
    const compiled = await compileWorkflow(file, "promiseAllTasks");
    const states = compiled.definition.States;
    expect(states.Parallel.Type).toBe("Parallel");
    expect(states["Parallel (2)"].Retry).toEqual([{ ErrorEquals: ["Flaky"], IntervalSeconds: 1, MaxAttempts: 2 }]);
    let attempts = 0;
    await expectSameBehaviourUnordered(promiseAllTasks, compiled, [
      { name: "all succeed", input: { orderId: "o-1", amount: 30 }, tasks: [reserved, quoted, logged], output: { id: "res-o-1", fee: 3 } },
      {
        name: "a flaky branch is retried",
        input: { orderId: "o-2", amount: 30 },
        tasks: () => {
          attempts = 0;
          return [reserved, quoted, bind(audit, () => {
            attempts += 1;
            if (attempts < 2) throw new WorkflowError("Flaky", "try again");
            return { logged: true };
          })];
        },
        output: { id: "res-o-2", fee: 3 },
      },
      { name: "retries run out", input: { orderId: "o-3", amount: 30 }, tasks: [reserved, quoted, bind(audit, () => { throw new WorkflowError("Flaky", "always"); })], error: "Flaky", cause: "always" },
      { name: "an error Promise.all does not retry", input: { orderId: "o-4", amount: 30 }, tasks: [reserved, bind(quote, failing("Quote"))], error: "QuoteDown" },
    ]);
  });

  it("gives null for a branch that returns nothing", async () => {
    const compiled = await compileWorkflow(file, "voidBranch");
    await expectSameBehaviourUnordered(voidBranch, compiled, [
      { input: { orderId: "o-1", amount: 1 }, tasks: [logged, bind(score, () => 7)], output: [null, 7] },
    ]);
  });
});
