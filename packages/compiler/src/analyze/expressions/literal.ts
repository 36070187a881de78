import type { Json, Kinds } from "../../ir/types.js";

export function kindsOfJson(value: Json): Kinds {
  if (value === null) return ["null"];
  if (Array.isArray(value)) return ["array"];
  switch (typeof value) {
    case "string":
      return ["string"];
    case "number":
      return ["number"];
    case "boolean":
      return ["boolean"];
    default:
      return ["object"];
  }
}
