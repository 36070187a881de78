import { parseFormatTemplate } from "@stepscript/runtime-types";
import { createHash, randomInt, randomUUID } from "node:crypto";
import { WorkflowError } from "./errors.js";
import type { Json } from "./json.js";

/** The algorithms `States.Hash` accepts, spelled as AWS spells them. */
export type HashAlgorithm = "MD5" | "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

const NODE_HASH: Record<HashAlgorithm, string> = {
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

/** How Step Functions reports an intrinsic function that cannot evaluate its arguments. */
function intrinsicFailure(message: string): never {
  throw new WorkflowError("States.IntrinsicFailure", message);
}

function requireInteger(value: number, what: string): void {
  if (!Number.isInteger(value)) intrinsicFailure(`${what} must be an integer`);
}

/**
 * Step Functions' intrinsic functions whose meaning is not JavaScript's. Each compiles to the
 * intrinsic named in its `@stepscript` tag and, run locally, behaves as AWS documents it.
 */
export const States = {
  /**
   * Splits `text` at every character of `delimiters` (each character is a delimiter on its own,
   * as in AWS's `"a.b+c"` / `".+"` example); empty pieces are dropped.
   * @stepscript intrinsic States.StringSplit
   */
  stringSplit(text: string, delimiters: string): string[] {
    const tokens: string[] = [];
    let current = "";
    for (const char of text) {
      if (delimiters.includes(char)) {
        if (current !== "") tokens.push(current);
        current = "";
      } else current += char;
    }
    if (current !== "") tokens.push(current);
    return tokens;
  },

  /**
   * A version 4 UUID.
   * @stepscript intrinsic States.UUID
   */
  uuid(): string {
    return randomUUID();
  },

  /**
   * The hex digest of `data` (at most 10,000 characters) with one of AWS's algorithms.
   * @stepscript intrinsic States.Hash
   */
  hash(data: string, algorithm: HashAlgorithm): string {
    if (data.length > 10_000) intrinsicFailure("States.Hash takes at most 10,000 characters");
    const name = NODE_HASH[algorithm];
    if (!name) intrinsicFailure(`States.Hash does not support the algorithm ${String(algorithm)}`);
    return createHash(name).update(data, "utf8").digest("hex");
  },

  /**
   * The Base64 encoding of `data`'s UTF-8 bytes (at most 10,000 characters).
   * @stepscript intrinsic States.Base64Encode
   */
  base64Encode(data: string): string {
    if (data.length > 10_000) intrinsicFailure("States.Base64Encode takes at most 10,000 characters");
    return Buffer.from(data, "utf8").toString("base64");
  },

  /**
   * The text whose Base64 encoding is `data` (at most 10,000 characters).
   * @stepscript intrinsic States.Base64Decode
   */
  base64Decode(data: string): string {
    if (data.length > 10_000) intrinsicFailure("States.Base64Decode takes at most 10,000 characters");
    return Buffer.from(data, "base64").toString("utf8");
  },

  /**
   * The integers from `start` to `end` inclusive, `step` apart (at most 1,000 of them; none when
   * `end` lies the other way).
   * @stepscript intrinsic States.ArrayRange
   */
  arrayRange(start: number, end: number, step: number): number[] {
    requireInteger(start, "the start of States.ArrayRange");
    requireInteger(end, "the end of States.ArrayRange");
    requireInteger(step, "the step of States.ArrayRange");
    if (step === 0) intrinsicFailure("the step of States.ArrayRange must not be 0");
    const slots = (end - start) / step;
    if (slots < 0) return [];
    const count = Math.floor(slots) + 1;
    if (count > 1000) intrinsicFailure("Result of intrinsic function States.ArrayRange cannot contain more than 1000 items");
    return Array.from({ length: count }, (_, i) => start + step * i);
  },

  /**
   * `items` in chunks of `size` (a positive integer); the last chunk holds what is left.
   * @stepscript intrinsic States.ArrayPartition
   */
  arrayPartition<T>(items: readonly T[], size: number): T[][] {
    if (!Number.isInteger(size) || size <= 0) intrinsicFailure("the chunk size of States.ArrayPartition must be a positive integer");
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
  },

  /**
   * `items` without repeated values (equal as JSON), each kept where it first occurs.
   * @stepscript intrinsic States.ArrayUnique
   */
  arrayUnique<T>(items: readonly T[]): T[] {
    const seen = new Set<string>();
    return items.filter((item) => {
      const key = canonicalJson(item as Json);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },

  /**
   * A random integer from `start` (inclusive) to `end` (exclusive).
   * @stepscript intrinsic States.MathRandom
   */
  mathRandom(start: number, end: number): number {
    requireInteger(start, "the start of States.MathRandom");
    requireInteger(end, "the end of States.MathRandom");
    if (end <= start) intrinsicFailure("States.MathRandom needs start < end");
    return randomInt(start, end);
  },

  /**
   * `template` with each `{}` replaced by the next value, rendered as JavaScript's `String(v)`;
   * `\{`, `\}`, `\'` and `\\` are the characters themselves. The template is a literal.
   * @stepscript intrinsic States.Format
   */
  format(template: string, ...values: (string | number | boolean | null)[]): string {
    const pieces = parseFormatTemplate(template);
    const holes = pieces.length - 1;
    if (holes !== values.length) intrinsicFailure(`States.Format has ${holes} placeholders but ${values.length} values`);
    return pieces.reduce((text, piece, i) => text + (i === 0 ? "" : String(values[i - 1])) + piece, "");
  },
};


/** JSON with sorted keys, so equal values (as Step Functions compares them) have one text. */
function canonicalJson(value: Json): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}
