import { awsSdk, wait, workflow, WorkflowError } from "@stepscript/dsl";

export interface ReportRequest {
  sql: string;
  workGroup: string;
  /** How many times to ask for the query's state before giving up. */
  maxPolls: number;
}

/** The fields of Athena's GetQueryExecution response this workflow reads: AWS makes each optional. */
export interface QueryExecutionResponse {
  QueryExecution?: {
    QueryExecutionId?: string;
    Status?: { State?: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED"; StateChangeReason?: string };
    Statistics?: { DataScannedInBytes?: number };
  };
}
export interface QueryResultsResponse {
  ResultSet?: { Rows?: { Data?: { VarCharValue?: string }[] }[] };
}

export const startQuery = awsSdk<{ QueryString: string; WorkGroup: string }, { QueryExecutionId?: string }>("athena", "startQueryExecution");
export const getQuery = awsSdk<{ QueryExecutionId: string }, QueryExecutionResponse>("athena", "getQueryExecution");
export const getResults = awsSdk<{ QueryExecutionId: string; MaxResults: number }, QueryResultsResponse>("athena", "getQueryResults");

/**
 * Starts an Athena query and polls it every 5 seconds over the optional fields of the response,
 * then reads the first data row (row 0 is the header).
 */
export const athenaReport = workflow({ comment: "Run an Athena query and poll it until it is done" }, async (request: ReportRequest) => {
  const started = await startQuery({ QueryString: request.sql, WorkGroup: request.workGroup });
  const queryId = started.QueryExecutionId ?? "";
  if (queryId === "") throw new WorkflowError("NoQueryId", "Athena returned no QueryExecutionId");
  let polls = 0;
  while (true) {
    await wait({ seconds: 5 });
    const query = await getQuery({ QueryExecutionId: queryId });
    polls++;
    const state = query.QueryExecution?.Status?.State;
    if (state === "SUCCEEDED") {
      const results = await getResults({ QueryExecutionId: queryId, MaxResults: 2 });
      return {
        queryId,
        polls,
        scannedBytes: query.QueryExecution?.Statistics?.DataScannedInBytes ?? 0,
        firstValue: results.ResultSet?.Rows?.[1]?.Data?.[0]?.VarCharValue ?? "",
      };
    }
    if (state === "FAILED" || state === "CANCELLED") {
      throw new WorkflowError("QueryFailed", query.QueryExecution?.Status?.StateChangeReason ?? `query ${queryId} ${state}`);
    }
    if (polls >= request.maxPolls) throw new WorkflowError("QueryTimedOut", `query ${queryId} not done after ${polls} polls`);
  }
});
