import type { EngineFix } from "../fix.js";

export const passFalsyResult: EngineFix = {
  name: "pass-falsy-result",
  why: "A Pass state with a Result outputs it, also 0, false, \"\" or null; the engine passes its input through when Result is falsy.",
  replacements: [{ find: "    if (this.stateDefinition.Result) {", replace: '    if ("Result" in this.stateDefinition) {' }],
};
