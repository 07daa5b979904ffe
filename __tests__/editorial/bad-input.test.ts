/** @jest-environment node */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { AnnotatedText } from "@/components/annotations/AnnotatedText";
import { AnnotationList } from "@/components/annotations/AnnotationList";
import { ProvenanceList } from "@/components/ProvenanceList";
import { createAnnotation, listAnnotationsForStatement } from "@/lib/data/annotations";
import { createEvent, importBundle } from "@/lib/data/import";
import { createParty } from "@/lib/data/parties";
import { createStatement, getStatement, updateStatement } from "@/lib/data/statements";
import type { EditorIdentity } from "@/lib/editorial/result";
import { htmlToCleanText, statementTextFromUpload, MAX_STATEMENT_BYTES, MAX_UPLOAD_BYTES } from "@/lib/editorial/text";
import { editInput, makeEditor, SAMPLE_BUNDLE, sampleBundle, tableCounts } from "./fixtures";

/**
 * The bad-input matrix: every case either gets a clear error and writes nothing, or is stored exactly as typed
 * and renders inert (escaped) in the views.
 */

jest.setTimeout(120_000);

let db: TempDatabase;
let editor: EditorIdentity;
let eventId: number;
let partyId: number;

beforeAll(async () => {
  db = await createTempDatabase();
  editor = await makeEditor(db.prisma);
  const imported = await importBundle(db.prisma, SAMPLE_BUNDLE, editor);
  if (!imported.ok) throw new Error(imported.message);
  eventId = imported.summary.events[0].id;
  partyId = (await db.prisma.party.findFirstOrThrow()).id;
});
afterAll(async () => db.cleanup());

const utf8 = (text: string) => new TextEncoder().encode(text);
let counter = 0;
function statementInput(fields: Record<string, unknown> = {}) {
  counter += 1;
  return {
    eventId,
    slug: `case-${counter}`,
    partyId,
    title: "A title",
    kind: "official_readout",
    sourceName: "A source",
    sourceUrl: "",
    publishedOn: "",
    language: "en",
    speaker: "",
    provenanceNote: "",
    body: "Some words.",
    ...fields,
  };
}
function bundleWith(mutate: (bundle: ReturnType<typeof sampleBundle>) => void): string {
  const bundle = sampleBundle();
  bundle.parties = bundle.parties.map((p) => ({ ...p, slug: `m-${p.slug}` }));
  bundle.events[0].slug = `m-event-${++counter}`;
  bundle.events[0].statements = bundle.events[0].statements.map((s) => ({ ...s, party: `m-${s.party}` }));
  mutate(bundle);
  return JSON.stringify(bundle);
}

type Outcome = { ok: boolean; message?: string; error?: string; fieldErrors?: Record<string, string>; problems?: string[] };
const explain = (o: Outcome) => [o.message, o.error, ...Object.values(o.fieldErrors ?? {}), ...(o.problems ?? [])].filter(Boolean).join(" | ");

const refused: [string, () => Promise<Outcome> | Outcome, RegExp][] = [
  ["empty pasted text", () => createStatement(db.prisma, statementInput({ body: "" }), editor), /text is empty/],
  ["whitespace-only text", () => createStatement(db.prisma, statementInput({ body: " \n\t  \n" }), editor), /text is empty/],
  ["1 MB + 1 byte of text", () => createStatement(db.prisma, statementInput({ body: "a".repeat(MAX_STATEMENT_BYTES + 1) }), editor), /at most 1 MB/],
  ["1 MB + 1 byte counted in UTF-8 bytes, not characters", () => createStatement(db.prisma, statementInput({ body: "é".repeat(500_001) }), editor), /1000002 bytes.*at most 1 MB/],
  ["NUL bytes in pasted text", () => createStatement(db.prisma, statementInput({ body: "before\u0000after" }), editor), /NUL bytes/],
  ["NUL byte in a title", () => createStatement(db.prisma, statementInput({ title: "Ti\u0000tle" }), editor), /NUL bytes/],
  ["other control characters", () => createStatement(db.prisma, statementInput({ body: "bell\u0007" }), editor), /control characters/],
  ["a lone surrogate", () => createStatement(db.prisma, statementInput({ title: "broken \uD800 text" }), editor), /lone surrogate/],
  ["invalid UTF-8 upload", () => statementTextFromUpload(new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff]), "latin1.txt"), /not valid UTF-8/],
  ["Windows-1252 upload", () => statementTextFromUpload(new Uint8Array([0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94]), "cp1252.md"), /not valid UTF-8/],
  ["binary upload (PNG header)", () => statementTextFromUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image.txt"), /NUL bytes.*binary/],
  ["empty upload", () => statementTextFromUpload(new Uint8Array(), "empty.txt"), /is empty/],
  ["upload over 5 MB", () => statementTextFromUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), "big.txt"), /at most 5 MB/],
  ["upload with a wrong extension", () => statementTextFromUpload(utf8("%PDF-1.7"), "readout.pdf"), /not a \.txt, \.md, \.html or \.json file/],
  ["HTML upload that is only scripts and styles", () => statementTextFromUpload(utf8("<script>alert(1)</script><style>p{}</style>"), "empty.html"), /text is empty/],
  ["javascript: source URL", () => createStatement(db.prisma, statementInput({ sourceUrl: "javascript:alert(1)" }), editor), /http:\/\/ or https:\/\//],
  ["over-long title (301 characters)", () => createStatement(db.prisma, statementInput({ title: "t".repeat(301) }), editor), /at most 300 characters/],
  ["not a real date", () => createEvent(db.prisma, { slug: "bad-date", title: "T", occurredOn: "2023-02-30", summary: "" }, editor), /not a real date/],
  ["bundle: 30 February", () => importBundle(db.prisma, bundleWith((b) => ((b.events[0] as Record<string, unknown>).occurredOn = "2023-02-30")), editor), /occurredOn: That is not a real date\./],
  ["slug with spaces and capitals", () => createEvent(db.prisma, { slug: "Bad Slug", title: "T", occurredOn: "2023-02-03", summary: "" }, editor), /lower-case letters/],
  ["duplicate event slug", () => createEvent(db.prisma, { slug: "sample-ruritania-freedonia-call", title: "T", occurredOn: "2023-02-03", summary: "" }, editor), /already uses that slug/],
  ["duplicate statement slug in the event", () => createStatement(db.prisma, statementInput({ slug: "ruritania-readout" }), editor), /already uses that slug/],
  ["duplicate party slug", () => createParty(db.prisma, { slug: "sample-freedonia-mfa", name: "X", shortName: "X", kind: "other", country: "", color: "#123456" }, editor), /already uses that slug/],
  ["party colour not #rrggbb", () => createParty(db.prisma, { slug: "colour", name: "X", shortName: "X", kind: "other", country: "", color: "red" }, editor), /colour like/],
  ["unknown party id", () => createStatement(db.prisma, statementInput({ partyId: 99999 }), editor), /Unknown party/],
  ["bundle: malformed JSON", () => importBundle(db.prisma, '{"parties": [', editor), /not valid JSON/],
  ["bundle: empty", () => importBundle(db.prisma, "   ", editor), /bundle is empty/],
  ["bundle: an array instead of an object", () => importBundle(db.prisma, "[]", editor), /must be a JSON object/],
  [
    "bundle: wrong types",
    () =>
      importBundle(
        db.prisma,
        bundleWith((b) => {
          (b.events[0] as Record<string, unknown>).title = 42;
          b.events[0].statements[0].publishedOn = 20261120;
        }),
        editor,
      ),
    /events\[0\]\.title: .*events\[0\]\.statements\[0\]\.publishedOn: /,
  ],
  ["bundle: unknown party reference", () => importBundle(db.prisma, bundleWith((b) => (b.events[0].statements[1].party = "nobody")), editor), /statements\[1\]\.party: unknown party "nobody"/],
  ["bundle: duplicate party slugs", () => importBundle(db.prisma, bundleWith((b) => (b.parties[1].slug = b.parties[0].slug as string)), editor), /duplicate party slug/],
  ["bundle: duplicate statement slugs", () => importBundle(db.prisma, bundleWith((b) => (b.events[0].statements[1].slug = "ruritania-readout")), editor), /duplicate statement slug/],
  ["bundle: over-long event title", () => importBundle(db.prisma, bundleWith((b) => ((b.events[0] as Record<string, unknown>).title = "x".repeat(301))), editor), /events\[0\]\.title/],
  ["bundle: NUL in a party name", () => importBundle(db.prisma, bundleWith((b) => (b.parties[0].name = "Nul\u0000party")), editor), /parties\[0\]\.name: This contains NUL/],
  ["bundle: a body over 1 MB", () => importBundle(db.prisma, bundleWith((b) => (b.events[0].statements[0].body = "x".repeat(MAX_STATEMENT_BYTES + 1))), editor), /statements\[0\]\.body/],
  ["bundle: no statements", () => importBundle(db.prisma, bundleWith((b) => (b.events[0].statements = [])), editor), /events\[0\]\.statements/],
  [
    "annotation: javascript: source",
    async () => {
      const s = await db.prisma.statement.findFirstOrThrow({ where: { slug: "ruritania-readout" } });
      return createAnnotation(db.prisma, { statementId: s.id, version: s.version, start: 4, end: 15, exact: s.body.slice(4, 15), verdict: "false", note: "n", sources: ["javascript:alert(1)"] }, editor);
    },
    /http:\/\/ or https:\/\/ link/,
  ],
  [
    "annotation: quote does not match the offsets",
    async () => {
      const s = await db.prisma.statement.findFirstOrThrow({ where: { slug: "ruritania-readout" } });
      return createAnnotation(db.prisma, { statementId: s.id, version: s.version, start: 0, end: 5, exact: "Other", verdict: "false", note: "n", sources: ["https://example.org"] }, editor);
    },
    /not found at that place/,
  ],
  [
    "annotation: unknown verdict",
    async () => {
      const s = await db.prisma.statement.findFirstOrThrow({ where: { slug: "ruritania-readout" } });
      return createAnnotation(db.prisma, { statementId: s.id, version: s.version, start: 0, end: 3, exact: s.body.slice(0, 3), verdict: "pants-on-fire", note: "n", sources: ["https://example.org"] }, editor);
    },
    /Choose a verdict/,
  ],
];

describe("refused with a clear message, nothing written", () => {
  test.each(refused)("%s", async (_name, run, message) => {
    const before = await tableCounts(db.prisma);
    const outcome = await run();
    expect(outcome.ok).toBe(false);
    expect(explain(outcome)).toMatch(message);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe("stored safely and rendered inert", () => {
  async function stored(fields: Record<string, unknown>) {
    const result = await createStatement(db.prisma, statementInput(fields), editor);
    if (!result.ok) throw new Error(explain(result));
    return (await getStatement(db.prisma, result.statement.id))!;
  }

  test("exactly 1 MB of text is accepted", async () => {
    const statement = await stored({ body: "a".repeat(MAX_STATEMENT_BYTES) });
    expect(statement.body).toHaveLength(MAX_STATEMENT_BYTES);
  });

  test("right-to-left text is stored verbatim", async () => {
    const body = "قال الوزير إن المحادثة كانت مثمرة.\nהשר אמר שהשיחה הייתה פורייה.";
    const statement = await stored({ body, title: "بيان وزارة الخارجية", language: "ar" });
    expect(statement.body).toBe(body);
    expect(statement.title).toBe("بيان وزارة الخارجية");
  });

  test("emoji (with ZWJ sequences and flags) are stored verbatim and can be annotated by offset", async () => {
    const body = "Talks went well 👍🏽 said the 👩‍👩‍👧 family; 🇦🇲 and 🇦🇿 flags flew.";
    const statement = await stored({ body });
    expect(statement.body).toBe(body);
    const exact = "🇦🇲 and 🇦🇿";
    const start = body.indexOf(exact);
    const result = await createAnnotation(
      db.prisma,
      { statementId: statement.id, version: 1, start, end: start + exact.length, exact, verdict: "unverified", note: "Flags?", sources: ["https://example.org/flags"] },
      editor,
    );
    expect(result).toMatchObject({ ok: true, annotation: { exact, start } });
  });

  test("CRLF line endings and a BOM are normalised", async () => {
    const upload = statementTextFromUpload(utf8("\uFEFFFirst line\r\nSecond line\r\n"), "windows.txt");
    expect(upload).toEqual({ ok: true, text: "First line\nSecond line" });
  });

  test("a NEXT LINE (U+0085) line ending is normalised too: the segmenter breaks there, the tokenizer reads no space", async () => {
    const upload = statementTextFromUpload(utf8("Office of the Spokesperson\u0085November 27, 2023\u0085Blinken spoke with Aliyev."), "mainframe.txt");
    expect(upload).toEqual({ ok: true, text: "Office of the Spokesperson\nNovember 27, 2023\nBlinken spoke with Aliyev." });
  });

  test("HTML with inline event handlers, scripts and styles becomes clean text with its paragraphs", () => {
    const html = `<html><head><style>p{color:red}</style><script>steal()</script></head><body>
      <h1 onclick="alert(1)">Readout</h1>
      <p onmouseover="evil()">The ministers <b>spoke</b> by <a href="javascript:alert(2)">phone</a>.</p>
      <img src=x onerror="alert(3)"><iframe src="https://evil.example"></iframe>
      <p>They agreed to meet.</p></body></html>`;
    const text = htmlToCleanText(html);
    expect(text).toBe("Readout\n\nThe ministers spoke by phone.\n\nThey agreed to meet.");
    expect(text).not.toMatch(/alert|evil|steal|color|javascript|onerror|onclick/);
  });

  test("<script> in every text field is stored as typed and escaped when rendered", async () => {
    const attack = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const statement = await stored({
      title: `Title ${attack}`,
      sourceName: `Source ${attack}`,
      speaker: `Speaker ${attack}`,
      provenanceNote: `Note ${attack}`,
      body: `Body ${attack} end.`,
    });
    for (const field of ["title", "sourceName", "speaker", "provenanceNote", "body"] as const) {
      expect(statement[field]).toContain(attack);
    }
    const start = statement.body.indexOf("<script>");
    const exact = '<script>alert("x")</script>';
    const annotated = await createAnnotation(
      db.prisma,
      { statementId: statement.id, version: 1, start, end: start + exact.length, exact, verdict: "false", note: `Note ${attack}`, sources: ["https://example.org/?q=<script>"] },
      editor,
    );
    expect(annotated.ok).toBe(true);
    const annotations = await listAnnotationsForStatement(statement.id, db.prisma);

    const html = [
      renderToStaticMarkup(createElement(ProvenanceList, { statement })),
      renderToStaticMarkup(createElement(AnnotatedText, { text: statement.body, annotations })),
      renderToStaticMarkup(createElement(AnnotationList, { annotations })),
      renderToStaticMarkup(createElement("h1", null, statement.title)),
    ].join("\n");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  test("a stale edit with bad input is still refused for its input first, and the text is unchanged", async () => {
    const s = await db.prisma.statement.findFirstOrThrow({ where: { slug: "freedonia-readout" } });
    const result = await updateStatement(db.prisma, { ...editInput(s), body: "\u0000", reason: "x" }, editor);
    expect(result).toMatchObject({ ok: false, status: "invalid" });
    expect((await db.prisma.statement.findUniqueOrThrow({ where: { id: s.id } })).body).toBe(s.body);
  });
});

test("the matrix has at least 25 cases", () => {
  expect(refused.length + 7).toBeGreaterThanOrEqual(25);
});
