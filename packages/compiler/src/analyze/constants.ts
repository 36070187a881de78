import { Node, SyntaxKind, VariableDeclarationKind } from "ts-morph";
import { resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import type { Json } from "../ir/types.js";

const NOT_CONSTANT = Symbol("not constant");
type Folded = Json | typeof NOT_CONSTANT;

/**
 * The JSON value of an expression built only from literals and consts of them (module-level or
 * in the body: a const never changes, so its literal value is its value everywhere), including
 * template strings of them; undefined when it depends on anything else.
 */
export function foldConstant(node: Node): { value: Json } | undefined {
  const folded = fold(node, new Set());
  return folded === NOT_CONSTANT ? undefined : { value: folded };
}

function fold(raw: Node, visiting: Set<Node>): Folded {
  const node = unwrap(raw);
  if (!node) return NOT_CONSTANT;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (node.getKind() === SyntaxKind.TrueKeyword) return true;
  if (node.getKind() === SyntaxKind.FalseKeyword) return false;
  if (node.getKind() === SyntaxKind.NullKeyword) return null;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = fold(node.getOperand(), visiting);
    return typeof operand === "number" ? -operand : NOT_CONSTANT;
  }
  if (Node.isTemplateExpression(node)) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const value = fold(span.getExpression(), visiting);
      if (value === NOT_CONSTANT || (typeof value === "object" && value !== null)) return NOT_CONSTANT;
      text += String(value) + span.getLiteral().getLiteralText();
    }
    return text;
  }
  if (Node.isArrayLiteralExpression(node)) {
    const items: Json[] = [];
    for (const element of node.getElements()) {
      const value = fold(element, visiting);
      if (value === NOT_CONSTANT) return NOT_CONSTANT;
      items.push(value);
    }
    return items;
  }
  if (Node.isObjectLiteralExpression(node)) {
    const result: { [key: string]: Json } = {};
    for (const property of node.getProperties()) {
      if (Node.isPropertyAssignment(property)) {
        const key = propertyKey(property.getNameNode());
        const value = fold(property.getInitializerOrThrow(), visiting);
        if (key === undefined || value === NOT_CONSTANT) return NOT_CONSTANT;
        result[key] = value;
      } else if (Node.isShorthandPropertyAssignment(property)) {
        const value = fold(property.getNameNode(), visiting);
        if (value === NOT_CONSTANT) return NOT_CONSTANT;
        result[property.getName()] = value;
      } else {
        return NOT_CONSTANT;
      }
    }
    return result;
  }
  if (Node.isIdentifier(node)) {
    if (node.getText() === "undefined") return NOT_CONSTANT;
    const declaration = resolveSymbol(node)?.getDeclarations()[0];
    if (!declaration || !Node.isVariableDeclaration(declaration) || visiting.has(declaration)) return NOT_CONSTANT;
    if (!isConst(declaration)) return NOT_CONSTANT;
    const initializer = declaration.getInitializer();
    if (!initializer) return NOT_CONSTANT;
    return fold(initializer, new Set(visiting).add(declaration));
  }
  if (Node.isPropertyAccessExpression(node)) {
    const base = fold(node.getExpression(), visiting);
    if (base === NOT_CONSTANT || base === null || typeof base !== "object" || Array.isArray(base)) return NOT_CONSTANT;
    const value = base[node.getName()];
    return value === undefined ? NOT_CONSTANT : value;
  }
  return NOT_CONSTANT;
}

/** `const x = …` as a statement (not the variable of a `for … of`, which changes per iteration). */
function isConst(declaration: Node): boolean {
  const list = Node.isVariableDeclaration(declaration) ? declaration.getVariableStatement() : undefined;
  return !!list && list.getDeclarationKind() === VariableDeclarationKind.Const;
}

export function isModuleLevelConst(declaration: Node): boolean {
  if (!Node.isVariableDeclaration(declaration)) return false;
  const list = declaration.getVariableStatement();
  return !!list && list.getDeclarationKind() === VariableDeclarationKind.Const && Node.isSourceFile(list.getParent());
}

export function propertyKey(name: Node): string | undefined {
  if (Node.isIdentifier(name) || Node.isPrivateIdentifier(name)) return name.getText();
  if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralValue();
  if (Node.isNumericLiteral(name)) return String(name.getLiteralValue());
  if (Node.isComputedPropertyName(name)) {
    const folded = foldConstant(name.getExpression());
    return folded && (typeof folded.value === "string" || typeof folded.value === "number") ? String(folded.value) : undefined;
  }
  return undefined;
}
