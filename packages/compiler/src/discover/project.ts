import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Project, ts, type SourceFile } from "ts-morph";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt } from "../diagnostics/report.js";
import type { CompileOptions } from "../types.js";
import { deepBrackets, deepSyntax, type DeepNesting } from "./nesting.js";

export interface LoadedProject {
  project: Project;
  /** The files whose workflows are compiled. */
  files: SourceFile[];
  /** Every file the compile reads: the tsconfig and the ones it extends, and each source file outside node_modules. */
  inputs: string[];
  /** Files nested too deeply for TypeScript to read: reported, and left out of the project. */
  diagnostics: Diagnostic[];
}

const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
};

/**
 * A ts-morph Project with the tsconfig's compiler options. Files named on the command line are
 * added even when the tsconfig's `include` leaves them out, and resolve imports as any file of
 * the repo would.
 */
export function loadProject(options: CompileOptions, cwd = process.cwd()): LoadedProject {
  const tsConfigFilePath = options.project
    ? path.resolve(cwd, options.project)
    : existsSync(path.join(cwd, "tsconfig.json"))
      ? path.join(cwd, "tsconfig.json")
      : undefined;
  const named = options.files?.length ? options.files.flatMap((p) => expandPath(path.resolve(cwd, p))) : undefined;
  // Files are added one by one (not by ts-morph from the tsconfig), so that a file too deep for
  // TypeScript's parser is measured first and left out instead of crashing the whole build.
  const project = tsConfigFilePath
    ? new Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: true })
    : new Project({ compilerOptions: DEFAULT_COMPILER_OPTIONS });
  const diagnostics: Diagnostic[] = [];
  const candidates = named ?? (tsConfigFilePath ? tsconfigChain(tsConfigFilePath).fileNames : []);
  const added = candidates.flatMap((file) => {
    const sourceFile = addMeasured(project, file, diagnostics, options.overrides);
    return sourceFile ? [sourceFile] : [];
  });
  const files = named ? added : added.filter((file) => !file.isDeclarationFile() && !isInNodeModules(file.getFilePath()));
  // Unsaved texts of other files (modules the named files import) replace what is on disk as well.
  for (const [file, text] of Object.entries(options.overrides ?? {})) {
    if (!project.getSourceFile(path.resolve(cwd, file))) project.createSourceFile(path.resolve(cwd, file), text, { overwrite: true });
  }
  project.resolveSourceFileDependencies();
  const sources = project.getSourceFiles().map((file) => file.getFilePath() as string).filter((file) => !isInNodeModules(file));
  const configs = tsConfigFilePath ? tsconfigChain(tsConfigFilePath).configFiles : [];
  return {
    project,
    files: files.sort((a, b) => (a.getFilePath() < b.getFilePath() ? -1 : 1)),
    inputs: [...new Set([...configs, ...sources.map((file) => path.resolve(file))])].sort(),
    diagnostics,
  };
}

function addMeasured(project: Project, file: string, diagnostics: Diagnostic[], overrides: CompileOptions["overrides"]): SourceFile | undefined {
  const override = overrides?.[file];
  const text = override ?? readFileSync(file, "utf8");
  const deep = deepBrackets(text);
  if (deep) {
    if (!isInNodeModules(file)) diagnostics.push(tooDeep(file, text, deep));
    return undefined;
  }
  let sourceFile: SourceFile;
  try {
    sourceFile = override !== undefined ? project.createSourceFile(file, text, { overwrite: true }) : project.addSourceFileAtPath(file);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    diagnostics.push(tooDeep(file, text, { start: 0, length: 0, what: "nesting deeper than TypeScript's parser can read" }));
    return undefined;
  }
  const deepTree = deepSyntax(sourceFile.compilerNode);
  if (!deepTree) return sourceFile;
  diagnostics.push(tooDeep(file, text, deepTree));
  project.removeSourceFile(sourceFile);
  return undefined;
}

/** Computed from the text: the file never became a ts-morph SourceFile. */
function tooDeep(file: string, text: string, deep: DeepNesting): Diagnostic {
  const before = text.slice(0, deep.start);
  const line = before.split("\n").length;
  const column = deep.start - (before.lastIndexOf("\n") + 1) + 1;
  return diagnosticAt({ file: path.resolve(file), line, column, length: deep.length }, "nestedTooDeeply", { what: deep.what });
}

export interface TsconfigFiles {
  /** The tsconfig and every tsconfig it extends, absolute. */
  configFiles: string[];
  /** The files its `files` / `include` / `exclude` select, absolute. */
  fileNames: string[];
}

/** What a tsconfig is made of and what it selects, without building a program. */
export function tsconfigChain(tsconfig: string): TsconfigFiles {
  const sourceFile = ts.readJsonConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(sourceFile, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  return {
    configFiles: [tsconfig, ...(sourceFile.extendedSourceFiles ?? [])].map((file) => path.resolve(file)),
    fileNames: parsed.fileNames.map((file) => path.resolve(file)),
  };
}

function isInNodeModules(file: string): boolean {
  return file.split(/[\\/]/).includes("node_modules");
}

function isWorkflowSource(file: string): boolean {
  return /\.(ts|mts|cts|tsx)$/.test(file) && !/\.d\.(ts|mts|cts)$/.test(file) && !/\.test\.ts$/.test(file);
}

/**
 * Whether a build of these inputs would compile `file` (a file that has just appeared): it is named,
 * lies in a named folder, or, with no paths named, is one of the tsconfig's files.
 */
export function wouldCompile(options: CompileOptions, file: string): boolean {
  const target = path.resolve(file);
  if (options.files?.length) return options.files.some((named) => expandPath(path.resolve(named)).includes(target));
  return options.project !== undefined && tsconfigChain(path.resolve(options.project)).fileNames.includes(target);
}

/** A file stands for itself; a folder for the TypeScript files below it (not node_modules, not tests). */
function expandPath(target: string): string[] {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) return [];
  if (!stats.isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules" && entry.name !== "dist")
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return expandPath(full);
      return isWorkflowSource(full) ? [full] : [];
    });
}
