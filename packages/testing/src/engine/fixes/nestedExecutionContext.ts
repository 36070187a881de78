import type { EngineFix } from "../fix.js";

/**
 * A Map iteration and a Parallel branch are run by the engine as executions of their own; the
 * run option `_parentExecution` hands them the execution's `$$.Execution` object.
 */
export const nestedExecutionContext: EngineFix = {
  name: "nested-execution-context",
  why: "Inside a Map iteration or a Parallel branch, $$.Execution (Input, StartTime, …) is the execution's; the engine gives them the item or branch input and a new StartTime. It also overwrites a StartTime given in the context option.",
  replacements: [
    {
      find: "    const execution = stateMachine.run(paramValue ?? item, options.runOptions);",
      replace: "    const execution = stateMachine.run(paramValue ?? item, { ...options.runOptions, _parentExecution: context.Execution });",
    },
    {
      find: "    const execution = stateMachine.run(input, options.runOptions);",
      replace: "    const execution = stateMachine.run(input, { ...options.runOptions, _parentExecution: context.Execution });",
    },
    {
      find: `      Execution: {
        ...options.runOptions?.context?.Execution,
        Input: input,
        StartTime: (/* @__PURE__ */ new Date()).toISOString()
      }`,
      replace: `      Execution: options.runOptions?._parentExecution ?? {
        ...options.runOptions?.context?.Execution,
        Input: input,
        StartTime: options.runOptions?.context?.Execution?.StartTime ?? (/* @__PURE__ */ new Date()).toISOString()
      }`,
    },
  ],
};
