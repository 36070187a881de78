export { workflow, type Workflow, type WorkflowBody } from "./workflow.js";
export { lambda, task, type Task, type TaskKind } from "./tasks.js";
export { wait, type WaitSpec } from "./wait.js";
export { WorkflowError } from "./errors.js";
export { isError } from "./isError.js";
export { choice, type BranchValue, type ChoiceBranch, type ChoiceResult } from "./choice.js";
export { bind, type ExecutionContext, type RunOptions, type TaskBinding, type TaskImplementation } from "./run.js";
export type { CallOptions, Retry, TaskDefaults, WorkflowOptions } from "./options.js";
export type { Json } from "./json.js";
export type { TaskHandler } from "@stepscript/runtime-types";
export type { Integer } from "@stepscript/runtime-types";
export { States, type HashAlgorithm } from "./states.js";
export { parallel, type Branch, type BranchResults, type ParallelOptions } from "./parallel.js";
export { map, type MapOptions } from "./map.js";
export { sns, sqs, dynamodb, eventBridge, ecs, batch, glue, athena, codebuild, awsSdk, type JobIntegration } from "./integrations.js";
export { waitForTaskToken, LOCAL_TASK_TOKEN, type WaitForTaskTokenOptions } from "./waitForTaskToken.js";
export { nestedExecutionFailure } from "./workflow.js";
export {
  distributedMap,
  type BatchOptions,
  type DistributedMapInput,
  type DistributedMapOptions,
  type DistributedMapResult,
  type ItemOf,
  type ResultWriterOptions,
} from "./distributedMap/distributedMap.js";
export { s3, type CsvDelimiter, type CsvOptions, type ItemSource, type ReaderOptions, type S3InventoryItem, type S3ObjectItem } from "./distributedMap/sources.js";
export { memoryS3, folderS3, LocalS3Error, type LocalS3, type LocalObjectInfo, type MemoryS3 } from "./distributedMap/localS3.js";
export {
  runMapRun,
  batchItems,
  thresholdExceeded,
  mapRunArn,
  type ChildOutcome,
  type MapRunSpec,
  type ResultWriterOutput,
} from "./distributedMap/mapRun.js";
export { readItems, parseCsv, type ResolvedReader } from "./distributedMap/readers.js";
