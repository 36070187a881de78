import { lambda, wait, workflow, WorkflowError } from "@stepscript/dsl";

export interface JobRequest {
  dataset: string;
  /** How many times to ask for the status before giving up. */
  maxAttempts: number;
}
export interface JobStatus {
  state: "RUNNING" | "SUCCEEDED" | "FAILED";
  outputUri?: string;
}

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

export const startJob = lambda<{ dataset: string }, { jobId: string }>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:StartJob`);
export const jobStatus = lambda<{ jobId: string }, JobStatus>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:JobStatus`);

/** Starts a long job, then polls its status every 30 seconds until it finishes or the attempts run out. */
export const pollJob = workflow({ comment: "Start a job and poll it until it is done" }, async (request: JobRequest) => {
  const job = await startJob({ dataset: request.dataset });
  let attempts = 0;
  while (true) {
    await wait({ seconds: 30 });
    const status = await jobStatus({ jobId: job.jobId });
    attempts++;
    if (status.state === "FAILED") {
      throw new WorkflowError("JobFailed", `job ${job.jobId} failed`);
    }
    if (status.state === "SUCCEEDED") {
      if (status.outputUri === undefined) return { jobId: job.jobId, attempts };
      return { jobId: job.jobId, attempts, outputUri: status.outputUri };
    }
    if (attempts >= request.maxAttempts) {
      throw new WorkflowError("JobTimedOut", `job ${job.jobId} still running after ${attempts} checks`);
    }
  }
});
