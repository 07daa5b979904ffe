import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The advisory lock every transaction takes first (any fixed number; the same in every app process). PostgreSQL
 * 15 manual §9.27.10: `pg_advisory_xact_lock` waits for the lock and holds it until the transaction ends.
 */
export const WRITE_TRANSACTION_LOCK = 7_160_006;

type Transaction = { executeRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<number> };
type Adapter = { startTransaction(isolationLevel?: string): Promise<Transaction> };

/**
 * The app's PostgreSQL adapter (@prisma/adapter-pg 6.19.3, one pg pool per client) with the same transaction
 * semantics as the SQLite path (lib/sqlite-adapter.ts, `BEGIN IMMEDIATE`): each transaction takes one advisory lock
 * right after BEGIN, so transactions run one at a time across every app process, and a transaction that reads, checks
 * and writes (a version check, a slug clash, the search index's missing rows) sees no other transaction's write in
 * between. Queries outside transactions (every page read) never wait for it. Without it, READ COMMITTED let two
 * saves of one statement read the same version and the second fail its `updateMany` (59 of 120 saves in
 * __tests__/db/concurrent-processes.test.ts answered an error instead of the conflict view).
 */
export function postgresAdapter(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = (adapter as unknown as Adapter).startTransaction.bind(adapter);
    (adapter as unknown as Adapter).startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_TRANSACTION_LOCK})`, args: [], argTypes: [] });
      return tx;
    };
    return adapter;
  };
  return factory;
}
