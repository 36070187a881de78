export { runLocally, type LocalRun, type LocalRunOptions } from "@stepscript/testing";
