-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publishedOn" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',
    "speaker" TEXT,
    "provenanceNote" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Statement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Editor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Statement" ("body", "createdAt", "eventId", "id", "kind", "language", "partyId", "position", "provenanceNote", "publishedOn", "slug", "sourceName", "sourceUrl", "speaker", "title", "updatedAt", "version") SELECT "body", "createdAt", "eventId", "id", "kind", "language", "partyId", "position", "provenanceNote", "publishedOn", "slug", "sourceName", "sourceUrl", "speaker", "title", "updatedAt", "version" FROM "Statement";
DROP TABLE "Statement";
ALTER TABLE "new_Statement" RENAME TO "Statement";
CREATE INDEX "Statement_eventId_position_idx" ON "Statement"("eventId", "position");
CREATE INDEX "Statement_partyId_idx" ON "Statement"("partyId");
CREATE UNIQUE INDEX "Statement_eventId_slug_key" ON "Statement"("eventId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
