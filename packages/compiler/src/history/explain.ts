/**
 * A real execution history (what `aws stepfunctions get-execution-history` prints) read back
 * against the source map: the path the execution took as TypeScript lines, and where it failed.
 */
import type { SourceMap, StateSource } from "../emit/sourceMap.js";

/** The part of a history event this reads; every other field is left alone. */
export interface HistoryEvent {
  id: number;
  previousEventId?: number;
  type: string;
  timestamp?: string | number;
  [details: string]: unknown;
}

export interface Step {
  state: string;
  source: StateSource | undefined;
  /** Which iteration of which Map, innermost last, when the state ran inside Map iterations. */
  iterations: { map: string; index: number }[];
  /** The `…StateEntered` event's id. */
  entered: number;
  /** Set when this run of the state failed (whether or not a Catch then took the error). */
  failed?: { error: string; cause?: string; attempts: number };
}

export interface Failure {
  error: string;
  cause?: string;
  /** The state that raised it, and how many times it ran its task (1 + the retries). */
  state?: string;
  source?: StateSource;
  attempts?: number;
}

export interface Explanation {
  steps: Step[];
  failure?: Failure;
  status: "succeeded" | "failed" | "timed out" | "aborted" | "running";
}

const FAILURE_EVENTS = /^(Task|LambdaFunction|Activity)(Failed|TimedOut|StartFailed|SubmitFailed|ScheduleFailed)$/;
const SCHEDULED = /^(TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/;

/** The events of a history file: `{ "events": [...] }` as the CLI prints it, or a bare array. */
export function historyEvents(json: unknown): HistoryEvent[] {
  const events = Array.isArray(json) ? json : (json as { events?: unknown })?.events;
  if (!Array.isArray(events) || events.some((e) => typeof e?.id !== "number" || typeof e?.type !== "string")) {
    throw new Error('not an execution history: expected { "events": [{ "id", "type", … }] } as get-execution-history prints it');
  }
  return [...(events as HistoryEvent[])].sort((a, b) => a.id - b.id);
}

/** The state names a history's state events name. */
export function statesOf(events: readonly HistoryEvent[]): Set<string> {
  return new Set(events.map(enteredName).filter((name): name is string => name !== undefined));
}

export function explain(events: readonly HistoryEvent[], map: SourceMap): Explanation {
  const byId = new Map(events.map((event) => [event.id, event]));
  const iterationsOf = iterationTracker(byId);
  const steps: Step[] = [];
  const stepByEntry = new Map<number, Step>();
  for (const event of events) {
    const state = enteredName(event);
    if (state === undefined) continue;
    const step: Step = { state, source: map.states[state], iterations: iterationsOf(event), entered: event.id };
    steps.push(step);
    stepByEntry.set(event.id, step);
  }
  for (const event of events) {
    if (!FAILURE_EVENTS.test(event.type)) continue;
    const entered = enteredBefore(event, events, byId);
    const step = entered && stepByEntry.get(entered.id);
    const details = (Object.entries(event).find(([key]) => key.endsWith("EventDetails"))?.[1] ?? {}) as { error?: string; cause?: string };
    if (step) step.failed = { error: details.error ?? event.type, ...(details.cause !== undefined ? { cause: details.cause } : {}), attempts: attemptsBetween(entered, event, events, byId) };
  }
  const last = events.at(-1);
  const status =
    last?.type === "ExecutionSucceeded" ? "succeeded"
    : last?.type === "ExecutionFailed" ? "failed"
    : last?.type === "ExecutionTimedOut" ? "timed out"
    : last?.type === "ExecutionAborted" ? "aborted"
    : "running";
  return { steps, status, failure: status === "failed" || status === "timed out" ? failureOf(events, byId, map) : undefined };
}

/** The name a `…StateEntered` event gives. */
function enteredName(event: HistoryEvent): string | undefined {
  if (!event.type.endsWith("StateEntered")) return undefined;
  return (event.stateEnteredEventDetails as { name?: string } | undefined)?.name;
}

/**
 * The Map iterations an event ran in. Step Functions chains each event to the one before it in
 * the same iteration (`previousEventId`), and an iteration's chain starts at its
 * `MapIterationStarted` event; following the chain back finds it.
 */
function iterationTracker(byId: ReadonlyMap<number, HistoryEvent>): (event: HistoryEvent) => Step["iterations"] {
  const memo = new Map<number, Step["iterations"]>();
  const of = (event: HistoryEvent | undefined, depth = 0): Step["iterations"] => {
    if (!event || depth > 10_000) return [];
    const known = memo.get(event.id);
    if (known) return known;
    const previous = event.previousEventId !== undefined ? byId.get(event.previousEventId) : undefined;
    let found: Step["iterations"];
    if (event.type === "MapIterationStarted") {
      const details = event.mapIterationStartedEventDetails as { name: string; index: number };
      found = [...of(previous, depth + 1), { map: details.name, index: Number(details.index) }];
    } else if (/^MapIteration(Succeeded|Failed|Aborted)$/.test(event.type)) {
      // The iteration is over: what follows runs outside it.
      found = of(previous, depth + 1).slice(0, -1);
    } else {
      found = of(previous, depth + 1);
    }
    memo.set(event.id, found);
    return found;
  };
  return (event) => of(event);
}

function failureOf(events: readonly HistoryEvent[], byId: ReadonlyMap<number, HistoryEvent>, map: SourceMap): Failure {
  const end = events.at(-1)!;
  const details = (end.executionFailedEventDetails ?? end.executionTimedOutEventDetails ?? {}) as { error?: string; cause?: string };
  const failure: Failure = { error: details.error ?? (end.type === "ExecutionTimedOut" ? "States.Timeout" : "States.Runtime"), ...(details.cause !== undefined ? { cause: details.cause } : {}) };
  // The innermost failure: the last task failure or Fail state before the execution failed.
  const raised = [...events].reverse().find((event) => FAILURE_EVENTS.test(event.type) || event.type === "FailStateEntered");
  if (!raised) return failure;
  const entered = raised.type === "FailStateEntered" ? raised : enteredBefore(raised, events, byId);
  const state = entered && enteredName(entered);
  if (state === undefined) return failure;
  failure.state = state;
  failure.source = map.states[state];
  if (raised.type !== "FailStateEntered") failure.attempts = attemptsBetween(entered!, raised, events, byId);
  return failure;
}

/** The `…StateEntered` event of the state an event belongs to: back along its chain, else the last one before it. */
function enteredBefore(event: HistoryEvent, events: readonly HistoryEvent[], byId: ReadonlyMap<number, HistoryEvent>): HistoryEvent | undefined {
  for (let at = event.previousEventId !== undefined ? byId.get(event.previousEventId) : undefined, n = 0; at && n < 10_000; n++) {
    if (enteredName(at) !== undefined) return at;
    at = at.previousEventId !== undefined ? byId.get(at.previousEventId) : undefined;
  }
  return [...events].reverse().find((e) => e.id < event.id && enteredName(e) !== undefined);
}

/** How many times a task was scheduled between its state's entry and its failure. */
function attemptsBetween(entered: HistoryEvent, failed: HistoryEvent, events: readonly HistoryEvent[], byId: ReadonlyMap<number, HistoryEvent>): number {
  const chain = new Set<number>();
  for (let at: HistoryEvent | undefined = failed, n = 0; at && at.id >= entered.id && n < 10_000; n++) {
    chain.add(at.id);
    at = at.previousEventId !== undefined ? byId.get(at.previousEventId) : undefined;
  }
  const inChain = events.filter((e) => chain.has(e.id) && SCHEDULED.test(e.type)).length;
  // A history whose events are not chained (previousEventId missing) still counts in id order.
  return inChain > 0 ? inChain : events.filter((e) => e.id > entered.id && e.id < failed.id && SCHEDULED.test(e.type)).length || 1;
}
