import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { jobStatus, pollJob, startJob, type JobStatus } from "./workflow.js";

const started = bind(startJob, ({ dataset }) => ({ jobId: `job-${dataset}` }));
/** The status answers of successive polls; the last repeats. */
const statuses = (...answers: JobStatus[]) => () => {
  let calls = 0;
  return [started, bind(jobStatus, () => answers[Math.min(calls++, answers.length - 1)])];
};
const running: JobStatus = { state: "RUNNING" };

describe("job poller", () => {
  it("compiles to start, then wait, poll, count and one Choice per iteration", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "pollJob");
    const states = compiled.definition.States;
    expect(Object.keys(states)).toHaveLength(9);
    // `let attempts = 0` rides on the first Task's ResultSelector instead of a Pass of its own.
    expect(states.startJob.ResultSelector).toEqual({ job: { "Payload.$": "$.Payload" }, attempts: { value: 0 } });
    // The tests of an iteration (failed, done with or without output, out of attempts) are one
    // Choice, whose Default is the loop's back edge.
    expect(states["If status.state === FAILED"]).toMatchObject({ Type: "Choice", Default: "Wait 30s" });
    expect((states["If status.state === FAILED"].Choices as unknown[]).length).toBe(4);
  });

  it("behaves as its TypeScript on every branch", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "pollJob");
    await expectSameBehaviour(pollJob, compiled, [
      {
        name: "done on the first poll",
        input: { dataset: "d", maxAttempts: 3 },
        tasks: statuses({ state: "SUCCEEDED", outputUri: "s3://out/d" }),
        output: { jobId: "job-d", attempts: 1, outputUri: "s3://out/d" },
      },
      {
        name: "done on the last allowed poll, without output",
        input: { dataset: "d", maxAttempts: 3 },
        tasks: statuses(running, running, { state: "SUCCEEDED" }),
        output: { jobId: "job-d", attempts: 3 },
      },
      {
        name: "gives up",
        input: { dataset: "d", maxAttempts: 3 },
        tasks: statuses(running),
        error: "JobTimedOut",
        cause: "job job-d still running after 3 checks",
      },
      { name: "job fails", input: { dataset: "x", maxAttempts: 5 }, tasks: statuses(running, { state: "FAILED" }), error: "JobFailed", cause: "job job-x failed" },
      {
        name: "a zero budget still polls once",
        input: { dataset: "d", maxAttempts: 0 },
        tasks: statuses(running),
        error: "JobTimedOut",
        cause: "job job-d still running after 1 checks",
      },
      {
        name: "the status task fails",
        input: { dataset: "d", maxAttempts: 3 },
        tasks: [started, bind(jobStatus, () => { throw Object.assign(new Error("no such job"), { name: "JobNotFound" }); })],
        error: "JobNotFound",
        cause: "no such job",
      },
    ]);
  });
});
