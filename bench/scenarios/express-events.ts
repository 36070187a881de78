/** The scenarios of examples/express-events, run by its test, by bench/references.test.ts and by the bench. */
import { bind, dynamodb, eventBridge } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { ingestReading, type Reading } from "../../examples/express-events/workflow.js";

const metadata = { SdkHttpMetadata: { AllHttpHeaders: {}, HttpHeaders: {}, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: "r" } };
const reading = (temperature: number): Reading => ({ deviceId: "d-1", temperature, at: "2026-01-01T00:00:00Z" });
const known = bind(dynamodb.getItem, ({ Key }) => ({ ...metadata, Item: { deviceId: Key.deviceId, status: { S: "ok" } } }));
const unknown = bind(dynamodb.getItem, () => ({ ...metadata }));
const stored = bind(dynamodb.putItem, () => ({ ...metadata }));
const published = bind(eventBridge.putEvents, () => ({ Entries: [{ EventId: "e" }], FailedEntryCount: 0 }));

export const expressEvents: ExampleScenarios<Reading> = {
  machine: "ingestReading",
  workflow: ingestReading,
  cases: [
    { name: "known device, cool", input: reading(20), tasks: [known, stored, published], output: { deviceId: "d-1", status: "ok" } },
    { name: "known device at the threshold", input: reading(80), tasks: [known, stored, published], output: { deviceId: "d-1", status: "hot" } },
    { name: "just below", input: reading(79.9), tasks: [known, stored, published], output: { deviceId: "d-1", status: "ok" } },
    { name: "new device, hot: registered and alerted", input: reading(95), tasks: [unknown, stored, published], output: { deviceId: "d-1", status: "hot" } },
    { name: "new device, 0 degrees", input: reading(0), tasks: [unknown, stored, published], output: { deviceId: "d-1", status: "ok" } },
    {
      name: "throttled table",
      input: reading(10),
      tasks: [known, published, bind(dynamodb.putItem, () => { throw Object.assign(new Error("slow down"), { name: "DynamoDB.ProvisionedThroughputExceededException" }); })],
      error: "DynamoDB.ProvisionedThroughputExceededException",
      cause: "slow down",
    },
  ],
};
