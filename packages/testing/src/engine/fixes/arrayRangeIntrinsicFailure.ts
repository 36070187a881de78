import type { EngineFix } from "../fix.js";

export const arrayRangeIntrinsicFailure: EngineFix = {
  name: "array-range-intrinsic-failure",
  why: "A States.ArrayRange of more than 1,000 items fails the intrinsic: AWS reports States.IntrinsicFailure (an intrinsic that could not be evaluated, catchable like other errors); the engine reports States.Runtime, which nothing can catch.",
  replacements: [
    {
      find: "      throw new StatesRuntimeError(\n        `Result of intrinsic function ${this.funcDefinition.name} cannot contain more than 1000 items`\n      );",
      replace:
        "      throw Object.assign(new RuntimeError(\n        `Result of intrinsic function ${this.funcDefinition.name} cannot contain more than 1000 items`\n      ), { name: \"States.IntrinsicFailure\" });",
    },
  ],
};
