import type { PrismaClient } from "../../generated/prisma/client";
import { fieldErrorsOf, partyFormSchema } from "../editorial/schemas";
import { invalid, notFound, UNAUTHORISED, type EditorIdentity, type Result } from "../editorial/result";

export async function listParties(db: PrismaClient) {
  return db.party.findMany({ orderBy: [{ name: "asc" }], include: { _count: { select: { statements: true } } } });
}

export async function getParty(db: PrismaClient, id: number) {
  if (!Number.isInteger(id) || id <= 0) return null;
  return db.party.findUnique({ where: { id }, include: { _count: { select: { statements: true } } } });
}

export async function createParty(db: PrismaClient, input: unknown, editor: EditorIdentity | null): Promise<Result<{ party: { id: number } }>> {
  if (!editor) return UNAUTHORISED;
  const parsed = partyFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The party could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  if (await db.party.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } })) {
    return invalid("Another party already uses that slug.", { slug: `“${parsed.data.slug}” is taken.` });
  }
  const party = await db.party.create({ data: parsed.data, select: { id: true } });
  return { ok: true, party };
}

export async function updateParty(
  db: PrismaClient,
  input: Record<string, unknown>,
  editor: EditorIdentity | null,
): Promise<Result<{ party: { id: number } }>> {
  if (!editor) return UNAUTHORISED;
  const id = Number(input.id);
  const parsed = partyFormSchema.safeParse(input);
  if (!parsed.success) return invalid("The party could not be saved. Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const stored = await getParty(db, id);
  if (!stored) return notFound("That party does not exist (it may have been deleted).");
  const clash = await db.party.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } });
  if (clash && clash.id !== id) return invalid("Another party already uses that slug.", { slug: `“${parsed.data.slug}” is taken.` });
  await db.party.update({ where: { id }, data: parsed.data });
  return { ok: true, party: { id } };
}

/** Deletes a party that has no statements (statements keep their party: delete or move them first). */
export async function deleteParty(
  db: PrismaClient,
  input: { id: unknown; confirm?: unknown },
  editor: EditorIdentity | null,
): Promise<Result> {
  if (!editor) return UNAUTHORISED;
  if (input.confirm !== "delete") return invalid("Tick the box to confirm the deletion.", { confirm: "Confirm the deletion." });
  const stored = await getParty(db, Number(input.id));
  if (!stored) return notFound("That party does not exist (it may already have been deleted).");
  if (stored._count.statements > 0) {
    return invalid(`“${stored.name}” still has ${stored._count.statements} statement(s). Delete or reassign them first.`);
  }
  await db.party.delete({ where: { id: stored.id } });
  return { ok: true };
}
