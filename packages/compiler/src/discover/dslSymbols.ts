import { dirname, join } from "node:path";
import { Node, ts, type Symbol as MorphSymbol } from "ts-morph";

/**
 * The role of a Stepscript API (`workflow`, `lambda`, `task`, `wait`, `WorkflowError`, …) is
 * written on its declaration as `@stepscript <role>`. Resolving a reference through the checker
 * (aliases, re-exports) to that tag finds DSL calls by symbol, never by name. Only declarations
 * of the Stepscript packages themselves carry roles: a user's own doc comment that happens to
 * mention `@stepscript/dsl` says nothing about what the declaration is.
 */
export type DslRole =
  | "workflow"
  | "lambda"
  | "task"
  | "wait"
  | "WorkflowError"
  | "parallel"
  | "map"
  | "distributedMap"
  | "s3Reader"
  | "integration"
  | "requestResponse"
  | "awsSdk"
  | "waitForTaskToken"
  | "intrinsic"
  | "isError"
  | "choice"
  /** The brand property of `Integer` (runtime-types): a number known to be whole. */
  | "integer";

const ROLES: ReadonlySet<string> = new Set<DslRole>([
  "workflow", "lambda", "task", "wait", "WorkflowError", "parallel", "map", "distributedMap", "s3Reader",
  "integration", "requestResponse", "awsSdk", "waitForTaskToken", "intrinsic", "isError", "choice",
]);

export function resolveSymbol(node: Node): MorphSymbol | undefined {
  // In `{ count }` the name's own symbol is the property; the value is the variable it names.
  const parent = node.getParent();
  const shorthand = parent && Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === node;
  const symbol = shorthand ? parent.getValueSymbol() : node.getSymbol();
  if (!symbol) return undefined;
  return symbol.isAlias() ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
}

export function dslRoleOf(node: Node): DslRole | undefined {
  return dslTagOf(node)?.[0] as DslRole | undefined;
}

/** What follows the role in the tag (`@stepscript integration arn:aws:states:::sns:publish`). */
export function dslTagArgument(node: Node): string | undefined {
  return dslTagOf(node)?.[1];
}

/** The role written on one declaration (a property signature, say), without resolving a reference. */
export function dslRoleOfDeclaration(declaration: Node): DslRole | undefined {
  return stepscriptTag(declaration)?.split(/\s+/)[0] as DslRole | undefined;
}

function dslTagOf(node: Node): [string, string | undefined] | undefined {
  const symbol = resolveSymbol(node);
  for (const declaration of symbol?.getDeclarations() ?? []) {
    const tag = stepscriptTag(declaration);
    if (!tag) continue;
    const [role, ...rest] = tag.split(/\s+/);
    if (!ROLES.has(role) || !isStepscriptPackageFile(declaration.getSourceFile().getFilePath())) continue;
    return [role, rest.length > 0 ? rest.join(" ") : undefined];
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

/**
 * Whether a file belongs to a `@stepscript/*` package: its nearest package.json names one. This
 * holds for the published packages in node_modules and for the workspace sources alike, and never
 * for a user's files, whatever their comments say.
 */
function isStepscriptPackageFile(file: string): boolean {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (ts.sys.fileExists(manifest)) return packageName(ts.sys.readFile(manifest))?.startsWith("@stepscript/") ?? false;
    if (dirname(folder) === folder) return false;
  }
}

function packageName(text: string | undefined): string | undefined {
  try {
    const name = text === undefined ? undefined : (JSON.parse(text) as { name?: unknown }).name;
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The declaration a reference resolves to (through aliases), if it is a variable declaration. */
export function resolveVariableDeclaration(node: Node) {
  const symbol = resolveSymbol(node);
  const declaration = symbol?.getDeclarations()[0];
  return declaration && Node.isVariableDeclaration(declaration) ? declaration : undefined;
}
