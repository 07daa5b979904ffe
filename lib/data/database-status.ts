import fs from "node:fs";
import { databaseFile } from "../db-url";
import { prisma } from "../db";

export type DatabaseStatus = { ok: true } | { ok: false; problem: "missing" | "unmigrated"; file: string };

/**
 * Checks before the first query, so a newcomer sees what to run instead of a stack trace.
 * (better-sqlite3 would silently create an empty file, so the file's existence is checked first.)
 */
export async function databaseStatus(): Promise<DatabaseStatus> {
  const file = databaseFile();
  if (!fs.existsSync(file)) return { ok: false, problem: "missing", file };
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Event', 'Statement', 'Party')`;
  return tables.length === 3 ? { ok: true } : { ok: false, problem: "unmigrated", file };
}
