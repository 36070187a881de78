// Differential fuzzing: many small supported workflows, built by a seeded (so reproducible)
// generator (generate.ts), compiled in one compile() call, then each run locally and on the
// engine on boundary inputs: the ASL must behave exactly as the TypeScript does.
//
// To reproduce one program, run with FUZZ_KEEP=1: the folder is kept and its path printed.
// FUZZ_SEED explores other programs (the committed seed keeps the test reproducible),
// FUZZ_PROGRAMS sets how many, FUZZ_DEPTH fixes how deeply statements nest (generate.ts; by default each
// program draws a depth of 1 to 4, beside its state names and task options),
// FUZZ_SHOW prints the counts and the refusals.
import { mkdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bind, type TaskBinding, type Workflow } from "@stepscript/dsl";
import { compile } from "../../src/index.js";
import { validateDefinition } from "../../src/emit/validate.js";
import type { CompiledWorkflow } from "../../src/types.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { expectSameBehaviour, expectSameBehaviourUnordered } from "../harness/differential.js";
import { generateProgram, prng, type FuzzInput, type GeneratedProgram } from "./generate.js";

const PROGRAMS = Number(process.env.FUZZ_PROGRAMS ?? 80);
const SEED = Number(process.env.FUZZ_SEED ?? 0xd1ff);

/**
 * Refusals that are right for what the generator writes: a finally block assigning a variable a
 * return inside the try reads (SS1204, a documented limit), and values TypeScript narrowed to
 * `never` inside contradictory conditions (`if (input.s === "a") switch (input.s) { case "": … }`),
 * which have no JSON type (SS1007, SS1002, SS1354).
 */
const TOLERATED = new Set(["SS1204", "SS1007", "SS1002", "SS1354"]);

interface Program extends GeneratedProgram {
  file: string;
  compiled?: CompiledWorkflow;
  diagnostics: Diagnostic[];
  crash?: string;
}

interface SharedTasks {
  echo: Parameters<typeof bind>[0];
  failIf: Parameters<typeof bind>[0];
  score: Parameters<typeof bind>[0];
  note: Parameters<typeof bind>[0];
  flow: Workflow<FuzzInput, unknown>;
}

/** The shared tasks' implementations: plain functions of their input, so both runs see the same. */
function tasksOf(module: SharedTasks): TaskBinding[] {
  return [
    bind(module.echo, (input: unknown) => input),
    bind(module.failIf, (input: unknown) => {
      const { fail, tag } = input as { fail: boolean; tag: string };
      if (fail) throw Object.assign(new Error(`tag ${tag}`), { name: "Bad" });
      return { ok: tag };
    }),
    bind(module.score, (input: unknown) => ({ value: (input as { n: number }).n * 2 + 1 })),
    bind(module.note, () => null),
  ];
}

describe("differential fuzzing", () => {
  const repoRoot = path.resolve(import.meta.dirname, "../../../..");
  let dir = "";
  let programs: Program[] = [];

  beforeAll(async () => {
    mkdirSync(path.join(repoRoot, ".vitest-tmp"), { recursive: true });
    dir = await mkdtemp(path.join(repoRoot, ".vitest-tmp", "fuzz-"));
    const random = prng(SEED);
    programs = Array.from({ length: PROGRAMS }, (_, i) => ({
      ...generateProgram(random, `fuzz${i}`),
      file: path.join(dir, `program${String(i).padStart(3, "0")}.ts`),
      diagnostics: [],
    }));
    await Promise.all(programs.map((p) => writeFile(p.file, p.source)));
    const byFile = new Map(programs.map((p) => [p.file, p]));
    const record = (result: ReturnType<typeof compile>) => {
      for (const w of result.workflows) byFile.get(path.resolve(w.file))!.compiled = w;
      for (const d of result.diagnostics) byFile.get(path.resolve(d.file))?.diagnostics.push(d);
    };
    try {
      record(compile({ files: programs.map((p) => p.file) }));
    } catch {
      // One program crashes the compiler: compile them one by one to name it.
      for (const program of programs) {
        try {
          record(compile({ files: [program.file] }));
        } catch (error) {
          program.crash = error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 4).join(" | ") : String(error);
        }
      }
    }
  }, 120_000);

  afterAll(async () => {
    if (!dir) return;
    if (process.env.FUZZ_KEEP) console.log(`fuzz programs kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  });

  it("compiles the generated programs, refusing only for known reasons", () => {
    const unexpected = programs
      // The first diagnostic decides: those after it may follow from it.
      .filter((p) => p.crash || (p.diagnostics.length > 0 && !TOLERATED.has(p.diagnostics[0].code)) || (!p.compiled && p.diagnostics.length === 0))
      .map((p) => `${path.basename(p.file)}: ${p.crash ?? ""}${p.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("; ")}`);
    expect(unexpected).toEqual([]);
    const compiled = programs.filter((p) => p.compiled).length;
    if (process.env.FUZZ_SHOW) {
      const refusals = programs.filter((p) => !p.compiled).map((p) => `${path.basename(p.file)} ${p.diagnostics[0]?.line}:${p.diagnostics[0]?.column} ${p.diagnostics[0]?.code} ${p.diagnostics[0]?.message}`);
      console.log({ compiled, of: programs.length, refusals });
    }
    expect(compiled).toBeGreaterThan(programs.length * 0.75);
  });

  it("runs every program the same locally and on the engine", async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const program of programs) {
      if (!program.compiled) continue;
      const name = path.basename(program.file);
      const problems = await validateDefinition(program.compiled.definition);
      if (problems.length > 0) {
        failures.push(`${name}: does not pass the validators: ${problems.join("; ")}`);
        continue;
      }
      const module = (await import(pathToFileURL(program.file).href)) as SharedTasks;
      const behaviourCases = program.inputs.map((input) => ({ input, tasks: () => tasksOf(module) }));
      cases += behaviourCases.length;
      try {
        const same = program.concurrent ? expectSameBehaviourUnordered : expectSameBehaviour;
        await same(module.flow, program.compiled, behaviourCases);
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (process.env.FUZZ_SHOW) console.log({ programs: programs.length, cases });
    expect(cases).toBeGreaterThan(programs.length * 0.75 * 6 - 1);
    expect(failures).toEqual([]);
  }, 180_000);
});
