import { codebuild, isError, lambda, sns, waitForTaskToken, workflow, WorkflowError } from "@stepscript/dsl";

const RELEASES = "arn:aws:sns:us-east-1:123456789012:releases";

/** Posts the release to the team's chat with Approve/Reject buttons that call SendTaskSuccess with the token. */
export const requestRelease = lambda<
  { commit: string; buildId: string; taskToken: string },
  { approved: boolean; by: string }
>("arn:aws:lambda:us-east-1:123456789012:function:RequestRelease");

/** Build and test with CodeBuild (.sync), a person approves, then deploy with CodeBuild. */
export const releasePipeline = workflow(async (input: { commit: string; environment: string }) => {
  // A `.sync` build returns only once it has succeeded: a failed, stopped or timed-out build
  // fails the task with States.TaskFailed.
  let buildId = "";
  try {
    const build = await codebuild.startBuild({
      ProjectName: "app-build",
      SourceVersion: input.commit,
      EnvironmentVariablesOverride: [{ Name: "TARGET", Value: input.environment }],
    });
    buildId = build.Build.Id;
  } catch (e) {
    if (isError(e, "States.TaskFailed")) throw new WorkflowError("BuildFailed", `the build of ${input.commit} did not succeed`);
    throw e;
  }
  const approval = await waitForTaskToken(
    (taskToken) => requestRelease({ commit: input.commit, buildId, taskToken }),
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
