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
  unsupportedOperator: {
    code: "SS1350",
    title: "Operator has no exact ASL equivalent",
    message: "the operator `{operator}` has no exact equivalent in the JSONPath query language",
    hint: "Compute it in a task, or set queryLanguage: \"JSONata\" whose arithmetic is exact",
    wrong: "const total = order.price * order.qty;",
    right: "const { total } = await computeTotal({ price: order.price, qty: order.qty });",
  },
  unsupportedGlobal: {
    code: "SS1351",
    title: "JavaScript built-in has no ASL equivalent",
    message: "{what} is JavaScript's own and has no equivalent in the JSONPath query language",
    hint: "{alternative}",
    wrong: "const n = Math.floor(Math.random() * 10);",
    right: "const n = States.mathRandom(0, 10);",
  },
  unsupportedMethod: {
    code: "SS1352",
    title: "Method has no exact ASL equivalent",
    message: "the method `{method}` has no exact equivalent in the JSONPath query language",
    hint: "Supported: `xs.includes(v)` on arrays and the States namespace of @stepscript/dsl (States.stringSplit, …); compute anything else in a task or set queryLanguage: \"JSONata\"",
    wrong: "const parts = order.id.split(\"-\");",
    right: "const parts = States.stringSplit(order.id, \"-\");",
  },
  unsupportedNew: {
    code: "SS1353",
    title: "Only WorkflowError can be constructed",
    message: "`new {what}` creates a value that does not exist in a state machine; only `new WorkflowError(…)` (in `throw`) is supported",
    hint: "Build plain objects and arrays with literals, compute other values in a task, or use the States namespace (States.uuid(), …)",
    wrong: "const at = new Date();",
    right: "const at = context.execution.startTime;",
  },
  invalidIntrinsicArgument: {
    code: "SS1354",
    title: "Intrinsic function argument not accepted",
    message: "{what}",
    hint: "See the States namespace of @stepscript/dsl: each function documents the arguments Step Functions accepts",
    wrong: "const id = States.format(template, order.id);  // template: string",
    right: "const id = States.format(\"order-{}\", order.id);",
  },
  tooManyNestedIntrinsics: {
    code: "SS1355",
    title: "More than 10 nested intrinsic functions",
    message: "an expression nests {depth} intrinsic functions; Step Functions allows at most 10",
    hint: "Store an inner part in a const first",
    wrong: "(an expression nesting more than 10 intrinsic functions that the compiler could not split)",
    right: "const inner = …; const outer = …(inner);",
  },
  regularExpression: {
    code: "SS1356",
    title: "Regular expressions are not supported",
    message: "the regular expression {what} has no equivalent in the JSONPath query language",
    hint: "Match in a task, split with States.stringSplit, or set queryLanguage: \"JSONata\" (which has $match and $replace)",
    wrong: "if (/^A/.test(order.id)) { }",
    right: "const { matches } = await matchesPattern({ id: order.id });",
  },
  labeledStatement: {
    code: "SS1150",
    title: "Labels are not supported",
    message: "{what}: labels and labeled `break` / `continue` are not supported in a workflow body",
    hint: "Leave the outer loop with a flag tested after the inner loop, or return from inside it",
    wrong: "outer: for (const a of as) { for (const b of bs) { if (b.stop) break outer; } }",
    right: "let stop = false; for (const a of as) { for (const b of bs) { if (b.stop) { stop = true; break; } } if (stop) break; }",
  },
  forIn: {
    code: "SS1151",
    title: "`for … in` is not supported",
    message: "`for … in` iterates over an object's keys, which JSONPath cannot list",
    hint: "Iterate an array with `for (const x of xs)`, or list the keys in a task",
    wrong: "for (const key in order.attributes) { }",
    right: "for (const attribute of order.attributeList) { }",
  },
  subtractVariable: {
    code: "SS1153",
    title: "Subtracting a value that is not a literal",
    message: "subtracting {what}: States.MathAdd can add a value but JSONPath has no way to negate one",
    hint: "Subtract a literal (`i - 1`), count the other way (`remaining = remaining - 1` becomes `done = done + 1`), or compute it in a task",
    wrong: "const left = total - done;",
    right: "const left = await subtract({ a: total, b: done });",
  },
  nonIntegerArithmetic: {
    code: "SS1154",
    title: "Arithmetic on a number that is not an integer",
    message: "{what} is not an integer; States.MathAdd adds integers only",
    hint: "Use integers (count cents, not dollars), or compute it in a task",
    wrong: "price = price + 0.5;",
    right: "cents = cents + 50;",
  },
  staleLoopVariable: {
    code: "SS1155",
    title: "Variable would keep its value from the previous iteration",
    message: "`{what}` is declared in a loop without an initializer and may be read before it is assigned; in a state machine it would still hold the previous iteration's value",
    hint: "Give it an initial value: `let {what}: T | null = null`",
    wrong: "for (const x of xs) { let found: string | undefined; … }",
    right: "for (const x of xs) { let found: string | null = null; … }",
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticKind = keyof typeof CATALOGUE;

export function formatMessage(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}
