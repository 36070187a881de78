import type { Expr, Json, PathSegment, Root } from "../../ir/types.js";
import { renderPath } from "./layout.js";

/** Turns a read's root into a JSONPath; which one depends on where the state reads from. */
export type PathResolver = (root: Root, path: readonly PathSegment[]) => string;

/**
 * A value in a payload template: fixed JSON (which may hold `key.$` entries), or a path or
 * intrinsic function evaluated by the state.
 */
export type Template = { fixed: Json } | { dynamic: string };

export class LoweringError extends Error {}

export function toTemplate(expr: Expr, resolve: PathResolver): Template {
  switch (expr.kind) {
    case "literal":
      return literalTemplate(expr.value, resolve);
    case "read":
      return { dynamic: resolve(expr.root, expr.path) };
    case "object": {
      const fields: { [key: string]: Json } = {};
      for (const entry of expr.entries) Object.assign(fields, field(entry.key, toTemplate(entry.value, resolve)));
      return { fixed: fields };
    }
    case "array":
    {
      // Step Functions evaluates `.$` keys in objects however deeply nested, arrays included, but
      // an array item that is itself a path has no key to carry `.$`: such an array is States.Array.
      const items = expr.items.map((item) => (item.kind === "literal" || item.kind === "object" ? toTemplate(item, resolve) : undefined));
      // asl-validator also rejects a null inside such an array, so those are built too.
      if (items.every((item) => item !== undefined && "fixed" in item && !containsNull(item.fixed))) return { fixed: items.map((item) => (item as { fixed: Json }).fixed) };
      return { dynamic: intrinsicArgument(expr, resolve) };
    }
    case "format":
    case "intrinsic":
      return { dynamic: intrinsicArgument(expr, resolve) };
  }
}

/** asl-validator rejects a null inside an array next to `.$` keys, so such arrays are built with States.Array. */
function literalTemplate(value: Json, resolve: PathResolver): Template {
  if (value === null || typeof value !== "object") return { fixed: value };
  if (Array.isArray(value)) {
    return containsNull(value) ? { dynamic: intrinsicArgument({ kind: "literal", value, kinds: ["array"] }, resolve) } : { fixed: value };
  }
  const fields: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) Object.assign(fields, field(key, literalTemplate(inner, resolve)));
  return { fixed: fields };
}

function containsNull(value: Json): boolean {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(containsNull);
}

/** `{ key: value }` or `{ "key.$": "path" }`. */
export function field(key: string, template: Template): { [key: string]: Json } {
  return "fixed" in template ? { [key]: template.fixed } : { [`${key}.$`]: template.dynamic };
}

/** An argument of an intrinsic function: a literal, a path, or a nested intrinsic. */
export function intrinsicArgument(expr: Expr, resolve: PathResolver): string {
  switch (expr.kind) {
    case "literal":
      if (typeof expr.value === "string") return quote(expr.value);
      if (expr.value === null || typeof expr.value !== "object") return JSON.stringify(expr.value);
      if (Array.isArray(expr.value)) return `States.Array(${expr.value.map((v) => intrinsicArgument({ kind: "literal", value: v, kinds: [] }, resolve)).join(", ")})`;
      return `States.StringToJson(${quote(JSON.stringify(expr.value))})`;
    case "read":
      return resolve(expr.root, expr.path);
    case "array":
      return `States.Array(${expr.items.map((item) => intrinsicArgument(item, resolve)).join(", ")})`;
    case "format": {
      const template = expr.parts.map(escapeIntrinsicText).join("{}");
      const args = expr.values.map((value) => intrinsicArgument(value, resolve));
      return `States.Format(${[`'${template}'`, ...args].join(", ")})`;
    }
    case "intrinsic":
      return `${expr.name}(${expr.args.map((arg) => intrinsicArgument(arg, resolve)).join(", ")})`;
    case "object":
      throw new LoweringError("an object with varying fields inside an array or a string has no JSONPath equivalent");
  }
}

// Both validators reject `\\` in intrinsic strings although AWS documents it.
const BACKSLASH = "a backslash in a string inside an intrinsic function (the ASL validators reject its escape `\\\\`)";

/** Characters with a meaning inside an intrinsic's string literal are escaped with a backslash. */
function escapeIntrinsicText(text: string): string {
  if (text.includes("\\")) throw new LoweringError(BACKSLASH);
  return text.replace(/['{}]/g, (c) => `\\${c}`);
}

function quote(text: string): string {
  return `'${escapeIntrinsicText(text)}'`;
}

export function resolverFor(variablePath: (id: string, path: readonly PathSegment[]) => string): PathResolver {
  return (root, path) => {
    switch (root.kind) {
      case "variable":
        return variablePath(root.id, path);
      case "input":
        return renderPath("$$.Execution.Input", path);
      case "context":
        return renderPath(`$$.${root.path.join(".")}`, path);
    }
  };
}
