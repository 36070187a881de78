import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { jobPoller } from "../../bench/scenarios/job-poller.js";
import { pollJob } from "./workflow.js";

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
    await expectSameBehaviour(pollJob, jobPoller.cases);
  });
});
