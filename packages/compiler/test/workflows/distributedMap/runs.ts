import { distributedMap, isError, lambda, s3, workflow, WorkflowError } from "@stepscript/dsl";

export interface Row { id: string; email: string }

export const importRows = lambda<{ Items: Row[]; BatchInput: { table: string; runId: string } }, { written: number }>(
  "arn:aws:lambda:us-east-1:123456789012:function:ImportRows",
);
export const countItems = lambda<{ Items: number[] }, number>("arn:aws:lambda:us-east-1:123456789012:function:CountItems");
export const check = lambda<{ n: number }, { ok: number }>("arn:aws:lambda:us-east-1:123456789012:function:Check");

/** The example: CSV rows in batches with BatchInput from the state, results written to S3. */
export const migrate = workflow(async (input: { bucket: string; key: string; runId: string }) => {
  const summary = await distributedMap(
    s3.csv<Row>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" }),
    (batch) => importRows(batch),
    {
      maxConcurrency: 100,
      batch: { maxItems: 2, input: { table: "users", runId: input.runId } },
      toleratedFailurePercentage: 25,
      executionType: "EXPRESS",
      resultWriter: { Bucket: input.bucket, Prefix: "results/" },
      label: "ImportRows",
    },
  );
  return summary;
});

/** Batches by size: MaxInputBytesPerBatch over `{ Items }` as JSON. */
export const bySize = workflow(async (input: { numbers: number[] }) => {
  return await distributedMap(input.numbers, (batch) => countItems(batch), { batch: { maxBytes: 20 } });
});

/** Batches by count and size at once. */
export const byBoth = workflow(async (input: { numbers: number[] }) => {
  return await distributedMap(input.numbers, async (batch) => {
    const n = await countItems(batch);
    return { n, first: batch.Items[0] };
  }, { batch: { maxItems: 3, maxBytes: 24 } });
});

/** Thresholds from the state and literal, with the result writer; each Distributed Map error caught by name. */
export const tolerant = workflow(async (input: { numbers: number[]; percent: number; bucket: string }) => {
  try {
    const written = await distributedMap(input.numbers, (n) => check({ n }), {
      toleratedFailurePercentage: input.percent,
      toleratedFailureCount: 2,
      resultWriter: { Bucket: input.bucket, Prefix: "out" },
      label: "Checks",
    });
    return { status: "ok", key: written.ResultWriterDetails.Key, arn: written.MapRunArn };
  } catch (e) {
    if (isError(e, "States.ExceedToleratedFailureThreshold")) return { status: "too many failures", key: "", arn: "" };
    if (isError(e, "States.ResultWriterFailed")) return { status: "not written", key: "", arn: "" };
    throw e;
  }
});

/** Without a threshold any failed child fails the run; ItemReaderFailed caught by name. */
export const strict = workflow(async (input: { bucket: string; key: string }) => {
  try {
    const results = await distributedMap(s3.json<number>({ Bucket: input.bucket, Key: input.key }), (n) => check({ n }));
    return { results, failed: "" };
  } catch (e) {
    if (isError(e, "States.ItemReaderFailed")) return { results: [], failed: "reader" };
    if (isError(e, "States.ExceedToleratedFailureThreshold")) return { results: [], failed: "threshold" };
    throw new WorkflowError("Unexpected", "another error");
  }
});

export const tag = lambda<{ n: number; label: string }, string>("arn:aws:lambda:us-east-1:123456789012:function:Tag");

/** A Distributed Map inside a batched child: the inner children read the outer batch's BatchInput. */
export const nested = workflow(async (input: { numbers: number[]; label: string }) => {
  return await distributedMap(input.numbers, async (batch) => {
    return await distributedMap(batch.Items, (n) => tag({ n, label: batch.BatchInput.label }));
  }, { batch: { maxItems: 2, input: { label: input.label } } });
});
