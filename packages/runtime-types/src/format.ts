/**
 * The literal pieces between the `{}` placeholders of a `States.Format` template, with `\\x`
 * escapes resolved. The DSL's local `States.format` and the compiler both read templates so.
 */
export function parseFormatTemplate(template: string): string[] {
  const pieces = [""];
  for (let i = 0; i < template.length; i++) {
    const char = template[i];
    if (char === "\\" && i + 1 < template.length) pieces[pieces.length - 1] += template[++i];
    else if (char === "{" && template[i + 1] === "}") {
      pieces.push("");
      i++;
    } else pieces[pieces.length - 1] += char;
  }
  return pieces;
}
