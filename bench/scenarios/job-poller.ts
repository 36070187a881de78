/** The scenarios of examples/job-poller, run by its test, by bench/references.test.ts and by the bench. */
import { bind } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { jobStatus, pollJob, startJob, type JobRequest, type JobStatus } from "../../examples/job-poller/workflow.js";

const started = bind(startJob, ({ dataset }) => ({ jobId: `job-${dataset}` }));
/** The status answers of successive polls; the last repeats. */
const statuses = (...answers: JobStatus[]) => () => {
  let calls = 0;
  return [started, bind(jobStatus, () => answers[Math.min(calls++, answers.length - 1)])];
};
const running: JobStatus = { state: "RUNNING" };

export const jobPoller: ExampleScenarios<JobRequest> = {
  machine: "pollJob",
  workflow: pollJob,
  cases: [
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
  ],
};
