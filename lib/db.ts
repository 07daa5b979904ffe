import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "./db-url";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per process; kept on globalThis so dev hot reload does not open a new connection each time.
const globalForPrisma = globalThis as unknown as { readoutPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.readoutPrisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.readoutPrisma = prisma;

export type { PrismaClient };
