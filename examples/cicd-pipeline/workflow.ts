import { codebuild, lambda, sns, waitForTaskToken, workflow, WorkflowError } from "@stepscript/dsl";

const RELEASES = "arn:aws:sns:us-east-1:123456789012:releases";

/** Posts the release to the team's chat with Approve/Reject buttons that call SendTaskSuccess with the token. */
export const requestRelease = lambda<
  { commit: string; buildId: string; taskToken: string },
  { approved: boolean; by: string }
>("arn:aws:lambda:us-east-1:123456789012:function:RequestRelease");

/** Build and test with CodeBuild (.sync), a person approves, then deploy with CodeBuild. */
export const releasePipeline = workflow(async (input: { commit: string; environment: string }) => {
  const build = await codebuild.startBuild({
    ProjectName: "app-build",
    SourceVersion: input.commit,
    EnvironmentVariablesOverride: [{ Name: "TARGET", Value: input.environment }],
  });
  if (build.Build.BuildStatus !== "SUCCEEDED") {
    throw new WorkflowError("BuildFailed", `build ${build.Build.Id} ended ${build.Build.BuildStatus}`);
  }
  const approval = await waitForTaskToken(
    (taskToken) => requestRelease({ commit: input.commit, buildId: build.Build.Id, taskToken }),
    { timeoutSeconds: 7200 },
  );
  if (!approval.approved) {
    await sns.publish({ TopicArn: RELEASES, Subject: "Release rejected", Message: { commit: input.commit, by: approval.by } });
    return { commit: input.commit, deployed: false };
  }
  const deploy = await codebuild.startBuild(
    { ProjectName: "app-deploy", SourceVersion: input.commit, EnvironmentVariablesOverride: [{ Name: "TARGET", Value: input.environment }] },
    { name: "Deploy", retry: { errors: ["CodeBuild.AccountLimitExceededException"], maxAttempts: 2 } },
  );
  await sns.publish({ TopicArn: RELEASES, Subject: "Released", Message: { commit: input.commit, deployBuild: deploy.Build.Id } });
  return { commit: input.commit, deployed: true };
});
