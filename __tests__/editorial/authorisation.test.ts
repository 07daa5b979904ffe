/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/data/annotations";
import { createEvent, deleteEvent, importBundle, updateEvent } from "@/lib/data/import";
import { createParty, deleteParty, updateParty } from "@/lib/data/parties";
import { createStatement, deleteStatement, updateStatement } from "@/lib/data/statements";
import { IDLE, type FormState } from "@/lib/editorial/form-state";
import { editInput, makeEditor, SAMPLE_BUNDLE, tableCounts } from "./fixtures";

/**
 * Every write path refuses an anonymous caller and writes nothing: first the lib/data writers (the real gate),
 * then every exported server action with no session (they must not even reach a writer's success path).
 * Readout has no editorial API routes: all writes are server actions.
 */

jest.setTimeout(60_000);

const testGlobal = globalThis as unknown as { authTestDb?: TempDatabase };
jest.mock("@/lib/db", () => ({
  ...jest.requireActual("@/lib/db"),
  get prisma() {
    return (globalThis as unknown as { authTestDb: { prisma: unknown } }).authTestDb.prisma;
  },
}));
jest.mock("@/lib/auth/session", () => ({ currentEditor: jest.fn(async () => null), getSession: jest.fn() }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/navigation", () => ({
  redirect: jest.fn((to: string) => {
    throw new Error(`redirect to ${to}`);
  }),
}));

let db: TempDatabase;
let ids: { party: number; event: number; statement: number; annotation: number; eventId: number };
let validStatement: ReturnType<typeof editInput>;

async function snapshot() {
  const statement = await db.prisma.statement.findUniqueOrThrow({ where: { id: ids.statement } });
  const annotation = await db.prisma.annotation.findUniqueOrThrow({ where: { id: ids.annotation } });
  return { counts: await tableCounts(db.prisma), body: statement.body, version: statement.version, title: statement.title, annotation };
}

beforeAll(async () => {
  db = await createTempDatabase();
  testGlobal.authTestDb = db;
  const editor = await makeEditor(db.prisma);
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
  if (!imported.ok) throw new Error(imported.message);
  const statement = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: "asc" } });
  const annotation = await createAnnotation(
    db.prisma,
    { statementId: statement.id, version: 1, start: 4, end: 20, exact: statement.body.slice(4, 20), verdict: "false", note: "n", sources: ["https://example.org"] },
    editor,
  );
  if (!annotation.ok) throw new Error(annotation.message);
  ids = { party: statement.partyId, event: statement.eventId, statement: statement.id, annotation: annotation.annotation.id, eventId: statement.eventId };
  validStatement = editInput(statement);
});
afterAll(async () => db.cleanup());

describe("lib/data writers refuse a null editor and write nothing", () => {
  const cases: [string, () => Promise<{ ok: boolean; status?: string }>][] = [
    ["createParty", () => createParty(db.prisma, { slug: "anon", name: "Anon", shortName: "A", kind: "other", country: "", color: "#000000" }, null)],
    ["updateParty", () => updateParty(db.prisma, { id: ids.party, slug: "anon", name: "Anon", shortName: "A", kind: "other", country: "", color: "#000000" }, null)],
    ["deleteParty", () => deleteParty(db.prisma, { id: ids.party, confirm: "delete" }, null)],
    ["createEvent", () => createEvent(db.prisma, { slug: "anon-event", title: "Anon", occurredOn: "2026-01-01", summary: "" }, null)],
    ["updateEvent", () => updateEvent(db.prisma, { id: ids.event, slug: "anon-event", title: "Anon", occurredOn: "2026-01-01", summary: "" }, null)],
    ["deleteEvent", () => deleteEvent(db.prisma, { id: ids.event, confirm: "delete" }, null)],
    ["createStatement", () => createStatement(db.prisma, { ...validStatement, slug: "anon-statement", eventId: ids.eventId }, null)],
    ["updateStatement", () => updateStatement(db.prisma, { ...validStatement, body: "Overwritten by nobody.", reason: "x" }, null)],
    ["deleteStatement", () => deleteStatement(db.prisma, { id: ids.statement, confirm: "delete" }, null)],
    ["importBundle", () => importBundle(db.prisma, SAMPLE_BUNDLE.replaceAll("sample-", "anon-"), null)],
    [
      "createAnnotation",
      () => createAnnotation(db.prisma, { statementId: ids.statement, version: 1, start: 0, end: 3, exact: "The", verdict: "false", note: "n", sources: ["https://example.org"] }, null),
    ],
    ["updateAnnotation", () => updateAnnotation(db.prisma, { id: ids.annotation, version: 1, verdict: "accurate", note: "Overruled by nobody.", sources: ["https://example.org"] }, null)],
    ["deleteAnnotation", () => deleteAnnotation(db.prisma, { id: ids.annotation }, null)],
  ];

  test.each(cases)("%s", async (_name, write) => {
    const before = await snapshot();
    const result = await write();
    expect(result).toMatchObject({ ok: false, status: "unauthorised" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("server actions refuse a request without a session", () => {
  function form(fields: Record<string, string | number>): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
    return data;
  }

  test("every exported action in app/editor/actions.ts", async () => {
    const actions = (await import("@/app/editor/actions")) as Record<string, (state: FormState, form: FormData) => Promise<FormState>>;
    const fields = {
      ...validStatement,
      eventId: ids.eventId,
      id: ids.statement,
      confirm: "delete",
      name: "Anon",
      shortName: "A",
      color: "#000000",
      occurredOn: "2026-01-01",
      summary: "",
      json: SAMPLE_BUNDLE.replaceAll("sample-", "anon-"),
      statementId: ids.statement,
      start: 0,
      end: 3,
      exact: "The",
      verdict: "false",
      note: "n",
      sources: "https://example.org",
      body: "Overwritten by nobody.",
      reason: "x",
    };
    const names = Object.keys(actions).filter((name) => typeof actions[name] === "function");
    expect(names.sort()).toEqual(
      [
        "createAnnotationAction",
        "createEventAction",
        "createExchangeAction",
        "createPartyAction",
        "createStatementAction",
        "deleteAnnotationAction",
        "deleteEventAction",
        "deleteExchangeAction",
        "deletePartyAction",
        "deleteStatementAction",
        "importBundleAction",
        "updateEventAction",
        "updatePartyAction",
        "updateAnnotationAction",
        "updateStatementAction",
      ].sort(),
    );
    // Positive control: with an editor in the session the same form is accepted, so the refusals above and below
    // are about the session, not about the input.
    const { currentEditor } = jest.requireMock("@/lib/auth/session") as { currentEditor: jest.Mock };
    const signedIn = await db.prisma.editor.findFirstOrThrow({ select: { id: true, email: true, name: true } });
    currentEditor.mockResolvedValueOnce(signedIn);
    const accepted = await actions.createPartyAction(IDLE, form({ slug: "control-party", name: "Control", shortName: "C", kind: "other", country: "", color: "#000000" }));
    expect(accepted).toMatchObject({ status: "success" });
    await db.prisma.party.delete({ where: { slug: "control-party" } });

    for (const name of names) {
      const before = await snapshot();
      const state = await actions[name](IDLE, form(fields));
      expect({ name, state: state.status, kind: state.status === "error" ? state.kind : null }).toEqual({ name, state: "error", kind: "unauthorised" });
      expect(await snapshot()).toEqual(before);
    }
  });
});
