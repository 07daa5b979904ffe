import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./db-url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per database per process; kept on globalThis so dev hot reload does not open a new connection
// each time. Keyed by URL so tests that point DATABASE_URL elsewhere get their own client.
const globalForPrisma = globalThis as unknown as { readoutPrisma?: { url: string; client: PrismaClient } };

function sharedClient(): PrismaClient {
  const url = databaseUrl();
  const cached = globalForPrisma.readoutPrisma;
  if (cached?.url === url) return cached.client;
  const client = createPrismaClient(url);
  if (process.env.NODE_ENV !== "production") globalForPrisma.readoutPrisma = { url, client };
  return client;
}

export const prisma: PrismaClient = sharedClient();

export type { PrismaClient };
