/**
 * The reference engine's Distributed Map (aws-local-stepfunctions runs none): ItemReader from a
 * local S3, ItemSelector, ItemBatcher, each item or batch as a child execution of its own, the
 * tolerated failure thresholds and ResultWriter, as AWS documents them.
 *
 * `extendDistributedMaps` rewrites every Map whose ProcessorConfig.Mode is DISTRIBUTED into a Task
 * state of the same name, keeping what a Task and a Map share (InputPath, ResultSelector,
 * ResultPath, OutputPath, Retry, Catch, Next/End), and returns the handler that runs the map run
 * for it. Payload templates and paths are evaluated by the engine itself (a Pass state), so
 * their meaning is the engine's, context object included.
 */
import { readItems, runMapRun, mapRunArn, WorkflowError, type ChildOutcome, type Json, type LocalS3, type ResolvedReader } from "@stepscript/dsl";

import { engineFixes, loadEngine } from "./engine/index.js";

type State = Record<string, unknown>;
type Definition = { StartAt: string; States: Record<string, State> };

/** A child execution's run: what the caller's engine run gives back. */
export interface ChildRun {
  outcome: ChildOutcome;
  /** Its transitions, and the child executions (and their transitions) of its own Distributed Maps. */
  transitions: number;
  childExecutions: number;
}

export interface DistributedMapEnvironment {
  s3?: LocalS3;
  /** The `$$` object of the execution the Map runs in (Execution.Input included). */
  context: Record<string, unknown> & { Execution: Record<string, unknown>; StateMachine: Record<string, unknown> };
  /** Runs one child execution of `definition` with `input` and the context given. */
  runChild(definition: Definition, input: Json, context: Record<string, unknown>): Promise<ChildRun>;
}

/** What the map runs of one engine run did: child executions and their transitions, apart from the parent's. */
export interface MapRunStats {
  mapRuns: number;
  childExecutions: number;
  childTransitions: number;
}

const SHARED_FIELDS = ["Comment", "InputPath", "ResultSelector", "ResultPath", "OutputPath", "Retry", "Catch", "Next", "End"];
const LOCAL_RESOURCE = "arn:aws:states:::stepscript:distributedMap";

/** Whether a state is a Map in DISTRIBUTED mode. */
export function isDistributedMap(state: State): boolean {
  const processor = state.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined;
  return state.Type === "Map" && processor?.ProcessorConfig?.Mode === "DISTRIBUTED";
}

/**
 * The definition with each Distributed Map (at any depth outside other Distributed Maps' children)
 * replaced by a Task, the handlers for those Tasks by state name, and the counters they fill.
 */
export function extendDistributedMaps(
  definition: Definition,
  environment: DistributedMapEnvironment,
): { definition: Definition; handlers: Record<string, (input: unknown) => Promise<unknown>>; stats: MapRunStats } {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  const stats: MapRunStats = { mapRuns: 0, childExecutions: 0, childTransitions: 0 };
  const ordinals = new Map<string, number>();
  const rewrite = (machine: Definition): Definition => ({
    ...machine,
    States: Object.fromEntries(
      Object.entries(machine.States).map(([name, state]) => {
        if (isDistributedMap(state)) {
          handlers[name] = (input) => runDistributedMap(name, state, input as Json, environment, stats, ordinals);
          const task: State = { Type: "Task", Resource: LOCAL_RESOURCE };
          for (const key of SHARED_FIELDS) if (key in state) task[key] = state[key];
          return [name, task];
        }
        const copy: State = { ...state };
        if (Array.isArray(state.Branches)) copy.Branches = (state.Branches as Definition[]).map(rewrite);
        for (const key of ["ItemProcessor", "Iterator"]) if (state[key]) copy[key] = { ...(state[key] as object), ...rewrite(state[key] as Definition) };
        return [name, copy];
      }),
    ),
  });
  return { definition: rewrite(definition), handlers, stats };
}

async function runDistributedMap(
  stateName: string,
  state: State,
  input: Json,
  environment: DistributedMapEnvironment,
  stats: MapRunStats,
  ordinals: Map<string, number>,
): Promise<Json> {
  const evaluate = (template: unknown, extra: Record<string, unknown> = {}) => evaluateTemplate(template, input, environment.context, extra);
  const select = async (path: string): Promise<Json> => ((await evaluate({ "value.$": path })) as { value: Json }).value;
  const number = async (literal: unknown, path: unknown): Promise<number | undefined> => {
    if (typeof literal === "number") return literal;
    if (typeof path === "string") return (await select(path)) as number;
    return undefined;
  };

  const items = await readSource(state, environment, evaluate, select, number);
  const selector = state.ItemSelector;
  const selected = selector === undefined ? items : await Promise.all(items.map((value, index) => evaluate(selector, { Map: { Item: { Index: index, Value: value } } })));
  const batcher = state.ItemBatcher as State | undefined;
  const batch = batcher
    ? {
        maxItems: await number(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath),
        maxBytes: await number(batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath),
        input: batcher.BatchInput === undefined ? undefined : await evaluate(batcher.BatchInput),
      }
    : undefined;
  const writer = state.ResultWriter as { Parameters?: unknown } | undefined;
  const writerParameters = writer ? ((await evaluate(writer.Parameters ?? {})) as { Bucket?: string; Prefix?: string }) : undefined;
  const label = typeof state.Label === "string" ? state.Label : stateName;
  const ordinal = (ordinals.get(label) ?? 0) + 1;
  ordinals.set(label, ordinal);
  const arn = mapRunArn(String(environment.context.StateMachine.Id), String(environment.context.Execution.Id), label, ordinal);
  const processor = state.ItemProcessor as Definition;
  const childDefinition: Definition = { StartAt: processor.StartAt, States: processor.States };
  stats.mapRuns += 1;

  const runChild = async (childInput: Json, index: number): Promise<ChildOutcome> => {
    const machineArn = arn.slice(0, arn.lastIndexOf(":")).replace(":mapRun:", ":stateMachine:");
    const name = `${arn.slice(arn.lastIndexOf(":") + 1)}-${index}`;
    const context = {
      Execution: { ...environment.context.Execution, Id: `${machineArn.replace(":stateMachine:", ":execution:")}:${name}`, Name: name },
      StateMachine: { Id: machineArn, Name: machineArn.slice(machineArn.lastIndexOf(":") + 1) },
    };
    const run = await environment.runChild(childDefinition, childInput, context);
    stats.childExecutions += 1 + run.childExecutions;
    stats.childTransitions += run.transitions;
    return run.outcome;
  };
  try {
    return await runMapRun(
      {
        items: selected,
        batch,
        maxConcurrency: typeof state.MaxConcurrency === "number" ? state.MaxConcurrency : 0,
        toleratedFailurePercentage: await number(state.ToleratedFailurePercentage, state.ToleratedFailurePercentagePath),
        toleratedFailureCount: await number(state.ToleratedFailureCount, state.ToleratedFailureCountPath),
        resultWriter: writerParameters ? { bucket: String(writerParameters.Bucket), prefix: writerParameters.Prefix ?? "" } : undefined,
        mapRunArn: arn,
      },
      runChild,
      environment.s3,
    );
  } catch (thrown) {
    throw asEngineError(thrown);
  }
}

/** The items: ItemReader's (from the local S3), else the array at ItemsPath. */
async function readSource(
  state: State,
  environment: DistributedMapEnvironment,
  evaluate: (template: unknown) => Promise<Json>,
  select: (path: string) => Promise<Json>,
  number: (literal: unknown, path: unknown) => Promise<number | undefined>,
): Promise<Json[]> {
  const reader = state.ItemReader as { Resource?: string; Parameters?: unknown; ReaderConfig?: State } | undefined;
  if (!reader) {
    const items = await select(typeof state.ItemsPath === "string" ? state.ItemsPath : "$");
    if (!Array.isArray(items)) throw asEngineError(new WorkflowError("States.Runtime", "the Map's ItemsPath does not select an array"));
    return items;
  }
  const parameters = (await evaluate(reader.Parameters ?? {})) as { Bucket?: string; Key?: string; Prefix?: string };
  const config = reader.ReaderConfig ?? {};
  const resolved: ResolvedReader = {
    reader: readerKind(String(reader.Resource), config.InputType),
    bucket: String(parameters.Bucket),
    key: String((reader.Resource?.endsWith(":listObjectsV2") ? parameters.Prefix : parameters.Key) ?? ""),
    maxItems: await number(config.MaxItems, config.MaxItemsPath),
    header: config.CSVHeaderLocation === "GIVEN" ? (config.CSVHeaders as string[]) : "firstRow",
    delimiter: config.CSVDelimiter as ResolvedReader["delimiter"],
  };
  try {
    return await readItems(resolved, environment.s3);
  } catch (thrown) {
    throw asEngineError(thrown);
  }
}

function readerKind(resource: string, inputType: unknown): ResolvedReader["reader"] {
  if (resource.endsWith(":s3:listObjectsV2")) return "objects";
  switch (inputType) {
    case "CSV":
      return "csv";
    case "JSONL":
      return "jsonl";
    case "MANIFEST":
      return "manifest";
    default:
      return "json";
  }
}

/**
 * A payload template (or `{ "value.$": path }`) evaluated by the engine: a Pass state whose
 * Parameters are the template, run with the state's input and the execution's context object
 * (`extra` adds fields such as `Map.Item`).
 */
async function evaluateTemplate(template: unknown, input: Json, context: DistributedMapEnvironment["context"], extra: Record<string, unknown>): Promise<Json> {
  const wrapped = { value: template };
  const { StateMachine } = loadEngine(engineFixes);
  const machine = new StateMachine({ StartAt: "Evaluate", States: { Evaluate: { Type: "Pass", Parameters: wrapped, End: true } } } as never, {
    validationOptions: { noValidate: true },
  });
  // The execution's own Execution object, as a Map iteration gets it (the nested-execution-context fix).
  const run = machine.run(structuredClone(input) as never, { context: { ...context, ...extra }, _parentExecution: context.Execution } as never);
  const output = (await run.result) as { value: Json };
  return output.value;
}

/** The engine fails a Task with an Error whose name is the Error and whose message is the Cause. */
function asEngineError(thrown: unknown): Error {
  if (thrown instanceof WorkflowError || (thrown instanceof Error && typeof (thrown as { error?: unknown }).error === "string")) {
    const { error, cause } = thrown as WorkflowError;
    const failure = new Error(cause ?? "");
    failure.name = error;
    if (cause === undefined) Object.assign(failure, { noCause: true });
    return failure;
  }
  return thrown as Error;
}
