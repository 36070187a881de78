/**
 * A map run as Step Functions runs one, shared by the local meaning of `distributedMap` and the
 * reference engine's Distributed Map: batching (ItemBatcher), one child execution per item or
 * batch, the tolerated failure thresholds, and the result files (ResultWriter) laid out as AWS
 * lays them out.
 */
import { createHash } from "node:crypto";
import { WorkflowError } from "../errors.js";
import type { Json } from "../json.js";
import type { LocalS3 } from "./localS3.js";

export const EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
export const RESULT_WRITER_FAILED = "States.ResultWriterFailed";
/** ItemBatcher's hard limit and the payload limit of a child execution's input. */
export const MAX_BATCH_BYTES = 262144;

export interface BatchSpec {
  maxItems?: number;
  maxBytes?: number;
  /** BatchInput, resolved. */
  input?: Json;
}

export type ChildOutcome = { status: "SUCCEEDED"; output: Json } | { status: "FAILED"; error: string; cause: string | undefined };

export interface MapRunSpec {
  /** The items after ItemSelector. */
  items: readonly Json[];
  batch?: BatchSpec;
  /** 0: no limit. */
  maxConcurrency: number;
  toleratedFailurePercentage?: number;
  toleratedFailureCount?: number;
  resultWriter?: { bucket: string; prefix: string };
  mapRunArn: string;
}

/** The output of a map run that has a ResultWriter. */
export interface ResultWriterOutput {
  MapRunArn: string;
  ResultWriterDetails: { Bucket: string; Key: string };
}

/**
 * Runs the children and returns the map run's output: the children's outputs in item order, or
 * the ResultWriter's details. Every child runs before the thresholds are applied (Step Functions
 * may stop starting children once a threshold is exceeded; which items then ran is not defined,
 * so this run does not guess).
 */
export async function runMapRun(
  spec: MapRunSpec,
  runChild: (input: Json, index: number) => Promise<ChildOutcome>,
  s3: LocalS3 | undefined,
): Promise<Json> {
  const inputs = spec.batch ? batchItems(spec.items, spec.batch) : [...spec.items];
  const sizes = spec.batch ? inputs.map((input) => (input as { Items: Json[] }).Items.length) : inputs.map(() => 1);
  const outcomes = await pool(inputs, runChild, spec.maxConcurrency);
  if (spec.resultWriter) await writeResults(spec, inputs, outcomes, s3);
  const failedItems = outcomes.reduce((sum, outcome, i) => sum + (outcome.status === "FAILED" ? sizes[i] : 0), 0);
  if (thresholdExceeded(failedItems, spec.items.length, spec)) {
    throw new WorkflowError(
      EXCEED_TOLERATED_FAILURE_THRESHOLD,
      `The Map Run failed: ${failedItems} of ${spec.items.length} items failed, more than the tolerated failure threshold allows`,
    );
  }
  if (spec.resultWriter) return resultWriterOutput(spec) as unknown as Json;
  return outcomes.map((outcome) => (outcome.status === "SUCCEEDED" ? outcome.output : null));
}

/**
 * Batches in item order: each holds as many items as `maxItems` allows and as keep its input
 * (`{ Items, BatchInput }` as JSON) within `maxBytes` and the 256 KiB limit. A batch always holds
 * at least one item.
 */
export function batchItems(items: readonly Json[], batch: BatchSpec): Json[] {
  const maxBytes = Math.min(batch.maxBytes ?? MAX_BATCH_BYTES, MAX_BATCH_BYTES);
  const inputOf = (list: Json[]): Json => (batch.input !== undefined ? { Items: list, BatchInput: batch.input } : { Items: list });
  // The input's size is the empty batch's plus each item and the commas between items.
  const empty = byteLength(inputOf([]));
  const batches: Json[][] = [];
  let current: Json[] = [];
  let bytes = empty;
  for (const item of items) {
    const size = byteLength(item);
    const full = batch.maxItems !== undefined && current.length >= batch.maxItems;
    if (current.length > 0 && (full || bytes + 1 + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = empty;
    }
    bytes += size + (current.length > 0 ? 1 : 0);
    current.push(item);
  }
  if (current.length > 0) batches.push(current);
  return batches.map(inputOf);
}

export function byteLength(value: Json): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}

/**
 * Without a threshold any failed item fails the run; with one (or both), the run fails when the
 * failed items are more than the count or more than the percentage of all items.
 */
export function thresholdExceeded(
  failedItems: number,
  totalItems: number,
  spec: Pick<MapRunSpec, "toleratedFailurePercentage" | "toleratedFailureCount">,
): boolean {
  const { toleratedFailurePercentage: percentage, toleratedFailureCount: count } = spec;
  if (percentage === undefined && count === undefined) return failedItems > 0;
  if (count !== undefined && failedItems > count) return true;
  return percentage !== undefined && totalItems > 0 && (failedItems / totalItems) * 100 > percentage;
}

async function pool<T, R>(inputs: readonly T[], run: (input: T, index: number) => Promise<R>, limit: number): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await run(inputs[index], index);
    }
  };
  const workers = Math.min(limit > 0 ? limit : inputs.length, inputs.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** `arn:aws:states:<region>:<account>:mapRun:<machine>/<label>:<id>`, the id fixed by the execution, label and ordinal so reruns agree. */
export function mapRunArn(stateMachineArn: string, executionArn: string, label: string, ordinal: number): string {
  const [, partition, , region, account, , machine] = stateMachineArn.split(":");
  return `arn:${partition}:states:${region}:${account}:mapRun:${machine}/${label}:${uuidFrom(`${executionArn}/${label}/${ordinal}`)}`;
}

function uuidFrom(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function runParts(spec: MapRunSpec): { id: string; childMachineArn: string; prefix: string } {
  const [arn, id] = [spec.mapRunArn.slice(0, spec.mapRunArn.lastIndexOf(":")), spec.mapRunArn.slice(spec.mapRunArn.lastIndexOf(":") + 1)];
  const prefix = spec.resultWriter!.prefix.replace(/\/+$/, "");
  return { id, childMachineArn: arn.replace(":mapRun:", ":stateMachine:"), prefix: prefix === "" ? id : `${prefix}/${id}` };
}

function resultWriterOutput(spec: MapRunSpec): ResultWriterOutput {
  return { MapRunArn: spec.mapRunArn, ResultWriterDetails: { Bucket: spec.resultWriter!.bucket, Key: `${runParts(spec).prefix}/manifest.json` } };
}

/** `<prefix>/<map run id>/manifest.json` and one `<STATUS>_0.json` per status that has children, as AWS writes them. */
async function writeResults(spec: MapRunSpec, inputs: readonly Json[], outcomes: readonly ChildOutcome[], s3: LocalS3 | undefined): Promise<void> {
  const { id, childMachineArn, prefix } = runParts(spec);
  const bucket = spec.resultWriter!.bucket;
  const records = outcomes.map((outcome, index) => childRecord(childMachineArn, id, index, inputs[index], outcome));
  const files: Record<"FAILED" | "PENDING" | "SUCCEEDED", { Key: string; Size: number }[]> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  try {
    if (!s3) throw new Error("no local S3 was given to the run (the `s3` run option)");
    for (const status of ["SUCCEEDED", "FAILED"] as const) {
      const list = records.filter((record) => record.Status === status);
      if (list.length === 0) continue;
      const key = `${prefix}/${status}_0.json`;
      const body = JSON.stringify(list);
      await s3.put(bucket, key, body);
      files[status].push({ Key: key, Size: Buffer.byteLength(body) });
    }
    const manifest = { DestinationBucket: bucket, MapRunArn: spec.mapRunArn, ResultFiles: files };
    await s3.put(bucket, `${prefix}/manifest.json`, JSON.stringify(manifest));
  } catch (thrown) {
    const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    throw new WorkflowError(RESULT_WRITER_FAILED, `writing the results to s3://${bucket}/${prefix}/ failed: ${message}`);
  }
}

/** A child execution as a result file lists it: Input and Output as JSON text, Error and Cause when it failed. */
function childRecord(machineArn: string, runId: string, index: number, input: Json, outcome: ChildOutcome): Record<string, Json> {
  const name = uuidFrom(`${runId}/${index}`);
  const record: Record<string, Json> = {
    ExecutionArn: `${machineArn.replace(":stateMachine:", ":execution:")}:${name}`,
    Input: JSON.stringify(input),
    InputDetails: { Included: true },
    Name: name,
    StartDate: new Date(0).toISOString(),
    StateMachineArn: machineArn,
    Status: outcome.status,
    StopDate: new Date(0).toISOString(),
  };
  if (outcome.status === "SUCCEEDED") {
    record.Output = JSON.stringify(outcome.output);
    record.OutputDetails = { Included: true };
  } else {
    record.Error = outcome.error;
    if (outcome.cause !== undefined) record.Cause = outcome.cause;
  }
  return record;
}
