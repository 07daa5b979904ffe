/**
 * A schema change's PostgreSQL migration, written from the difference between the PostgreSQL migrations and the
 * schema (after regenerating prisma/postgresql/schema.prisma from prisma/schema.prisma). The SQLite migration is
 * made as before (docs/STACK.md); this is the second half of a schema change (docs/deploy.md, "Schema changes"):
 *
 *   DATABASE_URL=postgresql://… npm run db:migration:postgresql -- <name>      # writes …/<UTC stamp>_<name>/
 *   DATABASE_URL=postgresql://… npm run db:migration:postgresql -- --check     # exit 1 when a migration is missing
 *
 * Needs a PostgreSQL server (scripts/pg-start.sh prints a URL) whose role may CREATE DATABASE: Prisma replays the
 * migrations on a throwaway shadow database. The full-text table "search_index" is not modelled by Prisma, so its
 * DROP is taken out of the diff.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "../lib/db-url";
import { POSTGRESQL_MIGRATIONS, POSTGRESQL_SCHEMA, writePostgresqlSchema } from "./postgresql-schema";

const root = path.join(__dirname, "..");

/**
 * Objects the migrations create by hand (not in the Prisma schema), by name prefix: the table "search_index", its
 * index "search_index_document_idx", its trigger functions. Their DROPs in a diff are not schema changes.
 */
const UNMODELLED = ["search_index"];

/**
 * The diff's SQL without the steps that drop or alter the unmodelled tables. `prisma migrate diff --script` writes
 * one step per block, each headed by a `-- Comment` line. Returns "" when nothing is left.
 */
export function withoutUnmodelled(diffSql: string): string {
  const steps = diffSql.split(/\n(?=-- )/);
  const kept = steps.filter((step) => step.trim() && !UNMODELLED.some((prefix) => step.includes(`"${prefix}`)));
  const sql = kept.join("\n").trim();
  return sql.startsWith("-- This is an empty migration.") ? "" : sql;
}

/** `prisma migrate diff` from the PostgreSQL migrations to the PostgreSQL schema, on the server at `url`. */
export function pendingPostgresqlSql(url: string): string {
  writePostgresqlSchema(root);
  const out = execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/prisma/build/index.js"), "migrate", "diff",
      "--from-migrations", POSTGRESQL_MIGRATIONS, "--to-schema-datamodel", POSTGRESQL_SCHEMA, "--script",
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  return withoutUnmodelled(out);
}

/** A migration folder name: UTC yyyymmddhhmmss_name, as Prisma names them. */
export function migrationFolder(name: string, now: Date = new Date()): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name "${name}": use lower-case letters, digits and _`);
  return `${now.toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
}

function main() {
  const url = process.env.DATABASE_URL ?? "";
  if (!isPostgresUrl(url)) {
    console.error("[postgresql-migration] set DATABASE_URL=postgresql://… (scripts/pg-start.sh starts a local server)");
    process.exit(2);
  }
  const arg = process.argv[2];
  if (!arg) {
    console.error("[postgresql-migration] usage: postgresql-migration.ts <name> | --check");
    process.exit(2);
  }
  const sql = pendingPostgresqlSql(url);
  if (arg === "--check") {
    if (sql) {
      console.error(`[postgresql-migration] the PostgreSQL migrations lag the schema by:\n${sql}`);
      process.exit(1);
    }
    console.log("[postgresql-migration] PostgreSQL migrations match the schema");
    return;
  }
  if (!sql) {
    console.log("[postgresql-migration] nothing to migrate: the PostgreSQL migrations match the schema");
    return;
  }
  const dir = path.join(root, POSTGRESQL_MIGRATIONS, migrationFolder(arg));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`[postgresql-migration] wrote ${path.relative(root, dir)}/migration.sql`);
}

if (require.main === module) main();
