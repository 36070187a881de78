import type { EngineFix } from "../fix.js";

export const resultPathRoot: EngineFix = {
  name: "result-path-root",
  why: "ResultPath \"$\" replaces the whole input with the result, and \"$['a b']\" is a path like \"$.a\"; the engine stores the result under a key named \"$\" (it only strips a leading \"$.\").",
  replacements: [
    {
      find: '  const sanitizedPath = path.replace("$.", "");',
      replace: `  if (path === "$") {
    return result;
  }
  const sanitizedPath = path.startsWith("$") ? path.slice(1) : path;`,
    },
  ],
};
