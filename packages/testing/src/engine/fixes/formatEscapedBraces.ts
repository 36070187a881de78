import type { EngineFix } from "../fix.js";

export const formatEscapedBraces: EngineFix = {
  name: "format-escaped-braces",
  why: String.raw`In a States.Format template literal, \{ and \} are braces, not a placeholder; the engine counts and fills "\{\}" as a placeholder.`,
  replacements: [
    {
      from: "  execute(templateStr, ...placeholderValues) {\n    const placeholdersNumber = templateStr.match(",
      through: "    return templateStr.replace(/\\{\\}/g, () => placeholderValues[i++]);\n  }",
      replace: String.raw`  call(input, context, ...args) {
    const parsedArgs = parseArguments(input, context, ...args);
    validateArguments(this.funcDefinition, ...parsedArgs);
    const [templateStr, ...placeholderValues] = parsedArgs;
    const isLiteral = args[0]?.[0] === "'";
    const rawTemplate = isLiteral ? args[0].slice(1, args[0].lastIndexOf("'")) : templateStr;
    const pieces = [];
    let placeholders = 0;
    for (let i = 0; i < rawTemplate.length; i++) {
      const char = rawTemplate[i];
      if (isLiteral && char === "\\" && i + 1 < rawTemplate.length) {
        pieces.push(rawTemplate[++i]);
      } else if (char === "{" && rawTemplate[i + 1] === "}") {
        pieces.push({ index: placeholders++ });
        i++;
      } else {
        pieces.push(char);
      }
    }
    if (placeholders !== placeholderValues.length) {
      throw new StatesRuntimeError(
        "Number of arguments in " + this.funcDefinition.name + " do not match the occurrences of {}"
      );
    }
    return pieces.map((piece) => (typeof piece === "string" ? piece : String(placeholderValues[piece.index]))).join("");
  }
  execute(templateStr, ...placeholderValues) {
    return this.call(null, null, "'" + templateStr + "'", ...placeholderValues.map((value) => JSON.stringify(value)));
  }`,
    },
  ],
};
