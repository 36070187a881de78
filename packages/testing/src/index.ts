/**
 * @stepscript/testing: run compiled workflows on the reference engine (aws-local-stepfunctions
 * with our fixes applied at run time) and compare them with their TypeScript meaning.
 */
export {
  runOnEngine,
  childWorkflows,
  collectStates,
  defaultEngineContext,
  lambdaInvokeResponse,
  LAMBDA_INVOKE,
  START_EXECUTION_SYNC2,
  type ChildWorkflows,
  type EngineContext,
  type EngineRun,
  type EngineRunOptions,
} from "./runOnEngine.js";
export { runLocally, type LocalRun, type LocalRunOptions } from "./runLocally.js";
export { runCompiled, MissingImplementationError, type CompiledRun, type RunCompiledOptions, type TaskImplementations } from "./runCompiled.js";
export { historyOf, type HistoryEvent } from "./history.js";
export { copy, failureOf, type RunOutcome, type TaskCall } from "./outcome.js";
export { engineFixes, loadEngine, applyFix, EngineFixError, type Engine, type EngineFix, type Replacement } from "./engine/index.js";
export { extendDistributedMaps, isDistributedMap, type ChildRun, type DistributedMapEnvironment, type MapRunStats } from "./distributedMap.js";
export {
  expectSameBehaviour,
  runBoth,
  comparable,
  canonical,
  contextFor,
  pinnedOutcome,
  tasksOf,
  truncate,
  type BehaviourCase,
  type BehaviourRun,
  type ContextOverrides,
  type SameBehaviourOptions,
} from "./behaviour.js";
