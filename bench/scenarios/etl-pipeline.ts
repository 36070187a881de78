/** The scenarios of examples/etl-pipeline, run by its test, by bench/references.test.ts and by the bench. */
import { athena, batch, bind, glue, sns } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { dailyEtl } from "../../examples/etl-pipeline/workflow.js";

const extracted = bind(glue.startJobRun, ({ JobName }) => ({ Id: "jr-7", Attempt: 0, JobName, JobRunState: "SUCCEEDED" as const }));
const transformed = bind(batch.submitJob, ({ JobName, JobQueue, JobDefinition }) => ({
  JobId: "job-9", JobName, JobQueue, JobDefinition, Status: "SUCCEEDED" as const, StartedAt: 0,
}));
const queried = bind(athena.startQueryExecution, ({ QueryString }) => ({
  QueryExecution: { QueryExecutionId: "q-3", Query: QueryString, Status: { State: "SUCCEEDED" as const } },
}));
/** How a `.sync` query that does not succeed ends: the task fails (the Cause is the query's description). */
const queryFails = (error: string) =>
  bind(athena.startQueryExecution, () => {
    throw Object.assign(new Error(JSON.stringify({ QueryExecution: { QueryExecutionId: "q-3", Status: { State: "FAILED" } } })), { name: error });
  });
const alerted = bind(sns.publish, () => ({
  MessageId: "m", SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" },
}));

export const etlPipeline: ExampleScenarios<{ day: string }> = {
  machine: "dailyEtl",
  workflow: dailyEtl,
  cases: [
    {
      name: "the report succeeds",
      input: { day: "2026-01-02" },
      tasks: [extracted, transformed, queried, alerted],
      output: { day: "2026-01-02", glueRun: "jr-7", batchJob: "job-9", queryId: "q-3" },
    },
    {
      name: "the report fails: alert, then fail",
      input: { day: "2026-01-03" },
      tasks: [extracted, transformed, queryFails("States.TaskFailed"), alerted],
      error: "ReportFailed",
      cause: "the report of 2026-01-03 did not succeed",
    },
    { name: "an empty day fails the same way", input: { day: "" }, tasks: [extracted, transformed, queryFails("States.TaskFailed"), alerted], error: "ReportFailed", cause: "the report of  did not succeed" },
    {
      name: "any task error but a timeout is a failed report (States.TaskFailed matches them all)",
      input: { day: "2026-01-06" },
      tasks: [extracted, transformed, queryFails("Athena.TooManyRequestsException"), alerted],
      error: "ReportFailed",
    },
    { name: "the query's task times out: no alert", input: { day: "2026-01-07" }, tasks: [extracted, transformed, queryFails("States.Timeout"), alerted], error: "States.Timeout" },
    {
      name: "Glue busy once, then runs",
      input: { day: "2026-01-04" },
      tasks: () => {
        let glueAttempts = 0;
        return [transformed, queried, bind(glue.startJobRun, ({ JobName }) => {
          glueAttempts += 1;
          if (glueAttempts === 1) throw Object.assign(new Error("busy"), { name: "Glue.ConcurrentRunsExceededException" });
          return { Id: "jr-8", Attempt: 1, JobName, JobRunState: "SUCCEEDED" as const };
        })];
      },
      output: { day: "2026-01-04", glueRun: "jr-8", batchJob: "job-9", queryId: "q-3" },
    },
    {
      name: "the Batch job fails",
      input: { day: "2026-01-05" },
      tasks: [extracted, bind(batch.submitJob, () => { throw Object.assign(new Error("exit 1"), { name: "States.TaskFailed" }); })],
      error: "States.TaskFailed",
      cause: "exit 1",
    },
  ],
};
