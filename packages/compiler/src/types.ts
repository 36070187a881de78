import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { SourceMap } from "./emit/sourceMap.js";
import type { TaskUse } from "./ir/tasks.js";

/** An ASL state machine definition as written to `<name>.asl.json`. */
export type AslDefinition = {
  Comment?: string;
  StartAt: string;
  States: Record<string, Record<string, unknown>>;
  TimeoutSeconds?: number;
  QueryLanguage?: "JSONPath" | "JSONata";
};

export interface CompileOptions {
  /** Path of the tsconfig.json whose compiler options (and, without `files`, whose files) are used. */
  project?: string;
  /** Files or folders to compile; each may lie outside the tsconfig's `include`. */
  files?: string[];
  /** File texts (by absolute path) read instead of the files on disk: an editor's unsaved buffers. */
  overrides?: Readonly<Record<string, string>>;
}

export interface CompiledWorkflow {
  /** The state machine's name: `options.name`, else the exported const's name. */
  name: string;
  exportName: string;
  /** Absolute path of the source file that declares it. */
  file: string;
  type: "STANDARD" | "EXPRESS";
  definition: AslDefinition;
  /** DefinitionSubstitutions placeholders the definition uses (`${ChildArn}` → `ChildArn`), sorted. */
  substitutions: string[];
  /** Where each state comes from in the TypeScript (written as `<name>.map.json`). */
  sourceMap?: SourceMap;
  /** The tasks it calls, by their declared names (what `stepscript run` binds implementations to). */
  tasks?: TaskUse[];
}

export interface CompileResult {
  workflows: CompiledWorkflow[];
  /** Every problem found, sorted by file, line and column. Empty when the build is clean. */
  diagnostics: Diagnostic[];
  /**
   * Every file the compile read (absolute, sorted): the tsconfig and those it extends, the
   * workflow files and the modules they import, outside node_modules. What `build --watch`
   * watches; absent when unknown, and then the watch rebuilds on any TypeScript file.
   */
  inputs?: string[];
}
