/** The docs page of every diagnostic (docs/diagnostics.md), generated from the one catalogue. */
import { CATALOGUE, type CatalogueEntry } from "./catalogue.js";

export function renderDiagnosticsDocs(catalogue: Record<string, CatalogueEntry> = CATALOGUE): string {
  const entries = Object.values(catalogue).sort((a, b) => a.code.localeCompare(b.code));
  const lines = [
    "# Stepscript diagnostics",
    "",
    "<!-- Generated from packages/compiler/src/diagnostics/catalogue.ts by scripts/gen-diagnostics-docs.mjs; do not edit. -->",
    "",
    "Every problem the compiler reports has a code. `{name}` in a message is filled in with the specifics. Errors fail the build; a warning is printed as `warning SSnnnn` and leaves the exit status as the errors make it.",
    "",
    ...entries.map((e) => `- [${e.code}](#${e.code.toLowerCase()}): ${e.title}${e.severity === "warning" ? " (warning)" : ""}`),
  ];
  for (const e of entries) {
    lines.push("", `## ${e.code}`, "", `**${e.title}**${e.severity === "warning" ? " (warning: reported, the build still succeeds)" : ""}`, "", `Message: ${e.message}`, "", `Hint: ${e.hint}`, "", "Wrong:", "", "```ts", e.wrong, "```", "", "Right:", "", "```ts", e.right, "```");
  }
  return lines.join("\n") + "\n";
}

