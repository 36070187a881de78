import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { AslDefinition, CompiledWorkflow } from "../../src/types.js";

/** A fresh temporary folder, removed after the test. */
export function useTempDir(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), "stepscript-emit-"));
    made.push(dir);
    return dir;
  };
}

export function passDefinition(result: string): AslDefinition {
  return { StartAt: "Done", States: { Done: { Type: "Pass", Result: result, End: true } } };
}

export function workflowOf(name: string, file: string, overrides: Partial<CompiledWorkflow> = {}): CompiledWorkflow {
  return {
    name,
    exportName: name,
    file,
    type: "STANDARD",
    definition: passDefinition(name),
    queryLanguage: "JSONPath",
    substitutions: [],
    placeholders: [],
    uses: [],
    policy: { Version: "2012-10-17", Statement: [] },
    derivedPlaceholders: [],
    ...overrides,
  };
}

export function diagnosticIn(file: string, line = 1): Diagnostic {
  return { code: "SS1002", message: "something is wrong", file, line, column: 1, length: 1 };
}
