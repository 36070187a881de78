export { copy, failureOf, type RunOutcome, type TaskCall } from "@stepscript/testing";
