/**
 * The one catalogue of Stepscript's diagnostics. Messages are templates whose `{name}` holes are
 * filled from the arguments; the docs page (docs/diagnostics.md) is generated from this file.
 */
export interface CatalogueEntry {
  code: string;
  title: string;
  message: string;
  hint: string;
  wrong: string;
  right: string;
}

export const CATALOGUE = {
  unsupportedStatement: {
    code: "SS1001",
    title: "Statement not supported in a workflow",
    message: "{what} is not supported in a workflow body",
    hint: "Workflow bodies use const/let, if, return, throw and awaited task calls; move other logic into a task",
    wrong: "label: for (const x of xs) { }",
    right: "for (const x of xs) { }",
  },
  unsupportedExpression: {
    code: "SS1002",
    title: "Expression has no exact ASL equivalent",
    message: "{what} has no exact equivalent in the JSONPath query language",
    hint: "Compute it in a task, use the States namespace of @stepscript/dsl, or set queryLanguage: \"JSONata\"",
    wrong: "const total = order.amount * 2;",
    right: "const total = await double({ amount: order.amount });",
  },
  taskCallNotAwaited: {
    code: "SS1003",
    title: "Task call must be awaited",
    message: "the call of {what} must be awaited where it is made",
    hint: "Write `await {what}(…)`; Promise.all and map are the concurrent forms",
    wrong: "const p = charge(order);",
    right: "const payment = await charge(order);",
  },
  notLiteralOption: {
    code: "SS1004",
    title: "Option must be a literal",
    message: "{what} must be a literal value known at compile time",
    hint: "Write the value in place, or as a module-level const of a literal",
    wrong: "await charge(order, { retry: policies[i] });",
    right: "await charge(order, { retry: { maxAttempts: 3 } });",
  },
  mutation: {
    code: "SS1005",
    title: "In-place mutation",
    message: "{what} changes a value in place, but values are copied between states",
    hint: "Build a new value instead, e.g. `x = { ...x, field: v }` or `xs = [...xs, v]`",
    wrong: "order.status = \"paid\";",
    right: "order = { ...order, status: \"paid\" };",
  },
  notJson: {
    code: "SS1006",
    title: "Type is not JSON",
    message: "{what} is not a JSON type: {part}",
    hint: "Everything that crosses a state boundary is JSON: use string, number, boolean, null, arrays and plain objects",
    wrong: "lambda<{ at: Date }, void>(arn)",
    right: "lambda<{ at: string }, void>(arn)",
  },
  unknownType: {
    code: "SS1007",
    title: "Type must be concrete",
    message: "{what} has type {type}; the compiler needs a concrete JSON type here to choose the ASL operator",
    hint: "Give the value a precise type (string, number, boolean, null, an object or an array type)",
    wrong: "if (payload.value === 1) { }  // payload: any",
    right: "if ((payload as { value: number }).value === 1) { }",
  },
  invalidComparison: {
    code: "SS1008",
    title: "Comparison has no exact ASL meaning",
    message: "{what}",
    hint: "Compare strings, numbers, booleans or null; objects and arrays are copies, so compare their fields",
    wrong: "if (a.items === b.items) { }",
    right: "if (a.id === b.id) { }",
  },
  invalidWorkflow: {
    code: "SS1009",
    title: "Workflow declaration not understood",
    message: "{what}",
    hint: "Declare `export const name = workflow(async (input: Input) => { … })` with literal options",
    wrong: "export const wf = workflow(makeBody());",
    right: "export const wf = workflow(async (input: Order) => { … });",
  },
  notATask: {
    code: "SS1010",
    title: "Call is not a task",
    message: "{what} is not a task, a workflow or a Stepscript function, so it cannot run in a state",
    hint: "Declare a task at module level (lambda<I, O>(arn), task<I, O>(resource)) and await it",
    wrong: "const id = crypto.randomUUID();",
    right: "const id = States.uuid();",
  },
  invalidTaskDeclaration: {
    code: "SS1011",
    title: "Task declaration not understood",
    message: "{what}",
    hint: "Declare tasks at module level with a literal ARN: `const t = lambda<I, O>(\"arn:aws:lambda:…\")`",
    wrong: "const t = lambda<I, O>(process.env.ARN!);",
    right: "const t = lambda<I, O>(\"arn:aws:lambda:us-east-1:123456789012:function:T\");",
  },
  maybeAbsent: {
    code: "SS1012",
    title: "Value may be absent",
    message: "{what} may be undefined here; a JSONPath reference to an absent field fails the execution",
    hint: "Test it first (`if (x !== undefined)`) or give it a default in a task",
    wrong: "await notify({ reason: check.reason });  // reason?: string",
    right: "if (check.reason !== undefined) await notify({ reason: check.reason });",
  },
  invalidName: {
    code: "SS2001",
    title: "Invalid name",
    message: "{what}",
    hint: "State machine names are 1–80 characters of A-Z a-z 0-9 - _; state names are unique and at most 80 characters",
    wrong: "workflow({ name: \"process order!\" }, …)",
    right: "workflow({ name: \"process-order\" }, …)",
  },
  definitionTooLarge: {
    code: "SS2002",
    title: "Definition too large",
    message: "the definition of {what} is {size} bytes, over Step Functions' limit of 1 MiB",
    hint: "Split the workflow into child workflows",
    wrong: "(one workflow with thousands of states)",
    right: "await childWorkflow(input)",
  },
  invalidDefinition: {
    code: "SS9001",
    title: "Definition rejected by a validator",
    message: "the compiler produced a definition Step Functions would reject: {what}",
    hint: "This is a bug in Stepscript; please report it with the workflow's source",
    wrong: "(any workflow that triggers the bug)",
    right: "(none: the compiler must be fixed)",
  },
  invalidSwitch: {
    code: "SS1100",
    title: "Switch has no exact ASL meaning",
    message: "{what} cannot be compiled",
    hint: "Switch on a string, number or boolean and compare it with literals or variables; compute anything else before the switch",
    wrong: "switch (order.customer) { case vip: … }",
    right: "switch (order.customer.tier) { case \"gold\": … }",
  },
  invalidChoice: {
    code: "SS1101",
    title: "choice(...) not understood",
    message: "{what}",
    hint: "Write `await choice([[condition, () => value], …], () => otherwise)` with the branches as arrow functions in place",
    wrong: "await choice(branches, fallback);",
    right: "await choice([[order.amount > 100, () => review(order)]], () => approve(order));",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticKind = keyof typeof CATALOGUE;

export function formatMessage(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}
