import fs from "node:fs";
import { databaseFile } from "../db-url";
import { prisma } from "../db";

export type DatabaseStatus = { ok: true } | { ok: false; problem: "missing" | "unmigrated"; file: string };

// Once a database file has been seen migrated it stays so for this process: pages and API routes call this on
// every request, and the check need not cost a stat and a query each time.
const healthy = new Set<string>();

/**
 * Checks before the first query, so a newcomer sees what to run instead of a stack trace.
 * (better-sqlite3 would silently create an empty file, so the file's existence is checked first.)
 */
export async function databaseStatus(): Promise<DatabaseStatus> {
  const file = databaseFile();
  if (healthy.has(file)) return { ok: true };
  if (!fs.existsSync(file)) return { ok: false, problem: "missing", file };
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Event', 'Statement', 'Party')`;
  if (tables.length !== 3) return { ok: false, problem: "unmigrated", file };
  healthy.add(file);
  return { ok: true };
}
