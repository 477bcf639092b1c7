/*
 * Rewrites the rule catalogue in README.md from the rule registry (run after `npm run build:cli`).
 * A test fails when README and registry disagree, so run this after changing a rule.
 */
const fs = require("fs");
const path = require("path");
const { ruleCatalogueMarkdown } = require("../dist/node/app/help.js");

const readme = path.join(__dirname, "..", "README.md");
let text = fs.readFileSync(readme, "utf8");
for (const lang of ["vi", "en"]) {
  const start = `<!-- rules:${lang}:start -->`;
  const end = `<!-- rules:${lang}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  text = `${text.slice(0, a + start.length)}\n${ruleCatalogueMarkdown(lang)}\n${text.slice(b)}`;
}
fs.writeFileSync(readme, text);
console.log("README.md: rule catalogue updated");
