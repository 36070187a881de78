/** The scenarios of examples/athena-polling, run by its test, by bench/references.test.ts and by the bench. */
import { bind } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import {
  athenaReport,
  getQuery,
  getResults,
  startQuery,
  type QueryExecutionResponse,
  type QueryResultsResponse,
  type ReportRequest,
} from "../../examples/athena-polling/workflow.js";

const request = (maxPolls = 3): ReportRequest => ({ sql: "SELECT count(*) FROM logs", workGroup: "primary", maxPolls });
const started = bind(startQuery, () => ({ QueryExecutionId: "q-1" }));
/** The answers of successive polls (the last repeats), and what getQueryResults returns. */
const polls = (answers: QueryExecutionResponse[], results: QueryResultsResponse = {}) => () => {
  let calls = 0;
  return [started, bind(getQuery, () => answers[Math.min(calls++, answers.length - 1)]), bind(getResults, () => results)];
};
const running: QueryExecutionResponse = { QueryExecution: { Status: { State: "RUNNING" } } };
const rows: QueryResultsResponse = { ResultSet: { Rows: [{ Data: [{ VarCharValue: "count" }] }, { Data: [{ VarCharValue: "42" }] }] } };

export const athenaPolling: ExampleScenarios<ReportRequest> = {
  machine: "athenaReport",
  workflow: athenaReport,
  cases: [
    {
      name: "succeeds on the second poll with statistics and a row",
      input: request(),
      tasks: polls([running, { QueryExecution: { Status: { State: "SUCCEEDED" }, Statistics: { DataScannedInBytes: 1024 } } }], rows),
      output: { queryId: "q-1", polls: 2, scannedBytes: 1024, firstValue: "42" },
    },
    {
      name: "succeeds with no statistics and only the header row",
      input: request(),
      tasks: polls([{ QueryExecution: { Status: { State: "SUCCEEDED" } } }], { ResultSet: { Rows: [{ Data: [{ VarCharValue: "count" }] }] } }),
      output: { queryId: "q-1", polls: 1, scannedBytes: 0, firstValue: "" },
    },
    {
      name: "an empty first value and zero bytes are kept",
      input: request(),
      tasks: polls([{ QueryExecution: { Status: { State: "SUCCEEDED" }, Statistics: { DataScannedInBytes: 0 } } }], { ResultSet: { Rows: [{}, { Data: [{ VarCharValue: "" }] }] } }),
      output: { queryId: "q-1", polls: 1, scannedBytes: 0, firstValue: "" },
    },
    {
      name: "no QueryExecution, no Status, no State: still running",
      input: request(3),
      tasks: polls([{}, { QueryExecution: {} }, { QueryExecution: { Status: {} } }]),
      error: "QueryTimedOut",
      cause: "query q-1 not done after 3 polls",
    },
    {
      name: "fails with a reason",
      input: request(),
      tasks: polls([running, { QueryExecution: { Status: { State: "FAILED", StateChangeReason: "SYNTAX_ERROR: line 1" } } }]),
      error: "QueryFailed",
      cause: "SYNTAX_ERROR: line 1",
    },
    {
      name: "cancelled without a reason",
      input: request(),
      tasks: polls([{ QueryExecution: { Status: { State: "CANCELLED" } } }]),
      error: "QueryFailed",
      cause: "query q-1 CANCELLED",
    },
    { name: "a zero budget still polls once", input: request(0), tasks: polls([running]), error: "QueryTimedOut", cause: "query q-1 not done after 1 polls" },
    {
      name: "Athena returns no id",
      input: request(),
      tasks: [bind(startQuery, () => ({})), bind(getQuery, () => running), bind(getResults, () => ({}))],
      error: "NoQueryId",
      cause: "Athena returned no QueryExecutionId",
    },
  ],
};
