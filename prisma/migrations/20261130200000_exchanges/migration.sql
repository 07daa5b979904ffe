-- Exchanges (issue 10): an event holds one or more exchanges (a call, a meeting, a hearing …); statements report
-- exchanges; a statement is a primary or secondary source. Existing data moves without loss: every event gets one
-- exchange ("whole-event") holding all its statements, whose participants are the parties of its primary statements.

-- CreateTable
CREATE TABLE "Exchange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "occurredOn" DATETIME,
    CONSTRAINT "Exchange_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExchangeParticipant" (
    "exchangeId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,

    PRIMARY KEY ("exchangeId", "partyId"),
    CONSTRAINT "ExchangeParticipant_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExchangeParticipant_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementExchange" (
    "statementId" INTEGER NOT NULL,
    "exchangeId" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "exchangeId"),
    CONSTRAINT "StatementExchange_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementExchange_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AddColumn (a plain ADD COLUMN: the Statement table is not rebuilt)
ALTER TABLE "Statement" ADD COLUMN "sourceRole" TEXT NOT NULL DEFAULT 'primary';

-- CreateIndex
CREATE INDEX "Exchange_eventId_position_idx" ON "Exchange"("eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_eventId_slug_key" ON "Exchange"("eventId", "slug");

-- CreateIndex
CREATE INDEX "ExchangeParticipant_partyId_idx" ON "ExchangeParticipant"("partyId");

-- CreateIndex
CREATE INDEX "StatementExchange_exchangeId_idx" ON "StatementExchange"("exchangeId");

-- Move existing data: news reports are secondary sources.
UPDATE "Statement" SET "sourceRole" = 'secondary' WHERE "kind" = 'news_report';

-- One exchange per event, dated like the event, holding every statement of the event.
INSERT INTO "Exchange" ("eventId", "slug", "position", "kind", "title", "occurredOn")
SELECT "id", 'whole-event', 0, 'other', "title", "occurredOn" FROM "Event";

INSERT INTO "StatementExchange" ("statementId", "exchangeId")
SELECT "Statement"."id", "Exchange"."id" FROM "Statement" JOIN "Exchange" ON "Exchange"."eventId" = "Statement"."eventId";

INSERT INTO "ExchangeParticipant" ("exchangeId", "partyId")
SELECT DISTINCT "Exchange"."id", "Statement"."partyId"
FROM "Statement" JOIN "Exchange" ON "Exchange"."eventId" = "Statement"."eventId"
WHERE "Statement"."sourceRole" = 'primary';
