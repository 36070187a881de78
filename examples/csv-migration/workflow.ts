/**
 * CSV-to-DynamoDB migration: a Distributed Map reads the CSV straight from S3, 500 rows to a
 * batch; each EXPRESS child writes its rows with the DynamoDB PutItem integration (no Lambda).
 * Up to 5% of the rows may fail; the children's results are written back to S3.
 */
import { distributedMap, dynamodb, map, s3, workflow } from "@stepscript/dsl";

export interface UserRow { id: string; email: string }

export const migrateUsers = workflow(async (input: { bucket: string; key: string; table: string }) => {
  const summary = await distributedMap(
    s3.csv<UserRow>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" }),
    async (batch) => {
      await map(
        batch.Items,
        (row) => dynamodb.putItem({ TableName: batch.BatchInput.table, Item: { id: { S: row.id }, email: { S: row.email } } }),
        { maxConcurrency: 10 },
      );
      return { written: batch.Items.length };
    },
    {
      maxConcurrency: 100,
      batch: { maxItems: 500, input: { table: input.table } },
      toleratedFailurePercentage: 5,
      executionType: "EXPRESS",
      resultWriter: { Bucket: input.bucket, Prefix: "results/" },
      label: "ImportRows",
    },
  );
  return summary;
});
