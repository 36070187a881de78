/** The docs page of every diagnostic (docs/diagnostics.md), generated from the one catalogue. */
import { CATALOGUE, type CatalogueEntry } from "./catalogue.js";

export function renderDiagnosticsDocs(catalogue: Record<string, CatalogueEntry> = CATALOGUE): string {
  const entries = Object.values(catalogue).sort((a, b) => a.code.localeCompare(b.code));
  const lines = [
    "# Stepscript diagnostics",
    "",
    "<!-- Generated from packages/compiler/src/diagnostics/catalogue.ts by scripts/gen-diagnostics-docs.mjs; do not edit. -->",
    "",
    "Every problem the compiler reports has a code. `{name}` in a message is filled in with the specifics.",
    "",
    ...entries.map((e) => `- [${e.code}](#${e.code.toLowerCase()}): ${e.title}`),
  ];
  for (const e of entries) {
    lines.push("", `## ${e.code}`, "", `**${e.title}**`, "", `Message: ${e.message}`, "", `Hint: ${e.hint}`, "", "Wrong:", "", "```ts", e.wrong, "```", "", "Right:", "", "```ts", e.right, "```");
  }
  return lines.join("\n") + "\n";
}

