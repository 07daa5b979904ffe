/**
 * Gets a checkout ready to serve, doing only what is out of date:
 *   generate  – the PostgreSQL schema from prisma/schema.prisma, then both Prisma clients (run at postinstall)
 *   db        – client if the schema changed, migrations, seed when the database has no events, the session
 *               secret file when SESSION_SECRET is unset, the first editor from READOUT_EDITOR_EMAIL/PASSWORD
 *   build     – `next build` when sources changed since the last build (hash stamp in .next/)
 *   all       – db + build (run before `npm start` and the browser tests)
 *   reset     – delete the database file (PostgreSQL: drop and recreate the schema "public"), then db
 * DATABASE_URL=postgresql://… runs the same steps on PostgreSQL (prisma/postgresql/migrations).
 */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SESSION_SECRET_FILE } from "../lib/auth/session-secret";
import { databaseFile, databaseUrl, isPostgresUrl, projectRoot } from "../lib/db-url";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, writePostgresqlSchema } from "./postgresql-schema";

const root = projectRoot(__dirname);
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.CHECKPOINT_DISABLE ??= "1";

const node = process.execPath;
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function run(label: string, args: string[]) {
  console.log(`[prepare] ${label}`);
  execFileSync(node, args, { stdio: "inherit", env: process.env });
}

/** Hash of every file under the given paths (sorted, so the hash is stable). */
function hashOf(paths: string[]): string {
  const hash = crypto.createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(p).update("\0").update(fs.readFileSync(p));
    }
  };
  paths.forEach(visit);
  return hash.digest("hex");
}

function stampMatches(stampFile: string, hash: string): boolean {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash;
}

const schemaStamp = path.join(root, "generated", ".schema-hash");

function generate(force: boolean) {
  if (writePostgresqlSchema(root)) console.log(`[prepare] wrote ${POSTGRESQL_SCHEMA} from ${SQLITE_SCHEMA}`);
  const hash = hashOf([SQLITE_SCHEMA, POSTGRESQL_SCHEMA]);
  const generated = fs.existsSync("generated/prisma/client.ts") && fs.existsSync("generated/prisma-pg/client.ts");
  if (!force && stampMatches(schemaStamp, hash) && generated) return;
  run("prisma generate", [prismaCli, "generate", "--schema", SQLITE_SCHEMA]);
  run("prisma generate (PostgreSQL)", [prismaCli, "generate", "--schema", POSTGRESQL_SCHEMA]);
  fs.writeFileSync(schemaStamp, hash);
}

const postgresql = isPostgresUrl(databaseUrl());

/** Rows in a table: the SQLite file read directly, or PostgreSQL through `pg` in a child process (prepare is synchronous). */
function rowCount(table: "Event" | "Editor"): number {
  if (postgresql) {
    const script = `const { Client } = require("pg"); const c = new Client({ connectionString: process.env.DATABASE_URL });
      c.connect().then(() => c.query('SELECT count(*)::int AS n FROM "${table}"'))
      .then((r) => { process.stdout.write(String(r.rows[0].n)); return c.end(); })
      .catch((e) => { console.error(e.message); process.exit(1); });`;
    // process.stdout.write, not console.log: under Playwright (FORCE_COLOR) console.log colours numbers.
    const count = Number(execFileSync(node, ["-e", script], { env: process.env, encoding: "utf8" }).trim());
    if (!Number.isInteger(count)) throw new Error(`[prepare] could not count the rows of ${table}`);
    return count;
  }
  const db = new Database(databaseFile(), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function databaseName(): string {
  if (!postgresql) return path.relative(root, databaseFile());
  const url = new URL(databaseUrl());
  return `PostgreSQL ${url.host}${url.pathname}`;
}

function db() {
  generate(false);
  run("prisma migrate deploy", [prismaCli, "migrate", "deploy"]);
  if (rowCount("Event") === 0) run("seed (database has no events)", [tsxCli, "prisma/seed.ts"]);
  sessionSecret();
  firstEditor();
  console.log(`[prepare] database ready: ${databaseName()}`);
}

/** A random iron-session secret in the gitignored .session-secret, unless SESSION_SECRET is set. */
function sessionSecret() {
  const file = path.join(root, SESSION_SECRET_FILE);
  if (process.env.SESSION_SECRET || fs.existsSync(file)) return;
  fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  console.log(`[prepare] created ${SESSION_SECRET_FILE} (gitignored)`);
}

/** With READOUT_EDITOR_EMAIL and READOUT_EDITOR_PASSWORD set and no editor yet, creates the first editor. */
function firstEditor() {
  if (!process.env.READOUT_EDITOR_EMAIL || !process.env.READOUT_EDITOR_PASSWORD) return;
  if (rowCount("Editor") > 0) return;
  run(`first editor ${process.env.READOUT_EDITOR_EMAIL}`, [tsxCli, "scripts/create-editor.ts"]);
}

const buildInputs = [
  "app", "components", "lib", "public", SQLITE_SCHEMA, POSTGRESQL_SCHEMA, "package-lock.json",
  "next.config.js", "postcss.config.js", "tsconfig.json", "proxy.ts", "instrumentation.ts",
];
const buildStamp = path.join(root, ".next", "readout-build-hash");

function build(force: boolean) {
  const hash = hashOf(buildInputs);
  if (!force && stampMatches(buildStamp, hash) && fs.existsSync(".next/BUILD_ID")) {
    console.log("[prepare] build is up to date");
    return;
  }
  run("next build", [nextCli, "build"]);
  fs.writeFileSync(buildStamp, hash);
}

function reset() {
  if (postgresql) {
    const script = `const { Client } = require("pg"); const c = new Client({ connectionString: process.env.DATABASE_URL });
      c.connect().then(() => c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")).then(() => c.end())
      .catch((e) => { console.error(e.message); process.exit(1); });`;
    run(`reset ${databaseName()}`, ["-e", script]);
  } else {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(databaseFile() + suffix, { force: true });
  }
  db();
}

const mode = process.argv[2] ?? "all";
const modes: Record<string, () => void> = {
  generate: () => generate(true),
  db,
  build: () => {
    generate(false);
    build(true);
  },
  all: () => {
    db();
    build(false);
  },
  reset,
};

if (!modes[mode]) {
  console.error(`[prepare] unknown mode "${mode}"; use one of: ${Object.keys(modes).join(", ")}`);
  process.exit(2);
}
modes[mode]();
