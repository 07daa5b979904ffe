import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createPrismaClient, disconnectSharedClient, type PrismaClient } from "@/lib/db";
import { isPostgresUrl, type DatabaseProvider } from "@/lib/db-url";

const root = path.join(__dirname, "..", "..");

export interface TempDatabase {
  provider: DatabaseProvider;
  url: string;
  /** The SQLite file; "" on PostgreSQL. */
  file: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
}

/** The local server scripts/pg-start.sh starts (loopback only; a throwaway role, not a secret). */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://readout:readout@127.0.0.1:5433/readout";

/**
 * The PostgreSQL server the DB tests run on, or null for SQLite (the default): TEST_DATABASE_URL=postgresql://…
 * (a role that may CREATE DATABASE), or TEST_DATABASE_PROVIDER=postgresql for DEFAULT_TEST_POSTGRES_URL.
 */
export function testPostgresUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL;
  if (url && isPostgresUrl(url)) return url;
  if (url) throw new Error(`TEST_DATABASE_URL must be a postgresql:// URL, got "${url}"`);
  return process.env.TEST_DATABASE_PROVIDER === "postgresql" ? DEFAULT_TEST_POSTGRES_URL : null;
}

/** The provider the DB tests run on (see testPostgresUrl). */
export function testProvider(): DatabaseProvider {
  return testPostgresUrl() ? "postgresql" : "sqlite";
}

function migrateDeploy(url: string) {
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
}

/**
 * A fresh, migrated database for one test file: a SQLite file in a temp dir, or on PostgreSQL (testPostgresUrl) a new
 * database, each copied from a template migrated with the Prisma CLI exactly as `npm start` does.
 */
export async function createTempDatabase(): Promise<TempDatabase> {
  const server = testPostgresUrl();
  return server ? createPostgresDatabase(server) : createSqliteDatabase();
}

/**
 * A SQLite file migrated once per migrations hash (os.tmpdir()/readout-template-<hash>/test.db): migrating costs a
 * Prisma CLI process (~3 s of CPU) per database, copying the migrated file costs milliseconds. Made in a folder of
 * its own and renamed into place, so a Jest worker never copies a half-migrated file; two workers racing both migrate
 * the same migrations, and either file serves.
 */
function sqliteTemplate(): string {
  const template = path.join(os.tmpdir(), `readout-template-${migrationsHash("prisma/migrations")}`, "test.db");
  if (fs.existsSync(template)) return template;
  const building = fs.mkdtempSync(path.join(os.tmpdir(), "readout-template-building-"));
  const file = path.join(building, "test.db");
  migrateDeploy(`file:${file}`);
  for (const suffix of ["-wal", "-shm", "-journal"]) {
    if (fs.existsSync(file + suffix)) throw new Error(`migrate deploy left ${file + suffix}: the template would copy without it`);
  }
  fs.mkdirSync(path.dirname(template), { recursive: true });
  try {
    fs.renameSync(file, template);
  } catch (error) {
    if (!fs.existsSync(template)) throw error;
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return template;
}

async function createSqliteDatabase(): Promise<TempDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  fs.copyFileSync(sqliteTemplate(), file);
  const prisma = createPrismaClient(url);
  return {
    provider: "sqlite",
    url,
    file,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      await disconnectSharedClient(url);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function databaseUrlOn(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.href;
}

/** Hash of a migrations folder (relative to the project): a template is reused only while its migrations are unchanged. */
function migrationsHash(folder: string): string {
  const dir = path.join(root, folder);
  const hash = crypto.createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (fs.existsSync(file)) hash.update(name).update("\0").update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 12);
}

/** Any number, same for every Jest worker: the advisory lock that lets one worker at a time make a template. */
const TEMPLATE_LOCK = 7_160_016;

// PostgreSQL's "insufficient_privilege": FORCE may not end a backend of another role, which is what an autovacuum
// worker running on the database at that moment is (a superuser's); it finishes or yields within moments.
const INSUFFICIENT_PRIVILEGE = "42501";
const DROP_ATTEMPTS = 20;
const DROP_RETRY_MS = 250;

/** Drops a test database, ending its sessions; retried while an autovacuum worker holds it (up to ~5 s). */
async function dropDatabase(client: Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE || attempt >= DROP_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, DROP_RETRY_MS));
    }
  }
}

/**
 * Migrating costs seconds per database, so the migrations run once into `readout_template_<hash>` and each test file
 * gets `CREATE DATABASE … TEMPLATE` (a file copy, ~100 ms). Jest workers take an advisory lock around it.
 */
async function createPostgresDatabase(server: string): Promise<TempDatabase> {
  const template = `readout_template_${migrationsHash("prisma/postgresql/migrations")}`;
  const name = `readout_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (found.rowCount === 0) {
      const building = `${template}_building`;
      await dropDatabase(admin, building);
      await admin.query(`CREATE DATABASE "${building}"`);
      migrateDeploy(databaseUrlOn(server, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
  const url = databaseUrlOn(server, name);
  const prisma = createPrismaClient(url);
  return {
    provider: "postgresql",
    url,
    file: "",
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      await disconnectSharedClient(url);
      const dropper = new Client({ connectionString: server });
      await dropper.connect();
      try {
        await dropDatabase(dropper, name);
      } finally {
        await dropper.end();
      }
    },
  };
}
