// tsserver loads plugins with require(). The plugin is an ES module (it bundles the compiler's
// analyzer); Node 20.19 and later load it synchronously with require(). See src/plugin.ts.
"use strict";
const { decorate } = require("./dist/plugin.mjs");

module.exports = function init({ typescript }) {
  return { create: (info) => decorate(typescript, info) };
};
