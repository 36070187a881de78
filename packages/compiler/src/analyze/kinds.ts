import { Node, type Type } from "ts-morph";
import type { Kind, Kinds } from "../ir/types.js";

/**
 * The JSON kinds a value of this static type can have at run time, or undefined when the type
 * does not say (any, unknown, type parameters).
 */
export function kindsOfType(type: Type): Kinds | undefined {
  const kinds = new Set<Kind>();
  const visit = (t: Type): boolean => {
    if (t.isAny() || t.isUnknown() || t.isTypeParameter()) return false;
    if (t.isUnion()) return t.getUnionTypes().every(visit);
    if (t.isString() || t.isStringLiteral() || t.isTemplateLiteral()) kinds.add("string");
    else if (t.isNumber() || t.isNumberLiteral() || (t.isEnumLiteral() && t.getLiteralValue() !== undefined && typeof t.getLiteralValue() === "number")) kinds.add("number");
    else if (t.isEnumLiteral()) kinds.add("string");
    else if (t.isBoolean() || t.isBooleanLiteral()) kinds.add("boolean");
    else if (t.isNull()) kinds.add("null");
    else if (t.isUndefined() || t.isVoid()) kinds.add("undefined");
    else if (t.isNever()) return true;
    else if (t.isArray() || t.isTuple() || t.isReadonlyArray?.()) kinds.add("array");
    else if (t.isIntersection()) {
      const parts = t.getIntersectionTypes();
      if (parts.some((p) => p.isString() || p.isStringLiteral())) kinds.add("string");
      else if (parts.some((p) => p.isNumber() || p.isNumberLiteral())) kinds.add("number");
      else kinds.add("object");
    } else if (t.isObject()) kinds.add("object");
    else return false;
    return true;
  };
  return visit(type) ? [...kinds].sort() : undefined;
}

export function kindsOfNode(node: Node): Kinds | undefined {
  return kindsOfType(node.getType());
}

export function describeType(node: Node): string {
  return node.getType().getText(node);
}

export const has = (kinds: Kinds, kind: Kind): boolean => kinds.includes(kind);
