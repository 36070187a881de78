import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import {
  renderCodeFrame,
  renderDiagnostic,
  renderDiagnostics,
  renderDiagnosticsJson,
  renderSummary,
  shouldUseColor,
} from "../../src/diagnostics/render.js";

const cwd = "/work/project";
const source = [
  'import { workflow } from "@stepscript/dsl";',
  "",
  "export const processOrder = workflow(async (order: Order) => {",
  '  order.status = "paid";',
  "  return order;",
  "});",
  "",
].join("\n");

const mutation: Diagnostic = {
  code: "SS1005",
  message: "`order.status = …` changes a value in place, but values are copied between states",
  hint: "Build a new value instead, e.g. `x = { ...x, field: v }` or `xs = [...xs, v]`",
  file: join(cwd, "src", "flow.ts"),
  line: 4,
  column: 3,
  length: 21,
};

describe("renderDiagnostic", () => {
  it("prints the position relative to the cwd, the code, the message, a code frame and the hint", () => {
    expect(renderDiagnostic(mutation, source, { cwd, color: false })).toBe(
      [
        "src/flow.ts:4:3 - error SS1005: `order.status = …` changes a value in place, but values are copied between states",
        "",
        "  2 |",
        "  3 | export const processOrder = workflow(async (order: Order) => {",
        '> 4 |   order.status = "paid";',
        "    |   ^^^^^^^^^^^^^^^^^^^^^",
        "  5 |   return order;",
        "  6 | });",
        "",
        "  hint: Build a new value instead, e.g. `x = { ...x, field: v }` or `xs = [...xs, v]`",
        "",
      ].join("\n"),
    );
  });

  it("prints a warning as `warning SSnnnn`", () => {
    const warning = { ...mutation, severity: "warning" as const };
    expect(renderDiagnostic(warning, source, { cwd, color: false })).toMatch(/^src\/flow\.ts:4:3 - warning SS1005: /);
  });

  it("has no colour codes when colour is off, and has them when it is on", () => {
    expect(renderDiagnostic(mutation, source, { cwd, color: false })).not.toMatch(/\u001b\[/);
    expect(renderDiagnostic(mutation, source, { cwd, color: true })).toMatch(/\u001b\[/);
  });

  it("omits the frame when the source is not available and the hint when there is none", () => {
    const { hint: _, ...withoutHint } = mutation;
    expect(renderDiagnostic(withoutHint, undefined, { cwd, color: false })).toBe(
      "src/flow.ts:4:3 - error SS1005: `order.status = …` changes a value in place, but values are copied between states\n",
    );
  });

  it("prints no position for a problem that is in no file", () => {
    const global = { ...mutation, file: "", line: 0, column: 0, length: 0, code: "TS18003", hint: undefined };
    expect(renderDiagnostic(global, undefined, { cwd, color: false })).toBe(`error TS18003: ${mutation.message}\n`);
  });

  it("shows a path outside the cwd relative to it", () => {
    const outside = { ...mutation, file: "/work/shared/flow.ts" };
    expect(renderDiagnostic(outside, undefined, { cwd, color: false })).toMatch(/^\.\.\/shared\/flow\.ts:4:3 - /);
  });
});

describe("renderCodeFrame", () => {
  it("underlines one caret for an empty span", () => {
    expect(renderCodeFrame(source, { ...mutation, column: 9, length: 0 }, false)).toContain("    |         ^\n");
  });

  it("keeps the underline of a span that runs over several lines on its first line", () => {
    const frame = renderCodeFrame(source, { ...mutation, line: 3, column: 29, length: 120 }, false)!;
    expect(frame.split("\n").filter((line) => line.includes("^"))).toEqual([
      // from `workflow(` to the end of line 3, and no further
      `    |${" ".repeat(29)}${"^".repeat("workflow(async (order: Order) => {".length)}`,
    ]);
  });

  it("gives no frame for a line the file does not have (the file changed since the compile)", () => {
    expect(renderCodeFrame(source, { ...mutation, line: 99 }, false)).toBeUndefined();
  });

  it("reads CRLF sources line by line", () => {
    expect(renderCodeFrame(source.replaceAll("\n", "\r\n"), mutation, false)).toContain('> 4 |   order.status = "paid";\n');
  });
});

describe("shouldUseColor", () => {
  it("colours a TTY only, and never with NO_COLOR set", () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
  });
});

describe("renderSummary", () => {
  it("counts errors and files", () => {
    const other = { ...mutation, file: join(cwd, "src", "other.ts") };
    expect(renderSummary([mutation, mutation, other])).toBe("Found 3 errors in 2 files.\n");
    expect(renderSummary([mutation])).toBe("Found 1 error in 1 file.\n");
    expect(renderSummary([])).toBeUndefined();
    const warning = { ...mutation, severity: "warning" as const };
    expect(renderSummary([warning])).toBe("Found 1 warning in 1 file.\n");
    expect(renderSummary([mutation, warning, warning])).toBe("Found 1 error and 2 warnings in 1 file.\n");
  });
});

describe("renderDiagnostics", () => {
  it("separates diagnostics with a blank line and reads each file once", () => {
    const reads: string[] = [];
    const readSource = (file: string) => (reads.push(file), source);
    const text = renderDiagnostics([mutation, { ...mutation, line: 5, column: 10, length: 5 }], { cwd, color: false }, (f) =>
      readSource(f),
    );
    expect(text.split("src/flow.ts:").length).toBe(3);
    expect(text).toContain("hint: Build a new value instead, e.g. `x = { ...x, field: v }` or `xs = [...xs, v]`\n\nsrc/flow.ts:5:10");
    expect(reads).toHaveLength(2); // the caller's reader decides caching; the default one caches
  });
});

describe("renderDiagnosticsJson", () => {
  it("prints an array with relative paths, omitting an absent hint", () => {
    const { hint: _, ...withoutHint } = mutation;
    expect(JSON.parse(renderDiagnosticsJson([mutation, withoutHint], cwd))).toEqual([
      {
        file: "src/flow.ts",
        line: 4,
        column: 3,
        length: 21,
        code: "SS1005",
        severity: "error",
        message: mutation.message,
        hint: mutation.hint,
      },
      { file: "src/flow.ts", line: 4, column: 3, length: 21, code: "SS1005", severity: "error", message: mutation.message },
    ]);
    expect(renderDiagnosticsJson([], cwd)).toBe("[]\n");
  });
});

describe("renderCodeFrame on a very long line", () => {
  it("clips the line around the column instead of echoing all of it", () => {
    const long = `export const x = "${"a".repeat(1_300_000)}" + oops;`;
    const column = long.indexOf("oops") + 1;
    const frame = renderCodeFrame(`// first\n${long}\n// last\n`, { ...mutation, line: 2, column, length: 4 }, false)!;
    expect(frame.length).toBeLessThan(1000);
    expect(frame).toContain("…aaaa");
    expect(frame).toContain('" + oops;');
    // The underline is under `oops` in the clipped line.
    const [code, underline] = frame.split("\n").filter((l) => l.startsWith("> 2 |") || /^\s+\|\s+\^/.test(l));
    expect(underline.indexOf("^")).toBe(code.indexOf("oops"));
    expect(underline.match(/\^/g)).toHaveLength(4);
  });

  it("shows a line of ordinary length whole", () => {
    expect(renderCodeFrame("const a = oops;\n", { ...mutation, line: 1, column: 11, length: 4 }, false)).toContain("> 1 | const a = oops;");
  });
});
