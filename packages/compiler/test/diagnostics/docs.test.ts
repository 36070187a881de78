import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";
import { renderDiagnosticsDocs } from "../../src/diagnostics/docs.js";

describe("docs/diagnostics.md", () => {
  it("is up to date with the catalogue (run `node scripts/gen-diagnostics-docs.mjs`)", () => {
    const committed = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(committed).toBe(renderDiagnosticsDocs());
  });
  it("has unique codes and complete entries", () => {
    const codes = Object.values(CATALOGUE).map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of Object.values(CATALOGUE)) {
      expect(entry.code).toMatch(/^SS\d{4}$/);
      for (const field of [entry.title, entry.message, entry.hint, entry.wrong, entry.right]) expect(field.length).toBeGreaterThan(0);
    }
  });
});
