/**
 * Turns a burst of file events (an editor's save is often several) into one rebuild, and never
 * runs two rebuilds at once: changes that arrive during a rebuild cause exactly one more after it.
 */
export interface RebuildScheduler {
  /** Records a changed path and (re)starts the quiet-period timer. */
  changed(path: string): void;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  /** Drops pending changes; a running rebuild finishes. */
  cancel(): void;
}

export function createRebuildScheduler(
  rebuild: (changed: string[]) => Promise<void>,
  quietMs: number,
): RebuildScheduler {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const start = (): void => {
    timer = undefined;
    if (running || pending.size === 0) return; // a running rebuild starts the next one when it ends
    const paths = [...pending].sort();
    pending.clear();
    running = rebuild(paths).finally(() => {
      running = undefined;
      if (pending.size > 0 && timer === undefined) start();
    });
  };

  return {
    changed(path) {
      pending.add(path);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    async idle() {
      while (running || timer !== undefined) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
