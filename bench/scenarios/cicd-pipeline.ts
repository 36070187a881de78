/** The scenarios of examples/cicd-pipeline, run by its test, by bench/references.test.ts and by the bench. */
import { bind, codebuild, LOCAL_TASK_TOKEN, sns } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { releasePipeline, requestRelease } from "../../examples/cicd-pipeline/workflow.js";

/** A `.sync` build that does not succeed fails the task with `error` (the Cause describes the build). */
const builds = (error?: string) =>
  bind(codebuild.startBuild, ({ ProjectName, SourceVersion }) => {
    if (error !== undefined && ProjectName === "app-build") throw Object.assign(new Error(`build ${ProjectName} ended`), { name: error });
    return { Build: { Id: `${ProjectName}:${SourceVersion ?? ""}`, Arn: "arn", ProjectName, BuildStatus: "SUCCEEDED" as const, BuildComplete: true } };
  });
const published = bind(sns.publish, () => ({ MessageId: "m", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" } }));
const input = { commit: "abc123", environment: "prod" };

export const cicdPipeline: ExampleScenarios<typeof input> = {
  machine: "releasePipeline",
  workflow: releasePipeline,
  cases: [
    {
      name: "approved and deployed",
      input,
      tasks: [builds(), published, bind(requestRelease, ({ taskToken }) => ({ approved: taskToken === LOCAL_TASK_TOKEN, by: "lead" }))],
      output: { commit: "abc123", deployed: true },
    },
    { name: "rejected", input, tasks: [builds(), published, bind(requestRelease, () => ({ approved: false, by: "lead" }))], output: { commit: "abc123", deployed: false } },
    { name: "the build fails", input, tasks: [builds("States.TaskFailed")], error: "BuildFailed", cause: "the build of abc123 did not succeed" },
    { name: "the commit is empty and the build fails", input: { commit: "", environment: "" }, tasks: [builds("States.TaskFailed")], error: "BuildFailed", cause: "the build of  did not succeed" },
    // States.TaskFailed matches every task error but States.Timeout.
    { name: "the build's task times out: not a failed build", input, tasks: [builds("States.Timeout")], error: "States.Timeout" },
    {
      name: "nobody approves in time",
      input,
      tasks: [builds(), bind(requestRelease, () => { throw Object.assign(new Error("timed out"), { name: "States.Timeout" }); })],
      error: "States.Timeout",
    },
  ],
};
