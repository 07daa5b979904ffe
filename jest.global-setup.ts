import os from "node:os";
import path from "node:path";
import { databaseUrl } from "./lib/db-url";

/**
 * Names the databases the Jest run really uses, once at the start: each database test migrates its own SQLite file
 * in a temporary folder (__tests__/helpers/temp-db.ts, readout-test-*; a few tests make readout-status-* and
 * readout-migration-* files of their own) and points DATABASE_URL at it; the app's database is never opened.
 */
export default function globalSetup(): void {
  const temp = path.join(os.tmpdir(), "readout-*", "*.db");
  const configured = process.env.DATABASE_URL ? `DATABASE_URL=${process.env.DATABASE_URL}` : "DATABASE_URL unset";
  console.log(`\n[jest] database tests use their own SQLite files, ${temp} (made per suite, deleted after it); the app's database (${databaseUrl()}, ${configured}) is not touched`);
}
