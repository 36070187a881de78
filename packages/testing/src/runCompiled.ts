/**
 * `runCompiled`: a compiled workflow on the reference engine, with its history, for users' own
 * tests and for `stepscript run`.
 */
import type { LocalS3, Task, TaskBinding } from "@stepscript/dsl";
import type { CompiledWorkflow } from "@stepscript/compiler";
import { childWorkflows, runOnEngine, type ChildWorkflows, type EngineContext, type EngineRun } from "./runOnEngine.js";
import type { HistoryEvent } from "./history.js";

/** Task implementations by the name each task is declared under (`validateOrder`), as a tasks module exports them. */
export type TaskImplementations = Readonly<Record<string, (input: any) => unknown>>;

export interface RunCompiledOptions {
  /** Bindings (`bind(task, implementation)`), or implementations by the tasks' declared names. */
  tasks?: readonly TaskBinding[] | TaskImplementations;
  /** Workflows the run may start as nested executions (children built in the same project). */
  children?: readonly CompiledWorkflow[];
  s3?: LocalS3;
  context?: EngineContext;
}

export type CompiledRun = EngineRun & { history: HistoryEvent[] };

/** A task the run reached that has no implementation: the caller's mistake, reported by name. */
export class MissingImplementationError extends Error {
  constructor(readonly tasks: readonly string[]) {
    super(`no implementation for the task${tasks.length > 1 ? "s" : ""} ${tasks.join(", ")}`);
    this.name = "MissingImplementationError";
  }
}

/**
 * Runs the compiled definition (not the TypeScript) as Step Functions would, Waits and Retry
 * intervals skipped. Returns the output or the error and cause, the history, the transitions
 * and every task's input. Throws `MissingImplementationError` when the run reaches a task that
 * has no implementation.
 */
export async function runCompiled(workflow: CompiledWorkflow, input: unknown, options: RunCompiledOptions = {}): Promise<CompiledRun> {
  const missing: string[] = [];
  const everyWorkflow = [workflow, ...(options.children ?? [])];
  const tasks = Array.isArray(options.tasks) ? (options.tasks as readonly TaskBinding[]) : bindByName(everyWorkflow, (options.tasks ?? {}) as TaskImplementations, missing);
  const run = await runOnEngine(workflow.definition, input, {
    tasks,
    name: workflow.name,
    workflows: childrenByArn(everyWorkflow, options.children ?? []),
    s3: options.s3,
    context: options.context,
    history: true,
  });
  if (missing.length > 0) throw new MissingImplementationError([...new Set(missing)]);
  return run as CompiledRun;
}

/**
 * The children by the StateMachineArn their parents start them with: the `${…Arn}` placeholder, or
 * the ARN a child's options fix, found through the name the parent calls it by.
 */
export function childrenByArn(workflows: readonly CompiledWorkflow[], children: readonly CompiledWorkflow[]): ChildWorkflows {
  const byArn: Record<string, CompiledWorkflow> = childWorkflows(...children);
  for (const use of workflows.flatMap((w) => w.tasks ?? [])) {
    const child = use.kind === "workflow" ? children.find((c) => c.exportName === use.name || c.name === use.name) : undefined;
    if (child && !(use.resource in byArn)) byArn[use.resource] = child;
  }
  return byArn;
}

/**
 * Bindings for every task the workflows call, from implementations keyed by declared name. A
 * task without one is bound to an implementation that records it and fails the task, so the
 * run stops there and the caller learns which task it was.
 */
function bindByName(workflows: readonly CompiledWorkflow[], implementations: TaskImplementations, missing: string[]): TaskBinding[] {
  const bindings: TaskBinding[] = [];
  for (const use of workflows.flatMap((w) => w.tasks ?? [])) {
    if (use.kind === "workflow") continue;
    const implementation = implementations[use.name];
    const task = { kind: use.kind, resource: use.resource } as unknown as Task<unknown, unknown>;
    bindings.push({
      task,
      implementation:
        typeof implementation === "function"
          ? (received: unknown) => implementation(received) as never
          : () => {
              missing.push(use.name);
              throw new MissingImplementationError([use.name]);
            },
    });
  }
  return bindings;
}
