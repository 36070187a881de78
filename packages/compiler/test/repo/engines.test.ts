// `engines.node` of each package must tell the truth: every version it admits must be one that
// every package it installs (its dependencies, transitively, as package-lock.json resolved them)
// admits too.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

interface LockEntry {
  name?: string;
  version?: string;
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

type Lock = Record<string, LockEntry>;

/**
 * Dependencies whose own `engines` ask for more than the packages that install them claim, each
 * with the packages allowed to and what makes it work anyway.
 */
const EXCEPTIONS: Record<string, { in: string[]; why: string }> = {
  "aws-local-stepfunctions": {
    in: ["@stepscript/testing", "@stepscript/compiler", "@stepscript/ts-plugin", "@stepscript/cdk"],
    why: "asks for Node >=22 for Promise.withResolvers only, which @stepscript/testing supplies to it (src/engine/fixes/promiseWithResolvers.ts); the compiler's `stepscript run` (which the editor plugin and the CDK construct install with the compiler) bundles that code",
  },
};

const excepted = (packageName: string) => (problem: string) =>
  Object.entries(EXCEPTIONS).some(([name, exception]) => problem.startsWith(`${name} `) && exception.in.includes(packageName));

/** Where Node resolves `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveIn(lock: Lock, from: string, name: string): string | undefined {
  for (let base = from; ; base = base.includes("/node_modules/") ? base.slice(0, base.lastIndexOf("/node_modules/")) : "") {
    const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
    if (lock[candidate]) return lock[candidate].link ? lock[candidate].resolved : candidate;
    if (base === "") return undefined;
  }
}

/** Every package `start` installs (not its devDependencies, unless `withDev`), keyed by lock path. */
function installedBy(lock: Lock, start: string, withDev: boolean): Map<string, LockEntry> {
  const seen = new Map<string, LockEntry>();
  const queue: [string, boolean][] = [[start, withDev]];
  while (queue.length > 0) {
    const [at, dev] = queue.shift()!;
    const entry = lock[at];
    const names = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies, ...(dev ? entry.devDependencies : {}) };
    for (const name of Object.keys(names)) {
      const path = resolveIn(lock, at, name);
      if (path === undefined || seen.has(path)) continue; // an optional or peer dependency not installed
      seen.set(path, lock[path]);
      queue.push([path, false]);
    }
  }
  return seen;
}

function nodeRange(entry: LockEntry): string | undefined {
  return Array.isArray(entry.engines) ? undefined : entry.engines?.node;
}

const lock: Lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")).packages;
const workspaces = Object.keys(lock).filter((path) => /^packages\/[^/]+$/.test(path));

/** The dependencies of `at` whose Node requirement does not admit every version `at` claims. */
function untruthful(at: string, withDev: boolean): string[] {
  const claimed = nodeRange(lock[at]);
  if (claimed === undefined) return [`${at || "the root"} has no engines.node`];
  return [...installedBy(lock, at, withDev)]
    .filter(([, entry]) => nodeRange(entry) !== undefined && !semver.subset(claimed, nodeRange(entry)!, { includePrerelease: false }))
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, "")} needs node ${nodeRange(entry)} (claimed: ${claimed})`);
}

describe("engines", () => {
  it("the check finds a dependency that asks for more than the package claims", () => {
    const fake: Lock = {
      "": { engines: { node: ">=18" }, dependencies: { a: "1" } },
      "node_modules/a": { engines: { node: ">=20" }, dependencies: { b: "1" } },
      "node_modules/b": { engines: { node: ">=22" } },
    };
    const found = [...installedBy(fake, "", false)].filter(([, e]) => !semver.subset(">=18", nodeRange(e)!)).map(([p]) => p);
    expect(found).toEqual(["node_modules/a", "node_modules/b"]);
  });

  for (const at of workspaces) {
    it(`${lock[at].name} claims only Node versions that all it installs supports`, () => {
      expect(untruthful(at, false).filter((problem) => !excepted(lock[at].name!)(problem))).toEqual([]);
    });
  }

  it("the repository's development setup claims only what its dependencies support, but for the documented exceptions", () => {
    // The development setup installs every workspace package, and so what they are excepted for.
    const problems = untruthful("", true).filter((problem) => !workspaces.some((at) => excepted(lock[at].name!)(problem)));
    expect(problems).toEqual([]);
  });
});
