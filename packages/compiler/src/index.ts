export { compile } from "./compile.js";
export type { AslDefinition, CompiledWorkflow, CompileOptions, CompileResult, Placeholder } from "./types.js";
export type { ChildWorkflow, Manifest } from "./emit/manifest.js";
export type { DerivedPlaceholder, PolicyDocument, PolicyStatement } from "./emit/policy.js";
export type { Diagnostic } from "./diagnostics/diagnostic.js";
export { CATALOGUE } from "./diagnostics/catalogue.js";
export { validateDefinition } from "./emit/validate.js";
