// The user documentation is README.md and docs/*.md: a relative link that points at no file, or
// at a heading that does not exist, is a broken page for the reader.
import GithubSlugger from "github-slugger";
import { lexer, type Token, type Tokens } from "marked";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Every link and image target of a Markdown text (code spans and code blocks hold none). */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === "link" || token.type === "image") targets.push((token as Tokens.Link).href);
      const nested = token as { tokens?: Token[]; items?: Token[]; rows?: Tokens.TableCell[][]; header?: Tokens.TableCell[] };
      if (nested.tokens) visit(nested.tokens);
      if (nested.items) visit(nested.items);
      for (const cell of [...(nested.header ?? []), ...(nested.rows ?? []).flat()]) visit(cell.tokens);
    }
  };
  visit(lexer(markdown));
  return targets;
}

/** The anchors GitHub gives a page's headings. */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    lexer(markdown)
      .filter((token): token is Tokens.Heading => token.type === "heading")
      .map((heading) => slugger.slug(heading.text.replace(/`/g, ""))),
  );
}

/** What is wrong with one relative link of `file`, or undefined when it leads somewhere. */
export function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto: … are not ours to check
  const [pathPart, anchor] = target.split("#", 2);
  const path = pathPart === "" ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (!existsSync(path)) return `${target}: no such file`;
  if (anchor === undefined || anchor === "") return undefined;
  if (statSync(path).isDirectory() || !path.endsWith(".md")) return `${target}: an anchor into something that is not a Markdown page`;
  return headingAnchors(readFileSync(path, "utf8")).has(anchor) ? undefined : `${target}: no heading #${anchor}`;
}

function userDocs(): string[] {
  const docs = join(repoRoot, "docs");
  return [join(repoRoot, "README.md"), ...readdirSync(docs).filter((f) => f.endsWith(".md")).map((f) => join(docs, f))];
}

describe("the links of README.md and docs/", () => {
  it("finds links in text, tables and lists, and none in code", () => {
    const text = "See [a](a.md).\n\n| x | y |\n| - | - |\n| [b](b.md#h) | `[c](c.md)` |\n\n- [d](d.md)\n\n```\n[e](e.md)\n```\n";
    expect(linkTargets(text)).toEqual(["a.md", "b.md#h", "d.md"]);
  });

  it("reports a missing file and a missing heading, and accepts what exists", () => {
    const readme = join(repoRoot, "README.md");
    expect(brokenLink(readme, "docs/nothing-here.md")).toBe("docs/nothing-here.md: no such file");
    expect(brokenLink(readme, "docs/cli.md#no-such-heading")).toBe("docs/cli.md#no-such-heading: no heading #no-such-heading");
    expect(brokenLink(readme, "docs/cli.md#project-config")).toBeUndefined();
    expect(brokenLink(readme, "https://example.com/missing")).toBeUndefined();
  });

  it("the README links the language guide", () => {
    expect(linkTargets(readFileSync(join(repoRoot, "README.md"), "utf8"))).toContain("docs/language.md");
  });

  for (const file of userDocs()) {
    it(`every relative link of ${relative(repoRoot, file)} leads somewhere`, () => {
      const broken = linkTargets(readFileSync(file, "utf8"))
        .map((target) => brokenLink(file, target))
        .filter((problem) => problem !== undefined);
      expect(broken).toEqual([]);
    });
  }
});
