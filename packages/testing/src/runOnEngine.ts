/**
 * Runs an ASL definition on the reference engine (aws-local-stepfunctions with our fixes, see
 * ./engine/index.ts) with the task implementations of a local run.
 */
import type { RunOptions } from "aws-local-stepfunctions";
import { LOCAL_TASK_TOKEN, nestedExecutionFailure, type LocalS3, type TaskBinding } from "@stepscript/dsl";
import { validateDefinition, type AslDefinition, type CompiledWorkflow } from "@stepscript/compiler";
import { engineFixes, loadEngine } from "./engine/index.js";
import { copy, failureOf, type RunOutcome, type TaskCall } from "./outcome.js";
import { extendDistributedMaps, type ChildRun } from "./distributedMap.js";
import { historyOf, type EngineEvent, type HistoryEvent } from "./history.js";

export type { RunOutcome, TaskCall } from "./outcome.js";

/** What `runOnEngine` returns: the outcome, the task calls in call order, and the state transitions. */
export type EngineRun = RunOutcome & {
  calls: TaskCall[];
  /**
   * States entered, counted from the engine's event log (Map iterations, Parallel branches and
   * the nested executions of child workflows included: each is billed).
   */
  transitions: number;
  /** The largest state input or output of the run (nested executions included), in bytes of JSON. */
  peakPayload: number;
  /** Child executions of Distributed Maps, and the states they entered (not in `transitions`). */
  childExecutions: number;
  childTransitions: number;
  /** The events of the run in the shape `aws stepfunctions get-execution-history` returns (with `history: true`). */
  history?: HistoryEvent[];
};

/** The `$$` context object (PascalCase, as in ASL); merged over `defaultEngineContext(name)`. */
export interface EngineContext {
  Execution?: { Id?: string; Name?: string; StartTime?: string; RoleArn?: string; [field: string]: unknown };
  StateMachine?: { Id?: string; Name?: string };
  Task?: { Token?: string };
  [field: string]: unknown;
}

export interface EngineRunOptions {
  /** The implementations of the definition's Task states (bound with `bind` from @stepscript/dsl). */
  tasks?: readonly TaskBinding[];
  /** `$$` fields; defaults to what a local run of a workflow named `name` exposes. */
  context?: EngineContext;
  /** The state machine's name in the default context (default "workflow", as a local run's). */
  name?: string;
  /** Validate the definition with both ASL validators first (default true; cached per definition text). */
  validate?: boolean;
  /**
   * The state machines nested executions start, keyed by the `StateMachineArn` the parent passes
   * (a `${childArn}` placeholder or an ARN); see `childWorkflows`.
   */
  workflows?: ChildWorkflows;
  /** The S3 Distributed Maps read items from and write results to (the same one a local run gets). */
  s3?: LocalS3;
  /** Also return the run's history, as `get-execution-history` would (off by default: it costs a copy of every payload). */
  history?: boolean;
}

export type ChildWorkflows = Readonly<Record<string, AslDefinition | CompiledWorkflow>>;

/** Child workflows keyed by their DefinitionSubstitutions placeholder, `${<name>Arn}`, as parents reference them. */
export function childWorkflows(...compiled: CompiledWorkflow[]): Record<string, CompiledWorkflow> {
  return Object.fromEntries(compiled.map((workflow) => [`\${${workflow.name}Arn}`, workflow]));
}

export const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
export const START_EXECUTION_SYNC2 = "arn:aws:states:::states:startExecution.sync:2";
const WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

/** The context a local run (`workflow.run`) exposes for a workflow named `name`, in `$$` form. */
export function defaultEngineContext(name = "workflow"): Required<Pick<EngineContext, "Execution" | "StateMachine" | "Task">> {
  return {
    Execution: {
      Id: `arn:aws:states:us-east-1:123456789012:execution:${name}:local`,
      Name: "local",
      StartTime: new Date(0).toISOString(),
      RoleArn: "arn:aws:iam::123456789012:role/local",
    },
    StateMachine: { Id: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`, Name: name },
    // The token a local run gives a waitForTaskToken callback, so both runs pass the same payload.
    Task: { Token: LOCAL_TASK_TOKEN },
  };
}

/**
 * Runs a copy of `definition` (the engine mutates what it is given) with every Wait and Retry
 * interval set to 0 and every Task state handled by the binding for its resource:
 *
 * - `arn:aws:states:::lambda:invoke` (and `.waitForTaskToken`): the binding whose task is a
 *   `lambda` with `resource === FunctionName` gets a copy of `Payload`; a plain invoke returns
 *   what Lambda returns, `{ ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata,
 *   StatusCode }`, so a definition that forgets to select `$.Payload` is caught; with
 *   `.waitForTaskToken` the implementation's result is the task's result (what SendTaskSuccess sends).
 * - a Lambda function ARN as Resource: the `lambda` binding for it gets the input, returns its result.
 * - `arn:aws:states:::states:startExecution.sync:2`: the child definition `options.workflows` holds
 *   for `StateMachineArn` runs on the engine with the same bindings (its task calls are recorded
 *   as the parent's); the task returns `{ Output, Status: "SUCCEEDED", … }`, or fails with
 *   States.TaskFailed whose Cause carries the child's Error and Cause (`nestedExecutionFailure`).
 * - anything else: the `task` binding with `resource === Resource` gets the effective input.
 *
 * An implementation that throws fails the task as Step Functions reports it: a `WorkflowError`
 * with its `error` / `cause`, any other `Error` with its `name` / `message`.
 * A Task state without a matching binding makes `runOnEngine` throw (it is the test's mistake).
 */
export async function runOnEngine(
  definition: AslDefinition | object,
  input: unknown,
  options: EngineRunOptions = {},
): Promise<EngineRun> {
  if (options.validate ?? true) await assertValid(definition);
  const calls: TaskCall[] = [];
  const harnessProblems: string[] = [];
  const nested: NestedCost = { transitions: 0, peakPayload: 0 };
  const tasks = options.tasks ?? [];
  const context = mergeContext(defaultEngineContext(options.name), options.context);
  // Distributed Maps become Tasks whose handlers run the map runs (see distributedMap.ts).
  const extended = extendDistributedMaps(copy(definition) as never, {
    s3: options.s3,
    context: { ...context, Execution: { ...context.Execution, Input: copy(input) }, StateMachine: { ...context.StateMachine } },
    runChild: (child, childInput, childContext) => runChildExecution(child, childInput, childContext, options, calls, harnessProblems),
  });
  const machine = extended.definition as unknown as AslDefinition;
  const states = collectStates(machine);

  const zero = Object.fromEntries(states.map(([name]) => [name, 0]));
  const taskResourceLocalHandlers = Object.fromEntries(
    states
      .filter(([, state]) => state.Type === "Task")
      .map(([name, state]) => [
        name,
        String(state.Resource) === START_EXECUTION_SYNC2
          ? nestedExecutionHandler(name, options, calls, nested, harnessProblems)
          : taskHandler(name, String(state.Resource), tasks, calls, harnessProblems),
      ]),
  );

  const { StateMachine } = loadEngine(engineFixes);
  const stateMachine = new StateMachine(machine as never, { validationOptions: { noValidate: true } });
  const execution = stateMachine.run(copy(input) as never, {
    overrides: {
      // The handlers take and return JSON; the engine's types say so with its own JSON type.
      taskResourceLocalHandlers: { ...taskResourceLocalHandlers, ...extended.handlers } as unknown as Overrides["taskResourceLocalHandlers"],
      waitTimeOverrides: zero,
      retryIntervalOverrides: zero,
    },
    context,
  });
  let transitions = 0;
  let peakPayload = 0;
  const events: EngineEvent[] = [];
  const eventsDrained = (async () => {
    for await (const event of execution.eventLogs) {
      if (options.history) events.push(copy(event) as EngineEvent);
      if (event.type === "StateEntered") transitions += 1;
      if (event.type === "StateEntered" || event.type === "StateExited") {
        peakPayload = Math.max(peakPayload, payloadSize(event.state.input), payloadSize(event.state.output));
      }
    }
  })();

  let outcome: RunOutcome;
  try {
    outcome = { status: "succeeded", output: copy(await execution.result) };
  } catch (thrown) {
    outcome = engineFailure(thrown);
  }
  await eventsDrained;
  if (harnessProblems.length > 0) throw new Error(harnessProblems.join("\n"));
  const { childExecutions, childTransitions } = extended.stats;
  return {
    ...outcome,
    calls,
    transitions: transitions + nested.transitions,
    peakPayload: Math.max(peakPayload, nested.peakPayload),
    childExecutions,
    childTransitions,
    ...(options.history ? { history: historyOf(events, new Map(states), String(context.Execution?.RoleArn ?? "")) } : {}),
  };
}

/** Bytes of a state's input or output as JSON (UTF-8), the measure of the 256 KiB payload limit. */
function payloadSize(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), "utf8");
}

/** What the nested executions a run started cost, added to the parent's figures. */
interface NestedCost {
  transitions: number;
  peakPayload: number;
}

/** A Distributed Map's child: an engine run of its own with the same bindings, its task calls recorded as the parent's. */
async function runChildExecution(
  definition: object,
  input: unknown,
  context: EngineContext,
  options: EngineRunOptions,
  calls: TaskCall[],
  harnessProblems: string[],
): Promise<ChildRun> {
  let run: EngineRun;
  try {
    run = await runOnEngine(definition, input, { ...options, validate: false, name: undefined, context, history: false });
  } catch (thrown) {
    harnessProblems.push(String(thrown));
    throw thrown;
  }
  calls.push(...run.calls);
  const outcome: ChildRun["outcome"] =
    run.status === "succeeded" ? { status: "SUCCEEDED", output: run.output as never } : { status: "FAILED", error: run.error, cause: run.cause };
  return { outcome, transitions: run.transitions + run.childTransitions, childExecutions: run.childExecutions };
}

type State = Record<string, unknown>;
type Overrides = NonNullable<RunOptions["overrides"]>;

/** Every state of the definition with its name, including those in Parallel branches and Map processors. */
export function collectStates(definition: { States?: Record<string, State> }): [string, State][] {
  const found: [string, State][] = [];
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    found.push([name, state]);
    for (const branch of (state.Branches as { States?: Record<string, State> }[] | undefined) ?? []) {
      found.push(...collectStates(branch));
    }
    const processor = (state.ItemProcessor ?? state.Iterator) as { States?: Record<string, State> } | undefined;
    if (processor) found.push(...collectStates(processor));
  }
  return found;
}

function taskHandler(
  stateName: string,
  resource: string,
  tasks: readonly TaskBinding[],
  calls: TaskCall[],
  harnessProblems: string[],
): (input: unknown) => Promise<unknown> {
  const missing = (what: string): never => {
    const message = `runOnEngine: no binding for the Task state "${stateName}" (${what}); pass it in { tasks: [bind(task, implementation)] }`;
    harnessProblems.push(message);
    throw new Error(message);
  };
  const invoke = async (binding: TaskBinding, payload: unknown): Promise<unknown> => {
    calls.push({ resource: binding.task.resource, input: copy(payload) });
    try {
      return copy(await binding.implementation(copy(payload)));
    } catch (thrown) {
      throw taskFailure(thrown);
    }
  };

  if (resource === LAMBDA_INVOKE || resource === LAMBDA_INVOKE + WAIT_FOR_TASK_TOKEN) {
    return async (input) => {
      const { FunctionName, Payload } = (input ?? {}) as { FunctionName?: unknown; Payload?: unknown };
      const binding = tasks.find((b) => b.task.kind === "lambda" && b.task.resource === FunctionName);
      if (!binding) {
        // `task("arn:aws:states:::lambda:invoke")` declares the integration itself: it gets the Parameters.
        const integration = tasks.find((b) => b.task.kind === "task" && b.task.resource === resource);
        if (integration) return invoke(integration, input);
        return missing(`lambda:invoke of FunctionName ${JSON.stringify(FunctionName)}`);
      }
      const result = await invoke(binding, Payload);
      return resource === LAMBDA_INVOKE ? lambdaInvokeResponse(result) : result;
    };
  }
  return async (input) => {
    const binding =
      tasks.find((b) => b.task.resource === resource) ??
      tasks.find((b) => b.task.kind === "task" && b.task.resource === resource.replace(WAIT_FOR_TASK_TOKEN, ""));
    if (!binding) return missing(`Resource ${resource}`);
    return invoke(binding, input);
  };
}

function nestedExecutionHandler(
  stateName: string,
  options: EngineRunOptions,
  calls: TaskCall[],
  nested: NestedCost,
  harnessProblems: string[],
): (input: unknown) => Promise<unknown> {
  return async (input) => {
    const { StateMachineArn, Input } = (input ?? {}) as { StateMachineArn?: string; Input?: unknown };
    const child = options.workflows?.[String(StateMachineArn)];
    if (!child) {
      const message = `runOnEngine: no child workflow for the Task state "${stateName}" (StateMachineArn ${JSON.stringify(StateMachineArn)}); pass it in { workflows }`;
      harnessProblems.push(message);
      throw new Error(message);
    }
    const definition = "definition" in child ? child.definition : child;
    let run: EngineRun;
    try {
      run = await runOnEngine(definition, Input ?? {}, { ...options, name: "definition" in child ? child.name : undefined, context: undefined, history: false });
    } catch (thrown) {
      harnessProblems.push(String(thrown));
      throw thrown;
    }
    calls.push(...run.calls);
    nested.transitions += run.transitions;
    nested.peakPayload = Math.max(nested.peakPayload, run.peakPayload);
    if (run.status === "failed") throw taskFailure(nestedExecutionFailure(run));
    return {
      ExecutionArn: `${String(StateMachineArn).replace(":stateMachine:", ":execution:")}:child`,
      Input: Input ?? {},
      InputDetails: { Included: true },
      Name: "child",
      Output: run.output,
      OutputDetails: { Included: true },
      StartDate: 0,
      StateMachineArn,
      Status: "SUCCEEDED",
      StopDate: 0,
    };
  };
}

/** What `arn:aws:states:::lambda:invoke` returns when the function returns `payload`. */
export function lambdaInvokeResponse(payload: unknown): Record<string, unknown> {
  return {
    ExecutedVersion: "$LATEST",
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: { "Content-Type": ["application/json"], "X-Amz-Executed-Version": ["$LATEST"] },
      HttpHeaders: { "Content-Type": "application/json", "X-Amz-Executed-Version": "$LATEST" },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: "00000000-0000-4000-8000-000000000000" },
    StatusCode: 200,
  };
}

/**
 * The error the engine fails a task with: its `name` is the Error, its `message` the Cause
 * (the engine's Catch output and ExecutionError use exactly those). `noCause` (read by the fixed
 * engine, see engine/fixes/failWithoutCause.ts, and by `engineFailure`) marks an error without a cause.
 */
function taskFailure(thrown: unknown): Error {
  const { error, cause } = failureOf(thrown);
  const failure = new Error(cause ?? "");
  failure.name = error;
  if (cause === undefined) Object.assign(failure, { noCause: true });
  return failure;
}

function engineFailure(thrown: unknown): RunOutcome {
  if (thrown instanceof loadEngine(engineFixes).ExecutionError && thrown.cause instanceof Error) {
    const error = thrown.cause as Error & { noCause?: boolean };
    return { status: "failed", error: error.name, cause: error.noCause ? undefined : error.message };
  }
  if (thrown instanceof Error && thrown.name === "ExecutionTimeoutError") {
    return { status: "failed", error: "States.Timeout", cause: undefined };
  }
  throw thrown;
}

function mergeContext(base: EngineContext, extra: EngineContext | undefined): EngineContext {
  const merged: EngineContext = { ...base, ...extra };
  for (const key of ["Execution", "StateMachine", "Task"] as const) {
    merged[key] = { ...base[key], ...extra?.[key] };
  }
  return merged;
}

const validated = new Map<string, Promise<string[]>>();

async function assertValid(definition: object): Promise<void> {
  const text = JSON.stringify(definition);
  let problems = validated.get(text);
  if (!problems) validated.set(text, (problems = validateDefinition(definition)));
  const found = await problems;
  if (found.length > 0) {
    throw new Error(`runOnEngine: the definition is not valid ASL:\n  ${found.join("\n  ")}\n${JSON.stringify(definition, null, 2)}`);
  }
}
