import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Project, ts, type SourceFile } from "ts-morph";
import type { CompileOptions } from "../types.js";

export interface LoadedProject {
  project: Project;
  /** The files whose workflows are compiled. */
  files: SourceFile[];
  /** Every file the compile reads: the tsconfig and the ones it extends, and each source file outside node_modules. */
  inputs: string[];
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
  const project = tsConfigFilePath
    ? new Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: named !== undefined })
    : new Project({ compilerOptions: DEFAULT_COMPILER_OPTIONS });
  for (const [file, text] of Object.entries(options.overrides ?? {})) project.createSourceFile(path.resolve(cwd, file), text, { overwrite: true });
  const files = named
    ? named.map((file) => project.getSourceFile(file) ?? project.addSourceFileAtPath(file))
    : project.getSourceFiles().filter((file) => !file.isDeclarationFile() && !isInNodeModules(file.getFilePath()));
  project.resolveSourceFileDependencies();
  const sources = project.getSourceFiles().map((file) => file.getFilePath() as string).filter((file) => !isInNodeModules(file));
  const configs = tsConfigFilePath ? tsconfigChain(tsConfigFilePath).configFiles : [];
  return {
    project,
    files: files.sort((a, b) => (a.getFilePath() < b.getFilePath() ? -1 : 1)),
    inputs: [...new Set([...configs, ...sources.map((file) => path.resolve(file))])].sort(),
  };
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
