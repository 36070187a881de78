export { workflow, type Workflow, type WorkflowBody } from "./workflow.js";
export { lambda, task, type Task, type TaskKind } from "./tasks.js";
export { wait, type WaitSpec } from "./wait.js";
export { WorkflowError } from "./errors.js";
export { choice, type BranchValue, type ChoiceBranch, type ChoiceResult } from "./choice.js";
export { bind, type ExecutionContext, type RunOptions, type TaskBinding, type TaskImplementation } from "./run.js";
export type { CallOptions, Retry, TaskDefaults, WorkflowOptions } from "./options.js";
export type { Json } from "./json.js";
