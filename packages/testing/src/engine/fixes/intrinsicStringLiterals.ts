import type { EngineFix } from "../fix.js";

export const intrinsicStringLiterals: EngineFix = {
  name: "intrinsic-string-literals",
  why: String.raw`In an intrinsic function's string literal, \' \{ \} \\ stand for the character itself, and commas and parentheses inside a literal are text. The engine splits arguments at a comma inside a literal when \\ precedes its closing quote, keeps the backslashes of escapes, and then deletes every backslash of the result (also those of values: 'C:\dir' becomes 'C:dir').`,
  replacements: [
    {
      find: String.raw`    if (arg[0] === "'") {
      const lastSingleQuote = arg.lastIndexOf("'");
      return arg.slice(1, lastSingleQuote);
    }`,
      replace: String.raw`    if (arg[0] === "'") {
      return arg.slice(1, arg.lastIndexOf("'")).replace(/\\(.)/gs, "$1");
    }`,
    },
    {
      find: String.raw`    let result = this.execute(...parsedArgs);
    if (typeof result === "string") {
      result = result.replaceAll("\\", "");
    }
    return result;`,
      replace: "    return this.execute(...parsedArgs);",
    },
    {
      from: "  const funcArgs = intrinsicFunction.slice(openingParensIdx + 1, intrinsicFunction.length - 1);",
      through: "  return functions[funcName].call(input, context, ...splitArgs);",
      replace: String.raw`  const funcArgs = intrinsicFunction.trim().slice(openingParensIdx + 1, -1);
  const splitArgs = [];
  const pushArg = (arg) => {
    const trimmed = arg.trim();
    if (trimmed.startsWith("States.")) {
      splitArgs.push(JSON.stringify(evaluateIntrinsicFunction(trimmed, input, context)));
    } else {
      splitArgs.push(trimmed);
    }
  };
  let partialArg = "";
  let parensCount = 0;
  let inLiteral = false;
  for (let i = 0; i < funcArgs.length; i++) {
    const char = funcArgs[i];
    if (inLiteral) {
      partialArg += char;
      if (char === "\\" && i + 1 < funcArgs.length) partialArg += funcArgs[++i];
      else if (char === "'") inLiteral = false;
      continue;
    }
    if (char === "'") inLiteral = true;
    else if (char === "(") parensCount++;
    else if (char === ")") parensCount--;
    else if (char === "," && parensCount === 0) {
      pushArg(partialArg);
      partialArg = "";
      continue;
    }
    partialArg += char;
  }
  if (partialArg.trim() !== "" || splitArgs.length > 0) pushArg(partialArg);
  return functions[funcName].call(input, context, ...splitArgs);`,
    },
  ],
};
