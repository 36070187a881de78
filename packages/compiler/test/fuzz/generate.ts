// The program generator of the differential fuzz test: small SUPPORTED workflows (every piece has
// an exact ASL meaning), built by a seeded PRNG so every run builds the same programs, plus the
// inputs each is run on (the boundaries that tell right from wrong).

import { programToolkit, prng, type GeneratedVariable, type ValueType } from "../harness/programs.js";

export { prng };

export interface FuzzInput {
  n: number;
  m: number;
  s: string;
  flag: boolean;
  xs: number[];
  names: string[];
  opt?: string;
  optN?: number;
}

/** The head of every program: the input type and the shared tasks (exported, so the test binds them). */
export const PRELUDE = `// @ts-nocheck: comparisons inside an if narrow the input's fields to literals, which TypeScript
// then reports as comparisons with no overlap; the programs are still well-typed JavaScript.
import { isError, lambda, map, parallel, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

export interface Input {
  n: Integer;
  m: Integer;
  s: string;
  flag: boolean;
  xs: Integer[];
  names: string[];
  opt?: string;
  optN?: Integer;
}

export const echo = lambda<{ v: Integer; s: string }, { v: Integer; s: string }>("arn:aws:lambda:us-east-1:123456789012:function:Echo", { retry: [] });
export const failIf = lambda<{ fail: boolean; tag: string }, { ok: string }>("arn:aws:lambda:us-east-1:123456789012:function:FailIf", { retry: [] });
export const score = lambda<{ n: Integer }, { value: Integer }>("arn:aws:lambda:us-east-1:123456789012:function:Score", { retry: [] });
export const note = lambda<{ s: string }, null>("arn:aws:lambda:us-east-1:123456789012:function:Note", { retry: [] });
`;

type Type = ValueType;
type Variable = GeneratedVariable;

export interface GeneratedProgram {
  source: string;
  /** Whether it uses `map` (whose task calls have no defined order). */
  concurrent: boolean;
  inputs: FuzzInput[];
}

/** One program from the shared random stream. */
export function generateProgram(random: () => number, name: string): GeneratedProgram {
  const { int, pick, chance, fresh, scopes, visible, declare, scoped, indent } = programToolkit(random);
  let concurrent = false;
  /** A parallel branch shares nothing with the workflow: it reads outer variables but never assigns them. */
  let inBranch = false;
  const readOnly = (body: () => string[]): string[] => {
    const outer = scopes.flat().filter((v) => v.mutable);
    for (const v of outer) v.mutable = false;
    const wasInBranch = inBranch;
    inBranch = true; // a return there would end the branch, not the workflow
    try {
      return scoped(body);
    } finally {
      for (const v of outer) v.mutable = true;
      inBranch = wasInBranch;
    }
  };

  const smallInt = () => String(int(7) - 2);

  function numberAtom(): string {
    const vars = visible("number");
    const options = [smallInt, () => "input.n", () => "input.m", () => "input.xs.length"];
    if (vars.length) options.push(() => pick(vars).name, () => pick(vars).name);
    return pick(options)();
  }

  function numberExpr(depth: number): string {
    if (depth <= 0 || chance(0.5)) return numberAtom();
    return pick([
      () => `${numberExpr(depth - 1)} + ${numberAtom()}`,
      () => `${numberExpr(depth - 1)} - ${int(4)}`,
      () => `(await score({ n: ${numberExpr(depth - 1)} })).value`,
      () => `(${condition(depth - 1)} ? ${numberAtom()} : ${numberAtom()})`,
      () => `(input.optN ?? ${smallInt()})`,
      () => `(input.optN ?? ${numberAtom()})`,
      () => `(${numberAtom()} || ${numberAtom()})`,
    ])();
  }

  function stringAtom(): string {
    const vars = visible("string");
    const options = [() => JSON.stringify(pick(["", "a", "b", "0", "x y"])), () => "input.s"];
    if (vars.length) options.push(() => pick(vars).name, () => pick(vars).name);
    return pick(options)();
  }

  function stringExpr(depth: number): string {
    if (depth <= 0 || chance(0.5)) return stringAtom();
    return pick([
      () => `\`<\${${numberAtom()}}|\${${stringAtom()}}>\``,
      () => `${stringAtom()} + ${stringAtom()}`,
      () => `(await echo({ v: ${numberAtom()}, s: ${stringExpr(depth - 1)} })).s`,
      () => `(${condition(depth - 1)} ? ${stringAtom()} : ${stringAtom()})`,
      () => `(input.opt ?? ${JSON.stringify(pick(["", "none"]))})`,
      () => `(input.opt ?? ${stringAtom()})`,
      () => `(${stringAtom()} || ${stringAtom()})`,
      () => `(${stringAtom()} && ${stringAtom()})`,
      () => `\`\${input.flag}-\${${stringAtom()}}\``,
      () => `JSON.stringify({ a: ${numberAtom()}, b: [${stringAtom()}, ${chance(0.5) ? "input.flag" : "null"}] })`,
    ])();
  }

  /**
   * A number compared with a literal on either side, by any operator. The subject is an input
   * field: TypeScript narrows variables to the literal they were assigned.
   */
  function comparison(): string {
    const op = pick(["===", "!==", "<", "<=", ">", ">="]);
    const subject = pick(["input.n", "input.m", "input.xs.length"]);
    if (chance(0.2)) return `${subject} ${op} ${pick([...visible("number").map((v) => v.name), "input.n", "input.m"])}`;
    const literal = smallInt();
    return chance(0.5) ? `${subject} ${op} ${literal}` : `${literal} ${op} ${subject}`;
  }

  function stringComparison(): string {
    const op = pick(["===", "!==", "===", "!==", "<", ">="]);
    if (chance(0.15)) return `input.s ${op} ${pick([...visible("string").map((v) => v.name), "input.s"])}`;
    const subject = pick(["input.s", "input.s", "input.opt"]);
    const literal = JSON.stringify(pick(["", "a", "b", "0", "false"]));
    const equality = op === "===" || op === "!==";
    // An optional string is only compared for equality (`undefined < "a"` is no ASL comparison).
    const safeOp = subject === "input.opt" && !equality ? "===" : op;
    return chance(0.5) ? `${subject} ${safeOp} ${literal}` : `${literal} ${safeOp} ${subject}`;
  }

  function truthiness(): string {
    const strings = visible("string").map((v) => v.name);
    const numbers = visible("number").map((v) => v.name);
    const subject = pick(["input.s", "input.n", "input.opt", "input.optN", "input.xs.length", "input.flag", ...strings, ...numbers]);
    return chance(0.5) ? subject : `!${subject}`;
  }

  /** A boolean condition (no truthiness of a non-boolean, so it can be a boolean task field). */
  function booleanCondition(depth: number): string {
    const atoms = [
      comparison,
      comparison,
      stringComparison,
      () => pick(["input.flag", "!input.flag", "input.flag === true", "false === input.flag", "input.flag !== false"]),
      () => pick(["input.opt === undefined", "input.opt !== undefined", "input.optN !== undefined", "input.optN === undefined"]),
      () => `input.names.includes(${stringAtom()})`,
      () => `input.xs.includes(${numberAtom()})`,
      () => `input.n ${pick(["<", "===", ">="])} input.m`,
      () => `input.s ${pick(["===", "!=="])} input.opt`,
      () => `!${truthiness()}`,
    ];
    if (depth <= 0 || chance(0.6)) return pick(atoms)();
    return pick([
      () => `${booleanCondition(depth - 1)} && ${booleanCondition(depth - 1)}`,
      () => `${booleanCondition(depth - 1)} || ${booleanCondition(depth - 1)}`,
      () => `!(${booleanCondition(depth - 1)})`,
    ])();
  }

  /** A condition of an if, a loop or a ternary: truthiness of any value counts. */
  function condition(depth: number): string {
    if (depth <= 0 || chance(0.6)) return chance(0.25) ? truthiness() : booleanCondition(depth);
    return pick([
      () => `${condition(depth - 1)} && ${condition(depth - 1)}`,
      () => `${condition(depth - 1)} || ${condition(depth - 1)}`,
      () => `!(${condition(depth - 1)})`,
      () => `(${condition(depth - 1)} || ${condition(depth - 1)}) && ${condition(depth - 1)}`,
    ])();
  }

  function declaration(): string {
    const type: Type = chance(0.5) ? "number" : "string";
    const mutable = chance(0.6);
    const value = type === "number" ? numberExpr(2) : stringExpr(2);
    const name = fresh(type === "number" ? "n" : "s");
    const line = `${mutable ? "let" : "const"} ${name}: ${type} = ${value};`;
    declare({ name, type, mutable });
    return line;
  }

  function assignment(): string | undefined {
    const numbers = visible("number", true);
    const strings = visible("string", true);
    if (numbers.length && (chance(0.6) || !strings.length)) {
      const target = pick(numbers).name;
      return pick([`${target} = ${numberExpr(2)};`, `${target} += ${int(3)};`, `${target}++;`, `${target} -= 1;`, `${target}--;`]);
    }
    if (strings.length) {
      const target = pick(strings).name;
      return pick([`${target} = ${stringExpr(2)};`, `${target} += ${stringAtom()};`]);
    }
    return undefined;
  }

  /** The value a return gives: everything visible, so a wrong variable shows. */
  function result(): string {
    const fields = scopes.flat().filter((v) => !v.name.includes("."));
    const entries = fields.map((v) => `${v.name}: ${v.name}`);
    entries.push(`at: ${JSON.stringify(fresh("r"))}`);
    return `{ ${entries.join(", ")} }`;
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
      () => [assignment() ?? declaration()],
      () => [assignment() ?? declaration()],
      () => [`await note({ s: ${stringExpr(2)} });`],
      () => [`await note({ s: \`\${${numberExpr(1)}}\` });`],
      () => [`if (${condition(2)}) throw new WorkflowError("Stop", ${stringExpr(1)});`],
      () => [`await failIf({ fail: ${booleanCondition(1)}, tag: ${stringAtom()} });`],
    ];
    if (!inBranch) simple.push(() => [`if (${condition(2)}) return ${result()};`]);
    if (inLoop) {
      simple.push(() => [`if (${condition(1)}) break;`], () => [`if (${condition(1)}) continue;`]);
    }
    if (depth <= 0 || chance(0.45)) return pick(simple)();
    const nested: (() => string[])[] = [
      () => {
        const lines = [`if (${condition(2)}) {`, ...indent(block(depth - 1, inLoop))];
        if (chance(0.4)) lines.push(`} else if (${condition(2)}) {`, ...indent(block(depth - 1, inLoop)));
        if (chance(0.5)) lines.push(`} else {`, ...indent(block(depth - 1, inLoop)));
        lines.push("}");
        return lines;
      },
      () => {
        const onString = chance(0.5);
        const subject = onString ? "input.s" : pick(["input.n", "input.xs.length"]);
        const labels = onString ? ["", "a", "0"] : ["0", "1", "-1"];
        const lines = [`switch (${subject}) {`];
        for (const label of labels.slice(0, 1 + int(3))) {
          lines.push(`  case ${onString ? JSON.stringify(label) : label}:`);
          if (chance(0.25)) continue; // falls through to the next case
          lines.push(...indent(indent(block(depth - 1, inLoop))));
          if (chance(0.7)) lines.push(`    break;`);
        }
        if (chance(0.7)) lines.push(`  default:`, ...indent(indent(block(depth - 1, inLoop))));
        lines.push("}");
        return lines;
      },
      () =>
        scoped(() => {
          const item = fresh("x");
          const overNames = chance(0.4);
          declare({ name: item, type: overNames ? "string" : "number", mutable: false });
          return [`for (const ${item} of input.${overNames ? "names" : "xs"}) {`, ...indent(block(depth - 1, true)), "}"];
        }),
      () => {
        const counterName = fresh("i");
        const step = pick(["++", " += 1", " += 2"]);
        const bound = pick([String(1 + int(3)), "input.xs.length", "input.n"]);
        // The counter moves first, so a continue can never make the loop endless.
        const lines = scoped(() => [
          `while (${counterName} < ${bound}) {`,
          `  ${counterName}${step};`,
          ...indent(block(depth - 1, true)),
          "}",
        ]);
        declare({ name: counterName, type: "number", mutable: false });
        return [`let ${counterName}: number = 0;`, ...lines];
      },
      () => {
        const counterName = fresh("j");
        const bound = pick([String(1 + int(3)), "input.xs.length", "input.m"]);
        return scoped(() => {
          declare({ name: counterName, type: "number", mutable: false });
          return [`for (let ${counterName} = 0; ${counterName} < ${bound}; ${counterName}${pick(["++", " += 2"])}) {`, ...indent(block(depth - 1, true)), "}"];
        });
      },
      () => {
        const counterName = fresh("d");
        const lines = scoped(() => [
          `do {`,
          `  ${counterName}++;`,
          ...indent(block(depth - 1, true)),
          `} while (${counterName} < ${pick(["2", "input.xs.length", "input.n"])});`,
        ]);
        declare({ name: counterName, type: "number", mutable: false });
        return [`let ${counterName}: number = 0;`, ...lines];
      },
      () => {
        const error = fresh("e");
        const lines = [`try {`];
        lines.push(...indent(scoped(() => [`await failIf({ fail: ${booleanCondition(1)}, tag: ${stringAtom()} });`, ...block(depth - 1, inLoop)])));
        if (chance(0.2)) {
          // try … finally with no catch: the failure goes on after the finally block.
          lines.push(`} finally {`, ...indent(block(depth - 1, inLoop)), "}");
          return lines;
        }
        if (chance(0.15)) {
          lines.push(`} catch {`, ...indent(block(depth - 1, inLoop)), "}");
          return lines;
        }
        lines.push(`} catch (${error}) {`);
        lines.push(
          pick([
            `  if (isError(${error}, "Bad")) await note({ s: ${error}.cause ?? "" });`,
            `  await note({ s: (${error} as WorkflowError).error });`,
            `  if (isError(${error}, "Stop")) throw ${error};`,
            `  if (isError(${error}, "States.ALL")) await note({ s: \`\${${error}.error}:\${${error}.cause ?? "-"}\` });`,
          ]),
        );
        lines.push(...indent(block(depth - 1, inLoop)));
        if (chance(0.4)) lines.push(`} finally {`, ...indent(block(depth - 1, inLoop)));
        lines.push("}");
        return lines;
      },
      () => {
        concurrent = true;
        const name = fresh("m");
        const item = fresh("x");
        const index = fresh("k");
        const body = scoped(() => {
          declare({ name: item, type: "number", mutable: false });
          declare({ name: index, type: "number", mutable: false });
          const lines = [];
          if (chance(0.5)) lines.push(`if (${item} ${pick(["<", "===", ">="])} ${smallInt()}) return ${numberAtom()};`);
          if (chance(0.5)) lines.push(`await note({ s: \`\${${item}}\` });`);
          if (chance(0.3)) lines.push(`await failIf({ fail: ${item} ${pick(["<", "===", ">"])} ${smallInt()}, tag: \`item \${${index}}\` });`);
          lines.push(
            pick([
              `return (await score({ n: ${pick([item, `${item} + ${numberAtom()}`, index])} })).value;`,
              `return { i: ${index}, v: ${numberAtom()}, s: ${stringAtom()} };`,
              `return [${item}, ${numberAtom()}];`,
            ]),
          );
          return lines;
        });
        return [`const ${name} = await map(input.xs, async (${item}, ${index}) => {`, ...indent(body), "});", `await note({ s: JSON.stringify(${name}) });`];
      },
    ];
    nested.push(() => {
      concurrent = true;
      const a = fresh("p");
      const b = fresh("q");
      const lines = [
        `const [${a}, ${b}] = await parallel(`,
        `  () => score({ n: ${numberAtom()} }),`,
        `  async () => {`,
        ...indent(indent(readOnly(() => block(depth - 1, false)))),
        `    return ${stringExpr(1)};`,
        `  },`,
        `);`,
      ];
      declare({ name: `${a}.value`, type: "number", mutable: false });
      declare({ name: b, type: "string", mutable: false });
      return lines;
    });
    return pick(nested)();
  }

  const body = block(Number(process.env.FUZZ_DEPTH ?? 3), false);
  const tail = `  return ${result()};`;
  const source = [PRELUDE, `export const flow = workflow({ name: ${JSON.stringify(name)} }, async (input: Input) => {`, ...indent(body), tail, "});", ""].join("\n");
  return { source, concurrent, inputs: inputsFor(random) };
}

const NUMBERS = [0, -1, 1, 2, 5];
const STRINGS = ["", "0", "a", "b", "false"];
const ARRAYS = [[], [0], [1, -1, 3], [2, 2]];
const NAME_LISTS = [[], ["a"], ["", "b"], ["0", "a", "x y"]];

/** Several inputs at the boundaries; the first ones are the extremes (all zero/empty, all absent). */
function inputsFor(random: () => number): FuzzInput[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const inputs: FuzzInput[] = [
    { n: 0, m: 0, s: "", flag: false, xs: [], names: [] },
    { n: 1, m: -1, s: "a", flag: true, xs: [1], names: ["a"], opt: "", optN: 0 },
  ];
  for (let i = 0; i < 4; i++) {
    const input: FuzzInput = { n: pick(NUMBERS), m: pick(NUMBERS), s: pick(STRINGS), flag: random() < 0.5, xs: pick(ARRAYS), names: pick(NAME_LISTS) };
    if (random() < 0.5) input.opt = pick(STRINGS);
    if (random() < 0.5) input.optN = pick(NUMBERS);
    inputs.push(input);
  }
  return inputs;
}
