import type { EngineFix } from "../fix.js";

export const mathRandomExclusiveEnd: EngineFix = {
  name: "math-random-exclusive-end",
  why: "States.MathRandom(start, end) returns a number in [start, end): AWS documents the end as exclusive; the engine includes it.",
  replacements: [{ find: "    return getRandomNumber(min, max, rng);", replace: "    return getRandomNumber(min, max - 1, rng);" }],
};
