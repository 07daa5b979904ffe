/** @jest-environment node */
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { parseComparisonQuery } from "@/lib/api/comparison-query";
import { bundleSchema } from "@/lib/domain/bundle-schema";
import { createEvent, importBundle, updateEvent } from "@/lib/data/import";
import { createParty, updateParty } from "@/lib/data/parties";
import { createStatement, updateStatement } from "@/lib/data/statements";
import type { EditorIdentity, Result } from "@/lib/editorial/result";
import { eventFormSchema, partyFormSchema, statementMetaSchema } from "@/lib/editorial/schemas";
import { parseEventViewState } from "@/lib/view/event-view-state";
import { editInput, makeEditor, SAMPLE_BUNDLE, tableCounts } from "../editorial/fixtures";

/**
 * Every field's bad values through every entry point that takes the field: the create form, the edit form and
 * the JSON bundle import (the URL import will join when it lands), and the comparison parameters through the API
 * and the event page. Each entry point must refuse the value with the SAME message and write nothing.
 */

jest.setTimeout(300_000);

let db: TempDatabase;
let editor: EditorIdentity;
let ids: { party: number; event: number; statement: Parameters<typeof editInput>[0] };

beforeAll(async () => {
  db = await createTempDatabase();
  editor = await makeEditor(db.prisma);
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
  if (!imported.ok) throw new Error(imported.message);
  const statement = await db.prisma.statement.findFirstOrThrow({ orderBy: { id: "asc" } });
  ids = { party: statement.partyId, event: statement.eventId, statement };
});
afterAll(async () => db.cleanup());

const long = (n: number) => "x".repeat(n);
const BAD_SLUGS = ["", "Not A Slug", "a--b", "-lead", long(121), "slug\u0007"];
const BAD_TITLES = ["", "   ", long(301), "bell\u0007", "nul\u0000"];

const PARTY = { slug: "matrix-party", name: "Matrix Party", shortName: "MP", kind: "ministry", country: "am", color: "#123456" };
const EVENT = { slug: "matrix-event", title: "Matrix event", occurredOn: "2026-11-30", summary: "A summary." };
const STATEMENT = {
  slug: "matrix-statement",
  title: "Matrix statement",
  kind: "official_readout",
  sourceName: "Press office",
  sourceUrl: "https://example.org/readout",
  publishedOn: "2026-11-30",
  language: "en",
  speaker: "A spokesperson",
  provenanceNote: "Typed for the test.",
  body: "The two sides spoke about the river.",
};

const BAD: Record<"party" | "event" | "statement", Record<string, string[]>> = {
  party: {
    slug: BAD_SLUGS,
    name: ["", "   ", long(201), "tab\u000Bv"],
    shortName: ["", long(61), "esc\u001B"],
    kind: ["", "ministry-of-truth"],
    country: ["ARM", "A1", "a", "a\u0007"],
    color: ["", "red", "#12345", "#1234567"],
  },
  event: {
    slug: BAD_SLUGS,
    title: BAD_TITLES,
    occurredOn: ["", "2023-02-30", "27/11/2023", "2023-1-1"],
    summary: [long(5001), "ansi \u001B[31m"],
  },
  statement: {
    slug: BAD_SLUGS,
    title: BAD_TITLES,
    kind: ["", "rumour"],
    sourceName: ["", long(301), "del\u007F"],
    sourceUrl: ["javascript:alert(1)", "ftp://example.org/x", "https://", `https://example.org/${long(2000)}`, "https://exa\tmple.org/"],
    publishedOn: ["2023-13-01", "yesterday", "2023-02-29"],
    language: ["e", "english language", "en_US", "en-"],
    speaker: [long(201), "nul\u0000"],
    provenanceNote: [long(2001), "\u0008backspace"],
    body: ["", "  \n ", "binary\u0000data", long(1_000_001)],
  },
};

type Attempt = (field: string, value: string) => Promise<Result>;

function bundleWith(entity: "party" | "event" | "statement", field: string, value: string): string {
  const party = { ...PARTY, ...(entity === "party" ? { [field]: value } : {}) };
  const statement = { ...STATEMENT, party: PARTY.slug, ...(entity === "statement" ? { [field]: value } : {}) };
  const event = { ...EVENT, statements: [statement], ...(entity === "event" ? { [field]: value } : {}) };
  return JSON.stringify({ parties: [party], events: [event] });
}
const BUNDLE_PATH = { party: "parties[0]", event: "events[0]", statement: "events[0].statements[0]" };

const ENTRY_POINTS: Record<"party" | "event" | "statement", Record<string, Attempt>> = {
  party: {
    "create form": (field, value) => createParty(db.prisma, { ...PARTY, [field]: value }, editor),
    "edit form": (field, value) => updateParty(db.prisma, { ...PARTY, id: ids.party, [field]: value }, editor),
    "bundle import": (field, value) => importBundle(db.prisma, bundleWith("party", field, value), editor),
  },
  event: {
    "create form": (field, value) => createEvent(db.prisma, { ...EVENT, [field]: value }, editor),
    "edit form": (field, value) => updateEvent(db.prisma, { ...EVENT, id: ids.event, [field]: value }, editor),
    "bundle import": (field, value) => importBundle(db.prisma, bundleWith("event", field, value), editor),
  },
  statement: {
    "create form": (field, value) => createStatement(db.prisma, { ...STATEMENT, partyId: ids.party, eventId: ids.event, [field]: value }, editor),
    "edit form": (field, value) => updateStatement(db.prisma, { ...editInput(ids.statement), ...STATEMENT, reason: "matrix", [field]: value }, editor),
    "bundle import": (field, value) => importBundle(db.prisma, bundleWith("statement", field, value), editor),
  },
};

/** The message an entry point gave for `field`: the form's field error, or the bundle's problem at the field's path. */
function messageFor(result: Result, entity: "party" | "event" | "statement", field: string, entry: string): string | undefined {
  if (result.ok) return undefined;
  if (entry !== "bundle import") return result.fieldErrors?.[field];
  const prefix = `${BUNDLE_PATH[entity]}.${field}: `;
  return result.problems?.find((problem) => problem.startsWith(prefix))?.slice(prefix.length);
}

const cases = (Object.keys(BAD) as ("party" | "event" | "statement")[]).flatMap((entity) =>
  Object.entries(BAD[entity]).flatMap(([field, values]) => values.map((value) => [entity, field, value] as const)),
);

test("the base records are valid at every entry point (so each refusal below is about its one field)", () => {
  expect(partyFormSchema.safeParse(PARTY).success).toBe(true);
  expect(eventFormSchema.safeParse(EVENT).success).toBe(true);
  expect(statementMetaSchema.safeParse({ ...STATEMENT, partyId: 1 }).success).toBe(true);
  expect(bundleSchema.safeParse(JSON.parse(bundleWith("party", "name", PARTY.name))).success).toBe(true);
});

test.each(cases)("%s.%s = %j: refused by every entry point with the same message, nothing written", async (entity, field, value) => {
  const before = await tableCounts(db.prisma);
  const messages: Record<string, string | undefined> = {};
  for (const [entry, attempt] of Object.entries(ENTRY_POINTS[entity])) {
    const result = await attempt(field, value);
    expect({ entry, ok: result.ok, status: result.ok ? null : result.status }).toEqual({ entry, ok: false, status: "invalid" });
    messages[entry] = messageFor(result, entity, field, entry);
  }
  const [first] = Object.values(messages);
  expect(first).toEqual(expect.any(String));
  expect(messages).toEqual(Object.fromEntries(Object.keys(ENTRY_POINTS[entity]).map((entry) => [entry, first])));
  expect(await tableCounts(db.prisma)).toEqual(before);
});

test("accepted values are normalised the same way by the forms and the bundle", () => {
  const loose = { country: " am ", slug: " matrix-party " };
  const form = partyFormSchema.parse({ ...PARTY, ...loose });
  const bundled = bundleSchema.parse({ parties: [{ ...PARTY, ...loose }], events: [] }).parties[0];
  expect(bundled).toEqual(form);
  expect(form).toMatchObject({ country: "AM", slug: "matrix-party" });

  const looseStatement = { sourceUrl: "  ", publishedOn: "", speaker: "  ", language: " hy ", provenanceNote: "  note  ", body: "\uFEFFLine one.  \r\nLine two.\r\n" };
  const fromForm = statementMetaSchema.parse({ ...STATEMENT, ...looseStatement, partyId: 1 });
  const fromBundle = bundleSchema.parse(JSON.parse(bundleWith("statement", "title", STATEMENT.title).replace(/"sourceUrl":"[^"]*"/, '"sourceUrl":"  "')
    .replace(/"publishedOn":"[^"]*"/, '"publishedOn":""').replace(/"speaker":"[^"]*"/, '"speaker":"  "').replace(/"language":"en"/, '"language":" hy "')
    .replace(/"provenanceNote":"[^"]*"/, '"provenanceNote":"  note  "').replace(/"body":"[^"]*"/, `"body":${JSON.stringify(looseStatement.body)}`))).events[0].statements[0];
  const formFields: Record<string, unknown> = { ...fromForm };
  delete formFields.partyId;
  // Left out on purpose: the form names exchanges by id and the bundle by slug, and an absent source role means
  // "from the kind" in both (null from the form's empty choice, absent in the bundle).
  expect([formFields.exchangeIds, formFields.sourceRole, fromBundle.exchanges, fromBundle.sourceRole]).toEqual([[], null, undefined, undefined]);
  delete formFields.exchangeIds;
  delete formFields.sourceRole;
  const { body, ...bundleFields }: Record<string, unknown> = { ...fromBundle };
  delete bundleFields.party;
  expect(bundleFields).toEqual(formFields);
  expect(formFields).toMatchObject({ sourceUrl: null, publishedOn: null, speaker: null, language: "hy", provenanceNote: "note" });
  expect(body).toBe("Line one.\nLine two.");
});

describe("comparison parameters: the API and the event page refuse the same thresholds", () => {
  const slugs = ["a", "b"];
  test.each(["0.04", "0.96", "abc", "NaN", "Infinity", "-1", "1e3"])("threshold=%j", (value) => {
    const api = parseComparisonQuery(slugs, new URLSearchParams({ threshold: value }));
    expect(api.ok).toBe(false);
    const page = parseEventViewState(slugs, { threshold: value });
    expect(page.threshold).toBeNull();
    expect(page.notices).toContain(`The alignment threshold must be a number from 0.05 to 0.95; “${value}” was ignored.`);
  });
});
