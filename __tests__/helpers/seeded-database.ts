import { applyBundle } from "@/lib/data/apply-bundle";
import { loadSeedBundle } from "@/lib/data/seed-bundle";
import type { Bundle } from "@/lib/domain/bundle-schema";
import { createTempDatabase, type TempDatabase } from "./temp-db";

export const SEED_EVENT = "blinken-calls-pashinyan-aliyev-2023-11-27";
export const HOSTILE_EVENT = "hostile-text";

/** Text that must come out of every export inert but readable. */
export const HOSTILE_TEXT = {
  formula: '=HYPERLINK("http://attacker.example/x","click me")',
  script: "<script>alert('x')</script> <img src=x onerror=alert(1)>",
  markdown: "**not bold** | not a cell | # not a heading [not](a link) ~~not struck~~",
};

/** An event whose statements carry formula, script and Markdown control text. */
export const hostileBundle: Bundle = {
  parties: [
    { slug: "hostile-a", name: "Party <b>A</b>", shortName: "=A", kind: "other", country: null, color: "#123456" },
    { slug: "hostile-b", name: "Party B", shortName: "B|B", kind: "media", country: null, color: "#654321" },
  ],
  events: [
    {
      slug: HOSTILE_EVENT,
      title: "Hostile <script>alert(1)</script> title",
      occurredOn: "2024-01-02",
      summary: "Summary with =SUM(A1:A9) and **stars**.",
      statements: [
        {
          slug: "a", party: "hostile-a", title: "Statement A", kind: "other", sourceName: "Test", sourceUrl: null, publishedOn: null,
          language: "en", speaker: null, provenanceNote: "",
          body: `${HOSTILE_TEXT.formula} was posted by the ministry today.\n${HOSTILE_TEXT.script} appeared in the readout.\n${HOSTILE_TEXT.markdown}`,
        },
        {
          slug: "b", party: "hostile-b", title: "Statement B", kind: "other", sourceName: "Test", sourceUrl: "javascript:alert(1)", publishedOn: null,
          language: "en", speaker: null, provenanceNote: "",
          body: `${HOSTILE_TEXT.formula} was posted by the ministry on Monday.\n+1 for the talks, said the spokesman; -2 said the other.\n@everyone the ministers will meet in Washington.`,
        },
      ],
    },
  ],
};

/** A migrated temp database with the seed and the hostile event; DATABASE_URL points at it for lib/db. */
export async function createSeededDatabase(): Promise<TempDatabase> {
  const db = await createTempDatabase();
  await applyBundle(db.prisma, loadSeedBundle());
  await applyBundle(db.prisma, hostileBundle);
  process.env.DATABASE_URL = db.url;
  return db;
}
