-- CreateTable
CREATE TABLE "AlignmentCorrection" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "editorId" INTEGER,
    "subjectStatementId" INTEGER NOT NULL,
    "subjectExact" TEXT NOT NULL,
    "subjectPrefix" TEXT NOT NULL DEFAULT '',
    "subjectSuffix" TEXT NOT NULL DEFAULT '',
    "subjectStart" INTEGER NOT NULL,
    "subjectEnd" INTEGER NOT NULL,
    "subjectVersion" INTEGER NOT NULL,
    "targetStatementId" INTEGER,
    "targetExact" TEXT,
    "targetPrefix" TEXT,
    "targetSuffix" TEXT,
    "targetStart" INTEGER,
    "targetEnd" INTEGER,
    "targetVersion" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlignmentCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlignmentCorrection_eventId_id_idx" ON "AlignmentCorrection"("eventId", "id");

-- CreateIndex
CREATE INDEX "AlignmentCorrection_subjectStatementId_idx" ON "AlignmentCorrection"("subjectStatementId");

-- CreateIndex
CREATE INDEX "AlignmentCorrection_targetStatementId_idx" ON "AlignmentCorrection"("targetStatementId");

-- AddForeignKey
ALTER TABLE "AlignmentCorrection" ADD CONSTRAINT "AlignmentCorrection_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentCorrection" ADD CONSTRAINT "AlignmentCorrection_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentCorrection" ADD CONSTRAINT "AlignmentCorrection_subjectStatementId_fkey" FOREIGN KEY ("subjectStatementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentCorrection" ADD CONSTRAINT "AlignmentCorrection_targetStatementId_fkey" FOREIGN KEY ("targetStatementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
