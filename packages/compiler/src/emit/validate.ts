import { createRequire } from "node:module";
import type { Diagnostic, LanguageService, TextDocument as TextDocumentType } from "amazon-states-language-service";
import type { AslDefinition } from "../types.js";
import { loadAslValidator, type AslValidator } from "./aslValidator.js";

/**
 * The two ASL validators every written definition must pass. Each catches what the other misses:
 * `asl-validator` checks paths, ARNs, payload templates, Map/Wait field combinations and duplicate
 * fields after `.$` renaming; `amazon-states-language-service` (the VS Code / Toolkit validator)
 * checks, among others, that ErrorPath/CausePath intrinsics return strings and that each Choice
 * rule has one operator. Both check transition targets, reachability and terminal states.
 *
 * Both are CommonJS, loaded on first use; asl-validator through `loadAslValidator`, which
 * compiles its JSON Schema once per process instead of once per definition.
 */
const requireCjs = createRequire(import.meta.url);

interface AslLanguageServiceModule {
  getLanguageService(params: object): LanguageService;
  TextDocument: { create(uri: string, languageId: string, version: number, content: string): TextDocumentType };
  DiagnosticSeverity: { Error: number };
}

let aslValidator: AslValidator | undefined;
let languageService: { module: AslLanguageServiceModule; service: LanguageService } | undefined;

/**
 * Every problem both validators find in a definition, as readable lines prefixed with the
 * validator's name; empty when the definition is valid. The definition is not modified (the
 * validators get copies: asl-validator writes `QueryLanguage` into every state it sees).
 */
export async function validateDefinition(definition: AslDefinition | unknown): Promise<string[]> {
  const text = JSON.stringify(definition, null, 2);
  return [...aslValidatorProblems(JSON.parse(text)), ...(await languageServiceProblems(text))];
}

function aslValidatorProblems(definition: unknown): string[] {
  aslValidator ??= loadAslValidator();
  const { errors } = aslValidator(definition, { checkPaths: true, checkArn: true });
  return errors.map((e) => `asl-validator: ${e.Message} (${e["Error code"]})`);
}

async function languageServiceProblems(text: string): Promise<string[]> {
  if (!languageService) {
    const module = requireCjs("amazon-states-language-service") as AslLanguageServiceModule;
    languageService = { module, service: module.getLanguageService({}) };
  }
  const { module, service } = languageService;
  const document = module.TextDocument.create("file:///definition.asl.json", "json", 1, text);
  const diagnostics: Diagnostic[] = await service.doValidation(document, service.parseJSONDocument(document));
  return diagnostics
    .filter((d) => d.severity === module.DiagnosticSeverity.Error)
    .map((d) => `amazon-states-language-service: ${d.message} (line ${d.range.start.line + 1}, ${pointer(text, d.range.start.line)})`);
}

/** The JSON lines around a diagnostic say little once the text is gone; name the line's content instead. */
function pointer(text: string, line: number): string {
  return `at ${JSON.stringify(text.split("\n")[line]?.trim() ?? "")}`;
}
