import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "How to read Readout" };

const sections: [string, string][] = [
  [
    "Aligned claims",
    "Each row is one claim, matched across the statements by meaning rather than by position. An event may hold several exchanges (two separate calls, a hearing, a press conference); each statement says which one it reports, and you can pick one exchange to compare only its statements. A labelled, dashed cell means a statement of the same exchange did not report the claim; a statement about another exchange reads “other exchange” instead, because nobody can leave out what was said in a conversation they were not part of. News reports are secondary sources: a reference column, never the reason a party “left something out”; sentences only a news report holds are collapsed under one background line. Inside a row, underlined words were added and struck-through words were left out compared with the row’s anchor wording (the first statement that has the claim, following the chosen base statement). The summary above the table lists, per exchange and per party, the claims only it said and the claims it left out that the other participant said, each line a link to its row.",
  ],
  [
    "Coverage",
    "A matrix of claims, people, organisations, places, dates, numbers and quoted phrases against the parties: ✓ where the party mentions it, — where it does not. Filter to what only one party reported, or to what every party reported, and sort by text order, by how many parties mention each item, or alphabetically.",
  ],
  [
    "Quote check",
    "Every quotation is attributed to its speaker where the text says who spoke (“…,” X said; X said “…”; according to X; added X; he or she right after a named speaker; otherwise the statement’s speaker) and checked first against that speaker’s own statements, then the rest. Verbatim: the same words (ignoring case, quote style and spacing). Altered: a close match with some words changed, shown as a word diff. Not found in the speaker’s statements; found only in another party’s statement; or no statement by this speaker in the event — a quotation of a third person, not a fabrication. A statement that is itself the source of the words is never listed as quoting them. Altered quotations come first, and the verdict chips filter the list.",
  ],
  [
    "Pairwise diff",
    "Any two whole statements, word by word, side by side (split) or in one text (inline). Press j or n for the next change and k or p for the previous one; the strip above the text shows where changes fall. When the engine finds two statements are near-copies, the view says so first: then every marked word is an edit.",
  ],
  [
    "Provenance",
    "Each column header says what kind of statement it is, who published it, when, who spoke, and how Readout got it. In the sample data the original readouts are not available, so each statement is the news report’s own account of that party’s readout, and says so.",
  ],
];

/** A static help page: what each view shows and how to read its marks. */
export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">How to read Readout</h1>
      <p className="mt-3 leading-relaxed text-slate-800">
        Governments publish their own readouts of the same phone call. They are independent texts, not versions of one
        text, so Readout compares them claim by claim: who reported what, who left what out, and who quotes whom
        faithfully.
      </p>
      {sections.map(([heading, text]) => (
        <section key={heading} className="mt-6">
          <h2 className="text-lg font-semibold">{heading}</h2>
          <p className="mt-1 leading-relaxed text-slate-800">{text}</p>
        </section>
      ))}
      <p className="mt-8">
        <Link href="/" className="font-medium text-blue-800 underline">
          Back to the events
        </Link>
      </p>
    </article>
  );
}
