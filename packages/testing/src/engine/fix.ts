/**
 * How the reference engine is changed: a fix (or an extension) is a named list of replacements
 * of the engine's own source text (`aws-local-stepfunctions/build/main.node.cjs`), applied when
 * the engine is loaded. Each replaced text must be found exactly as expected, so a different
 * engine version fails loudly, naming the fix, instead of running half-fixed.
 */

/** One replacement: an exact text, or the region from `from` through the first `through` after it. */
export type Replacement =
  | { find: string; replace: string; /** How often `find` occurs (default 1); all are replaced. */ count?: number }
  | { from: string; through: string; replace: string };

export interface EngineFix {
  /** Kebab-case, unique: names the fix in errors and tests. */
  name: string;
  /** What AWS documents and how the engine departs from it. */
  why: string;
  replacements: readonly Replacement[];
  /**
   * Values of ours the replaced code calls, reached in the engine's source as
   * `__stepscript.<key>` (keys must be unique across the fixes loaded together).
   */
  scope?: Readonly<Record<string, unknown>>;
}

export class EngineFixError extends Error {
  override name = "EngineFixError";
}

/** The source with every replacement of `fix` applied (pure: text in, text out). */
export function applyFix(source: string, fix: EngineFix): string {
  let text = source;
  for (const [index, replacement] of fix.replacements.entries()) {
    const where = `engine fix "${fix.name}" (replacement ${index + 1})`;
    if ("find" in replacement) {
      const expected = replacement.count ?? 1;
      const found = text.split(replacement.find).length - 1;
      if (found !== expected) {
        throw new EngineFixError(`${where}: expected ${expected} occurrence(s) of ${JSON.stringify(snippet(replacement.find))}, found ${found}`);
      }
      text = text.split(replacement.find).join(replacement.replace);
    } else {
      const start = text.indexOf(replacement.from);
      if (start < 0 || text.indexOf(replacement.from, start + 1) >= 0) {
        throw new EngineFixError(`${where}: ${JSON.stringify(snippet(replacement.from))} must occur exactly once`);
      }
      const end = text.indexOf(replacement.through, start + replacement.from.length);
      if (end < 0) throw new EngineFixError(`${where}: no ${JSON.stringify(snippet(replacement.through))} after ${JSON.stringify(snippet(replacement.from))}`);
      text = text.slice(0, start) + replacement.replace + text.slice(end + replacement.through.length);
    }
  }
  return text;
}

function snippet(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
