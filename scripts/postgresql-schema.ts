/**
 * The PostgreSQL schema, generated from the one schema source prisma/schema.prisma (SQLite, the embedded default).
 * Only the datasource's provider and the generated client's folder differ: the models are the same text, so a model
 * added to prisma/schema.prisma reaches PostgreSQL at the next `prisma generate` (postinstall, `npm start`, this
 * script). __tests__/db/postgresql-schema.test.ts fails when the committed file is out of date.
 *
 *   node node_modules/tsx/dist/cli.mjs scripts/postgresql-schema.ts   # writes prisma/postgresql/schema.prisma
 */
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";
export const POSTGRESQL_MIGRATIONS = "prisma/postgresql/migrations";

const HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/postgresql-schema.ts: do not edit; change prisma/schema.prisma.\n" +
  "// PostgreSQL migrations: prisma/postgresql/migrations (new one: npm run db:migration:postgresql -- <name>).\n";

/**
 * prisma/schema.prisma's text → the PostgreSQL schema's text: the `datasource db` block's provider becomes
 * "postgresql" (its url is a placeholder: the adapter, lib/db.ts, takes DATABASE_URL) and the client is generated
 * into generated/prisma-pg. Throws when the source lacks either block, so a renamed block cannot pass silently.
 */
export function postgresqlSchema(source: string): string {
  const datasource = /datasource db \{[^}]*\}/;
  const output = /^(\s*output\s*=\s*)"\.\.\/generated\/prisma"/m;
  if (!datasource.test(source)) throw new Error(`${SQLITE_SCHEMA}: no "datasource db { … }" block`);
  if (!output.test(source)) throw new Error(`${SQLITE_SCHEMA}: no generator output "../generated/prisma"`);
  if (/@db\./.test(source)) throw new Error(`${SQLITE_SCHEMA}: native type attributes (@db.…) are provider-specific`);
  const body = source
    .replace(
      datasource,
      'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://unused@localhost/unused" // the adapter (lib/db.ts) takes DATABASE_URL\n}',
    )
    .replace(output, '$1"../../generated/prisma-pg"');
  return HEADER + body;
}

/** Writes prisma/postgresql/schema.prisma under `root` when its text changed. Returns whether it wrote. */
export function writePostgresqlSchema(root: string): boolean {
  const text = postgresqlSchema(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  const file = path.join(root, POSTGRESQL_SCHEMA);
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}

if (require.main === module) {
  const wrote = writePostgresqlSchema(path.join(__dirname, ".."));
  console.log(`[postgresql-schema] ${POSTGRESQL_SCHEMA} ${wrote ? "written" : "up to date"}`);
}
