/**
 * An engine run's events in the shape `aws stepfunctions get-execution-history` returns, so
 * that a local run reads like a real one and the tools that read real histories (`explain`)
 * read local ones as well.
 */
import type { StateMachine } from "aws-local-stepfunctions";

/** What the engine's `eventLogs` yields (the package does not export the type by name). */
export type EngineEvent = ReturnType<StateMachine["run"]>["eventLogs"] extends AsyncIterable<infer E> ? E : never;

/** One event of an execution history, as the Step Functions API returns it. */
export interface HistoryEvent {
  timestamp: string;
  type: string;
  id: number;
  previousEventId: number;
  [details: string]: unknown;
}

type State = Record<string, unknown>;

const detailsKey = (type: string) => `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;

/**
 * The history of one run. `states` gives each state's definition by name (nested ones included),
 * for the Task events' resource; `roleArn` is the execution role a real history names.
 */
export function historyOf(events: readonly EngineEvent[], states: ReadonlyMap<string, State>, roleArn: string): HistoryEvent[] {
  const history: HistoryEvent[] = [];
  const add = (timestamp: number, type: string, details?: Record<string, unknown>, key = detailsKey(type)) => {
    const id = history.length + 1;
    history.push({ timestamp: new Date(timestamp).toISOString(), type, id, previousEventId: id - 1, ...(details ? { [key]: details } : {}) });
  };
  for (const event of events) {
    switch (event.type) {
      case "ExecutionStarted":
        add(event.timestamp, "ExecutionStarted", { input: json(event.input), inputDetails: { truncated: false }, roleArn });
        break;
      case "ExecutionSucceeded":
        add(event.timestamp, "ExecutionSucceeded", { output: json(event.output), outputDetails: { truncated: false } });
        break;
      case "ExecutionFailed":
        add(event.timestamp, "ExecutionFailed", failure(event.Error, event.Cause));
        break;
      case "ExecutionTimeout":
        add(event.timestamp, "ExecutionTimedOut", { error: "States.Timeout" });
        break;
      case "ExecutionAborted":
        add(event.timestamp, "ExecutionAborted", {});
        break;
      case "StateEntered": {
        const { name, type, input } = event.state;
        add(event.timestamp, `${type}StateEntered`, { name, input: json(input), inputDetails: { truncated: false } }, "stateEnteredEventDetails");
        if (type === "Task") taskStarted(event.timestamp, states.get(name), input, add);
        if (type === "Map") add(event.timestamp, "MapStateStarted", { length: Array.isArray(input) ? input.length : 0 });
        if (type === "Parallel") add(event.timestamp, "ParallelStateStarted");
        break;
      }
      case "StateExited": {
        const { name, type, output } = event.state;
        if (type === "Task") add(event.timestamp, "TaskSucceeded", { ...resourceOf(states.get(name)), output: json(output), outputDetails: { truncated: false } });
        if (type === "Map") add(event.timestamp, "MapStateSucceeded");
        if (type === "Parallel") add(event.timestamp, "ParallelStateSucceeded");
        add(event.timestamp, `${type}StateExited`, { name, output: json(output), outputDetails: { truncated: false } }, "stateExitedEventDetails");
        break;
      }
      case "StateFailed": {
        const { name, type } = event.state;
        if (type === "Task") add(event.timestamp, "TaskFailed", { ...resourceOf(states.get(name)), ...failure(event.Error, event.Cause) });
        if (type === "Map") add(event.timestamp, "MapStateFailed", failure(event.Error, event.Cause));
        if (type === "Parallel") add(event.timestamp, "ParallelStateFailed", failure(event.Error, event.Cause));
        break;
      }
      case "StateRetried":
        // Step Functions shows a retry as the task being scheduled again.
        if (event.state.type === "Task") taskStarted(event.timestamp, states.get(event.state.name), event.state.input, add);
        break;
      case "MapIterationStarted":
      case "MapIterationSucceeded":
      case "MapIterationFailed":
        add(event.timestamp, event.type, { name: event.parentState.name, index: event.index });
        break;
      default:
        // Parallel branches, caught errors: Step Functions records no event of their own.
        break;
    }
  }
  return history;
}

function taskStarted(timestamp: number, state: State | undefined, input: unknown, add: (timestamp: number, type: string, details?: Record<string, unknown>) => void): void {
  add(timestamp, "TaskScheduled", { ...resourceOf(state), region: "us-east-1", parameters: json(input) });
  add(timestamp, "TaskStarted", resourceOf(state));
}

/** `arn:aws:states:::lambda:invoke` → resourceType `lambda`, resource `invoke`; any other ARN as it is. */
function resourceOf(state: State | undefined): { resourceType: string; resource: string } {
  const resource = String(state?.Resource ?? "");
  const integration = /^arn:[^:]+:states:::([^:]+):(.+)$/.exec(resource);
  if (integration) return { resourceType: integration[1], resource: integration[2] };
  const service = /^arn:[^:]+:([^:]+):/.exec(resource)?.[1] ?? "activity";
  return { resourceType: service, resource };
}

function failure(error: string, cause: unknown): { error: string; cause?: string } {
  return cause === undefined || cause === "" ? { error } : { error, cause: typeof cause === "string" ? cause : JSON.stringify(cause) };
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}
