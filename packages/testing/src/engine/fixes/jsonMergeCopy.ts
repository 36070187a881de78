import type { EngineFix } from "../fix.js";

export const jsonMergeCopy: EngineFix = {
  name: "json-merge-copy",
  why: "States.JsonMerge returns a new object; the engine merges into its first argument, so the state input (from which the argument was read) changes too.",
  replacements: [{ find: "    return Object.assign(obj1, obj2);", replace: "    return Object.assign({}, obj1, obj2);" }],
};
