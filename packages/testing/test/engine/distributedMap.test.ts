// The reference engine's Distributed Map (src/distributedMap.ts), checked against what
// AWS documents for each field on hand-written definitions, not against the compiler.
import { describe, expect, it } from "vitest";
import { bind, memoryS3, task } from "@stepscript/dsl";
import { runOnEngine } from "../../src/index.js";

const echo = task<unknown, unknown>("arn:aws:states:::lambda:invoke");
/** A Lambda invoke whose function returns its payload, recorded as a call. */
const identity = bind(echo, (input) => ({ Payload: (input as { Payload: unknown }).Payload }));

/** A Distributed Map whose child returns what the function returned for its input. */
function distributedMap(fields: Record<string, unknown>, child: Record<string, unknown> = {}) {
  return {
    StartAt: "Map",
    States: {
      Map: {
        Type: "Map",
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "Process",
          States: {
            Process: {
              Type: "Task",
              Resource: "arn:aws:states:::lambda:invoke",
              Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Process", "Payload.$": "$" },
              OutputPath: "$.Payload",
              End: true,
              ...child,
            },
          },
        },
        End: true,
        ...fields,
      },
    },
  };
}

describe("the engine's ItemReader", () => {
  it("CSV with CSVHeaderLocation FIRST_ROW: each row an object of the header's names, every value a string", async () => {
    // AWS: "Step Functions uses the first line as the header… all values are treated as strings".
    const s3 = memoryS3({ bucket: { "ratings.csv": "rating,movieId,userId\n3.5,307,1\n4,481,1\n" } });
    const definition = distributedMap({
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" }, Parameters: { Bucket: "bucket", Key: "ratings.csv" } },
    });
    const run = await runOnEngine(definition, {}, { tasks: [identity], s3 });
    expect(run).toMatchObject({ status: "succeeded", output: [{ rating: "3.5", movieId: "307", userId: "1" }, { rating: "4", movieId: "481", userId: "1" }] });
  });

  it("ListObjectsV2: one item per object with Etag, Key, LastModified, Size and StorageClass", async () => {
    const s3 = memoryS3({ bucket: { "images/a.jpg": "abc" } });
    const definition = distributedMap({ ItemReader: { Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { Bucket: "bucket", Prefix: "images" } } });
    const run = await runOnEngine(definition, {}, { tasks: [identity], s3 });
    expect(run).toMatchObject({
      status: "succeeded",
      output: [{ Etag: '"900150983cd24fb0d6963f7d28e17f72"', Key: "images/a.jpg", LastModified: 0, Size: 3, StorageClass: "STANDARD" }],
    });
  });

  it("ReaderConfig.MaxItems limits the items read; ItemSelector builds each child's input with $$.Map.Item", async () => {
    const s3 = memoryS3({ bucket: { "a.json": "[10, 20, 30]" } });
    const definition = distributedMap({
      ItemReader: { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItems: 2 }, Parameters: { Bucket: "bucket", Key: "a.json" } },
      ItemSelector: { "value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "tag.$": "$.tag" },
    });
    const run = await runOnEngine(definition, { tag: "t" }, { tasks: [identity], s3 });
    expect(run).toMatchObject({ status: "succeeded", output: [{ value: 10, index: 0, tag: "t" }, { value: 20, index: 1, tag: "t" }] });
  });
});

describe("the engine's ItemBatcher", () => {
  it("MaxItemsPerBatch: children get { Items, BatchInput } of at most that many items", async () => {
    const definition = distributedMap({ ItemsPath: "$.items", ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { "factCheck.$": "$.check" } } });
    const run = await runOnEngine(definition, { items: [1, 2, 3], check: "yes" }, { tasks: [identity] });
    expect(run).toMatchObject({ status: "succeeded", output: [{ Items: [1, 2], BatchInput: { factCheck: "yes" } }, { Items: [3], BatchInput: { factCheck: "yes" } }] });
    expect(run.childExecutions).toBe(2);
  });

  it("MaxInputBytesPerBatch: a batch's input stays within the bytes", async () => {
    // {"Items":["aaaa","bbbb"]} is 25 bytes.
    const definition = distributedMap({ ItemsPath: "$", ItemBatcher: { MaxInputBytesPerBatch: 25 } });
    const run = await runOnEngine(definition, ["aaaa", "bbbb", "cccc"], { tasks: [identity] });
    expect(run).toMatchObject({ status: "succeeded", output: [{ Items: ["aaaa", "bbbb"] }, { Items: ["cccc"] }] });
  });
});

describe("the engine's tolerated failures and ResultWriter", () => {
  const failOdd = bind(echo, (input) => {
    const n = (input as { Payload: number }).Payload;
    if (n % 2 === 1) throw Object.assign(new Error(`odd ${n}`), { name: "Odd" });
    return { Payload: n };
  });

  it("fails with States.ExceedToleratedFailureThreshold when failed items are more than the percentage", async () => {
    const over = await runOnEngine(distributedMap({ ToleratedFailurePercentage: 40 }), [1, 2, 4, 6], { tasks: [failOdd] });
    expect(over).toMatchObject({ status: "succeeded", output: [null, 2, 4, 6] });
    const under = await runOnEngine(distributedMap({ ToleratedFailurePercentage: 20 }), [1, 2, 4, 6], { tasks: [failOdd] });
    expect(under).toMatchObject({ status: "failed", error: "States.ExceedToleratedFailureThreshold" });
    const none = await runOnEngine(distributedMap({}), [1, 2], { tasks: [failOdd] });
    expect(none).toMatchObject({ status: "failed", error: "States.ExceedToleratedFailureThreshold" });
    const count = await runOnEngine(distributedMap({ ToleratedFailureCountPath: "$$.Execution.Input.allowed", ItemsPath: "$.items" }), { items: [1, 3], allowed: 1 }, { tasks: [failOdd] });
    expect(count).toMatchObject({ status: "failed", error: "States.ExceedToleratedFailureThreshold" });
  });

  it("a failed batch counts every item of the batch", async () => {
    // One failed batch of 2 items out of 4 items: 50%.
    const definition = distributedMap({ ItemBatcher: { MaxItemsPerBatch: 2 }, ToleratedFailurePercentage: 49 }, { Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:Process", "Payload.$": "$.Items[0]" } });
    expect(await runOnEngine(definition, [1, 2, 4, 6], { tasks: [failOdd] })).toMatchObject({ status: "failed", error: "States.ExceedToleratedFailureThreshold" });
  });

  it("ResultWriter writes manifest.json and SUCCEEDED_0.json / FAILED_0.json under Prefix/<map run id>/ and returns where", async () => {
    const s3 = memoryS3({ out: {} });
    const definition = distributedMap({
      ToleratedFailureCount: 1,
      Label: "Odd",
      ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "out", Prefix: "jobs" } },
    });
    const run = await runOnEngine(definition, [1, 2], { tasks: [failOdd], s3, name: "machine" });
    if (run.status !== "succeeded") throw new Error("the run failed");
    const output = run.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    const id = output.MapRunArn.split(":").pop()!;
    expect(output.MapRunArn).toBe(`arn:aws:states:us-east-1:123456789012:mapRun:machine/Odd:${id}`);
    expect(output.ResultWriterDetails).toEqual({ Bucket: "out", Key: `jobs/${id}/manifest.json` });
    expect(Object.keys(s3.buckets.out).sort()).toEqual([`jobs/${id}/FAILED_0.json`, `jobs/${id}/SUCCEEDED_0.json`, `jobs/${id}/manifest.json`]);
    expect(JSON.parse(s3.text("out", `jobs/${id}/FAILED_0.json`))).toEqual([expect.objectContaining({ Status: "FAILED", Error: "Odd", Cause: "odd 1", Input: "1" })]);
    expect(JSON.parse(s3.text("out", `jobs/${id}/SUCCEEDED_0.json`))).toEqual([expect.objectContaining({ Status: "SUCCEEDED", Input: "2", Output: "2" })]);
  });

  it("counts child executions and their transitions apart from the parent's", async () => {
    const run = await runOnEngine(distributedMap({}), [2, 4, 6], { tasks: [identity] });
    expect(run).toMatchObject({ transitions: 1, childExecutions: 3, childTransitions: 3 });
  });
});
