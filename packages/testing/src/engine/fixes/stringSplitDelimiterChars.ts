import type { EngineFix } from "../fix.js";

export const stringSplitDelimiterChars: EngineFix = {
  name: "string-split-delimiter-chars",
  why: "States.StringSplit splits at every character of the delimiter string and drops empty tokens (AWS's example: 'This.is+a,,test=string,' with '.+,=' gives 5 tokens); the engine splits at the whole delimiter and keeps empty tokens.",
  replacements: [
    {
      find: "    return str.split(separator);",
      replace: `    const tokens = [];
    let current = "";
    for (const char of str) {
      if (separator.includes(char)) {
        if (current !== "") tokens.push(current);
        current = "";
      } else current += char;
    }
    if (current !== "") tokens.push(current);
    return tokens;`,
    },
  ],
};
