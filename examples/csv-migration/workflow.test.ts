import path from "node:path";
import { describe, expect, it } from "vitest";
import { bind, dynamodb, memoryS3, type MemoryS3 } from "@stepscript/dsl";
import { compileWorkflow } from "../../packages/compiler/test/harness/compile.js";
import { expectSameBehaviour } from "@stepscript/testing";
import { migrateUsers } from "./workflow.js";

const metadata = { SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" } };
const stored = bind(dynamodb.putItem, () => ({ ...metadata }));
/** The table refuses e-mails without an @. */
const validating = bind(dynamodb.putItem, ({ Item }) => {
  if (!JSON.stringify(Item).includes("@")) throw Object.assign(new Error("bad e-mail"), { name: "DynamoDB.ConditionalCheckFailedException" });
  return { ...metadata };
});
const csv = (rows: number, bad: readonly number[] = []) =>
  ["id,email", ...Array.from({ length: rows }, (_, i) => `${i},${bad.includes(i) ? "nobody" : `user${i}@example.com`}`)].join("\n");

describe("csv migration", () => {
  it("is a Distributed Map over the CSV with batches, EXPRESS children and a result writer", async () => {
    const compiled = await compileWorkflow(path.join(import.meta.dirname, "workflow.ts"), "migrateUsers");
    const state = Object.values(compiled.definition.States).find((s) => s.Type === "Map") as Record<string, any>;
    expect(state.ItemReader.ReaderConfig).toEqual({ InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" });
    expect(state.ItemBatcher).toEqual({ MaxItemsPerBatch: 500, BatchInput: { "table.$": "$$.Execution.Input.table" } });
    expect(state.ItemProcessor.ProcessorConfig).toEqual({ Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" });
    expect(state.ToleratedFailurePercentage).toBe(5);
    expect(state.Label).toBe("ImportRows");
  });

  it("behaves as its TypeScript: every row written, a failed batch counts all its rows", async () => {
    const input = { bucket: "imports", key: "users.csv", table: "users" };
    const runs = await expectSameBehaviour(migrateUsers, [
      { name: "1,200 rows in three batches", input, s3: () => memoryS3({ imports: { "users.csv": csv(1200) } }), tasks: [stored] },
      // The last row is bad: its batch of 200 fails, 200 of 1,200 rows (17%) is more than 5%.
      { name: "a failed batch over 5%", input, s3: () => memoryS3({ imports: { "users.csv": csv(1200, [1199]) } }), tasks: [validating], error: "States.ExceedToleratedFailureThreshold" },
      { name: "an empty file", input, s3: () => memoryS3({ imports: { "users.csv": "id,email\n" } }), tasks: [stored] },
    ], { calls: "unordered" });
    expect(runs.map((run) => run.engine.childExecutions)).toEqual([3, 3, 0]);
    for (const run of runs) expect((run.s3!.engine as MemoryS3).buckets).toEqual((run.s3!.local as MemoryS3).buckets);
    const manifestKey = Object.keys((runs[0].s3!.local as MemoryS3).buckets.imports).find((key) => key.endsWith("manifest.json"));
    expect(manifestKey).toMatch(/^results\/[0-9a-f-]{36}\/manifest\.json$/);
  });
});
