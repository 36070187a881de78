// Item 1 of issue 15: a state name the user gives is used exactly or refused at the option.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { DSL, useSources, where } from "./helpers.js";

const source = useSources("names");
const TASK = `const charge = lambda<{ n: number }, { id: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");\n`;

async function build(name: string, body: string) {
  const file = await source(`${name}.ts`, `${DSL}${TASK}\nexport const flow = workflow(async (input: { n: number; xs: number[] }) => {\n${body}\n});\n`);
  return compile({ files: [file] });
}

describe("state names the user gives", () => {
  it("are used exactly, and a derived name steps aside for them", async () => {
    const { workflows, diagnostics } = await build("exact", [
      `  await charge({ n: input.n });`,
      `  await charge({ n: input.n }, { name: "charge" });`,
      `  await wait({ seconds: 1 }, { name: "Pause, then go on" });`,
      `  return {};`,
    ].join("\n"));
    expect(diagnostics).toEqual([]);
    const names = Object.keys(workflows[0].definition.States);
    expect(names).toContain("charge");
    expect(names).toContain("charge (2)");
    expect(names).toContain("Pause, then go on");
    // The user's name is on the second call, as written; the compiler's own is what moved.
    expect(workflows[0].definition.States["charge (2)"].Next).toBe("charge");
  });

  it("keep exactly 80 characters, and refuse 81 at the option", async () => {
    const eighty = "x".repeat(80);
    const ok = await build("eighty", `  return await charge({ n: input.n }, { name: "${eighty}" });`);
    expect(ok.diagnostics).toEqual([]);
    expect(Object.keys(ok.workflows[0].definition.States)).toEqual([eighty]);
    const long = await build("eightyone", `  return await charge({ n: input.n }, { name: "${eighty}y" });`);
    expect(long.workflows).toEqual([]);
    expect(long.diagnostics.map(where)).toEqual(["eightyone.ts:5:47 SS1501"]);
    expect(long.diagnostics[0].message).toContain("81 characters");
  });

  it("count UTF-16 units, the stricter count: 40 emoji pass, 41 are refused", async () => {
    const forty = await build("emoji40", `  return await charge({ n: input.n }, { name: "${"🙂".repeat(40)}" });`);
    expect(forty.diagnostics).toEqual([]);
    expect(Object.keys(forty.workflows[0].definition.States)).toEqual(["🙂".repeat(40)]);
    const more = await build("emoji41", `  return await charge({ n: input.n }, { name: "${"🙂".repeat(41)}" });`);
    expect(more.diagnostics.map((d) => d.code)).toEqual(["SS1501"]);
  });

  it("refuse a control character and a name that is not a literal string", async () => {
    const { diagnostics } = await build("control", `  return await charge({ n: input.n }, { name: "tab\\there" });`);
    expect(diagnostics.map(where)).toEqual(["control.ts:5:47 SS1501"]);
  });

  it("given twice are refused at the second, in branches and in a parallel too", async () => {
    const { diagnostics } = await build("twice", [
      `  if (input.n > 0) await charge({ n: 1 }, { name: "Same" });`,
      `  else await charge({ n: 2 }, { name: "Same" });`,
      `  return {};`,
    ].join("\n"));
    expect(diagnostics.map(where)).toEqual(["twice.ts:6:39 SS1502"]);
    const parallelTwice = await build("parallelTwice", [
      `  const [a, b] = await parallel(() => charge({ n: 1 }, { name: "Branch" }), () => charge({ n: 2 }, { name: "Branch" }));`,
      `  return { a, b };`,
    ].join("\n"));
    expect(parallelTwice.diagnostics.map((d) => d.code)).toEqual(["SS1502"]);
  });

  it("refuse a named call that would become two states (a finally block runs on both paths)", async () => {
    const { diagnostics } = await build("finally", [
      `  try {`,
      `    await charge({ n: input.n });`,
      `  } finally {`,
      `    await charge({ n: 0 }, { name: "Clean up" });`,
      `  }`,
      `  return {};`,
    ].join("\n"));
    expect(diagnostics.map((d) => d.code)).toEqual(["SS1502"]);
    expect(diagnostics[0].hint).toContain("finally");
  });
});
