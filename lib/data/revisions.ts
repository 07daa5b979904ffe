import type { PrismaClient } from "../../generated/prisma/client";

export interface VersionEntry {
  version: number;
  title: string;
  body: string;
  current: boolean;
  /** When this version stopped being current, by whom and why (null for the current version). */
  replacedAt: string | null;
  replacedBy: string | null;
  reason: string | null;
  /** Set on the oldest version only: when the statement was added, and by which editor (null when seeded). */
  addedAt: string | null;
  addedBy: string | null;
}

/** Every version of a statement's text, newest first: the current text, then the stored revisions. */
export async function listVersions(db: PrismaClient, statementId: number): Promise<VersionEntry[] | null> {
  const statement = await db.statement.findUnique({
    where: { id: statementId },
    select: {
      version: true,
      title: true,
      body: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      revisions: { orderBy: { version: "desc" }, include: { editor: { select: { name: true } } } },
    },
  });
  if (!statement) return null;
  const versions: VersionEntry[] = [
    { version: statement.version, title: statement.title, body: statement.body, current: true, replacedAt: null, replacedBy: null, reason: null, addedAt: null, addedBy: null },
    ...statement.revisions.map((revision) => ({
      version: revision.version,
      title: revision.title,
      body: revision.body,
      current: false,
      replacedAt: revision.createdAt.toISOString(),
      replacedBy: revision.editor?.name ?? null,
      reason: revision.reason,
      addedAt: null,
      addedBy: null,
    })),
  ];
  const oldest = versions[versions.length - 1];
  oldest.addedAt = statement.createdAt.toISOString();
  oldest.addedBy = statement.createdBy?.name ?? null;
  return versions;
}
