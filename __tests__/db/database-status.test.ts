/** @jest-environment node */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTempDatabase } from "../helpers/temp-db";

jest.setTimeout(60_000);

/** lib/db reads DATABASE_URL when first imported, so each case loads the modules afresh. */
async function statusFor(url: string) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    let result: unknown;
    await jest.isolateModulesAsync(async () => {
      const { databaseStatus } = await import("@/lib/data/database-status");
      const { prisma } = await import("@/lib/db");
      result = await databaseStatus();
      await prisma.$disconnect();
    });
    return result;
  } finally {
    process.env.DATABASE_URL = previous;
  }
}

describe("databaseStatus", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-status-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a missing file is reported as missing, and is not created by the check", async () => {
    const file = path.join(dir, "missing.db");
    expect(await statusFor(`file:${file}`)).toEqual({ ok: false, problem: "missing", file });
    expect(fs.existsSync(file)).toBe(false);
  });

  test("an empty file is reported as unmigrated", async () => {
    const file = path.join(dir, "empty.db");
    fs.writeFileSync(file, "");
    expect(await statusFor(`file:${file}`)).toEqual({ ok: false, problem: "unmigrated", file });
  });

  test("a migrated database is ok", async () => {
    const db = await createTempDatabase();
    try {
      expect(await statusFor(db.url)).toEqual({ ok: true });
    } finally {
      await db.cleanup();
    }
  });
});
