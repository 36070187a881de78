import { Node, ts, type Symbol as MorphSymbol } from "ts-morph";

/**
 * The role of a Stepscript API (`workflow`, `lambda`, `task`, `wait`, `WorkflowError`, …) is
 * written on its declaration as `@stepscript <role>`. Resolving a reference through the checker
 * (aliases, re-exports) to that tag finds DSL calls by symbol, never by name.
 */
export type DslRole = "workflow" | "lambda" | "task" | "wait" | "WorkflowError" | "choice";

export function resolveSymbol(node: Node): MorphSymbol | undefined {
  const symbol = node.getSymbol();
  if (!symbol) return undefined;
  return symbol.isAlias() ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
}

export function dslRoleOf(node: Node): DslRole | undefined {
  const symbol = resolveSymbol(node);
  for (const declaration of symbol?.getDeclarations() ?? []) {
    const role = stepscriptTag(declaration);
    if (role) return role as DslRole;
  }
  return undefined;
}

function stepscriptTag(declaration: Node): string | undefined {
  for (const tag of ts.getJSDocTags(declaration.compilerNode)) {
    if (tag.tagName.text !== "stepscript") continue;
    const comment = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return comment?.trim();
  }
  return undefined;
}

/** The declaration a reference resolves to (through aliases), if it is a variable declaration. */
export function resolveVariableDeclaration(node: Node) {
  const symbol = resolveSymbol(node);
  const declaration = symbol?.getDeclarations()[0];
  return declaration && Node.isVariableDeclaration(declaration) ? declaration : undefined;
}
