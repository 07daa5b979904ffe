/**
 * Runs the database integration tests on PostgreSQL: every Jest file that uses a temp database
 * (__tests__/helpers/temp-db.ts or seeded-database.ts), with TEST_DATABASE_URL (default: the server of
 * scripts/pg-start.sh). Results in test-results/jest-postgresql-results.json for .ci/summary.js.
 *   npm run test:postgresql [-- <more jest options>]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..");
const USES_DATABASE = /helpers\/(temp-db|seeded-database)["']/;

/** Test files (relative to the root) that import a temp database helper. */
export function databaseTestFiles(dir = path.join(root, "__tests__")): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const inner of databaseTestFiles(file)) found.push(inner);
    else if (/\.test\.tsx?$/.test(entry.name) && USES_DATABASE.test(fs.readFileSync(file, "utf8"))) found.push(path.relative(root, file));
  }
  return found.sort();
}

if (require.main === module) {
  const files = databaseTestFiles();
  fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_DATABASE_PROVIDER: "postgresql" };
  console.log(`[test:postgresql] ${files.length} files on ${env.TEST_DATABASE_URL ?? "the default server (scripts/pg-start.sh)"}`);
  const result = spawnSync(
    process.execPath,
    // --forceExit: after the run, Jest waited for ever on a handle of a pg pool (all tests done, results written);
    // found on the last run before the deadline, not traced to its test yet.
    [path.join(root, "node_modules/jest/bin/jest.js"), "--forceExit", "--json", "--outputFile=test-results/jest-postgresql-results.json", ...process.argv.slice(2), ...files],
    { cwd: root, env, stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}
