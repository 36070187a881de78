import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { displayPath } from "../diagnostics/render.js";
import { absoluteSourceMap, type SourceMap } from "../emit/sourceMap.js";
import { explain, historyEvents, statesOf, type Explanation, type HistoryEvent } from "../history/explain.js";
import { renderFailure } from "./failure.js";
import type { Io } from "./io.js";
import { UsageError } from "./usage.js";

/**
 * `stepscript explain HISTORY.json [--map DIR]`: the path a real execution took, as the
 * TypeScript lines that made each state, and its failure at its line. The map is the one in DIR
 * (default: where `build` writes) that names every state of the history.
 */
export function explainHistory(historyFile: string, mapDir: string, io: Io): 0 | 1 {
  const events = readHistory(resolve(io.cwd, historyFile), historyFile);
  const { map, file } = chooseMap(events, resolve(io.cwd, mapDir), mapDir);
  const explanation = explain(events, map);
  io.stdout.write(renderExplanation(explanation, map, displayPath(file, io.cwd), io));
  return explanation.status === "failed" || explanation.status === "timed out" ? 1 : 0;
}

function readHistory(path: string, typed: string): HistoryEvent[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`no such history file: ${typed}`);
  }
  try {
    return historyEvents(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`${typed}: ${(error as Error).message}`);
  }
}

/** The source map among DIR's `*.map.json` that names every state of the history (the one naming most of them otherwise, for the message). */
function chooseMap(events: readonly HistoryEvent[], dir: string, typed: string): { map: SourceMap; file: string } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder of source maps: ${typed} (build writes them beside each definition; pass --map DIR)`);
  const names = statesOf(events);
  const candidates = readdirSync(dir)
    .filter((entry) => entry.endsWith(".map.json"))
    .sort()
    .map((entry) => {
      const file = join(dir, entry);
      const map = absoluteSourceMap(JSON.parse(readFileSync(file, "utf8")) as SourceMap, file);
      const missing = [...names].filter((name) => !(name in map.states));
      return { map, file, missing };
    })
    .sort((a, b) => a.missing.length - b.missing.length);
  const best = candidates[0];
  if (!best) throw new UsageError(`${typed} has no source maps (*.map.json): build the workflows first`);
  if (best.missing.length > 0) {
    throw new UsageError(`no source map in ${typed} names every state of this history (closest: ${displayPath(best.file, dir)}, which lacks ${best.missing.slice(0, 5).map((n) => JSON.stringify(n)).join(", ")})`);
  }
  return best;
}

function renderExplanation(explanation: Explanation, map: SourceMap, mapFile: string, io: Io): string {
  const lines = [`${map.workflow} (${mapFile}): ${explanation.status}`, ""];
  const sources = new Map<string, string[]>();
  const lineOf = (file: string, line: number) => {
    if (!sources.has(file)) sources.set(file, existsSync(file) ? readFileSync(file, "utf8").split(/\r?\n/) : []);
    return sources.get(file)![line - 1]?.trim() ?? "";
  };
  const rows = explanation.steps.map((step) => {
    const where = step.iterations.map((it) => `${it.map}[${it.index}]`).join(" ");
    const source = step.source;
    return [
      `${"  ".repeat(step.iterations.length)}${step.state}${where ? `  (${where})` : ""}`,
      source ? `${displayPath(source.file, io.cwd)}:${source.line}:${source.column}` : "(not in the source map)",
      source ? lineOf(source.file, source.line) : "",
    ];
  });
  const widths = [0, 1].map((i) => Math.max(0, ...rows.map((row) => row[i].length)));
  explanation.steps.forEach((step, i) => {
    const row = rows[i];
    lines.push(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`.trimEnd());
    if (step.failed) {
      const attempts = step.failed.attempts > 1 ? ` after ${step.failed.attempts} attempts` : "";
      lines.push(`${" ".repeat(2 * step.iterations.length)}  ✗ ${step.failed.error}${step.failed.cause !== undefined ? `: ${step.failed.cause}` : ""}${attempts}`);
    }
  });
  return `${lines.join("\n")}\n${explanation.failure ? renderFailure(explanation.failure, io) : ""}`;
}
