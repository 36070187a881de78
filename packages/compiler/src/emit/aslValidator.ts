import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { compileFunction } from "node:vm";

/**
 * asl-validator with its JSON Schema compiled once per process. As published, every call builds a
 * new Ajv and compiles the whole ASL schema again (seconds per definition on a loaded machine,
 * most of a build's time); here its own modules are loaded with one shared Ajv instead, so the
 * checks, their order and their messages stay exactly asl-validator's.
 */
export type AslValidator = (
  definition: unknown,
  options: { checkPaths: boolean; checkArn: boolean },
) => { isValid: boolean; errors: { "Error code": string; Message: string }[] };

const requireHere = createRequire(import.meta.url);

export function loadAslValidator(): AslValidator {
  const entry = requireHere.resolve("asl-validator");
  const schemaChecks = join(dirname(entry), "checks", "json-schema-errors.js");
  const requireFromChecks = createRequire(schemaChecks);
  const Ajv = (requireFromChecks("ajv") as { default: new (options: object) => object }).default;
  const addFormats = (requireFromChecks("ajv-formats") as { default: (ajv: object) => object }).default;

  let shared: object | undefined;
  // `new` on a function that returns an object yields that object: every call gets the same Ajv,
  // whose compiled schema is kept. The options asl-validator passes are always the same.
  function SharedAjv(options: object): object {
    return (shared ??= new Ajv(options));
  }
  // ajv-formats adds keywords as well as formats, and Ajv refuses a keyword twice.
  const withFormats = new WeakSet<object>();
  const addFormatsOnce = (ajv: object): object => {
    if (!withFormats.has(ajv)) {
      withFormats.add(ajv);
      addFormats(ajv);
    }
    return ajv;
  };
  const jsonSchemaErrors = loadCommonJs(schemaChecks, {
    ajv: { __esModule: true, default: SharedAjv },
    "ajv-formats": { __esModule: true, default: addFormatsOnce },
  });
  return loadCommonJs(entry, { "./checks/json-schema-errors": jsonSchemaErrors }) as AslValidator;
}

/** Evaluates a CommonJS file as a module of its own, with some of its `require`s answered by `replaced`. */
function loadCommonJs(filename: string, replaced: Record<string, unknown>): unknown {
  const requireThere = createRequire(filename);
  const module = { exports: {} as unknown };
  const run = compileFunction(readFileSync(filename, "utf8"), ["exports", "require", "module", "__filename", "__dirname"], { filename });
  run(module.exports, (id: string) => (id in replaced ? replaced[id] : requireThere(id)), module, filename, dirname(filename));
  return module.exports;
}
