import { AsyncLocalStorage } from "node:async_hooks";
import type { LocalS3 } from "./distributedMap/localS3.js";
import type { Task } from "./tasks.js";

/** The `context` parameter of a workflow: the `$$` context object, in camelCase. */
export interface ExecutionContext {
  execution: { id: string; name: string; startTime: string; input: unknown; roleArn: string };
  stateMachine: { id: string; name: string };
  state: { name: string; enteredTime: string; retryCount: number };
}

/** A local implementation of a task, typed by the task it implements. */
export type TaskImplementation<I, O> = (input: I) => O | Promise<O>;

/** A task paired with the implementation a local run uses for it. */
export interface TaskBinding {
  readonly task: Task<any, any>;
  readonly implementation: TaskImplementation<any, any>;
}

/** Pairs a task with its local implementation; the implementation is type-checked against the task. */
export function bind<I, O>(task: Task<I, O>, implementation: TaskImplementation<I, O>): TaskBinding {
  return { task, implementation };
}

export interface RunOptions {
  /** The implementations of the tasks the workflow (and the workflows it calls) uses. */
  tasks?: readonly TaskBinding[];
  /** Overrides for the context object a local run exposes. */
  context?: Partial<ExecutionContext>;
  /** The S3 `distributedMap` reads items from and writes results to (`memoryS3(…)` or `folderS3(dir)`). */
  s3?: LocalS3;
}

/** What one local run knows: which implementation runs each task. Lives only for that run. */
export interface RunScope {
  readonly implementations: ReadonlyMap<Task<any, any>, TaskImplementation<any, any>>;
  readonly context: ExecutionContext;
  readonly s3: LocalS3 | undefined;
  /** How many map runs each Distributed Map label has started in this run (their ARNs count them). */
  readonly mapRuns: Map<string, number>;
}

const runScopes = new AsyncLocalStorage<RunScope>();

export function currentRunScope(what: string): RunScope {
  const scope = runScopes.getStore();
  if (!scope) {
    throw new Error(`${what} can only run inside a workflow run: call workflow.run(input, { tasks }) instead`);
  }
  return scope;
}

export function runInScope<T>(scope: RunScope, body: () => Promise<T>): Promise<T> {
  return runScopes.run(scope, body);
}

export function makeRunScope(input: unknown, name: string, options: RunOptions): RunScope {
  const startTime = new Date(0).toISOString();
  const executionName = "local";
  const context: ExecutionContext = {
    execution: {
      id: `arn:aws:states:us-east-1:123456789012:execution:${name}:${executionName}`,
      name: executionName,
      startTime,
      input,
      roleArn: "arn:aws:iam::123456789012:role/local",
      ...options.context?.execution,
    },
    stateMachine: {
      id: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`,
      name,
      ...options.context?.stateMachine,
    },
    state: { name: "", enteredTime: startTime, retryCount: 0, ...options.context?.state },
  };
  const implementations = new Map<Task<any, any>, TaskImplementation<any, any>>();
  for (const binding of options.tasks ?? []) implementations.set(binding.task, binding.implementation);
  return { implementations, context, s3: options.s3, mapRuns: new Map() };
}
