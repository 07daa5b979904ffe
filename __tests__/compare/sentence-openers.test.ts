/** @jest-environment node */
import { gluedHeadlineEnd } from "@/lib/compare/glued-headlines";
import { gluedPageCuts } from "@/lib/compare/page-furniture";
import { FIRST_PERSON_SINGULAR, sentenceOpeners } from "@/lib/compare/sentence-openers";

// One list of the words that open a readout's sentence, read by glued-headlines.ts (English, "I" by a rule of its own)
// and page-furniture.ts (English with "I", Russian, Armenian), each with the membership it had before the lists were
// joined (session 16, helper H2). Texts written for this test; the facts are those of Blinken's calls of 27 November 2023.

const HEADLINE = "Secretary Blinken's Call with Armenian Prime Minister Pashinyan";

describe("sentenceOpeners", () => {
  it("gives glued-headlines.ts its English set, without 'I'", () => {
    expect([...sentenceOpeners(["en"], false)].sort()).toEqual(["he", "it", "she", "the", "they", "we"]);
  });

  it("gives page-furniture.ts its set of three languages, with 'I'", () => {
    expect([...sentenceOpeners(["en", "ru", "hy"], true)].sort()).toEqual(
      ["the", "he", "she", "they", "we", "it", FIRST_PERSON_SINGULAR, "он", "она", "они", "стороны", "նա", "նրանք", "կողմերը"].sort(),
    );
  });
});

describe("each caller reads its own openers", () => {
  const cutsAfterDateline = (body: string) => {
    const text = `${HEADLINE} November 27, 2023 ${body}`;
    return gluedPageCuts(text, 0, text.length).map((cut) => text.slice(cut).split(" ")[0]);
  };

  it.each(["The Secretary spoke today with the Prime Minister.", "I spoke today with the Prime Minister.", "Стороны обсудили мирный процесс.", "Он поговорил с премьер-министром.", "Կողմերը քննարկել են խաղաղությունը։", "Նա խոսեց վարչապետի հետ։"])(
    "page-furniture.ts: a dateline alone after a headline is cut before an opener (%s)",
    (body) => {
      expect(cutsAfterDateline(body)).toEqual(["November", body.split(" ")[0]]);
    },
  );

  it("page-furniture.ts: not before a word that is no opener", () => {
    expect(cutsAfterDateline("Officials spoke today with the Prime Minister.")).toEqual([]);
  });

  it("glued-headlines.ts: English openers and 'I' before the verb end a headline; Russian and Armenian ones do not", () => {
    const end = (body: string) => {
      const text = `${HEADLINE} ${body}`;
      const at = gluedHeadlineEnd(text, 0, text.length);
      return at < 0 ? null : text.slice(at).split(" ")[0];
    };
    expect(end("He spoke today with the Prime Minister.")).toBe("He");
    expect(end("They spoke today about the peace talks.")).toBe("They");
    expect(end("I spoke today with the Prime Minister.")).toBe("I");
    expect(end("Он поговорил с премьер-министром.")).toBeNull();
    expect(end("Стороны обсудили мирный процесс.")).toBeNull();
    expect(end("Կողմերը քննարկել են խաղաղությունը։")).toBeNull();
  });
});
