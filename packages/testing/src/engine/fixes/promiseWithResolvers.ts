import type { EngineFix } from "../fix.js";

interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

/** `Promise.withResolvers()` as ES2024 defines it. */
export function withResolvers<T>(): Resolvers<T> {
  let resolve!: Resolvers<T>["resolve"];
  let reject!: Resolvers<T>["reject"];
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const promiseWithResolvers: EngineFix = {
  name: "promise-with-resolvers",
  why: "The engine calls Promise.withResolvers (ES2024) for every Task state; Node 20 lacks it. Ours is used inside the engine only, the user's global Promise is left alone.",
  replacements: [{ find: "Promise.withResolvers()", replace: "__stepscript.withResolvers()" }],
  scope: { withResolvers },
};
