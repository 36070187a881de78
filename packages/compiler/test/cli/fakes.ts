import type { Deps, Io } from "../../src/cli/io.js";
import type { CompileOptions, CompileResult } from "../../src/types.js";

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

/** An Io that records what the command prints; not a TTY, as in a pipe. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}, stop?: AbortSignal): CapturedIo {
  let out = "";
  let err = "";
  return {
    cwd,
    env,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stopSignal: stop ? () => stop : undefined,
    out: () => out,
    err: () => err,
  };
}

/** Deps whose compiler returns `result` and records what it was asked. */
export function fakeDeps(result: CompileResult | ((options: CompileOptions) => CompileResult), problems: string[] = []) {
  const calls: CompileOptions[] = [];
  const deps: Deps = {
    compile: (options) => {
      calls.push(options);
      return typeof result === "function" ? result(options) : result;
    },
    validate: async () => problems,
  };
  return { calls, load: async () => deps };
}

/** Deps that must not be loaded: usage errors are answered before the compiler is needed. */
export async function unloadable(): Promise<Deps> {
  throw new Error("the compiler was loaded");
}
