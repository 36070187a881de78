// The compiler never crashes: many small workflow programs, built from supported and unsupported
// pieces by a seeded (so reproducible) generator, each end in definitions that pass the ASL
// validators or in coded diagnostics at real positions, and compile() never throws.
//
// To reproduce one program, run with GENERATED_KEEP=1: the folder is kept and its path printed.
import { programToolkit, prng, type GeneratedVariable, type ValueType } from "../harness/programs.js";
import { mkdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { validateDefinition } from "../../src/emit/validate.js";
import { selectWritable } from "../../src/emit/select.js";
import type { CompiledWorkflow } from "../../src/types.js";

const PROGRAMS = 320;
const BATCH = 80;
// GENERATED_SEED explores other programs; the committed seed keeps the test reproducible.
const SEED = Number(process.env.GENERATED_SEED ?? 0x5eed5);

type Type = ValueType;
type Variable = GeneratedVariable;

/** Builds one program's source; the state is per program (names, scopes, randomness). */
function generator(random: () => number) {
  const { int, pick, chance, fresh, scopes, visible, declare, scoped, indent } = programToolkit(random);

  function numberExpr(depth: number): string {
    const vars = visible("number");
    const options: (() => string)[] = [
      () => String(int(20) - 5),
      () => "input.n",
      () => "input.xs.length",
      () => "(input.deep?.n ?? 0)",
    ];
    if (vars.length) options.push(() => pick(vars).name, () => pick(vars).name);
    if (depth > 0) {
      options.push(
        () => `${numberExpr(depth - 1)} + ${numberExpr(depth - 1)}`,
        () => `${numberExpr(depth - 1)} - ${int(5)}`,
        () => `(await step({ n: ${numberExpr(depth - 1)} })).value`,
        () => `(await stepTwice(${numberExpr(depth - 1)}))`,
      );
    }
    return pick(options)();
  }

  function stringExpr(depth: number): string {
    const vars = visible("string");
    const options: (() => string)[] = [
      () => JSON.stringify(pick(["", "a", "b", "it's", "{x}", "\\"])),
      () => "input.s",
      () => "input.o.k",
      () => `(input.deep?.a?.b ?? ${JSON.stringify(pick(["", "none"]))})`,
    ];
    if (vars.length) options.push(() => pick(vars).name, () => pick(vars).name);
    if (depth > 0) {
      options.push(
        () => `\`<\${${numberExpr(depth - 1)}}|\${${stringExpr(depth - 1)}}>\``,
        () => `${stringExpr(depth - 1)} + ${stringExpr(depth - 1)}`,
        () => `(await greet({ s: ${stringExpr(depth - 1)} })).text`,
        () => `(await label(${stringExpr(depth - 1)}))`,
      );
    }
    return pick(options)();
  }

  /** A value to compare or switch on: never a literal, whose literal type TypeScript would narrow. */
  function subject(type: Type): string {
    // Input fields only: TypeScript narrows variables (even annotated ones) to an assigned literal.
    return type === "number" ? pick(["input.n", "input.o.v"]) : pick(["input.s", "input.o.k"]);
  }

  function condition(): string {
    return pick([
      () => `${numberExpr(1)} > ${numberExpr(1)}`,
      () => `${subject("number")} === ${int(4)}`,
      () => `${subject("string")} === ${JSON.stringify(pick(["a", "b", ""]))}`,
      () => "input.flag",
      () => "!input.flag",
      () => "input.opt !== undefined",
      () => `input.names.includes(${stringExpr(0)})`,
      () => `input.flag && ${numberExpr(0)} <= 3`,
      () => `input.deep?.a?.b === ${JSON.stringify(pick(["x", ""]))}`,
      () => `input.deep?.n !== undefined`,
      () => `input.u ${pick(["===", "!=="])} "none"`,
    ])();
  }

  function declaration(): string {
    const type: Type = chance(0.5) ? "number" : "string";
    const mutable = chance(0.5);
    const value = type === "number" ? numberExpr(2) : stringExpr(2);
    const name = fresh(type === "number" ? "n" : "s");
    declare({ name, type, mutable });
    // Annotated, so a literal initializer does not give the variable a literal type.
    return `${mutable ? "let" : "const"} ${name}: ${type} = ${value};`;
  }

  function assignment(): string | undefined {
    const numbers = visible("number", true);
    const strings = visible("string", true);
    if (numbers.length && chance(0.6)) {
      const target = pick(numbers).name;
      return pick([`${target} = ${numberExpr(2)};`, `${target} += ${int(3)};`, `${target}++;`, `${target} -= 1;`]);
    }
    if (strings.length) {
      const target = pick(strings).name;
      return pick([`${target} = ${stringExpr(2)};`, `${target} += ${stringExpr(1)};`]);
    }
    return undefined;
  }

  /** Pieces with no exact ASL meaning: each must end in a coded diagnostic, never a crash. */
  function unsupported(): string[] {
    const name = fresh("u");
    return pick([
      () => [`const ${name} = input.n * 2;`],
      () => [`if (/^a/.test(input.s)) await step({ n: 1 });`],
      () => [`const ${name} = Math.random();`],
      () => [`const ${name} = { x: 0 };`, `${name}.x = 1;`],
      () => [`const ${name} = [1];`, `${name}.push(1);`],
      () => [`for (const key in input.o) {`, `  await greet({ s: key });`, `}`],
      () => [`${name}: for (const x of input.xs) {`, `  if (x > 1) break ${name};`, `}`],
      () => [`const ${name} = new Box(input.n);`, `await step({ n: ${name}.v });`],
      () => [`const ${name} = new Date();`],
      () => [`const ${name}: any = input.o;`, `if (${name}.k === "x") await step({ n: 1 });`],
      () => [`const ${name} = input.s.toUpperCase();`],
      () => [`const ${name} = input.n / 2;`],
      () => [`await countDown(input.n);`],
      () => [`await map(input.xs, stepTwice);`],
    ])();
  }

  function block(depth: number, inLoop: boolean): string[] {
    return scoped(() => {
      const lines: string[] = [];
      const count = 1 + int(depth > 1 ? 4 : 3);
      for (let i = 0; i < count; i++) lines.push(...statement(depth, inLoop));
      return lines;
    });
  }


  function statement(depth: number, inLoop: boolean): string[] {
    const simple: (() => string[])[] = [
      () => [declaration()],
      () => [declaration()],
      () => {
        const line = assignment();
        return line ? [line] : [declaration()];
      },
      () => [`await step({ n: ${numberExpr(1)} });`],
      () => [`await greet({ s: ${stringExpr(1)} });`],
      () => [`await wait({ seconds: ${1 + int(3)} });`],
      () => [`if (${condition()}) throw new WorkflowError("Boom", ${stringExpr(1)});`],
      () => [`await stepTwice(${numberExpr(1)});`],
      () => [`await report({ error: ${stringExpr(0)}, cause: input.deep?.a?.b, code: input.deep?.n });`],
    ];
    if (inLoop) simple.push(() => [`if (${condition()}) break;`]);
    if (chance(0.05)) return unsupported();
    if (depth <= 0 || chance(0.45)) return pick(simple)();
    const nested: (() => string[])[] = [
      () => {
        const lines = [`if (${condition()}) {`, ...indent(block(depth - 1, inLoop)), "}"];
        if (chance(0.5)) lines.push("else {", ...indent(block(depth - 1, inLoop)), "}");
        return [lines.join("\n").replace("}\nelse {", "} else {")];
      },
      () => {
        return [
          `switch (${subject("string")}) {`,
          `  case "a":`,
          ...indent(indent(block(depth - 1, inLoop))),
          `    break;`,
          `  case ${JSON.stringify(pick(["b", ""]))}:`,
          `  default:`,
          ...indent(indent(block(depth - 1, inLoop))),
          `}`,
        ];
      },
      () =>
        scoped(() => {
          const item = fresh("x");
          declare({ name: item, type: "number", mutable: false });
          return [`for (const ${item} of input.xs) {`, ...indent(block(depth - 1, true)), "}"];
        }),
      () => {
        const counterName = fresh("i");
        return [
          `let ${counterName}: number = 0;`,
          `while (${counterName} < ${1 + int(3)}) {`,
          `  ${counterName}++;`,
          ...indent(block(depth - 1, true)),
          "}",
        ];
      },
      () => {
        const error = fresh("e");
        const lines = [`try {`, ...indent(block(depth - 1, inLoop)), `} catch (${error}) {`];
        lines.push(
          pick([
            `  if (isError(${error}, "Boom")) await greet({ s: ${error}.cause ?? "" });`,
            `  if (${error} instanceof WorkflowError && ${error}.error === "Big") await report({ error: ${error}.error, cause: ${error}.cause });`,
            `  if (!isError(${error})) throw ${error};\n  await report({ error: ${error}.error, cause: ${error}.cause });`,
          ]),
        );
        lines.push(...indent(block(depth - 1, inLoop)));
        if (chance(0.4)) lines.push(`} finally {`, ...indent(block(depth - 1, inLoop)));
        lines.push("}");
        return lines;
      },
      () => {
        const name = fresh("m");
        const item = fresh("x");
        const body = scoped(() => {
          declare({ name: item, type: "number", mutable: false });
          return [...block(depth - 1, false), `return (await step({ n: ${numberExpr(1)} })).value;`];
        });
        return [
          `const ${name} = await map(input.xs, async (${item}) => {`,
          ...indent(body),
          "});",
          `await step({ n: ${name}.length });`,
        ];
      },
      () => {
        const a = fresh("p");
        const b = fresh("q");
        const lines = [
          `const [${a}, ${b}] = await parallel(`,
          // Not async: its argument must not await.
          `  () => step({ n: ${numberExpr(0)} }),`,
          `  async () => {`,
          ...indent(indent(block(depth - 1, false))),
          `    return (await greet({ s: ${stringExpr(1)} })).text;`,
          `  },`,
          `);`,
        ];
        declare({ name: `${a}.value`, type: "number", mutable: false });
        declare({ name: b, type: "string", mutable: false });
        return lines;
      },
    ];
    return pick(nested)();
  }

  function workflowSource(exportName: string): string {
    scopes.splice(0, scopes.length, []);
    const body = block(3, false);
    const result = chance(0.8) ? `  return { n: ${numberExpr(1)}, s: ${stringExpr(1)} };` : "";
    return [`export const ${exportName} = workflow(async (input: Input) => {`, ...indent(body), result, "});"].join("\n");
  }

  return { workflowSource, chance };
}

const PRELUDE = `import { isError, lambda, map, parallel, wait, workflow, WorkflowError } from "@stepscript/dsl";

interface Input {
  n: number;
  s: string;
  flag: boolean;
  xs: number[];
  names: string[];
  o: { k: string; v: number };
  opt?: string;
  deep?: { a?: { b?: string } | null; n?: number };
  u: string[] | "none";
}

async function stepTwice(n: number): Promise<number> {
  const a = await step({ n });
  if (a.value > 3) throw new WorkflowError("Big", "too big");
  return (await step({ n: a.value })).value;
}

const label = async (s: string) => (await greet({ s })).text;

async function countDown(n: number): Promise<number> {
  if (n <= 0) return 0;
  return await countDown(n - 1);
}

class Box {
  constructor(readonly v: number) {}
}

const step = lambda<{ n: number }, { value: number }>("arn:aws:lambda:us-east-1:123456789012:function:Step");
const greet = lambda<{ s: string }, { text: string }>("arn:aws:lambda:us-east-1:123456789012:function:Greet");
const report = lambda<{ error: string; cause?: string; code?: number }, null>("arn:aws:lambda:us-east-1:123456789012:function:Report");
`;

interface Program {
  file: string;
  source: string;
  exports: string[];
}

function buildPrograms(dir: string): Program[] {
  const random = prng(SEED);
  return Array.from({ length: PROGRAMS }, (_, i) => {
    const { workflowSource, chance } = generator(random);
    const exports = chance(0.3) ? [`flow${i}a`, `flow${i}b`] : [`flow${i}`];
    const source = [PRELUDE, ...exports.map(workflowSource), ""].join("\n");
    return { file: path.join(dir, `program${String(i).padStart(3, "0")}.ts`), source, exports };
  });
}

interface Outcome {
  workflows: CompiledWorkflow[];
  diagnostics: Diagnostic[];
  /** The exception compile() threw for this file, if it did. */
  crash?: string;
}

/**
 * Compiles in batches (one program for many files is much faster than one per file); when a
 * batch throws, its files are compiled one by one to find the ones that crash.
 */
function compileAll(programs: Program[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>(programs.map((p) => [p.file, { workflows: [], diagnostics: [] }]));
  const record = (result: { workflows: CompiledWorkflow[]; diagnostics: Diagnostic[] }) => {
    for (const w of result.workflows) outcomes.get(w.file)?.workflows.push(w);
    for (const d of result.diagnostics) outcomes.get(d.file)?.diagnostics.push(d);
  };
  for (let start = 0; start < programs.length; start += BATCH) {
    const batch = programs.slice(start, start + BATCH);
    try {
      record(compile({ files: batch.map((p) => p.file) }));
    } catch {
      for (const program of batch) {
        try {
          record(compile({ files: [program.file] }));
        } catch (error) {
          outcomes.get(program.file)!.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
        }
      }
    }
  }
  return outcomes;
}

describe("generated programs", () => {
  const repoRoot = path.resolve(import.meta.dirname, "../../../..");
  let dir = "";
  let programs: Program[] = [];
  let outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    mkdirSync(path.join(repoRoot, ".vitest-tmp"), { recursive: true });
    dir = await mkdtemp(path.join(repoRoot, ".vitest-tmp", "generated-"));
    programs = buildPrograms(dir);
    await Promise.all(programs.map((p) => writeFile(p.file, p.source)));
    outcomes = compileAll(programs);
  }, 120_000);

  afterAll(async () => {
    if (!dir) return;
    if (process.env.GENERATED_KEEP) console.log(`generated programs kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  });

  it("never makes compile() throw", () => {
    const crashes = programs.filter((p) => outcomes.get(p.file)!.crash).map((p) => `${path.basename(p.file)}: ${outcomes.get(p.file)!.crash}`);
    expect(crashes).toEqual([]);
  });

  it("ends every program in valid definitions or in coded diagnostics at real positions", async () => {
    const problems: string[] = [];
    for (const program of programs) {
      const { workflows, diagnostics, crash } = outcomes.get(program.file)!;
      if (crash) continue;
      const name = path.basename(program.file);
      const lines = program.source.split("\n").length;
      for (const d of diagnostics) {
        const wellFormed = /^(SS|TS)\d{4}$/.test(d.code) && d.line >= 1 && d.line <= lines && d.column >= 1 && d.message.length > 0;
        if (!wellFormed) problems.push(`${name}: malformed diagnostic ${JSON.stringify(d)}`);
      }
      if (diagnostics.length === 0 && workflows.length !== program.exports.length) {
        problems.push(`${name}: ${workflows.length} of ${program.exports.length} workflows compiled, and no diagnostic says why`);
      }
      // What the build writes goes through selectWritable, which reports a definition the
      // validators reject as SS9001 ("a bug in Stepscript"): no generated program may reach it.
      const selection = await selectWritable({ workflows, diagnostics, inputs: [] }, validateDefinition);
      for (const d of selection.diagnostics) if (d.code === "SS9001") problems.push(`${name}: SS9001 ${d.message}`);
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it("covers both outcomes: programs that compile and programs that are refused", () => {
    const compiled = programs.filter((p) => outcomes.get(p.file)!.workflows.length > 0).length;
    const refused = programs.filter((p) => outcomes.get(p.file)!.diagnostics.some((d) => d.code.startsWith("SS"))).length;
    const typeErrors = programs.filter((p) => outcomes.get(p.file)!.diagnostics.some((d) => d.code.startsWith("TS"))).length;
    if (process.env.SHOW) console.log({ compiled, refused, typeErrors });
    expect(compiled).toBeGreaterThan(PROGRAMS / 5);
    expect(refused).toBeGreaterThan(PROGRAMS / 5);
    // The generator writes well-typed TypeScript: type errors would hide the compiler's own paths.
    expect(typeErrors).toBeLessThan(PROGRAMS / 8);
  });
});
