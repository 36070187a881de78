/**
 * Loads the engine's CommonJS build from the installed `aws-local-stepfunctions` with the given
 * fixes applied to its source text, compiled as a module of its own (its `require` resolves the
 * engine's own dependencies). Nothing global is changed: the installed files stay as they are.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { compileFunction } from "node:vm";
import { applyFix, EngineFixError, type EngineFix } from "./fix.js";

/** The engine's module: `StateMachine`, `ExecutionError`, … */
export type Engine = typeof import("aws-local-stepfunctions");

const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, Engine>();

/**
 * The engine with `fixes` applied (by default every fix and extension of `engineFixes`, see
 * ./index.ts). Loaded once per list of fixes.
 */
export function loadEngine(fixes: readonly EngineFix[]): Engine {
  const key = fixes.map((fix) => fix.name).join("\n");
  let engine = loaded.get(key);
  if (!engine) {
    engine = compileEngine(fixes);
    loaded.set(key, engine);
  }
  return engine;
}

function compileEngine(fixes: readonly EngineFix[]): Engine {
  // The package's "require" condition is its CommonJS build, build/main.node.cjs.
  const filename = requireHere.resolve("aws-local-stepfunctions");
  const source = fixes.reduce(applyFix, readFileSync(filename, "utf8"));
  const scope = mergedScope(fixes);
  const module = { exports: {} as Engine };
  const run = compileFunction(source, ["exports", "require", "module", "__filename", "__dirname", "__stepscript"], { filename });
  run(module.exports, createRequire(filename), module, filename, dirname(filename), scope);
  return module.exports;
}

function mergedScope(fixes: readonly EngineFix[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const fix of fixes) {
    for (const [key, value] of Object.entries(fix.scope ?? {})) {
      if (key in scope) throw new EngineFixError(`engine fix "${fix.name}": the scope key "${key}" is already taken by another fix`);
      scope[key] = value;
    }
  }
  return Object.freeze(scope);
}
