import { lambda, States, workflow } from "@stepscript/dsl";

interface Item { sku: string; qty: number }
interface Input {
  name: string;
  count: number;
  flag: boolean;
  nothing: null;
  tags: string[];
  items: Item[];
  base: { a: number; b: string };
  extra: { b: string; c: boolean };
  partial: { b?: string; d?: number };
  csv: string;
  text: string;
}

export const record = lambda<{ value: unknown }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Record");
export const put = lambda<{ a: number; b: string; c: boolean; k: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Put");

export const formats = workflow(async (input: Input) => {
  const line = `name={${input.name}} count=${input.count} flag=${input.flag} nothing=${input.nothing} it's`;
  const plus = "<" + input.name + "> '" + input.count + "'";
  const explicit = States.format("{} of {} \\{literal\\} it\\'s", input.count, input.name);
  return { line, plus, explicit };
});

export const includes = workflow(async (input: Input) => {
  const hasName = input.tags.includes(input.name);
  const hasLiteral = input.tags.includes("vip");
  if (input.tags.includes("stop")) {
    return { stopped: true, hasName, hasLiteral };
  }
  return { stopped: false, hasName, hasLiteral };
});

export const spreads = workflow(async (input: Input) => {
  const merged = { ...input.base, ...input.extra };
  const withKey = { ...input.base, b: "literal-wins", k: input.name };
  const overridden = { b: "first", ...input.partial };
  await put({ ...input.base, ...input.extra, k: input.name });
  return { merged, withKey, overridden };
});

export const json = workflow(async (input: Input) => {
  const text = JSON.stringify(input.base);
  const items = JSON.stringify(input.items);
  const parsed: Item[] = JSON.parse(items);
  return { text, items, parsed };
});

export const states = workflow(async (input: Input) => {
  const parts = States.stringSplit(input.csv, ",;");
  const md5 = States.hash(input.text, "MD5");
  const sha1 = States.hash(input.text, "SHA-1");
  const sha256 = States.hash(input.text, "SHA-256");
  const sha384 = States.hash(input.text, "SHA-384");
  const sha512 = States.hash(input.text, "SHA-512");
  const encoded = States.base64Encode(input.text);
  const decoded = States.base64Decode(encoded);
  const range = States.arrayRange(1, input.count, 2);
  const down = States.arrayRange(input.count, 1, -3);
  const chunks = States.arrayPartition(input.items, 2);
  const unique = States.arrayUnique(input.tags);
  return { parts, md5, sha1, sha256, sha384, sha512, encoded, decoded, range, down, chunks, unique };
});

export const random = workflow(async (input: Input) => {
  const id = States.uuid();
  const n = States.mathRandom(5, 6);
  const zero = States.mathRandom(0, 1);
  await record({ value: id });
  await record({ value: id });
  return { id, n, zero };
});

export const contextValues = workflow(async (input: Input, context) => {
  return {
    id: context.execution.id,
    name: context.execution.name,
    machine: context.stateMachine.name,
    greeting: `hello ${input.name} from ${context.execution.name}`,
  };
});

export const deep = workflow(async (input: Input) => {
  const s = States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(
    States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(States.base64Encode(input.name))))))))))));
  return { s };
});
