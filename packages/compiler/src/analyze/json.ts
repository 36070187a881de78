import { Node, type Type } from "ts-morph";

/**
 * The first part of a type that is not JSON, described as `path: type`, or undefined when the
 * whole type is JSON. `undefined` is allowed where a property may be absent.
 */
export function nonJsonPart(type: Type, where: string, seen: Set<Type> = new Set()): string | undefined {
  if (seen.has(type)) return undefined;
  // `any` says nothing of what crosses the boundary (the contract refuses it); `unknown` must be
  // narrowed before any use, which the compiler checks where the value is used.
  if (type.isAny()) return `${where}: any`;
  if (type.isUnknown()) return undefined;
  if (type.isString() || type.isNumber() || type.isBoolean() || type.isNull() || type.isUndefined() || type.isVoid()) return undefined;
  if (type.isLiteral() || type.isBooleanLiteral() || type.isTemplateLiteral() || type.isEnumLiteral() || type.isEnum() || type.isNever()) return undefined;
  if (type.isTypeParameter()) return undefined;
  const text = type.getText();
  if (type.isUnion() || type.isIntersection()) {
    const parts = type.isUnion() ? type.getUnionTypes() : (type as Type).getIntersectionTypes();
    for (const part of parts) {
      const problem = nonJsonPart(part, where, seen);
      if (problem) return problem;
    }
    return undefined;
  }
  if (/^bigint$|^\d+n$/.test(text)) return `${where}: bigint`;
  if (type.isArray() || type.isReadonlyArray?.()) {
    const element = type.getArrayElementType() ?? type.getTypeArguments()[0];
    return element ? nonJsonPart(element, `${where}[]`, new Set(seen).add(type)) : undefined;
  }
  if (type.isTuple()) {
    const elements = type.getTupleElements();
    for (let i = 0; i < elements.length; i++) {
      const problem = nonJsonPart(elements[i], `${where}[${i}]`, new Set(seen).add(type));
      if (problem) return problem;
    }
    return undefined;
  }
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return `${where}: ${text} (a function)`;
  const symbol = type.getSymbol();
  const symbolName = symbol?.getName();
  if (symbolName && ["Date", "Map", "Set", "WeakMap", "WeakSet", "Promise", "RegExp", "Symbol", "Uint8Array", "ArrayBuffer", "Buffer", "Error"].includes(symbolName)) {
    return `${where}: ${symbolName}`;
  }
  if (text === "symbol" || text === "unique symbol" || text.startsWith("typeof ")) return `${where}: ${text}`;
  if (type.isClass() || symbol?.getDeclarations().some((d) => d.getKindName() === "ClassDeclaration")) {
    return `${where}: ${text} (a class instance)`;
  }
  if (type.isObject()) {
    const inner = new Set(seen).add(type);
    for (const property of type.getProperties()) {
      const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
      const propertyType = declaration ? property.getTypeAtLocation(declaration) : property.getDeclaredType();
      // A member of a mapped type (`ExactlyOne<…>`) reads as `any` at its declaration, which is
      // the mapped type's template: only a property written with a type is taken at its word.
      if (propertyType.isAny() && !(declaration && Node.isPropertySignature(declaration) && declaration.getTypeNode())) continue;
      const problem = nonJsonPart(propertyType, `${where}.${property.getName()}`, inner);
      if (problem) return problem;
    }
    const index = type.getStringIndexType();
    if (index) return nonJsonPart(index, `${where}[key]`, inner);
    return undefined;
  }
  return `${where}: ${text}`;
}
