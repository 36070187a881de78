import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, WorkflowError } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import { flaky } from "../workflows/errors/retry.js";
import * as flows from "../workflows/errors/retry.js";
import { failing, flakyThen } from "./helpers.js";

const fixture = path.join(import.meta.dirname, "../workflows/errors/retry.ts");
const compiled = (name: Exclude<keyof typeof flows, "flaky">) => compileWorkflow(fixture, name);
const errors = (...names: string[]) => names.map((name) => new WorkflowError(name, `${name} happened`));
const succeedsAfter = (names: string[], value = 7) => () => [bind(flaky, flakyThen(errors(...names), { value }))];

describe("retry policies", () => {
  it("emits every field in order", async () => {
    const { definition } = await compiled("policies");
    expect(Object.values(definition.States)[0].Retry).toEqual([
      { ErrorEquals: ["Busy"], MaxAttempts: 2 },
      { ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 3, MaxAttempts: 1, BackoffRate: 1.5, MaxDelaySeconds: 10, JitterStrategy: "FULL" },
    ]);
  });

  it("counts attempts per policy, the first matching policy in order", async () => {
    await expectSameBehaviour(flows.policies, await compiled("policies"), [
      { name: "first attempt succeeds", input: { n: 1 }, tasks: succeedsAfter([]), output: { value: 7 } },
      { name: "Busy twice, then success", input: { n: 1 }, tasks: succeedsAfter(["Busy", "Busy"]), output: { value: 7 } },
      { name: "Busy three times: out of attempts", input: { n: 1 }, tasks: succeedsAfter(["Busy", "Busy", "Busy"]), error: "Busy", cause: "Busy happened" },
      { name: "the second policy matches another error once", input: { n: 1 }, tasks: succeedsAfter(["Other"]), output: { value: 7 } },
      { name: "the second policy's one attempt is used up", input: { n: 1 }, tasks: succeedsAfter(["Other", "Other"]), error: "Other", cause: "Other happened" },
      { name: "each policy counts its own attempts", input: { n: 1 }, tasks: succeedsAfter(["Busy", "Other", "Busy"]), output: { value: 7 } },
      { name: "States.TaskFailed does not match States.Timeout", input: { n: 1 }, tasks: succeedsAfter(["States.Timeout"]), error: "States.Timeout" },
    ]);
  });

  it("maxAttempts 0 does not retry", async () => {
    await expectSameBehaviour(flows.noAttempts, await compiled("noAttempts"), [
      { input: { n: 1 }, tasks: succeedsAfter(["Busy"]), error: "Busy", cause: "Busy happened" },
      { input: { n: 1 }, tasks: succeedsAfter([]), output: { value: 7 } },
    ]);
  });

  it("retry: [] removes the default Lambda retrier, which otherwise retries Lambda errors three times", async () => {
    expect(Object.values((await compiled("noRetry")).definition.States)[0].Retry).toBeUndefined();
    await expectSameBehaviour(flows.noRetry, await compiled("noRetry"), [
      { input: { n: 1 }, tasks: succeedsAfter(["Lambda.ServiceException"]), error: "Lambda.ServiceException" },
    ]);
    await expectSameBehaviour(flows.defaultRetry, await compiled("defaultRetry"), [
      { input: { n: 1 }, tasks: succeedsAfter(["Lambda.ServiceException", "Lambda.TooManyRequestsException", "Lambda.SdkClientException"]), output: { value: 7 } },
      { input: { n: 1 }, tasks: succeedsAfter(["Lambda.ServiceException", "Lambda.ServiceException", "Lambda.ServiceException", "Lambda.ServiceException"]), error: "Lambda.ServiceException" },
      { name: "other errors are not retried", input: { n: 1 }, tasks: [bind(flaky, failing("Declined", "no"))], error: "Declined", cause: "no" },
    ]);
  });
});

describe("retry with catch", () => {
  it("catches on the first attempt or after the retries, rethrows the rest", async () => {
    const runs = await expectSameBehaviour(flows.retriedThenCaught, await compiled("retriedThenCaught"), [
      { name: "busy once, then success", input: { n: 1 }, tasks: succeedsAfter(["Busy"]), output: { value: 7 } },
      { name: "busy until the retries run out, then caught", input: { n: 1 }, tasks: succeedsAfter(["Busy", "Busy", "Busy"]), output: { gaveUp: "Busy" } },
      { name: "declined is caught at once", input: { n: 1 }, tasks: succeedsAfter(["Declined"]), output: { gaveUp: "Declined" } },
      { name: "another error is rethrown at once", input: { n: 1 }, tasks: succeedsAfter(["Other"]), error: "Other", cause: "Other happened" },
      { name: "busy, then another error: rethrown", input: { n: 1 }, tasks: succeedsAfter(["Busy", "Other"]), error: "Other", cause: "Other happened" },
    ]);
    expect(runs.map((r) => r.engine.calls.length)).toEqual([2, 3, 1, 1, 2]);
  });
});

describe("timeouts", () => {
  it("literal and variable task timeouts (the …Path forms), and the workflow's TimeoutSeconds", async () => {
    const { definition } = await compiled("timeouts");
    expect(definition.TimeoutSeconds).toBe(300);
    const [first, second] = Object.values(definition.States);
    expect(first).toMatchObject({ TimeoutSeconds: 30, HeartbeatSeconds: 10 });
    expect(second).toMatchObject({ TimeoutSecondsPath: "$$.Execution.Input.timeout", HeartbeatSecondsPath: "$$.Execution.Input.heartbeat" });
    await expectSameBehaviour(flows.timeouts, definition, [
      { input: { n: 1, timeout: 60, heartbeat: 5 }, tasks: [bind(flaky, ({ n }) => ({ value: n + 1 }))], output: { value: 3 } },
      { name: "a task timing out fails with States.Timeout", input: { n: 1, timeout: 60, heartbeat: 5 }, tasks: [bind(flaky, failing("States.Timeout"))], error: "States.Timeout" },
    ]);
  });
});

describe("dynamic throw outside try", () => {
  it("uses ErrorPath and CausePath, States.Format causes included", async () => {
    const { definition } = await compiled("dynamicThrow");
    const fails = Object.values(definition.States).filter((s) => s.Type === "Fail");
    expect(fails).toContainEqual({ Type: "Fail", ErrorPath: "$$.Execution.Input.code", CausePath: "$$.Execution.Input.reason" });
    expect(fails).toContainEqual({ Type: "Fail", Error: "TooBig", CausePath: "States.Format('{} > 100', $$.Execution.Input.n)" });
    await expectSameBehaviour(flows.dynamicThrow, definition, [
      { input: { n: -1, code: "Custom.Error", reason: "because" }, error: "Custom.Error", cause: "because" },
      { input: { n: 0, code: "Zero", reason: "input" }, error: "Zero", cause: "zero from input" },
      { input: { n: 0, code: "Zero", reason: "" }, error: "Zero", cause: "zero from " },
      { input: { n: 101, code: "x", reason: "y" }, error: "TooBig", cause: "101 > 100" },
      { input: { n: 100, code: "x", reason: "y" }, output: { n: 100 } },
    ]);
  });
});
