import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";

/**
 * The browser tests' own database, as playwright.config.ts gives it to the server: E2E_DATABASE_URL
 * (postgresql://…, npm run test:e2e:postgresql) or the SQLite file prisma/e2e.db (E2E_DB_FILE overrides it).
 */
const POSTGRES_URL = /^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "") ? process.env.E2E_DATABASE_URL! : null;
const SQLITE_FILE = process.env.E2E_DB_FILE ?? path.join(__dirname, "..", "prisma", "e2e.db");

/** The e2e database as a DATABASE_URL, for scripts the tests run (scripts/create-editor.ts). */
export const E2E_DATABASE_URL = POSTGRES_URL ?? `file:${SQLITE_FILE}`;

/**
 * Runs one SQL statement on the e2e database and returns its rows ([] for a write). Write the SQL for both
 * databases: `?` placeholders, quoted camelCase identifiers ("statementId"), CAST(… AS INTEGER) for counts.
 * Foreign keys are enforced on both (a deleted event takes its statements with it).
 */
export async function e2eQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (POSTGRES_URL) {
    let n = 0;
    const client = new Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(SQLITE_FILE, { fileMustExist: true });
  try {
    db.pragma("foreign_keys = ON");
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

/** The first row of e2eQuery, or undefined. */
export async function e2eRow<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await e2eQuery<T>(sql, params))[0];
}
