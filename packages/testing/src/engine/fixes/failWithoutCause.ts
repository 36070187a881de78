import type { EngineFix } from "../fix.js";

/**
 * The failed error carries `noCause: true` (read by the Catch below and by our runner), because
 * the engine's errors are JavaScript errors whose message is always a string.
 */
export const failWithoutCause: EngineFix = {
  name: "fail-without-cause",
  why: "A Fail state without Cause/CausePath fails with no cause, and a Catch's error output then has no Cause field; the engine invents the cause \"Execution failed because of a Fail state\".",
  replacements: [
    {
      find: `  constructor(name = "FailStateError", message = "Execution failed because of a Fail state") {
    super(message);
    this.name = name;`,
      replace: `  constructor(name = "FailStateError", message) {
    super(message ?? "");
    this.name = name;
    this.noCause = message === void 0;`,
    },
    {
      find: `          const errorOutput = {
            Error: error.name,
            Cause: error.message
          };`,
      replace: `          const errorOutput = error.noCause ? { Error: error.name } : {
            Error: error.name,
            Cause: error.message
          };`,
    },
  ],
};
