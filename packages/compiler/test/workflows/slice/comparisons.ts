import { workflow } from "@stepscript/dsl";
import { score } from "./tasks.js";

export interface Pair {
  a: number;
  b: number;
  s: string;
  t: string;
  yes: boolean;
}

/** Every comparison operator, literal on either side, and path against path. */
export const compareNumbers = workflow(async (input: Pair) => {
  if (input.a < 10) {
    if (10 <= input.a) return "impossible";
    return "a<10";
  } else if (input.a === 10) {
    return "a==10";
  } else if (100 > input.a) {
    return "10<a<100";
  } else if (input.a >= 1000) {
    return "a>=1000";
  }
  return "100<=a<1000";
});

export const compareStrings = workflow(async (input: Pair) => {
  if (input.s === "") return "empty";
  if ("go" === input.s) return "go (literal on the left)";
  if (input.s !== "stop") {
    if (input.s < "m") return "before m";
    return "after m";
  }
  return "stop";
});

export const comparePaths = workflow(async (input: Pair) => {
  const result = await score({ name: input.s });
  if (result.points === input.a) return "points equal a";
  if (input.b < result.points) return "b below points";
  if (result.label !== input.t) return "labels differ";
  if (result.flag === input.yes) return "flags agree";
  return "none";
});

export const compareBooleans = workflow(async (input: Pair) => {
  if (input.yes === true) return 1;
  if (false !== input.yes) return 2;
  return 3;
});

export const logic = workflow(async (input: Pair) => {
  if ((input.a > 0 && input.b > 0) || !(input.s === "x" || input.t === "y")) {
    return { both: true };
  }
  return { both: false };
});
