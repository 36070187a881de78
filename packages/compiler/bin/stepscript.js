#!/usr/bin/env node
// The `stepscript` executable. A committed file, not the bundle itself: npm links a package's bin
// when it installs the package, and in a fresh clone the bundle (dist/cli.js) does not exist yet
// at that moment; the repository's postinstall builds it, and the published package ships it.
const bundle = new URL("../dist/cli.js", import.meta.url);
try {
  await import(bundle.href);
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes(bundle.pathname)) throw error;
  process.stderr.write("error: the stepscript bundle (dist/cli.js) is not built; run `npm run build` at the repository's root\n");
  process.exitCode = 1;
}
