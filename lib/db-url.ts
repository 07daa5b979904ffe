import fs from "node:fs";
import path from "node:path";

const roots = new Map<string, string>();

/** The project root: the nearest folder above the working directory that holds prisma/schema.prisma. */
export function projectRoot(start: string = process.cwd()): string {
  // Looked up on every database access, so the walk up the tree is done once per start folder.
  let root = roots.get(start);
  if (!root) roots.set(start, (root = findRoot(start)));
  return root;
}

function findRoot(start: string): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ start);
  for (;;) {
    if (fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, "prisma", "schema.prisma"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ start);
    dir = parent;
  }
}

export const DEFAULT_DATABASE_FILE = path.join("prisma", "readout.db");

/** The database behind a URL: PostgreSQL for `postgresql://` or `postgres://`, else the embedded SQLite file. */
export type DatabaseProvider = "sqlite" | "postgresql";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/**
 * The database URL, the same for Next, Jest, tsx scripts and the Prisma CLI:
 * - unset: the embedded SQLite file prisma/readout.db (the README's quick start);
 * - `file:…` (relative to the project root or absolute): that SQLite file, returned as an absolute `file:` URL;
 * - `postgresql://…` / `postgres://…`: PostgreSQL, returned unchanged (docs/deploy.md).
 * Throws on any other scheme.
 */
export function databaseUrl(): string {
  const configured = process.env.DATABASE_URL;
  if (configured && isPostgresUrl(configured)) return configured;
  if (configured && !configured.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL, got "${configured}"`);
  }
  const file = configured ? configured.slice("file:".length) : DEFAULT_DATABASE_FILE;
  return `file:${path.resolve(/*turbopackIgnore: true*/ projectRoot(), file)}`;
}

/**
 * The read replica's URL, or null: DATABASE_REPLICA_URL, a `postgresql://` URL of a standby (streaming
 * replication) of the PostgreSQL database in DATABASE_URL; unset or empty, every read goes to DATABASE_URL.
 * Throws when it is set but is not PostgreSQL, or DATABASE_URL is not (SQLite has no replicas: docs/deploy.md).
 */
export function databaseReplicaUrl(): string | null {
  const configured = process.env.DATABASE_REPLICA_URL?.trim();
  if (!configured) return null;
  if (!isPostgresUrl(configured)) throw new Error(`DATABASE_REPLICA_URL must be a postgresql:// URL, got "${configured}"`);
  if (!isPostgresUrl(databaseUrl())) throw new Error("DATABASE_REPLICA_URL is set but DATABASE_URL is not PostgreSQL: a replica needs a PostgreSQL primary");
  return configured;
}

/** The SQLite database file's absolute path (for checks and resets). Throws when DATABASE_URL is PostgreSQL. */
export function databaseFile(): string {
  const url = databaseUrl();
  if (isPostgresUrl(url)) throw new Error("databaseFile: DATABASE_URL is PostgreSQL, not a SQLite file");
  return url.slice("file:".length);
}
