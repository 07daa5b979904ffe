import os from "node:os";
import path from "node:path";
import { databaseUrl } from "./lib/db-url";

/**
 * Names the databases the Jest run really uses, once at the start: each database test copies its own SQLite file
 * into a temporary folder from a template migrated once per migrations hash (__tests__/helpers/temp-db.ts,
 * readout-template-* and readout-test-*; a few tests make readout-status-* and
 * readout-migration-* files of their own), or with TEST_DATABASE_URL a PostgreSQL database of its own, and points
 * DATABASE_URL at it; the app's database is never opened.
 */
export default function globalSetup(): void {
  const temp = path.join(os.tmpdir(), "readout-*", "*.db");
  const configured = process.env.DATABASE_URL ? `DATABASE_URL=${process.env.DATABASE_URL}` : "DATABASE_URL unset";
  const postgres = process.env.TEST_DATABASE_URL || (process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "the default PostgreSQL server" : "");
  const own = postgres
    ? `their own PostgreSQL databases on ${postgres.replace(/:[^:@/]*@/, ":***@")}`
    : `their own SQLite files, ${temp} (copied from a migrated template)`;
  console.log(`\n[jest] database tests use ${own} (made per suite, deleted after it); the app's database (${databaseUrl()}, ${configured}) is not touched`);
}
