import { format } from "prettier";
import type { AslDefinition } from "../types.js";
import type { SourceMap } from "./sourceMap.js";

/**
 * Fixed prettier options. The user's own `.prettierrc` is deliberately not consulted: the output
 * must be byte-identical on every machine and every run, whatever the project's style.
 */
const PRETTIER_OPTIONS = { parser: "json", printWidth: 80, tabWidth: 2, useTabs: false, endOfLine: "lf" } as const;

/**
 * The text of `<name>.asl.json`: the definition as prettier formats JSON, ending in a newline.
 * Keys keep the order the compiler inserted them (JSON.stringify's order). The input is
 * pre-indented because prettier keeps an object expanded when its first key starts a new line,
 * so every state stays one key per line, as a hand-written definition would be.
 */
export async function formatDefinition(definition: AslDefinition): Promise<string> {
  return formatJson(definition);
}

/**
 * The text of `<name>.map.json`. Plain JSON.stringify (deterministic as well): a map is read by
 * tools, not people, and prettier would only make large builds slower.
 */
export function formatSourceMap(map: SourceMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

/** Any other JSON file the build writes (manifest, policy, template), formatted the same way. */
export async function formatJson(value: unknown): Promise<string> {
  return format(JSON.stringify(value, null, 2), PRETTIER_OPTIONS);
}
