import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";
import { databaseReplicaUrl, databaseUrl, isPostgresUrl } from "./db-url";
import { postgresAdapter } from "./pg-adapter";
import { sqliteAdapter } from "./sqlite-adapter";

/**
 * Interactive transactions on PostgreSQL wait for the one transaction lock (lib/pg-adapter.ts) inside `maxWait`
 * (Prisma's default 2 s), and each statement is a round trip to the server, so a bundle import or seed runs longer
 * than in-process SQLite (the seed took 5.4 s with the load average at 20 and failed Prisma's default 5 s `timeout`).
 * Milliseconds, Prisma 6 `transactionOptions`.
 */
export const POSTGRES_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * A client on `url`: PostgreSQL (`postgresql://…`: the client generated from prisma/postgresql/schema.prisma, through
 * @prisma/adapter-pg's pool, transactions one at a time: postgresAdapter) or the SQLite file (`file:…`: WAL, busy timeout, write-locking transactions,
 * sqliteAdapter). Both clients come from one schema source (scripts/postgresql-schema.ts) and have the same models,
 * so the code is typed against the SQLite client. Both are imported statically: a lazy `require` of the PostgreSQL
 * adapter got a promise in the Next build (pg is an ESM external there, so its importers are async modules) and
 * every page failed with "d is not a function".
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter: postgresAdapter(url), transactionOptions: POSTGRES_TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

/** Which database `db` talks to, for the few statements whose SQL differs (full-text search, date columns). */
export function clientProvider(db: { _activeProvider?: string } | object): "sqlite" | "postgresql" {
  return (db as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

// One client per database per process, kept on globalThis so dev hot reload does not open a new connection
// each time. Keyed by URL, and looked up when used rather than when imported, so a DATABASE_URL set after
// import (tests, scripts) is the one that counts.
const globalForPrisma = globalThis as unknown as { readoutPrisma?: Map<string, PrismaClient> };

function sharedClient(url: string): PrismaClient {
  const clients = (globalForPrisma.readoutPrisma ??= new Map());
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

/** Disconnects and forgets the shared client of `url`, if one was made (tests drop their databases after). */
export async function disconnectSharedClient(url: string): Promise<void> {
  const client = globalForPrisma.readoutPrisma?.get(url);
  if (!client) return;
  globalForPrisma.readoutPrisma!.delete(url);
  await client.$disconnect();
}

/** A client object that forwards to the shared client of `url()`, looked up on each use. */
function sharedClientOf(url: () => string): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = sharedClient(url());
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

/** The primary database (DATABASE_URL): every write, every transaction, and reads that must see the last write. */
export const prisma: PrismaClient = sharedClientOf(databaseUrl);

/**
 * The client for the public reading paths (event page for readers, exports, API GETs, the event list): the read
 * replica when DATABASE_REPLICA_URL is set (PostgreSQL only, lib/db-url.ts), else the same client as `prisma`.
 * A replica lags the primary by its replication delay, so never use it for a write, inside a transaction, or where
 * an editor must see what they just saved (the signed-in event page reads `prisma`). Prisma's read-replica
 * extension is not used: its Prisma 6 release builds the replica clients from a URL with no driver adapter, which
 * this adapter-only client cannot run (docs/deploy.md).
 */
export const readPrisma: PrismaClient = sharedClientOf(() => databaseReplicaUrl() ?? databaseUrl());

/** The client handed to an interactive `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type { PrismaClient };
