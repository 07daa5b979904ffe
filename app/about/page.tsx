import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "How to read Readout" };

const sections: [string, string][] = [
  [
    "Aligned claims",
    "Each row is one claim, matched across the statements by meaning rather than by position. An event may hold several exchanges (two separate calls, a hearing, a press conference); each statement says which one it reports, and you can pick one exchange to compare only its statements. A labelled, dashed cell means a statement of the same exchange did not report the claim; a statement about another exchange reads “other exchange” instead, because nobody can leave out what was said in a conversation they were not part of. News reports are secondary sources: a reference column, never the reason a party “left something out”, and never said to leave anything out themselves (where one lacks a claim, its cell quietly reads “not in this report”); sentences only a news report holds are collapsed under one background line. Inside a row, underlined words were added and struck-through words were left out compared with the row’s anchor wording (the first statement that has the claim, following the chosen base statement). The summary above the table lists, per exchange and per party, the claims only it said and the claims it left out that the other participant said, each line a link to its row.",
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

/** The edit classes of a version diff (docs/edit-classes.md), each with an example written for this page. */
const editClasses: { name: string; marking: string; meaning: string; example: string }[] = [
  {
    name: "Changes a fact",
    marking: "outlined in red, listed first",
    meaning: "a number, date, name, title or role, place, negation, modality (“will” → “may”), scope (“all” → “some”), or a qualifier that changes what happened",
    example: "“the talks resume on Tuesday” → “the talks resume on Friday”; “released on bail” → “released”",
  },
  {
    name: "Wording",
    marking: "marked, not outlined",
    meaning: "the same meaning in other words, another inflection, a small word added or dropped",
    example: "“the envoy stressed” → “the envoy emphasised”",
  },
  {
    name: "Unclassified",
    marking: "outlined in amber",
    meaning: "the rules cannot tell whether the meaning changed, so Readout says so rather than guess",
    example: "“a tense meeting” → “a long meeting”",
  },
  {
    name: "Typographic",
    marking: "hidden by default; “show” marks them",
    meaning: "only quote marks, apostrophes, dashes, spaces or the way a letter is encoded",
    example: "“Baku’s” → “Baku's”; “2020–2023” → “2020-2023”",
  },
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
      <section className="mt-6" data-testid="about-versions">
        <h2 className="text-lg font-semibold">Versions: edits by what they change</h2>
        <p className="mt-1 leading-relaxed text-slate-800">
          When two texts are versions of one another (a copy republished elsewhere, or a statement edited after it came
          out), Readout pairs their sentences first and then marks the words that changed in each pair. Each edit gets a
          class; the line at the top counts them (“1 edit that changes facts, 3 in wording”) and links to each one. In
          downloads a letter after each edit gives its class: F, W, U or T.
        </p>
        <dl className="mt-2 space-y-2 text-slate-800">
          {editClasses.map((editClass) => (
            <div key={editClass.name} data-testid="edit-class-help">
              <dt className="font-semibold">
                {editClass.name} <span className="font-normal text-slate-700">({editClass.marking})</span>
              </dt>
              <dd className="ml-4 leading-relaxed">
                {editClass.meaning}. For example: {editClass.example}.
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 leading-relaxed text-slate-800">
          <strong>Moved passages</strong> are shown once, at their new place, with a “↕” link to where they stood before
          and back. A <strong>phrase moved inside its sentence</strong> (“On Monday” put first) is one edit, marked
          where it stood and where it stands with a “↕” link between the two, and counted as wording unless the move may
          change what a word applies to (“only” or “not” moved: a fact or unclassified). A sentence <strong>split</strong>
          in two, or two <strong>merged</strong> into one, is shown as one pair, not as a sentence removed and others added.
        </p>
        <p className="mt-2 leading-relaxed text-slate-800">
          <strong>Revision history:</strong> every saved change to a statement, and every change found at its source,
          keeps the earlier text as a version. A statement’s history page compares any two of its versions with the same
          classes, moves and links, and its downloads carry them too.
        </p>
      </section>
      <p className="mt-8">
        <Link href="/" className="font-medium text-blue-800 underline">
          Back to the events
        </Link>
      </p>
    </article>
  );
}
