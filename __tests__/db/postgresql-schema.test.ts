/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import { migrationFolder, pendingPostgresqlSql, withoutUnmodelled } from "@/scripts/postgresql-migration";
import { POSTGRESQL_SCHEMA, postgresqlSchema, SQLITE_SCHEMA } from "@/scripts/postgresql-schema";
import { testPostgresUrl } from "../helpers/temp-db";

const root = path.join(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("one schema source for SQLite and PostgreSQL", () => {
  test("the committed PostgreSQL schema is the one generated from prisma/schema.prisma (run npm run db:schema:postgresql)", () => {
    expect(read(POSTGRESQL_SCHEMA)).toBe(postgresqlSchema(read(SQLITE_SCHEMA)));
  });

  test("only the provider, the datasource url and the client folder differ; every model is carried over as written", () => {
    const source = read(SQLITE_SCHEMA);
    const withModel = `${source}\nmodel AlignmentCorrection {\n  id   Int    @id @default(autoincrement())\n  note String\n}\n`;
    const generated = postgresqlSchema(withModel);
    expect(generated).toContain('model AlignmentCorrection {\n  id   Int    @id @default(autoincrement())\n  note String\n}');
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).not.toContain('provider = "sqlite"');
    expect(generated).toContain('output       = "../../generated/prisma-pg"');
    const modelsOf = (text: string) => [...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(modelsOf(generated)).toEqual(modelsOf(withModel));
    // Outside the two blocks, the texts are equal line for line (after the two header lines).
    const strip = (text: string) => text.replace(/datasource db \{[^}]*\}/, "").replace(/output\s*=\s*"[^"]*"/, "");
    expect(strip(generated).split("\n").slice(2).join("\n")).toBe(strip(withModel));
  });

  test("a schema the generator cannot translate is refused, not half translated", () => {
    expect(() => postgresqlSchema("model A { id Int @id }")).toThrow('no "datasource db { … }" block');
    const source = read(SQLITE_SCHEMA);
    expect(() => postgresqlSchema(source.replace('"../generated/prisma"', '"../elsewhere"'))).toThrow("no generator output");
    expect(() => postgresqlSchema(`${source}\nmodel B {\n  id Int @id\n  name String @db.VarChar(20)\n}\n`)).toThrow("@db.");
  });
});

describe("PostgreSQL migrations", () => {
  test("a diff's steps on the unmodelled search table are left out; other steps are kept whole", () => {
    const diff = [
      "-- DropIndex",
      'DROP INDEX "search_index_document_idx";',
      "",
      "-- DropTable",
      'DROP TABLE "search_index";',
      "",
      "-- CreateTable",
      'CREATE TABLE "AlignmentCorrection" (',
      '    "id" SERIAL NOT NULL,',
      '    CONSTRAINT "AlignmentCorrection_pkey" PRIMARY KEY ("id")',
      ");",
      "",
    ].join("\n");
    expect(withoutUnmodelled(diff)).toBe(
      '-- CreateTable\nCREATE TABLE "AlignmentCorrection" (\n    "id" SERIAL NOT NULL,\n    CONSTRAINT "AlignmentCorrection_pkey" PRIMARY KEY ("id")\n);',
    );
    expect(withoutUnmodelled('-- DropTable\nDROP TABLE "search_index";\n')).toBe("");
    expect(withoutUnmodelled("-- This is an empty migration.")).toBe("");
  });

  test("migration folders are named <UTC yyyymmddhhmmss>_<name>, and odd names are refused", () => {
    expect(migrationFolder("alignment_corrections", new Date("2026-12-01T00:05:09.123Z"))).toBe("20261201000509_alignment_corrections");
    expect(() => migrationFolder("Drop Table;")).toThrow("lower-case");
  });

  test("every migration folder holds a migration.sql, and the lock file names postgresql", () => {
    const dir = path.join(root, "prisma/postgresql/migrations");
    const folders = fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
    expect(folders.length).toBeGreaterThanOrEqual(2);
    for (const folder of folders) expect(fs.existsSync(path.join(dir, folder, "migration.sql"))).toBe(true);
    expect(read("prisma/postgresql/migrations/migration_lock.toml")).toContain('provider = "postgresql"');
  });

  // Needs a server (Prisma replays the migrations on a shadow database): runs with the PostgreSQL DB tests.
  (testPostgresUrl() ? test : test.skip)(
    "the migrations build exactly the schema: a schema change without its migration fails here (npm run db:migration:postgresql -- <name>)",
    () => {
      expect(pendingPostgresqlSql(testPostgresUrl()!)).toBe("");
    },
    180_000,
  );
});
