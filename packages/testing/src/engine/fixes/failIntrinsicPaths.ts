import type { EngineFix } from "../fix.js";

export const failIntrinsicPaths: EngineFix = {
  name: "fail-intrinsic-paths",
  why: "A Fail state's ErrorPath and CausePath may be intrinsic functions (States.Format, States.JsonToString, …), as AWS documents; the engine reads them as JSONPath only.",
  replacements: [
    {
      from: "    if (state.ErrorPath) {\n      error = jsonPathQuery(state.ErrorPath",
      through: "    throw new FailStateError(error, cause);",
      replace: `    const resolve = (path) => {
      if (!path.startsWith("States.")) {
        return jsonPathQuery(path, input, context, { constraints: [StringConstraint] });
      }
      const value = evaluateIntrinsicFunction(path, input, context);
      new StringConstraint(path).test(value);
      return value;
    };
    if (state.ErrorPath) {
      error = resolve(state.ErrorPath);
    }
    if (state.CausePath) {
      cause = resolve(state.CausePath);
    }
    throw new FailStateError(error, cause);`,
    },
  ],
};
