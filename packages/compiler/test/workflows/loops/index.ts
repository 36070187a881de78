export * from "./forOf.js";
export * from "./counters.js";
export * from "./whileLoops.js";
export * from "./nested.js";
