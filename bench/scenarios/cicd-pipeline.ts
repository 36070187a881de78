/** The scenarios of examples/cicd-pipeline, run by its test, by bench/references.test.ts and by the bench. */
import { bind, codebuild, LOCAL_TASK_TOKEN, sns } from "@stepscript/dsl";
import type { CodeBuildStatus } from "@stepscript/runtime-types";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { releasePipeline, requestRelease } from "../../examples/cicd-pipeline/workflow.js";

const builds = (status: CodeBuildStatus) =>
  bind(codebuild.startBuild, ({ ProjectName, SourceVersion }) => ({
    Build: { Id: `${ProjectName}:${SourceVersion ?? ""}`, Arn: "arn", ProjectName, BuildStatus: ProjectName === "app-build" ? status : "SUCCEEDED", BuildComplete: true },
  }));
const published = bind(sns.publish, () => ({ MessageId: "m", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" } }));
const input = { commit: "abc123", environment: "prod" };

export const cicdPipeline: ExampleScenarios<typeof input> = {
  machine: "releasePipeline",
  workflow: releasePipeline,
  cases: [
    {
      name: "approved and deployed",
      input,
      tasks: [builds("SUCCEEDED"), published, bind(requestRelease, ({ taskToken }) => ({ approved: taskToken === LOCAL_TASK_TOKEN, by: "lead" }))],
      output: { commit: "abc123", deployed: true },
    },
    { name: "rejected", input, tasks: [builds("SUCCEEDED"), published, bind(requestRelease, () => ({ approved: false, by: "lead" }))], output: { commit: "abc123", deployed: false } },
    { name: "the build fails", input, tasks: [builds("FAILED")], error: "BuildFailed", cause: "build app-build:abc123 ended FAILED" },
    { name: "the build times out", input, tasks: [builds("TIMED_OUT")], error: "BuildFailed", cause: "build app-build:abc123 ended TIMED_OUT" },
    {
      name: "nobody approves in time",
      input,
      tasks: [builds("SUCCEEDED"), bind(requestRelease, () => { throw Object.assign(new Error("timed out"), { name: "States.Timeout" }); })],
      error: "States.Timeout",
    },
  ],
};
