import { lambda, workflow } from "@stepscript/dsl";

export const probe = lambda<{ s: string }, { ok: boolean; score: number }>("arn:aws:lambda:us-east-1:123456789012:function:Probe", { retry: [] });

export interface Input {
  s: string;
  n: number;
  b: boolean;
  opt?: string;
  optNum?: number;
  nullable: string | null;
  obj?: { x: number };
  arr: number[];
  either: string | number | boolean | null | { k: string } | string[];
  maybe?: string | number | null;
}

/** Truthiness of every static type, each in its own branch. */
export const truthiness = workflow(async (input: Input) => {
  return {
    s: input.s ? "truthy" : "falsy",
    n: input.n ? "truthy" : "falsy",
    b: input.b ? "truthy" : "falsy",
    opt: input.opt ? "truthy" : "falsy",
    optNum: input.optNum ? "truthy" : "falsy",
    nullable: input.nullable ? "truthy" : "falsy",
    obj: input.obj ? "truthy" : "falsy",
    arr: input.arr ? "truthy" : "falsy",
    either: input.either ? "truthy" : "falsy",
    maybe: input.maybe ? "truthy" : "falsy",
  };
});

/** `===` null / undefined, loose null, either operand order. */
export const nullAndUndefined = workflow(async (input: Input) => {
  if (null === input.nullable) return "nullable is null";
  if (input.opt === undefined) return "opt absent";
  if (undefined !== input.optNum && input.optNum === 0) return "optNum zero";
  if (input.maybe == null) return "maybe nullish";
  if (input.maybe === null) return "unreachable";
  return "other";
});

/** `typeof` against each name, both orders, `===` and `!==`. */
export const typeTests = workflow(async (input: Input) => {
  return {
    string: typeof input.either === "string",
    number: "number" === typeof input.either,
    boolean: typeof input.either === "boolean",
    object: typeof input.either === "object",
    notObject: typeof input.either !== "object",
    maybeString: typeof input.maybe === "string",
    maybeObject: typeof input.maybe === "object",
    maybeUndefined: typeof input.maybe === "undefined",
    optString: typeof input.opt === "string",
    alwaysNumber: typeof input.n === "number",
  };
});

/** `??`, `&&`, `||`, `!` and ternaries combined in conditions. */
export const combined = workflow(async (input: Input) => {
  if (input.opt ?? input.nullable) return "opt ?? nullable";
  if (!(input.b || input.n > 5) && (input.maybe ?? "fallback") === "fallback") return "neither b nor big, maybe nullish";
  if (input.b ? input.n === 1 : input.s === "one") return "ternary condition";
  if (!input.s && !input.n) return "both falsy";
  return "none";
});

/** An else-if chain and an if nested in an else branch: one Choice. */
export const chain = workflow(async (input: Input) => {
  if (input.n > 100) {
    return "huge";
  } else if (input.n > 10) {
    return "big";
  } else {
    if (input.n > 0) {
      return "small";
    } else if (input.n === 0) {
      return "zero";
    }
  }
  return "negative";
});

/** An if that is the whole then-branch, and a switch that is the whole else-branch: one Choice. */
export const nested = workflow(async (input: Input) => {
  if (input.n > 0) {
    if (input.s === "a") return "positive a";
  } else {
    switch (input.s) {
      case "a":
        return "non-positive a";
      case "b":
      case "c":
        return "non-positive b or c";
    }
  }
  return "rest";
});

/** Task calls on the right of `&&`, `||`, `??` and in ternary branches run only when JavaScript reaches them. */
export const callsInConditions = workflow(async (input: Input) => {
  let seen = "";
  if (input.opt && (await probe({ s: input.opt })).ok) seen = `${seen} and`;
  if (input.b || (await probe({ s: "or" })).score > 1) seen = `${seen} or`;
  if (input.nullable ?? (await probe({ s: "nullish" })).ok) seen = `${seen} nullish`;
  if (input.n > 0 ? (await probe({ s: "then" })).ok : (await probe({ s: "else" })).score === 0) seen = `${seen} ternary`;
  return seen;
});
