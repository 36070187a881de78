// The CSV migration, as the bench runs it: one Lambda call per batch of 500 rows.
import { distributedMap, lambda, s3, workflow } from "@stepscript/dsl";

export interface Row { id: string; email: string }
export const importRows = lambda<{ Items: Row[]; BatchInput: { table: string } }, { written: number }>(
  "arn:aws:lambda:us-east-1:123456789012:function:ImportRows",
);

export const migrate = workflow(async (input: { bucket: string; key: string }) => {
  const summary = await distributedMap(
    s3.csv<Row>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" }),
    (batch) => importRows(batch),
    {
      maxConcurrency: 100,
      batch: { maxItems: 500, input: { table: "users" } },
      toleratedFailurePercentage: 5,
      executionType: "EXPRESS",
      resultWriter: { Bucket: input.bucket, Prefix: "results/" },
      label: "ImportRows",
    },
  );
  return summary;
});
