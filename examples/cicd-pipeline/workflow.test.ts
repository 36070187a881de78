import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, codebuild, LOCAL_TASK_TOKEN, sns } from "@stepscript/dsl";
import type { CodeBuildStatus } from "@stepscript/runtime-types";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "../../packages/compiler/test/harness/differential.js";
import { releasePipeline, requestRelease } from "./workflow.js";

const builds = (status: CodeBuildStatus) =>
  bind(codebuild.startBuild, ({ ProjectName, SourceVersion }) => ({
    Build: { Id: `${ProjectName}:${SourceVersion ?? ""}`, Arn: "arn", ProjectName, BuildStatus: ProjectName === "app-build" ? status : "SUCCEEDED", BuildComplete: true },
  }));
const published = bind(sns.publish, () => ({ MessageId: "m", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" } }));
const input = { commit: "abc123", environment: "prod" };

describe("CI/CD pipeline", () => {
  it("builds with .sync and waits for approval with the task token", async () => {
    const { definition } = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "releasePipeline");
    expect(definition.States["codebuild.startBuild"]).toMatchObject({
      Resource: "arn:aws:states:::codebuild:startBuild.sync",
      Parameters: { ProjectName: "app-build", "SourceVersion.$": "$$.Execution.Input.commit", EnvironmentVariablesOverride: [{ Name: "TARGET", "Value.$": "$$.Execution.Input.environment" }] },
    });
    expect(definition.States.requestRelease).toMatchObject({ Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken", TimeoutSeconds: 7200 });
    expect(definition.States.Deploy).toMatchObject({ Resource: "arn:aws:states:::codebuild:startBuild.sync" });
  });

  it("behaves as its TypeScript", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "releasePipeline");
    await expectSameBehaviour(releasePipeline, compiled, [
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
    ]);
  });
});
