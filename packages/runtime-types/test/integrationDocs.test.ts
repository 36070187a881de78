import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderIntegrationsDocs } from "../src/integrationDocs.js";
import { integrationRows } from "../src/index.js";

describe("docs/integrations.md", () => {
  const committed = readFileSync(new URL("../../../docs/integrations.md", import.meta.url), "utf8");

  it("is what the rows say (run `node scripts/gen-integrations-docs.mjs`)", () => {
    expect(committed).toBe(renderIntegrationsDocs());
  });

  it("has a section for every row and every pattern of it", () => {
    for (const row of integrationRows) {
      expect(committed, row.key).toContain(`### \`${row.key}\``);
      for (const pattern of row.patterns) {
        const resource = pattern === "requestResponse" ? row.resource : `${row.resource}.${pattern}`;
        expect(committed, `${row.key} ${pattern}`).toContain(`| \`${resource}\` |`);
      }
    }
  });
});
