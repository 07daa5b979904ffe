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
let flakyNote = null;

const jest = read("test-results/jest-results.json");
if (jest) {
  const r = { passed: jest.numPassedTests, failed: jest.numFailedTests, skipped: jest.numPendingTests + jest.numTodoTests };
  lines.push(["jest", r]);
}
const pw = read("test-results/playwright-results.json");
if (pw) {
  const s = pw.stats;
  const r = { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
  lines.push(["playwright", r]);
  if (s.flaky > 0) flakyNote = `playwright: ${s.flaky} of those passed only on retry (flaky); see the list above`;
}
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
