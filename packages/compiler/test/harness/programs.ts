// What the program generators of the tests share: a seeded PRNG, so every run builds the same
// programs, and the bookkeeping of random choices, fresh names and variables in scope.

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ValueType = "number" | "string";

export interface GeneratedVariable {
  name: string;
  type: ValueType;
  mutable: boolean;
}

/** The state of building one program: random choices, fresh names, and the variables each scope declares. */
export function programToolkit(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  let counter = 0;
  const scopes: GeneratedVariable[][] = [[]];
  const scoped = (body: () => string[]): string[] => {
    scopes.push([]);
    try {
      return body();
    } finally {
      scopes.pop();
    }
  };
  return {
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    chance: (p: number) => random() < p,
    fresh: (prefix: string) => `${prefix}${++counter}`,
    scopes,
    visible: (type: ValueType, mutable = false) => scopes.flat().filter((v) => v.type === type && (!mutable || v.mutable)),
    declare: (variable: GeneratedVariable) => scopes[scopes.length - 1].push(variable),
    scoped,
    indent: (lines: string[]) => lines.map((line) => `  ${line}`),
  };
}
