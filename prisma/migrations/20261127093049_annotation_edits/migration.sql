-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Annotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "editorId" INTEGER,
    "editedById" INTEGER,
    "editedAt" DATETIME,
    "verdict" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "sources" TEXT NOT NULL DEFAULT '[]',
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "anchoredVersion" INTEGER NOT NULL,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Annotation_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Annotation_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "Editor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Annotation" ("anchoredVersion", "createdAt", "editorId", "end", "exact", "id", "note", "orphaned", "prefix", "sources", "start", "statementId", "suffix", "updatedAt", "verdict") SELECT "anchoredVersion", "createdAt", "editorId", "end", "exact", "id", "note", "orphaned", "prefix", "sources", "start", "statementId", "suffix", "updatedAt", "verdict" FROM "Annotation";
DROP TABLE "Annotation";
ALTER TABLE "new_Annotation" RENAME TO "Annotation";
CREATE INDEX "Annotation_statementId_idx" ON "Annotation"("statementId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
