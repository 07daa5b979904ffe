// Prints one closing line per runner plus a total, as "N passed, N failed" from their JSON reports.
const fs = require("node:fs");

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

// SQLite (npm test) first, then the PostgreSQL runs (npm run test:postgresql, test:e2e:postgresql) when present.
for (const [name, file] of [["jest", "jest-results.json"], ["jest (PostgreSQL)", "jest-postgresql-results.json"]]) {
  const jest = read(`test-results/${file}`);
  if (!jest) continue;
  lines.push([name, { passed: jest.numPassedTests, failed: jest.numFailedTests, skipped: jest.numPendingTests + jest.numTodoTests }]);
}
const flaky = [];
for (const [name, file] of [["playwright", "playwright-results.json"], ["playwright (PostgreSQL)", "playwright-postgresql-results.json"]]) {
  const pw = read(`test-results/${file}`);
  if (!pw) continue;
  const s = pw.stats;
  lines.push([name, { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }]);
  if (s.flaky > 0) flaky.push(`${name}: ${s.flaky} of those passed only on retry (flaky); see the list above`);
}
const flakyNote = flaky.length ? flaky.join("\n") : null;
if (lines.length === 0) {
  console.log("summary: 0 passed, 1 failed (no test report was written)");
  process.exit(1);
}
for (const [name, r] of lines) {
  for (const key of Object.keys(totals)) totals[key] += r[key];
  console.log(`${name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
}
if (flakyNote) console.log(flakyNote);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
