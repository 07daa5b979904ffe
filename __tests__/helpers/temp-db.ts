import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@/lib/db";

const root = path.join(__dirname, "..", "..");

export interface TempDatabase {
  url: string;
  file: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
}

/** A real SQLite file in a temp dir, migrated with the Prisma CLI exactly as `npm start` does. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  const prisma = createPrismaClient(url);
  return {
    url,
    file,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
