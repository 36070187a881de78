import { ts } from "ts-morph";

/**
 * TypeScript's parser and checker recurse once per level of nesting and run out of stack a little
 * under 1,000 levels of brackets (500 nested calls already overflow the checker), so a file nested
 * deeper than this is reported and never handed to TypeScript. No workflow needs a tenth of it.
 */
export const MAX_BRACKET_DEPTH = 100;

/** Deeper nesting without brackets (`a + b + …`, `if (a) if (b) …`) is measured on the syntax tree. */
export const MAX_SYNTAX_DEPTH = 400;

export interface DeepNesting {
  /** Offset of the outermost construct of the nest. */
  start: number;
  length: number;
  what: string;
}

/**
 * The outermost bracket of the first nest deeper than MAX_BRACKET_DEPTH, read from the text
 * without parsing it (strings, template literals, comments and regular expressions skipped), or
 * undefined. Where a name comes right before the bracket (`g(`), the construct starts at the name.
 */
export function deepBrackets(text: string): DeepNesting | undefined {
  const open: number[] = [];
  // Per bracket level: the `if`s of one statement (`if (a) if (b) …`, `… else if …`), each of which
  // the parser enters recursively; a statement that ends without `else` after it ends the chain.
  const chains: { count: number; start: number; ended: boolean }[] = [{ count: 0, start: 0, ended: false }];
  // For each `${` of a template literal: the bracket depth where its hole closes.
  const holes: number[] = [];
  let lastSignificant = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      i = endOfLine(text, i);
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      i = endOfQuoted(text, i, c);
      lastSignificant = c;
      continue;
    }
    if (c === "`" || (c === "}" && holes.length > 0 && holes[holes.length - 1] === open.length)) {
      if (c === "}") {
        holes.pop();
        open.pop();
      }
      const after = templatePart(text, i + 1);
      i = after.end;
      if (after.hole) {
        open.push(i - 1);
        chains[open.length] = { count: 0, start: 0, ended: false };
        holes.push(open.length);
        if (open.length > MAX_BRACKET_DEPTH) return nestAt(text, open);
      }
      lastSignificant = "`";
      continue;
    }
    if (c === "/" && startsRegex(lastSignificant)) {
      i = endOfRegex(text, i);
      lastSignificant = "/";
      continue;
    }
    if (/\s/.test(c)) continue;
    const chain = (chains[open.length] ??= { count: 0, start: 0, ended: false });
    const word = /[A-Za-z_$]/.test(c) && !/[\w$]/.test(text[i - 1] ?? "") ? /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 64))![0] : undefined;
    if (chain.ended && word !== "else") chain.count = 0;
    chain.ended = false;
    if (word === "if") {
      if (chain.count === 0) chain.start = i;
      if (++chain.count > MAX_SYNTAX_DEPTH) return { start: chain.start, length: 2, what: `more than ${MAX_SYNTAX_DEPTH} \`if\` statements nested in one another` };
    }
    if (word) {
      i += word.length - 1;
      lastSignificant = word[word.length - 1];
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      open.push(i);
      chains[open.length] = { count: 0, start: 0, ended: false };
      if (open.length > MAX_BRACKET_DEPTH) return nestAt(text, open);
    } else if (c === ")" || c === "]" || c === "}") {
      open.pop();
      if (c === "}") (chains[open.length] ??= { count: 0, start: 0, ended: false }).ended = true;
    } else if (c === ";") {
      chain.ended = true;
    }
    lastSignificant = c;
  }
  return undefined;
}

/**
 * A deep nest repeats one unit (`(`, `{ a: `, `g(`, `if (c) {`): the text between one opening and
 * the next is the same all the way down. The outermost construct is where that repetition starts,
 * including the part of the unit written before its bracket (`g`, `if (c)`).
 */
function nestAt(text: string, open: readonly number[]): DeepNesting {
  const gap = (k: number) => text.slice(open[k - 1] + 1, open[k]);
  // The newest opening may be the start of a unit's own parentheses (`if (`): the unit is read below it.
  let k = open.length - 2;
  const unit = gap(k);
  while (k > 0 && gap(k) === unit) k--;
  const bracket = open[k];
  const before = text.slice(0, bracket).trimEnd();
  const lead = unit.trim();
  let start = bracket;
  if (lead !== "" && before.endsWith(lead)) start = before.length - lead.length;
  else while (start > 0 && /[\w$.]/.test(text[start - 1])) start--;
  const kind = text[bracket] === "(" ? "parentheses" : text[bracket] === "[" ? "brackets" : "braces";
  return { start, length: bracket - start + 1, what: `more than ${MAX_BRACKET_DEPTH} levels of nested ${kind}, brackets and braces` };
}

function endOfLine(text: string, i: number): number {
  const end = text.indexOf("\n", i);
  return end < 0 ? text.length : end;
}

function endOfQuoted(text: string, i: number, quote: string): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === quote || text[j] === "\n") return j;
  }
  return text.length;
}

/** From just inside a template part to its end: the closing backtick, or the `{` of a `${` hole. */
function templatePart(text: string, from: number): { end: number; hole: boolean } {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === "`") return { end: j, hole: false };
    else if (text[j] === "$" && text[j + 1] === "{") return { end: j + 1, hole: true };
  }
  return { end: text.length, hole: false };
}

/** A `/` starts a regular expression where a value is expected (after an operator or an opening). */
function startsRegex(previous: string): boolean {
  return previous === "" || "(,=:[!&|?{};+-*%<>~^".includes(previous);
}

function endOfRegex(text: string, i: number): number {
  let inClass = false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "\\") j++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return j;
    else if (c === "\n") return j;
  }
  return text.length;
}

/**
 * The outermost node of the first chain of syntax deeper than MAX_SYNTAX_DEPTH (a long `+` chain,
 * unbraced `if`s), walked without recursion so that measuring cannot overflow either.
 */
export function deepSyntax(file: ts.SourceFile): DeepNesting | undefined {
  const stack: { node: ts.Node; depth: number }[] = [{ node: file, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_SYNTAX_DEPTH) {
      // The chain is the run of ancestors of one kind (`+` inside `+`, `if` inside `if`).
      let outer = node.parent ?? node;
      while (outer.parent && outer.parent.kind === outer.kind) outer = outer.parent;
      const start = outer.getStart(file);
      return { start, length: 1, what: `more than ${MAX_SYNTAX_DEPTH} levels of nested syntax (${ts.SyntaxKind[outer.kind]})` };
    }
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], depth: depth + 1 });
  }
  return undefined;
}
