-- CreateTable
CREATE TABLE "source_snapshots" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER,
    "origin" TEXT NOT NULL,
    "requestedUrl" TEXT,
    "finalUrl" TEXT,
    "fileName" TEXT,
    "contentType" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "extractedText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "source_snapshots_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "source_watches" (
    "statementId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastCheckedAt" DATETIME,
    "changedAtSourceAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "source_watches_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "source_checks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "checkedAt" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "message" TEXT NOT NULL DEFAULT '',
    "fromVersion" INTEGER,
    "toVersion" INTEGER,
    "beforeSnapshotId" INTEGER,
    "afterSnapshotId" INTEGER,
    CONSTRAINT "source_checks_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "source_snapshots_statementId_fetchedAt_idx" ON "source_snapshots"("statementId", "fetchedAt");

-- CreateIndex
CREATE INDEX "source_watches_active_idx" ON "source_watches"("active");

-- CreateIndex
CREATE INDEX "source_checks_statementId_checkedAt_idx" ON "source_checks"("statementId", "checkedAt");

-- CreateIndex
CREATE INDEX "source_checks_outcome_checkedAt_idx" ON "source_checks"("outcome", "checkedAt");
