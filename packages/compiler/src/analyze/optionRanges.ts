import type { Node } from "ts-morph";
import { fail } from "../diagnostics/report.js";
import type { Json } from "../ir/types.js";

/** An inclusive range of numbers that Step Functions accepts for a field, as the ASL specification states it. */
export interface Range {
  min: number;
  max?: number;
  integer: boolean;
  /** How the range reads in a message: "a whole number from 1 to 99999999". */
  text: string;
}

const MAX_SECONDS = 99_999_999;

function integers(min: number, max: number): Range {
  return { min, max, integer: true, text: `a whole number from ${min} to ${max}` };
}

/** TimeoutSeconds and HeartbeatSeconds: positive integers. */
export const POSITIVE_SECONDS = integers(1, MAX_SECONDS);
/** A Wait state's Seconds: a non-negative integer. */
export const WAIT_SECONDS = integers(0, MAX_SECONDS);

/** The options read by `readLiteralOptions` whose range is the same wherever they are written. */
const OPTION_RANGES: Record<string, Range> = {
  timeoutSeconds: POSITIVE_SECONDS,
  heartbeatSeconds: POSITIVE_SECONDS,
};

const RETRY_RANGES: Record<string, Range> = {
  intervalSeconds: integers(1, MAX_SECONDS),
  maxAttempts: integers(0, MAX_SECONDS),
  backoffRate: { min: 1, integer: false, text: "a number of at least 1" },
  maxDelaySeconds: integers(1, 31_622_400),
};

export function inRange(value: number, range: Range): boolean {
  return Number.isFinite(value) && (!range.integer || Number.isInteger(value)) && value >= range.min && (range.max === undefined || value <= range.max);
}

/** Refuses, at the option, a literal value Step Functions would reject for the field. */
export function checkRange(what: string, value: Json, range: Range, at: Node): void {
  if (typeof value === "number" && inRange(value, range)) return;
  fail(at, "optionOutOfRange", { what, range: range.text, value: JSON.stringify(value) });
}

export function checkOptionRange(key: string, value: Json, at: Node): void {
  const range = OPTION_RANGES[key];
  if (range) checkRange(key, value, range, at);
}

export function checkRetryField(key: string, value: number, at: Node): void {
  const range = RETRY_RANGES[key];
  if (range) checkRange(`retry.${key}`, value, range, at);
}

/**
 * ErrorEquals is a non-empty list, and `States.ALL` must stand alone in the last retrier: Step
 * Functions rejects a definition that breaks either rule.
 */
export function checkRetryErrors(errorLists: readonly string[][], at: (index: number) => Node): void {
  errorLists.forEach((errors, index) => {
    if (errors.length === 0) fail(at(index), "invalidRetryErrors", { what: "retry.errors is empty; it must name at least one error (leave it out for every error)" });
    if (!errors.includes("States.ALL")) return;
    if (errors.length > 1) fail(at(index), "invalidRetryErrors", { what: "States.ALL must be the only error of its retry policy" });
    if (index !== errorLists.length - 1) fail(at(index), "invalidRetryErrors", { what: "the retry policy for States.ALL (every error) must come last, after the policies for particular errors" });
  });
}

const MAX_STATE_NAME = 80;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A state name the user gives is used exactly, so it must be one Step Functions accepts: 1 to 80
 * characters, no control characters. Characters are counted as UTF-16 units, the stricter count
 * (a name of astral characters Step Functions might count as fewer is refused rather than risked).
 */
export function checkStateName(value: Json, at: Node): void {
  if (typeof value !== "string") fail(at, "invalidStateName", { what: `${JSON.stringify(value)} is not a string` });
  const length = value.length;
  if (length === 0) fail(at, "invalidStateName", { what: "is empty" });
  if (length > MAX_STATE_NAME) fail(at, "invalidStateName", { what: `is ${length} characters long, over the limit of ${MAX_STATE_NAME}` });
  if (CONTROL_CHARACTERS.test(value)) fail(at, "invalidStateName", { what: `${JSON.stringify(value)} contains a control character` });
}

/** HeartbeatSeconds must be smaller than TimeoutSeconds when both are known. */
export function checkHeartbeat(timeoutSeconds: Json | undefined, heartbeatSeconds: Json | undefined, at: Node): void {
  if (typeof timeoutSeconds !== "number" || typeof heartbeatSeconds !== "number" || heartbeatSeconds < timeoutSeconds) return;
  fail(at, "optionOutOfRange", { what: "heartbeatSeconds", range: `smaller than timeoutSeconds (${timeoutSeconds})`, value: JSON.stringify(heartbeatSeconds) });
}
