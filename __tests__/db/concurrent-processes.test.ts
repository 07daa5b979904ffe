/** @jest-environment node */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createEditor } from "@/lib/data/editors";
import { applyBundle } from "@/lib/data/apply-bundle";
import { loadSeedBundle } from "@/lib/data/seed-bundle";
import { createTempDatabase, testProvider, type TempDatabase } from "../helpers/temp-db";

const run = promisify(execFile);
const root = path.join(__dirname, "..", "..");
const EDITS_PER_PROCESS = 60;

jest.setTimeout(120_000);

describe(`two processes editing one statement on one ${testProvider() === "postgresql" ? "PostgreSQL database" : "SQLite file"}`, () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase();
    await applyBundle(db.prisma, loadSeedBundle());
  });
  afterAll(async () => db.cleanup());

  (testProvider() === "sqlite" ? test : test.skip)("the file is in WAL mode", async () => {
    expect(await db.prisma.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });

  test("every save is either written or answered as a conflict: no busy errors, no lost writes", async () => {
    const made = await createEditor(db.prisma, { email: "race@example.test", name: "Race", password: "correct horse battery" });
    if (!made.ok) throw new Error(made.message);
    const statement = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: "asc" } });
    const editorProcess = (tag: string) =>
      run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "../helpers/concurrent-editor.ts"),
        db.url, String(statement.id), String(made.editor.id), String(EDITS_PER_PROCESS), tag], { cwd: root });
    const outputs = await Promise.all([editorProcess("alpha"), editorProcess("beta")]);
    const tallies = outputs.map(({ stdout }) => JSON.parse(stdout.trim().split("\n").pop()!) as { ok: number; conflict: number; errors: string[] });

    const errors = tallies.flatMap((t) => t.errors);
    expect({ count: errors.length, first: errors.slice(0, 2) }).toEqual({ count: 0, first: [] });
    for (const t of tallies) expect(t.ok + t.conflict).toBe(EDITS_PER_PROCESS);
    const saved = tallies[0].ok + tallies[1].ok;
    const stored = await db.prisma.statement.findUniqueOrThrow({ where: { id: statement.id } });
    // Each written save bumped the version once and kept exactly one revision: none was lost or doubled.
    expect(stored.version).toBe(statement.version + saved);
    expect(await db.prisma.statementRevision.count({ where: { statementId: statement.id } })).toBe(saved);
    expect(saved).toBeGreaterThan(0);
  });
});
