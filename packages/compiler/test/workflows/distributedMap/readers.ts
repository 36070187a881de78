import { distributedMap, lambda, s3, workflow } from "@stepscript/dsl";

export interface Row { id: string; email: string }
export interface Order { orderId: string; amount: number }

export const saveRow = lambda<Row, { saved: string }>("arn:aws:lambda:us-east-1:123456789012:function:SaveRow");
export const sizeOf = lambda<{ key: string; size: number }, number>("arn:aws:lambda:us-east-1:123456789012:function:SizeOf");
export const charge = lambda<Order & { currency: string }, { charged: number }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");

/** CSV with a header row, one child per row. */
export const csvRows = workflow(async (input: { bucket: string; key: string }) => {
  const saved = await distributedMap(s3.csv<Row>({ Bucket: input.bucket, Key: input.key }, { header: "firstRow" }), (row) => saveRow(row), { label: "SaveRows" });
  return { saved };
});

/** CSV with given columns and another delimiter, at most three items. */
export const csvGivenHeader = workflow(async (input: { bucket: string }) => {
  return await distributedMap(
    s3.csv<Row>({ Bucket: input.bucket, Key: "people.psv" }, { header: ["id", "email"], delimiter: "PIPE", maxItems: 3 }),
    (row) => saveRow(row),
  );
});

/** A listing: the items are the objects under the prefix. */
export const listing = workflow(async (input: { bucket: string; prefix: string }) => {
  return await distributedMap(s3.objects({ Bucket: input.bucket, Prefix: input.prefix }), (object) => sizeOf({ key: object.Key, size: object.Size }), {
    maxConcurrency: 2,
  });
});

/** A JSON array, with an outer variable and the workflow's input read inside the child. */
export const jsonOrders = workflow(async (input: { bucket: string; key: string; currency: string }) => {
  const bonus = input.currency === "EUR" ? 1 : 0;
  const charged = await distributedMap(s3.json<Order>({ Bucket: input.bucket, Key: input.key }), async (order) => {
    const result = await charge({ ...order, currency: input.currency });
    return { orderId: order.orderId, charged: result.charged, bonus };
  });
  return charged;
});

/** JSON Lines. */
export const jsonlOrders = workflow(async (input: { bucket: string; key: string }) => {
  return await distributedMap(s3.jsonl<Order>({ Bucket: input.bucket, Key: input.key }), (order) => charge({ ...order, currency: "USD" }), {
    executionType: "EXPRESS",
  });
});

/** An S3 inventory manifest. */
export const inventory = workflow(async (input: { bucket: string; manifest: string }) => {
  return await distributedMap(s3.manifest({ Bucket: input.bucket, Key: input.manifest }), (object) => sizeOf({ key: object.Key, size: 0 }));
});

/** An array already in the state. */
export const fromState = workflow(async (input: { orders: Order[] }) => {
  return await distributedMap(input.orders, (order) => charge({ ...order, currency: "EUR" }), { maxConcurrency: 10 });
});
