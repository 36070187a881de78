import type { CompileOptions, CompileResult } from "../types.js";
import type { Validate } from "../emit/select.js";

/** Where a command writes; a TTY flag so colours follow the actual stream. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything a command touches of its process, so tests run commands in-process. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * What stops `build --watch` (Ctrl-C). A factory, called only by the watch, because listening
   * for SIGINT would otherwise keep Ctrl-C from interrupting an ordinary build.
   */
  stopSignal?: () => AbortSignal;
}

/** The compiler and the validator, injected so the argument handling is testable without them. */
export interface Deps {
  compile(options: CompileOptions): CompileResult | Promise<CompileResult>;
  validate: Validate;
  /** Whether a build would compile a file that has just appeared; absent: any TypeScript file would. */
  wouldCompile?(options: CompileOptions, file: string): boolean;
}

/**
 * Loads the compiler only when a command needs it: ts-morph and TypeScript take a while to load,
 * and `--help` or a usage error should answer at once.
 */
export async function loadDeps(): Promise<Deps> {
  const [{ compile }, { validateDefinition }, { wouldCompile }] = await Promise.all([
    import("../index.js"),
    import("../emit/validate.js"),
    import("../discover/project.js"),
  ]);
  return { compile, validate: validateDefinition, wouldCompile };
}
