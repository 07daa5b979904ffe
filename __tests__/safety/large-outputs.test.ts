/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { WITH_STATEMENTS } from "@/lib/data/events";
import { importBundle } from "@/lib/data/import";
import { toMarkdown } from "@/lib/export/markdown";
import { buildExportModel } from "@/lib/export/model";
import { parseEventViewState } from "@/lib/view/event-view-state";
import { makeEditor } from "../editorial/fixtures";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");

/**
 * Every call or `new` in app/, lib/, components/ and scripts/ that spreads an array into its arguments. V8 puts
 * spread arguments on the stack, so `push(...rows)` with ~100,000+ rows throws "Maximum call stack size exceeded".
 * Only forwarding a rest parameter (`handler(...args)`) is allowed: its length is the caller's argument count.
 */
function spreadCalls(): string[] {
  const found: string[] = [];
  const visitFile = (file: string) => {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const restParameters = new Set<string>();
    const visit = (node: ts.Node) => {
      if (ts.isParameter(node) && node.dotDotDotToken && ts.isIdentifier(node.name)) restParameters.add(node.name.text);
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
        for (const argument of node.arguments) {
          if (!ts.isSpreadElement(argument)) continue;
          if (ts.isIdentifier(argument.expression) && restParameters.has(argument.expression.text)) continue;
          const { line } = source.getLineAndCharacterOfPosition(argument.getStart());
          found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) visitFile(full);
    }
  };
  for (const dir of ["app", "lib", "components", "scripts"]) walk(path.join(ROOT, dir));
  return found;
}

test("no code path spreads an array into a call's arguments (push(...x), Math.max(...x), …)", () => {
  expect(spreadCalls()).toEqual([]);
});

describe("large outputs", () => {
  let db: TempDatabase;
  afterAll(async () => db?.cleanup());

  test("the Markdown export of an event with 100,000 lines of statements (4 × 25,000) renders", async () => {
    db = await createTempDatabase();
    const editor = await makeEditor(db.prisma);
    // Each party writes its lines in its own made-up letters (the line number spelt in base 5), so no two lines share a
    // word, nothing aligns, and the export gets a table row per line.
    const alphabets = ["bcdfg", "hjklm", "npqrs", "tvwxz"];
    const spell = (n: number, letters: string) => {
      let word = "";
      do {
        word += `${letters[n % 5]}a`;
        n = Math.floor(n / 5);
      } while (n > 0);
      return word;
    };
    const statementBody = (party: number) =>
      Array.from({ length: 25_000 }, (_, i) => `${spell(i, alphabets[party])} ${spell(i + 7, alphabets[party])}o.`).join("\n");
    const parties = [1, 2, 3, 4].map((n) => ({ slug: `party-${n}`, name: `Party ${n}`, shortName: `P${n}`, kind: "government", color: "#123456" }));
    const bundle = {
      parties,
      events: [
        {
          slug: "long-call",
          title: "A very long call",
          occurredOn: "2026-11-01",
          statements: parties.map((party, n) => ({
            slug: `statement-${n + 1}`,
            party: party.slug,
            title: `Readout ${n + 1}`,
            kind: "official_readout",
            sourceName: "Test source",
            body: statementBody(n),
          })),
        },
      ],
    };
    const imported = await importBundle(db.prisma, JSON.stringify(bundle), editor);
    expect(imported).toMatchObject({ ok: true, summary: { statementsCreated: 4 } });
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: "long-call" }, include: WITH_STATEMENTS });
    expect(event.statements.reduce((lines, s) => lines + s.body.split("\n").length, 0)).toBe(100_000);

    const state = parseEventViewState(event.statements.map((s) => s.slug), {});
    const markdown = toMarkdown(buildExportModel(event, state, [], new Date("2026-11-30T12:00:00Z")));
    expect(markdown.startsWith("# A very long call\n")).toBe(true);
    expect(markdown.split("\n").length).toBeGreaterThan(100_000);
    expect(markdown).toContain(`${spell(24_999, alphabets[3])} ${spell(25_006, alphabets[3])}o.`);
  });
});
