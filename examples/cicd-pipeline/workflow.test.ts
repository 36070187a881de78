import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { cicdPipeline } from "../../bench/scenarios/cicd-pipeline.js";
import { releasePipeline } from "./workflow.js";

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
    await expectSameBehaviour(releasePipeline, cicdPipeline.cases);
  });
});
