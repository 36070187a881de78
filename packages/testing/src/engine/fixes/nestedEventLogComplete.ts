import type { EngineFix } from "../fix.js";

export const nestedEventLogComplete: EngineFix = {
  name: "nested-event-log-complete",
  why: "An execution's history has every event of its Map iterations and Parallel branches; the engine forwards them without waiting, so when the Map or Parallel ends the execution its last events are lost.",
  replacements: [
    {
      find: `    this.forwardEventsToRootEventLogger(options.eventLogger, execution.eventLogs, index, options.rawInput);
    return execution.result;`,
      replace: `    const forwarded = this.forwardEventsToRootEventLogger(options.eventLogger, execution.eventLogs, index, options.rawInput);
    return execution.result.finally(() => forwarded);`,
    },
    {
      find: `    this.forwardEventsToRootEventLogger(options.eventLogger, execution.eventLogs, options.rawInput);
    return execution.result;`,
      replace: `    const forwarded = this.forwardEventsToRootEventLogger(options.eventLogger, execution.eventLogs, options.rawInput);
    return execution.result.finally(() => forwarded);`,
    },
  ],
};
