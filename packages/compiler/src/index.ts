export { compile } from "./compile.js";
export type { AslDefinition, CompiledWorkflow, CompileOptions, CompileResult } from "./types.js";
export type { Diagnostic } from "./diagnostics/diagnostic.js";
export { CATALOGUE } from "./diagnostics/catalogue.js";
export { validateDefinition } from "./emit/validate.js";
