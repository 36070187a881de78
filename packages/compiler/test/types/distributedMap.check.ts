// Type tests: checked by the root `tsc --noEmit`; each @ts-expect-error must be an error.
import { distributedMap, lambda, s3, workflow, type ResultWriterOutput, type S3ObjectItem } from "@stepscript/dsl";

interface Row { id: string; email: string }
const importRows = lambda<{ Items: Row[]; BatchInput: { table: string } }, { written: number }>("arn:aws:lambda:us-east-1:123456789012:function:I");
const saveRow = lambda<Row, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:S");

export const checks = workflow(async (input: { bucket: string; key: string; rows: Row[] }) => {
  // The example: the callback gets { Items, BatchInput }, the result is where the results went.
  const summary: ResultWriterOutput = await distributedMap(
    s3.csv<Row>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" }),
    (batch) => importRows(batch),
    { batch: { maxItems: 500, input: { table: "users" } }, toleratedFailurePercentage: 5, resultWriter: { Bucket: input.bucket, Prefix: "results/" } },
  );
  void summary.ResultWriterDetails.Key;

  // Unbatched: the callback gets one item; the result is the array of callback results.
  const saved: { ok: boolean }[] = await distributedMap(input.rows, (row) => saveRow(row));
  const listed: number[] = await distributedMap(s3.objects({ Bucket: input.bucket }), async (object: S3ObjectItem) => object.Size);
  // @ts-expect-error a batch is not a Row
  await distributedMap(input.rows, (batch) => saveRow(batch), { batch: { maxItems: 2 } });
  // @ts-expect-error without resultWriter the result is an array, not ResultWriterDetails
  void (await distributedMap(input.rows, (row) => saveRow(row))).ResultWriterDetails;
  // @ts-expect-error CSV values are strings
  s3.csv<{ id: number }>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" });
  // @ts-expect-error a JSON source needs a Key
  s3.json<Row>({ Bucket: input.bucket });
  return { saved, listed };
});
