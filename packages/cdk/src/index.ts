export { StepscriptStateMachine, type StepscriptStateMachineProps } from "./stepscriptStateMachine.js";
export { StepscriptBuildError, nearestTsconfig, type BuiltWorkflow, type Manifest } from "./build.js";
export { prebuild } from "./prebuild.js";
