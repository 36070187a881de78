// The adversarial programs: odd, hostile or extreme sources, each compiled for real.
import { mkdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

/**
 * A folder inside the repository (so that `@stepscript/dsl` resolves), removed after the file's tests.
 * Returns a function that writes a source file there and gives its absolute path.
 */
export function useSources(prefix: string): (name: string, source: string) => Promise<string> {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return async (name, source) => {
    if (!dir) {
      mkdirSync(path.join(repoRoot, ".vitest-tmp"), { recursive: true });
      dir = await mkdtemp(path.join(repoRoot, ".vitest-tmp", `${prefix}-`));
    }
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    await writeFile(file, source);
    return file;
  };
}

export const DSL = `import { lambda, workflow, wait, map, parallel, WorkflowError } from "@stepscript/dsl";\n`;

/** `file:line:col CODE` (the file's base name), to compare positions in one readable list. */
export function where(d: Pick<Diagnostic, "file" | "line" | "column" | "code">): string {
  return `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`;
}
