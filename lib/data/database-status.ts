import fs from "node:fs";
import { databaseUrl, isPostgresUrl } from "../db-url";
import { prisma } from "../db";

/** `file`: the SQLite file, or the PostgreSQL URL without its password. */
export type DatabaseStatus = { ok: true } | { ok: false; problem: "missing" | "unmigrated"; file: string };

// Once a database file has been seen migrated it stays so for this process: pages and API routes call this on
// every request, and the check need not cost a stat and a query each time.
const healthy = new Set<string>();

/**
 * Checks before the first query, so a newcomer sees what to run instead of a stack trace.
 * (better-sqlite3 would silently create an empty file, so the file's existence is checked first. On PostgreSQL an
 * unreachable server or missing database throws: that is an operator's problem, not a newcomer's.)
 */
export async function databaseStatus(): Promise<DatabaseStatus> {
  const url = databaseUrl();
  if (healthy.has(url)) return { ok: true };
  const postgresql = isPostgresUrl(url);
  const file = postgresql ? withoutPassword(url) : url.slice("file:".length);
  if (!postgresql && !fs.existsSync(file)) return { ok: false, problem: "missing", file };
  const tables = postgresql
    ? await prisma.$queryRaw<{ name: string }[]>`
        SELECT table_name::text AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name IN ('Event', 'Statement', 'Party')`
    : await prisma.$queryRaw<{ name: string }[]>`
        SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Event', 'Statement', 'Party')`;
  if (tables.length !== 3) return { ok: false, problem: "unmigrated", file };
  healthy.add(url);
  return { ok: true };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.href;
}
