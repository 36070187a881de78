/**
 * `@stepscript/ts-plugin`: the compiler's diagnostics (SS codes) in the editor. The language
 * service's semantic diagnostics of a workflow file get those of `compile()`, the same analyzer
 * `stepscript check` runs, computed on the editor's text of the file (unsaved edits included).
 * Hovering a task call adds the state it becomes.
 */
import type * as TS from "typescript";
import { compile, type CompileResult } from "@stepscript/compiler";

type Ts = typeof TS;

/** Results by file and text: tsserver asks again for the same text often (each keystroke asks for every open file). */
interface Cache {
  key: string;
  result: CompileResult;
}

export function decorate(ts: Ts, info: TS.server.PluginCreateInfo): TS.LanguageService {
  const service = info.languageService;
  const proxy: TS.LanguageService = Object.create(null);
  for (const key of Object.keys(service) as (keyof TS.LanguageService)[]) {
    const member = service[key];
    (proxy as unknown as Record<string, unknown>)[key] = typeof member === "function" ? (...args: unknown[]) => (member as (...a: unknown[]) => unknown).apply(service, args) : member;
  }
  const caches = new Map<string, Cache>();

  const compiled = (fileName: string): { source: TS.SourceFile; result: CompileResult } | undefined => {
    const source = service.getProgram()?.getSourceFile(fileName);
    // Only files that use the DSL can declare workflows; everything else costs nothing.
    if (!source || !source.text.includes("@stepscript/dsl")) return undefined;
    const key = source.text;
    let cache = caches.get(fileName);
    if (cache?.key !== key) {
      const project = info.project.projectKind === ts.server.ProjectKind.Configured ? info.project.getProjectName() : undefined;
      cache = { key, result: compile({ files: [fileName], project, overrides: { [fileName]: source.text } }) };
      caches.set(fileName, cache);
    }
    return { source, result: cache.result };
  };

  proxy.getSemanticDiagnostics = (fileName) => {
    const own = service.getSemanticDiagnostics(fileName);
    try {
      const found = compiled(fileName);
      if (!found) return own;
      return [...own, ...stepscriptDiagnostics(ts, found.source, found.result)];
    } catch (error) {
      info.project.projectService.logger.info(`@stepscript/ts-plugin: ${error instanceof Error ? error.stack : String(error)}`);
      return own;
    }
  };

  proxy.getQuickInfoAtPosition = (fileName, position) => {
    const quickInfo = service.getQuickInfoAtPosition(fileName, position);
    try {
      const found = compiled(fileName);
      if (!found || !quickInfo) return quickInfo;
      const state = stateAt(found.source, found.result, position);
      if (!state) return quickInfo;
      return { ...quickInfo, documentation: [...(quickInfo.documentation ?? []), { kind: "text", text: `Step Functions: the ${state.type} state "${state.name}"` }] };
    } catch {
      return quickInfo;
    }
  };

  return proxy;
}

/** The compiler's own diagnostics of this file (TypeScript's are the language service's already), as the editor shows them. */
function stepscriptDiagnostics(ts: Ts, source: TS.SourceFile, result: CompileResult): TS.Diagnostic[] {
  return result.diagnostics
    .filter((d) => d.code.startsWith("SS") && samePath(d.file, source.fileName))
    .map((d) => ({
      file: source,
      start: positionOf(source, d.line, d.column),
      length: d.length,
      messageText: `${d.code}: ${d.message}${d.hint ? `\n${d.hint}` : ""}`,
      category: d.severity === "warning" ? ts.DiagnosticCategory.Warning : ts.DiagnosticCategory.Error,
      code: Number(d.code.slice(2)),
      source: "stepscript",
    }));
}

/** The state made by the statement under the cursor (the source map's ranges, innermost first). */
function stateAt(source: TS.SourceFile, result: CompileResult, position: number): { name: string; type: string } | undefined {
  let best: { name: string; type: string; size: number } | undefined;
  for (const workflow of result.workflows) {
    for (const [name, entry] of Object.entries(workflow.sourceMap?.states ?? {})) {
      if (!samePath(entry.file, source.fileName) || !entry.construct.startsWith("call ")) continue;
      const start = positionOf(source, entry.line, entry.column);
      const end = positionOf(source, entry.endLine, entry.endColumn);
      if (position < start || position > end || (best && best.size <= end - start)) continue;
      best = { name, type: String(findState(workflow.definition.States, name)?.Type ?? "Task"), size: end - start };
    }
  }
  return best && { name: best.name, type: best.type };
}

function findState(states: Record<string, Record<string, unknown>>, name: string): Record<string, unknown> | undefined {
  for (const [key, state] of Object.entries(states)) {
    if (key === name) return state;
    const nested = [...((state.Branches as { States: typeof states }[] | undefined) ?? []), ...(state.ItemProcessor ? [state.ItemProcessor as { States: typeof states }] : [])];
    for (const machine of nested) {
      const found = findState(machine.States, name);
      if (found) return found;
    }
  }
  return undefined;
}

function positionOf(source: TS.SourceFile, line: number, column: number): number {
  return source.getPositionOfLineAndCharacter(Math.max(0, line - 1), Math.max(0, column - 1));
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\\/g, "/") === b.replace(/\\/g, "/");
}
