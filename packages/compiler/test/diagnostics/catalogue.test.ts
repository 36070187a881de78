// One case per catalogue code, each asserting the exact line and column where the code is
// reported. Fixtures mark the expected position with `/*@CODE*/` written right before the
// offending code: the diagnostic must start where the marker ends. Every catalogue entry must
// have a case, so a new code cannot be added untested.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { CATALOGUE } from "../../src/diagnostics/catalogue.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { selectWritable } from "../../src/emit/select.js";
import { validateDefinition } from "../../src/emit/validate.js";

const fixtures = path.join(import.meta.dirname, "../fixtures/diagnostics/catalogue");
const repoRoot = path.resolve(import.meta.dirname, "../../../..");

import { markersOf, type Expected } from "../harness/markers.js";

const show = (d: Expected | Diagnostic) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`;

let expected: Expected[] = [];
let reported: Diagnostic[] = [];

beforeAll(async () => {
  const files = (await readdir(fixtures)).filter((f) => f.endsWith(".ts")).sort().map((f) => path.join(fixtures, f));
  for (const file of files) expected.push(...markersOf(file, await readFile(file, "utf8")));
  reported = compile({ files }).diagnostics;
});

describe("the diagnostics catalogue", () => {
  it("reports each marked code at its marker, and nothing else", () => {
    expect(reported.map(show)).toEqual(expected.map(show));
  });

  it("gives every diagnostic a message and a hint, no unfilled holes", () => {
    for (const d of reported) {
      expect(d.message).not.toMatch(/\{\w+\}/);
      if (d.code.startsWith("SS")) expect(d.hint).toBeTruthy();
    }
  });

  it("has a case for every code", () => {
    const covered = new Set([...expected.map((e) => e.code), "SS2002", "SS9001"]);
    const missing = Object.values(CATALOGUE).map((e) => e.code).filter((code) => !covered.has(code));
    expect(missing).toEqual([]);
  });

  it("never hints at a query language the compiler refuses (SS1009 refuses JSONata)", () => {
    const hinted = [...Object.values(CATALOGUE).map((e) => e.hint), ...reported.map((d) => d.hint ?? "")];
    expect(hinted.filter((hint) => /JSONata/.test(hint))).toEqual([]);
  });

  it("has one entry per code", () => {
    const codes = Object.values(CATALOGUE).map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("codes that need a generated or emitted case", () => {
  let dir = "";
  beforeAll(async () => {
    mkdirSync(path.join(repoRoot, ".vitest-tmp"), { recursive: true });
    dir = await mkdtemp(path.join(repoRoot, ".vitest-tmp", "catalogue-"));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("SS2002: a definition over 1 MiB, at the workflow's export", async () => {
    const file = path.join(dir, "big.ts");
    const source = [
      `import { workflow } from "@stepscript/dsl";`,
      ``,
      `export const big = workflow(async () => {`,
      `  return { text: "${"x".repeat(1024 * 1024)}" };`,
      `});`,
      ``,
    ].join("\n");
    await writeFile(file, source);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(workflows).toEqual([]);
    expect(diagnostics.map(show)).toEqual(["big.ts:3:14 SS2002"]);
    expect(diagnostics[0].message).toMatch(/^the definition of big is \d+ bytes, over Step Functions' limit of 1 MiB$/);
  });

  it("SS9001: a definition the validators reject, at the workflow's export", async () => {
    const file = path.join(dir, "flows.ts");
    await writeFile(file, `import { workflow } from "@stepscript/dsl";\n\n// the second\nexport const rejected = workflow(async () => ({}));\n`);
    const rejected = {
      name: "rejected",
      exportName: "rejected",
      file,
      type: "STANDARD" as const,
      // A transition to a state that does not exist: both validators reject it.
      definition: { StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } },
      queryLanguage: "JSONPath" as const,
      substitutions: [],
      placeholders: [],
      uses: [],
      policy: { Version: "2012-10-17" as const, Statement: [] },
      derivedPlaceholders: [],
    };
    const { writable, diagnostics } = await selectWritable({ workflows: [rejected], diagnostics: [] }, validateDefinition);
    expect(writable).toEqual([]);
    expect(diagnostics.map(show)).toEqual(["flows.ts:4:14 SS9001"]);
    expect(diagnostics[0].message).toMatch(/^the compiler produced a definition Step Functions would reject: rejected: /);
    expect(diagnostics[0].length).toBe("rejected".length);
  });
});
