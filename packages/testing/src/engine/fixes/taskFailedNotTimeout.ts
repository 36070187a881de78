import type { EngineFix } from "../fix.js";

export const taskFailedNotTimeout: EngineFix = {
  name: "task-failed-not-timeout",
  why: "States.TaskFailed matches any task error except States.Timeout; the engine excludes only its own timeout error, not a task that fails with the error name States.Timeout.",
  replacements: [
    {
      find: '=== "Task" && !(error instanceof StatesTimeoutError);',
      replace: '=== "Task" && !(error instanceof StatesTimeoutError) && error.name !== "States.Timeout";',
      count: 2,
    },
  ],
};
