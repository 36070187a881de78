import type { WorkflowIR } from "./types.js";
import { forEachStmt } from "./walk.js";

/**
 * A task the workflow calls, by the name it is declared under in the TypeScript: what `run`
 * binds a task module's implementations to, and what tools list.
 */
export interface TaskUse {
  /** The declaring const's name (`validateOrder`). */
  name: string;
  /** `workflow`: another workflow, run as a nested execution. */
  kind: "lambda" | "task" | "workflow";
  /** The Lambda function ARN, the Task's Resource, or the child's StateMachineArn (often a `${…}` placeholder). */
  resource: string;
}

/** Every task the workflow calls, once each, in the order of first call. */
export function tasksUsed(ir: WorkflowIR): TaskUse[] {
  const found = new Map<string, TaskUse>();
  forEachStmt(ir.body, (stmt) => {
    if (stmt.kind !== "call") return;
    const { target, taskName } = stmt.call;
    const use: TaskUse =
      target.kind === "lambda"
        ? { name: taskName, kind: "lambda", resource: target.functionArn }
        : target.kind === "task"
          ? { name: taskName, kind: "task", resource: target.resource }
          : { name: taskName, kind: "workflow", resource: target.stateMachineArn };
    const key = `${use.kind} ${use.resource} ${use.name}`;
    if (!found.has(key)) found.set(key, use);
  });
  return [...found.values()];
}
