import { athena, batch, glue, isError, sns, workflow, WorkflowError } from "@stepscript/dsl";

const DATABASE = "analytics";
const RESULTS = "s3://analytics-results/daily/";
const ALERTS = "arn:aws:sns:us-east-1:123456789012:etl-alerts";

/** Extract with Glue, transform with Batch (both run to completion with .sync), then query with Athena. */
export const dailyEtl = workflow({ comment: "Daily ETL: Glue extract, Batch transform, Athena report" }, async (input: { day: string }) => {
  const extract = await glue.startJobRun(
    { JobName: "extract-orders", Arguments: { "--day": input.day } },
    { retry: { errors: ["Glue.ConcurrentRunsExceededException"], intervalSeconds: 60, maxAttempts: 5, backoffRate: 2 } },
  );
  const transform = await batch.submitJob({
    JobName: `transform-${input.day}`,
    JobQueue: "etl-queue",
    JobDefinition: "transform-orders:3",
    Parameters: { day: input.day, run: extract.Id },
  });
  // A `.sync` call returns only a query that succeeded: a failed or cancelled one fails the task
  // with States.TaskFailed, so that is what the alert catches.
  try {
    const report = await athena.startQueryExecution({
      QueryString: "SELECT status, count(*) FROM orders WHERE day = ? GROUP BY status",
      ExecutionParameters: [input.day],
      QueryExecutionContext: { Database: DATABASE },
      ResultConfiguration: { OutputLocation: RESULTS },
    });
    return { day: input.day, glueRun: extract.Id, batchJob: transform.JobId, queryId: report.QueryExecution.QueryExecutionId };
  } catch (e) {
    if (isError(e, "States.TaskFailed")) {
      await sns.publish({ TopicArn: ALERTS, Subject: "ETL report failed", Message: { day: input.day } });
      throw new WorkflowError("ReportFailed", `the report of ${input.day} did not succeed`);
    }
    throw e;
  }
});
