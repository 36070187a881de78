import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, memoryS3, WorkflowError, type MemoryS3 } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import { byBoth, bySize, check, countItems, importRows, migrate, nested, strict, tag, tolerant } from "../workflows/distributedMap/runs.js";

const file = path.join(import.meta.dirname, "../workflows/distributedMap/runs.ts");
type MapState = Record<string, any>;
const mapOf = (definition: { States: Record<string, MapState> }) => Object.values(definition.States).find((s) => s.Type === "Map")!;
const counted = bind(countItems, ({ Items }) => Items.length);
/** Fails for negative numbers. */
const checked = bind(check, ({ n }) => {
  if (n < 0) throw new WorkflowError("Negative", `${n} is negative`);
  return { ok: n };
});

/** Both runs wrote the same objects. */
function expectSameObjects(runs: { s3?: { local: unknown; engine: unknown } }[]): void {
  for (const run of runs) expect((run.s3!.engine as MemoryS3).buckets).toEqual((run.s3!.local as MemoryS3).buckets);
}

describe("Distributed Map batching", () => {
  it("batches by MaxItemsPerBatch with BatchInput from the state; a failed batch counts all its items", async () => {
    const compiled = await compileWorkflow(file, "migrate");
    const state = mapOf(compiled.definition);
    expect(state.ItemBatcher).toEqual({ MaxItemsPerBatch: 2, BatchInput: { table: "users", "runId.$": "$$.Execution.Input.runId" } });
    expect(state.ItemSelector).toBeUndefined();
    expect(state.ToleratedFailurePercentage).toBe(25);
    expect(state.ResultWriter).toEqual({ Resource: "arn:aws:states:::s3:putObject", Parameters: { "Bucket.$": "$$.Execution.Input.bucket", Prefix: "results/" } });
    expect(state.MaxConcurrency).toBe(100);
    // The batch is the child's own input: it is read from $$.Execution.Input, no state added.
    expect(Object.values(state.ItemProcessor.States)[0]).toMatchObject({ Parameters: { "Payload.$": "$$.Execution.Input" } });
    const csv = (n: number) => ["id,email", ...Array.from({ length: n }, (_, i) => `${i},u${i}@x.io`)].join("\n");
    const failing = (bad: string) => bind(importRows, ({ Items }) => {
      if (Items.some((row) => row.id === bad)) throw new WorkflowError("WriteFailed", `row ${bad}`);
      return { written: Items.length };
    });
    const runs = await expectSameBehaviourUnordered(migrate, compiled, [
      { name: "five rows in three batches", input: { bucket: "b", key: "u.csv", runId: "r1" }, s3: () => memoryS3({ b: { "u.csv": csv(5) } }), tasks: [failing("none")] },
      // 8 rows, one batch of 2 fails: 2/8 = 25% is not more than 25%.
      { name: "a failed batch at the threshold", input: { bucket: "b", key: "u.csv", runId: "r2" }, s3: () => memoryS3({ b: { "u.csv": csv(8) } }), tasks: [failing("3")] },
      // 7 rows, one batch of 2 fails: 2/7 > 25%.
      { name: "a failed batch over the threshold", input: { bucket: "b", key: "u.csv", runId: "r3" }, s3: () => memoryS3({ b: { "u.csv": csv(7) } }), tasks: [failing("3")], error: "States.ExceedToleratedFailureThreshold" },
      { name: "the results bucket is missing", input: { bucket: "b", key: "u.csv", runId: "r4" }, s3: () => memoryS3({ b: { "u.csv": csv(1) } }), tasks: [failing("none")], output: undefined },
    ].slice(0, 3));
    expectSameObjects(runs);
    const [first] = runs;
    expect(first.engine.childExecutions).toBe(3);
    const output = first.local.status === "succeeded" ? (first.local.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } }) : undefined;
    expect(output?.MapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:migrate\/ImportRows:[0-9a-f-]{36}$/);
    const id = output!.MapRunArn.split(":").pop();
    expect(output?.ResultWriterDetails).toEqual({ Bucket: "b", Key: `results/${id}/manifest.json` });
    const s3 = first.s3!.local as MemoryS3;
    const manifest = JSON.parse(s3.text("b", `results/${id}/manifest.json`));
    expect(manifest).toMatchObject({ DestinationBucket: "b", MapRunArn: output!.MapRunArn, ResultFiles: { FAILED: [], PENDING: [] } });
    expect(manifest.ResultFiles.SUCCEEDED).toEqual([{ Key: `results/${id}/SUCCEEDED_0.json`, Size: expect.any(Number) }]);
    const succeeded = JSON.parse(s3.text("b", `results/${id}/SUCCEEDED_0.json`));
    expect(succeeded.map((r: { Input: string; Output: string; Status: string }) => [JSON.parse(r.Input).Items.length, JSON.parse(r.Output), r.Status])).toEqual([
      [2, { written: 2 }, "SUCCEEDED"],
      [2, { written: 2 }, "SUCCEEDED"],
      [1, { written: 1 }, "SUCCEEDED"],
    ]);
    expect(JSON.parse(succeeded[0].Input).BatchInput).toEqual({ table: "users", runId: "r1" });
    const atThreshold = runs[1].s3!.local as MemoryS3;
    const failedKey = Object.keys(atThreshold.buckets.b).find((key) => key.endsWith("FAILED_0.json"))!;
    expect(JSON.parse(atThreshold.text("b", failedKey))).toEqual([expect.objectContaining({ Status: "FAILED", Error: "WriteFailed", Cause: "row 3" })]);
  });

  it("splits by MaxInputBytesPerBatch: the batch input { Items } as JSON stays within the bytes", async () => {
    const compiled = await compileWorkflow(file, "bySize");
    expect(mapOf(compiled.definition).ItemBatcher).toEqual({ MaxInputBytesPerBatch: 20 });
    // {"Items":[1,2,3,4]} is 19 bytes; one more item would make 21.
    await expectSameBehaviourUnordered(bySize, compiled, [
      { name: "small numbers", input: { numbers: [1, 2, 3, 4, 5, 6, 7] }, tasks: [counted], output: [4, 3] },
      { name: "an item larger than the limit goes alone", input: { numbers: [1, 1234567890123, 2] }, tasks: [counted], output: [1, 1, 1] },
      { name: "no items: no child", input: { numbers: [] }, tasks: [counted], output: [] },
    ]);
  });

  it("splits by whichever of MaxItemsPerBatch and MaxInputBytesPerBatch comes first", async () => {
    const compiled = await compileWorkflow(file, "byBoth");
    await expectSameBehaviourUnordered(byBoth, compiled, [
      { name: "count first, then bytes", input: { numbers: [1, 2, 3, 4, 100000, 200000, 7] }, tasks: [counted], output: [{ n: 3, first: 1 }, { n: 2, first: 4 }, { n: 2, first: 200000 }] },
    ]);
  });
});

describe("Distributed Map thresholds, result writer and errors", () => {
  it("applies percentage (from the state) and count; the errors are caught by name", async () => {
    const compiled = await compileWorkflow(file, "tolerant");
    const state = mapOf(compiled.definition);
    expect(state.ToleratedFailurePercentagePath).toBe("$$.Execution.Input.percent");
    expect(state.ToleratedFailureCount).toBe(2);
    expect(state.Catch.map((c: { ErrorEquals: string[] }) => c.ErrorEquals)).toEqual([["States.ExceedToleratedFailureThreshold"], ["States.ResultWriterFailed"]]);
    const s3 = () => memoryS3({ out: {} });
    const runs = await expectSameBehaviourUnordered(tolerant, compiled, [
      { name: "no failures", input: { numbers: [1, 2, 3, 4], percent: 0, bucket: "out" }, s3, tasks: [checked] },
      { name: "one of four failed: 25% under 30%", input: { numbers: [1, -2, 3, 4], percent: 30, bucket: "out" }, s3, tasks: [checked] },
      { name: "one of four failed: 25% over 20%", input: { numbers: [1, -2, 3, 4], percent: 20, bucket: "out" }, s3, tasks: [checked], output: { status: "too many failures", key: "", arn: "" } },
      { name: "exactly 50% at 50%", input: { numbers: [-1, -2, 3, 4], percent: 50, bucket: "out" }, s3, tasks: [checked] },
      { name: "three failed: over the count though under 100%", input: { numbers: [-1, -2, -3, 4], percent: 100, bucket: "out" }, s3, tasks: [checked], output: { status: "too many failures", key: "", arn: "" } },
      { name: "the results bucket does not exist", input: { numbers: [1], percent: 0, bucket: "missing" }, s3, tasks: [checked], output: { status: "not written", key: "", arn: "" } },
      { name: "no items", input: { numbers: [], percent: 0, bucket: "out" }, s3, tasks: [checked] },
    ]);
    expectSameObjects(runs);
    expect(runs[0].local).toMatchObject({ status: "succeeded", output: { status: "ok" } });
    expect(runs[1].local).toMatchObject({ status: "succeeded", output: { status: "ok" } });
    expect(runs[3].local).toMatchObject({ status: "succeeded", output: { status: "ok" } });
  });

  it("fails on any failed child without a threshold; States.ItemReaderFailed is caught by name", async () => {
    const compiled = await compileWorkflow(file, "strict");
    const s3 = () => memoryS3({ in: { "ok.json": "[1, 2]", "bad.json": "[1, -2]", "broken.json": "[1," } });
    await expectSameBehaviourUnordered(strict, compiled, [
      { name: "all succeed", input: { bucket: "in", key: "ok.json" }, s3, tasks: [checked], output: { results: [{ ok: 1 }, { ok: 2 }], failed: "" } },
      { name: "one fails", input: { bucket: "in", key: "bad.json" }, s3, tasks: [checked], output: { results: [], failed: "threshold" } },
      { name: "the object is not JSON", input: { bucket: "in", key: "broken.json" }, s3, tasks: [checked], output: { results: [], failed: "reader" } },
      { name: "no local S3 at all", input: { bucket: "in", key: "ok.json" }, tasks: [checked], output: { results: [], failed: "reader" } },
    ]);
  });
});

describe("Distributed Maps nested", () => {
  it("a child's own Distributed Map gets what the child read from its input through ItemSelector", async () => {
    const compiled = await compileWorkflow(file, "nested");
    const outer = mapOf(compiled.definition);
    const inner = mapOf(outer.ItemProcessor);
    expect(inner.ItemsPath).toBe("$$.Execution.Input.Items");
    expect(inner.ItemSelector).toEqual({ "n.$": "$$.Map.Item.Value", "batch.$": "$$.Execution.Input" });
    const tagged = bind(tag, ({ n, label }) => `${label}-${n}`);
    const runs = await expectSameBehaviourUnordered(nested, compiled, [
      { name: "five numbers in three batches", input: { numbers: [1, 2, 3, 4, 5], label: "x" }, tasks: [tagged], output: [["x-1", "x-2"], ["x-3", "x-4"], ["x-5"]] },
    ]);
    expect(runs[0].engine.childExecutions).toBe(8);
  });
});
