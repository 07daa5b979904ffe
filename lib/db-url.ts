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

/**
 * One absolute `file:` URL for the SQLite database, the same for Next, Jest, tsx scripts and the Prisma CLI.
 * DATABASE_URL (a `file:` URL, relative to the project root or absolute) overrides the default.
 */
export function databaseUrl(): string {
  const configured = process.env.DATABASE_URL;
  if (configured && !configured.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL, got "${configured}"`);
  }
  const file = configured ? configured.slice("file:".length) : DEFAULT_DATABASE_FILE;
  return `file:${path.resolve(/*turbopackIgnore: true*/ projectRoot(), file)}`;
}

/** The database file's absolute path (for checks and resets). */
export function databaseFile(): string {
  return databaseUrl().slice("file:".length);
}
