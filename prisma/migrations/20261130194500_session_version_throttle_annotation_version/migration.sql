-- Sessions end server-side: a session is valid only while its editor's sessionVersion is unchanged.
ALTER TABLE "Editor" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 1;

-- Optimistic concurrency for annotation edits.
ALTER TABLE "Annotation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- The login throttle's counters (per account, per client address, per pair).
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "windowStartMs" BIGINT NOT NULL
);
