import { toWorkflowError } from "../errors.js";
import { copyJson, type Json } from "../json.js";
import type { Retry } from "../options.js";
import { currentRunScope } from "../run.js";
import { runWithRetry } from "../tasks.js";
import { mapRunArn, runMapRun, type ChildOutcome, type ResultWriterOutput } from "./mapRun.js";
import { readItems } from "./readers.js";
import type { ItemSource } from "./sources.js";

/** ItemBatcher: each child execution gets `{ Items, BatchInput }` instead of one item. */
export interface BatchOptions<B = unknown> {
  /** MaxItemsPerBatch. */
  maxItems?: number;
  /** MaxInputBytesPerBatch (at most 262144). */
  maxBytes?: number;
  /** BatchInput: the same value in every batch (may read the state). */
  input?: B;
}

/** ResultWriter: the children's results go to `s3://Bucket/Prefix/<map run id>/` instead of the state. */
export interface ResultWriterOptions {
  Bucket: string;
  Prefix: string;
}

/** Options of a Distributed Map; `toleratedFailure*` and the S3 locations may read the state, the rest are literals. */
export interface DistributedMapOptions {
  /** How many child executions run at once (1 to 10,000; 0 or absent: up to 10,000). */
  maxConcurrency?: number;
  batch?: BatchOptions;
  /** The run fails when more than this percentage of the items failed (0 to 100). */
  toleratedFailurePercentage?: number;
  /** The run fails when more than this many items failed. */
  toleratedFailureCount?: number;
  /** How each child runs; STANDARD by default. */
  executionType?: "STANDARD" | "EXPRESS";
  resultWriter?: ResultWriterOptions;
  /** The map run's label (up to 40 characters, no whitespace, brackets, wildcards or control characters). */
  label?: string;
  /** The state's name. */
  name?: string;
  comment?: string;
  /** Retriers of the whole Map state: a retry starts a new map run. */
  retry?: Retry | Retry[];
}

/** The type of one item of a source. */
export type ItemOf<S> = S extends ItemSource<infer T> ? T : S extends readonly (infer T)[] ? T : never;

/** What each child execution receives: the item, or with `batch` the batch of items (and BatchInput when given). */
export type DistributedMapInput<S, O> = O extends { batch: infer B }
  ? B extends { input: infer I }
    ? { Items: ItemOf<S>[]; BatchInput: I }
    : { Items: ItemOf<S>[] }
  : ItemOf<S>;

/** The array of child results, or with `resultWriter` where they were written. */
export type DistributedMapResult<R, O> = O extends { resultWriter: ResultWriterOptions } ? ResultWriterOutput : R[];

/**
 * A Map state in DISTRIBUTED mode: `fn` runs as a child execution for each item (or batch) of
 * `source`, an array from the state or an ItemReader (`s3.csv(…)`, `s3.objects(…)`, …). Locally
 * the items are read from the run's `s3` option, children run at most `maxConcurrency` at once,
 * a failed child counts every item of its batch, and a run with more failed items than the
 * thresholds allow fails with States.ExceedToleratedFailureThreshold (every child runs first).
 * @stepscript distributedMap
 */
export async function distributedMap<S extends readonly unknown[] | ItemSource<unknown>, R, O extends DistributedMapOptions = {}>(
  source: S,
  fn: (input: DistributedMapInput<S, O>) => Promise<R>,
  options?: O,
): Promise<DistributedMapResult<R, O>> {
  const scope = currentRunScope("distributedMap");
  const opts: DistributedMapOptions = options ?? {};
  const retry = opts.retry === undefined ? [] : Array.isArray(opts.retry) ? opts.retry : [opts.retry];
  const label = opts.label ?? opts.name ?? "DistributedMap";
  const run = async (): Promise<Json> => {
    const items = isItemSource(source)
      ? await readItems({ reader: source.reader, bucket: source.location.Bucket, key: keyOf(source), ...readerOptions(source) }, scope.s3)
      : (copyJson(source) as unknown as Json[]);
    const ordinal = (scope.mapRuns.get(label) ?? 0) + 1;
    scope.mapRuns.set(label, ordinal);
    const runChild = async (input: Json): Promise<ChildOutcome> => {
      try {
        return { status: "SUCCEEDED", output: copyJson((await fn(copyJson(input) as DistributedMapInput<S, O>)) as Json) };
      } catch (thrown) {
        const { error, cause } = toWorkflowError(thrown);
        return { status: "FAILED", error, cause };
      }
    };
    return runMapRun(
      {
        items,
        batch: opts.batch
          ? { maxItems: opts.batch.maxItems, maxBytes: opts.batch.maxBytes, input: opts.batch.input === undefined ? undefined : (copyJson(opts.batch.input) as Json) }
          : undefined,
        maxConcurrency: opts.maxConcurrency ?? 0,
        toleratedFailurePercentage: opts.toleratedFailurePercentage,
        toleratedFailureCount: opts.toleratedFailureCount,
        resultWriter: opts.resultWriter ? { bucket: opts.resultWriter.Bucket, prefix: opts.resultWriter.Prefix } : undefined,
        mapRunArn: mapRunArn(scope.context.stateMachine.id, scope.context.execution.id, label, ordinal),
      },
      runChild,
      scope.s3,
    );
  };
  return (await runWithRetry(retry, run)) as DistributedMapResult<R, O>;
}

function isItemSource(source: unknown): source is ItemSource<unknown> {
  return typeof source === "object" && source !== null && !Array.isArray(source) && (source as { kind?: unknown }).kind === "s3Source";
}

function keyOf(source: ItemSource<unknown>): string {
  const location = source.location as { Key?: string; Prefix?: string };
  return source.reader === "objects" ? (location.Prefix ?? "") : (location.Key ?? "");
}

function readerOptions(source: ItemSource<unknown>): { maxItems?: number; header?: "firstRow" | readonly string[]; delimiter?: ItemSource<unknown>["options"]["delimiter"] } {
  const { maxItems, header, delimiter } = source.options;
  return { maxItems, header, delimiter };
}
