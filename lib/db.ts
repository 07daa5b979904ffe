import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./db-url";
import { sqliteAdapter } from "./sqlite-adapter";

/** A client on the SQLite file `url` in WAL mode, with a busy timeout and write-locking transactions (sqliteAdapter). */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

// One client per database per process, kept on globalThis so dev hot reload does not open a new connection
// each time. Keyed by URL, and looked up when used rather than when imported, so a DATABASE_URL set after
// import (tests, scripts) is the one that counts.
const globalForPrisma = globalThis as unknown as { readoutPrisma?: Map<string, PrismaClient> };

function sharedClient(): PrismaClient {
  const url = databaseUrl();
  const clients = (globalForPrisma.readoutPrisma ??= new Map());
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** The client handed to an interactive `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type { PrismaClient };
