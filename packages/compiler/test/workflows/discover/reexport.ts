// Re-exports the DSL under other names, as a team's own wrapper module might.
export { workflow as defineWorkflow, lambda as fn, WorkflowError as Failure } from "@stepscript/dsl";
