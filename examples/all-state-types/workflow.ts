/**
 * The "all state types" workflow: Pass, Wait, Task, Choice, Parallel, Map (MaxConcurrency 2),
 * Succeed and Fail, written as the TypeScript they stand for.
 */
import { lambda, map, parallel, wait, workflow, WorkflowError } from "@stepscript/dsl";

export interface Item {
  id: number;
  value: number;
}
export interface Job {
  jobId: string;
  items: Item[];
}

const ACCOUNT = "123456789012";
const REGION = "ap-northeast-1";

export const processData = lambda<{ jobId: string; items: Item[] }, { success: boolean; batch: string }>(
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:ProcessData`,
);
export const processBranch1 = lambda<{ batch: string }, { summary: string }>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:ProcessBranch1`);
export const processBranch2 = lambda<{ batch: string }, { archived: boolean }>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:ProcessBranch2`);
export const processItem = lambda<Item, { id: number; doubled: number }>(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:ProcessItem`);

export const allStateTypes = workflow({ comment: "All Step Functions state types example" }, async (job: Job) => {
  let status = "started";
  await wait({ seconds: 3 });
  let taskResult: { success: boolean; batch: string };
  try {
    taskResult = await processData({ jobId: job.jobId, items: job.items });
  } catch {
    // The Task's Catch: any failure of the processing becomes ProcessingError.
    throw new WorkflowError("ProcessingError", "the data could not be processed");
  }
  if (!taskResult.success) {
    throw new WorkflowError("ProcessingError", "the data could not be processed");
  }
  if (taskResult.batch === "") {
    // Nothing to fan out: the task's own result is the output.
    return taskResult;
  }
  const [report, archive] = await parallel(
    () => processBranch1({ batch: taskResult.batch }),
    () => processBranch2({ batch: taskResult.batch }),
  );
  const results = await map(job.items, (item) => processItem(item), { maxConcurrency: 2 });
  if (archive.archived) {
    status = "archived";
  }
  return { status, summary: report.summary, results };
});
