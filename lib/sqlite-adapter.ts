import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * How long (ms) a connection waits for another process's write lock before SQLite answers SQLITE_BUSY. Longer than
 * the longest write transaction (a batch of a bundle import takes well under 1 s): when `BEGIN IMMEDIATE` itself times
 * out, adapter 6.19.3 never releases its transaction mutex (docs/STACK.md, "SQLite concurrency").
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * A better-sqlite3 adapter factory (adapter 6.19.3) set up for several processes on one file:
 * - WAL journal: readers never wait for a writer, and a writer never waits for readers;
 * - busy timeout SQLITE_BUSY_TIMEOUT_MS;
 * - every interactive transaction opens with `BEGIN IMMEDIATE` (the adapter sends a plain deferred `BEGIN`), so a
 *   transaction that reads then writes takes the write lock before its first read: two writers queue instead of one
 *   of them failing with SQLITE_BUSY on its upgrade from reader to writer (which the busy timeout cannot wait out).
 * Measured in docs/STACK.md: 2 processes × 200 read-then-write transactions, 0 busy errors, 400 updates.
 */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const db = (adapter as unknown as { client: Database.Database }).client;
    db.pragma("journal_mode = WAL"); // persists in the file; -wal and -shm files appear beside it
    db.pragma("synchronous = NORMAL"); // WAL + NORMAL: durable across application crashes, fsync at checkpoints only
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof db.prepare;
    return adapter;
  };
  return factory;
}
