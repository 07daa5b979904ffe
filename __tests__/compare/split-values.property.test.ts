/** @jest-environment node */
import fc from "fast-check";
import { compare } from "@/lib/compare";
import { diffVersions } from "@/lib/compare/versions";
import { valueSpans } from "@/lib/compare/versions/same-value";
import { ListMarkers } from "@/lib/compare/list-markers";
import { versionClasses as classes, versionEdits as edits } from "../helpers/version-edits";

const pad = (n: number) => String(n).padStart(2, "0");

describe("a value the word diff cuts into pieces is judged whole (split-values.ts)", () => {
  test("the leftover examples: the number matched, the words around it did not", () => {
    // Before: "12" → "12.00" unclassified and "p.m." dropped a "date" fact; "6" → "6.00" unclassified.
    expect(edits("The meeting starts at 12 p.m. in Baku.", "The meeting starts at 12.00 in Baku.")).toEqual([
      ["12", "12.00", "wording", "notation"],
      ["p.m. ", "", "wording", "notation"],
    ]);
    expect(edits("The meeting starts at 6 p.m. in Baku.", "The meeting starts at 6.00 p.m. in Baku.")).toEqual([["6", "6.00", "wording", "notation"]]);
    expect(edits("They met at 9 a.m. on Monday.", "They met at 09.00 on Monday.")).toEqual([
      ["9", "09.00", "wording", "notation"],
      ["a.m. ", "", "wording", "notation"],
    ]);
    expect(edits("The donors pledged 3 million euros.", "The donors pledged 3.0 million euros.")).toEqual([["3", "3.0", "wording", "notation"]]);
  });

  test("another value, or a word that is no part of the value, is not swallowed", () => {
    expect(edits("The meeting starts at 6 p.m. in Baku.", "The meeting starts at 7.00 p.m. in Baku.")).toEqual([["6", "7.00", "fact", "number"]]);
    // 12 a.m. is midnight; "12.00" is noon.
    expect(classes("The meeting starts at 12 a.m. in Baku.", "The meeting starts at 12.00 in Baku.")).toContain("fact");
    expect(classes("The meeting starts at 6 p.m. in Baku.", "The meeting starts at 6.00 a.m. in Baku.")).toContain("fact");
    // The time is the same; the weekday is not, and the word inserted after the time is its own edit.
    expect(edits("They met at 9 a.m. on Monday.", "They met at 9.00 on Tuesday.")).toEqual([
      ["9", "9.00", "wording", "notation"],
      ["a.m. ", "", "wording", "notation"],
      ["Monday", "Tuesday", "fact", "date"],
    ]);
    expect(edits("The meeting starts at 6 p.m. in Baku.", "The meeting starts at 6.00 p.m. sharp in Baku.")).toEqual([
      ["6", "6.00", "wording", "notation"],
      ["", "sharp ", "unclassified", "unknown"],
    ]);
  });

  test("valueSpans finds times with their half of the day, ordinals, and quantities with their scale word", () => {
    const text = "At 6 p.m. they pledged 3 million, the 2nd pledge, in room 12B and at 10:30.";
    const found = valueSpans(text).map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(expect.arrayContaining(["6 p.m.", "3 million", "2nd", "10:30"]));
    // A digit inside a word opens no value.
    expect(found.some((span) => span.startsWith("2B"))).toBe(false);
  });

  /** A time of day written two ways where the word diff keeps the hour as one word (equal by value) and cuts the rest. */
  const splitTime = fc.oneof(
    // "h p.m." / "h.mm p.m." and "h a.m." / "h.mm a.m.": zeros added.
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom("a.m.", "p.m.")).map(([hour, half]) => ({ one: `${hour} ${half}`, other: `${hour}.00 ${half}`, another: `${(hour % 12) + 1}.00 ${half}` })),
    // "h a.m." / "hh.00" on the 24-hour clock (the same digits in the morning), and noon.
    fc.integer({ min: 1, max: 11 }).map((hour) => ({ one: `${hour} a.m.`, other: `${pad(hour)}.00`, another: `${pad(hour + 12)}.00` })),
    fc.constant({ one: "12 p.m.", other: "12.00", another: "12.30" }),
  );
  const frame = fc.constantFrom(
    (time: string) => `The convoy crosses at ${time} on Friday.`,
    (time: string) => `At ${time} the ministers spoke again.`,
    (time: string) => `Talks resume at ${time} in Geneva, the envoys said.`,
  );

  test("property: a time written another way is never a fact or unclassified; another time always has a fact", () => {
    fc.assert(
      fc.property(splitTime, frame, ({ one, other, another }, sentence) => {
        const same = diffVersions(sentence(one), sentence(other), "en").edits;
        expect([one, other, same.filter((edit) => edit.class === "fact" || edit.class === "unclassified").map((edit) => [edit.before, edit.after])]).toEqual([one, other, []]);
        expect([one, other, same.length > 0]).toEqual([one, other, true]);
        const changed = diffVersions(sentence(one), sentence(another), "en").edits;
        expect([one, another, changed.some((edit) => edit.class === "fact")]).toEqual([one, another, true]);
      }),
      { numRuns: 150 },
    );
  });

  test("property: a quantity with zeros after its point is the same; with another digit it is a fact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 98 }), fc.constantFrom("", " million", " thousand", " billion"), (n, scale) => {
        const sentence = (value: string) => `The donors pledged ${value}${scale} euros for demining.`;
        expect([n, scale, classes(sentence(String(n)), sentence(`${n}.0`))]).toEqual([n, scale, ["wording"]]);
        expect([n, scale, classes(sentence(String(n)), sentence(`${n}.5`))]).toEqual([n, scale, ["fact"]]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("list markers in a version diff state nothing", () => {
  const ITEMS = ["Border commissions meet monthly.", "Detainees are exchanged in spring.", "Observers visit the crossing.", "Trade talks go on in Tbilisi."];
  const MARKERS = [(k: number) => `${k + 1}.`, (k: number) => `${k + 1})`, (k: number) => `(${String.fromCharCode(97 + k)})`, (k: number) => `${["i", "ii", "iii", "iv"][k]})`, (k: number) => `• ${k + 1}.`];

  test("property: a list written as prose, or prose as a list, has only typographic edits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: MARKERS.length - 1 }), fc.boolean(), (count, style, toList) => {
        const items = ITEMS.slice(0, count);
        const list = `The ministers settled these points.\n${items.map((item, k) => `${MARKERS[style](k)} ${item}`).join("\n")}`;
        const prose = `The ministers settled these points. ${items.join(" ")}`;
        const diff = toList ? diffVersions(prose, list, "en") : diffVersions(list, prose, "en");
        expect([count, style, toList, diff.edits.filter((edit) => edit.class !== "typographic").map((edit) => [edit.before, edit.after, edit.class])]).toEqual([count, style, toList, []]);
        expect(diff.counts.fact).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  test("an item dropped with its marker is still a removed sentence; a renumbered marker is layout", () => {
    const before = "The ministers settled two points.\n1. Border commissions meet monthly.\n2. Detainees are exchanged in spring.";
    const after = "The ministers settled two points.\n1. Border commissions meet monthly.";
    expect(diffVersions(before, after, "en").edits.filter((edit) => edit.class === "fact").map((edit) => edit.reason)).toContain("removed-sentence");
    // An item put first: the others are renumbered, which is layout; the new item is the one fact.
    const renumbered = diffVersions("Points agreed.\n1. Observers visit the crossing.\n2. Talks go on.", "Points agreed.\n1. Prisoners are freed.\n2. Observers visit the crossing.\n3. Talks go on.", "en");
    expect(renumbered.edits.filter((edit) => edit.class !== "typographic").map((edit) => [edit.after.trim(), edit.class])).toEqual([["Prisoners are freed.", "fact"]]);
    // A marker inside its item's sentence ("1)" is no sentence end), renumbered or dropped.
    expect(
      edits("Points agreed.\n1) Observers visit the crossing.\n2) Talks go on.", "Points agreed.\n1) Prisoners are freed.\n2) Observers visit the crossing.\n3) Talks go on.")
        .filter(([, , cls]) => cls !== "typographic")
        .map(([, after, cls]) => [String(after).trim(), cls]),
    ).toEqual([["1) Prisoners are freed.", "fact"]]);
    expect(edits("Points agreed.\n(a) Observers visit the crossing.\n(b) Talks go on.", "Points agreed.\nObservers visit the crossing.\n(b) Talks go on.").map(([, , cls]) => cls)).toEqual(["typographic"]);
    // "A." opening a sentence may be an initial: dropping it is no layout.
    expect(edits("A. Mirzoyan met the envoy.", "Mirzoyan met the envoy.").map(([, , cls]) => cls)).not.toEqual(["typographic"]);
  });
});

describe("a number that only looks like a marker is still a fact (tester 44)", () => {
  test.each([
    ["a hard-wrapped sentence's last number", "The total number of prisoners released on Monday was\n40.", "The total number of prisoners released on Monday was\n45."],
    ["a wrapped number before the next sentence", "The number of prisoners released was\n40. The rest remain in custody.", "The number of prisoners released was\n45. The rest remain in custody."],
    ["a wrapped year", "The ministers agreed that the border would reopen in\n2024. Talks will continue.", "The ministers agreed that the border would reopen in\n2025. Talks will continue."],
    ["an answer", "How many prisoners were freed? 40.", "How many prisoners were freed? 45."],
    ["a number alone on a line", "The sides exchanged prisoners.\n12.\nThe border reopened.", "The sides exchanged prisoners.\n15.\nThe border reopened."],
    ["a year in brackets", "(2023) The treaty on the border was signed in Yerevan.", "(2024) The treaty on the border was signed in Yerevan."],
    ["a letter after a wrap", "The envoy was held in cell\nB. They met him there.", "The envoy was held in cell\nD. They met him there."],
    // Tester 45: two lines opening "N." with words after them are no list unless numbered from one.
    ["two wrapped numbers", "The prisoners released on Monday were\n40. The rest will be freed in\n2024. Talks continue.", "The prisoners released on Monday were\n45. The rest will be freed in\n2025. Talks continue."],
    ["a wrapped number beside a real list", "Agreed:\n1. A ceasefire.\n2. An aid corridor.\nThe prisoners released on Monday were\n40. Talks continue.", "Agreed:\n1. A ceasefire.\n2. An aid corridor.\nThe prisoners released on Monday were\n45. Talks continue."],
    ["a timeline", "Timeline:\n2023. Ceasefire signed in Doha.\n2024. Ceasefire collapsed.", "Timeline:\n2022. Ceasefire signed in Doha.\n2024. Ceasefire collapsed."],
    ["a tally", "The vote:\n12. against were mostly Western states.\n3. abstentions came from Asia.", "The vote:\n14. against were mostly Western states.\n3. abstentions came from Asia."],
    ["a wrap after an abbreviation's dot (tester 47)", "They met on Sept.\n1. They met again on Oct.\n2. Talks followed.", "They met on Sept.\n1. They met again on Oct.\n3. Talks followed."],
    ["dates wrapped onto the next lines (tester 46)", "Ministers met in Geneva on September\n1. They met again on October\n2. The number of prisoners released was\n24. Another round is planned.", "Ministers met in Geneva on September\n1. They met again on October\n4. The number of prisoners released was\n24. Another round is planned."],
    ["counts behind bullets", "Casualties:\n- 12. civilians in Kharkiv\n- 40. soldiers near Kursk", "Casualties:\n- 13. civilians in Kharkiv\n- 40. soldiers near Kursk"],
  ])("%s", (_, before, after) => {
    const diff = diffVersions(before, after, "en");
    expect(diff.edits.length).toBeGreaterThan(0);
    expect(diff.edits.filter((edit) => edit.class === "typographic")).toEqual([]);
    expect(diff.counts.fact).toBeGreaterThan(0);
  });

  test("initials opening lines are no list: a changed initial is never hidden as layout", () => {
    // (The word rules read "A" → "I" as two function words, wording: shown, if not as a name. Left for the name rules.)
    const diff = diffVersions("Talks were held between\nA. Aliyev and his counterpart\nN. Pashinyan in Prague.", "Talks were held between\nI. Aliyev and his counterpart\nN. Pashinyan in Prague.", "en");
    expect(diff.edits.length).toBe(1);
    expect(diff.edits[0].class).not.toBe("typographic");
  });

  test("compare(): any sentence of a marker's shape states nothing in a row, list or not (tester 46)", () => {
    const prose = { id: "prose", label: "Prose", text: "The sides agreed on steps. Observers will monitor the withdrawal of troops. The ministers will meet again in Doha." };
    for (const text of [
      "The sides agreed on steps:\n1. Observers will monitor the withdrawal of troops.\nThe ministers will meet again in Doha.",
      "The sides agreed on steps:\n2. Observers will monitor the withdrawal of troops.\n3. The ministers will meet again in Doha.",
      "The sides agreed on steps: 1. Observers will monitor the withdrawal of troops. 2. The ministers will meet again in Doha.",
      "The sides agreed on steps:\n1.\nObservers will monitor the withdrawal of troops.\n2.\nThe ministers will meet again in Doha.",
    ]) {
      const rows = compare([{ id: "list", label: "List", text }, prose]).rows;
      const markerRows = rows.filter((row) => row.cells.every((cell) => /^\d\.$/u.test(cell.text.trim())));
      expect([text, markerRows.length > 0, markerRows.flatMap((row) => row.notReportedBy)]).toEqual([text, true, []]);
    }
  });

  test("ListMarkers: a list is two lines or more opening with a marker and the item's words", () => {
    const list = "Agreed:\n1. Border posts reopen.\n2. Talks go on.";
    const markers = new ListMarkers(list);
    expect(markers.size).toBe(2);
    const second = list.indexOf("2.");
    expect(markers.leading({ start: second, end: list.length })).toEqual({ start: second, end: second + 3 });
    expect(markers.statesNothing({ start: second, end: second + 2 })).toBe(true);
    expect(markers.statesNothing({ start: second, end: list.length })).toBe(false);
    // One such line, or markers with nothing after them on their line, make no list.
    expect(new ListMarkers("Agreed:\n1. Border posts reopen.").size).toBe(0);
    expect(new ListMarkers("Counted:\n12.\n15.\nDone.").size).toBe(0);
    // Numbered from one without a gap; a marker alone on its line, its item on the next.
    expect(new ListMarkers("Agreed:\n2. Border posts reopen.\n3. Talks go on.").size).toBe(0);
    expect(new ListMarkers("Agreed:\n1.\nBorder posts reopen.\n2.\nTalks go on.").size).toBe(2);
    expect(new ListMarkers("Agreed:\ni) Border posts reopen.\nii) Talks go on.\niii) Aid flows.").size).toBe(3);
    expect(new ListMarkers("Agreed:\n1.1. Border posts reopen.\n1.2. Talks go on.").size).toBe(2);
    // A line without words states nothing in any text.
    expect(new ListMarkers("A.\n***\nB.").statesNothing({ start: 3, end: 6 })).toBe(true);
  });
});

describe("a number before a unit is no time of day; a comparison sign is part of the quantity (testers 44 and 45)", () => {
  test.each([
    ["The ceasefire line moved 6.30 km.", "The ceasefire line moved 6:30 km."],
    ["The meeting lasted 2.45 hours.", "The meeting lasted 2:45 hours."],
    ["Turnout was 12.30 percent.", "Turnout was 12:30 percent."],
    ["Inflation hit 18.00 percent.", "Inflation hit 6 p.m. percent."],
    ["The talks began at 6 p.m. after 1.30 hours of delay.", "The talks began at 6.00 p.m. after 1:30 hours of delay."],
    ["Casualties were <5 thousand.", "Casualties were >5 thousand."],
    ["Casualties were ≤5000.", "Casualties were ≥5000."],
    ["Casualties were 5 thousand.", "Casualties were >5.0 thousand."],
    // Tester 45: whatever the number counts, named by any word that is no function word, time word or name.
    ...["min", "mins", "hr", "sec", "s", "h", "mi", "t of flour", "metric tons", "sq km", "million euros", "bn", "pc", "percentage points"].map((unit) => [`The figure was 6.30 ${unit} today.`, `The figure was 6:30 ${unit} today.`]),
    ["The figure was 6.30km today.", "The figure was 6:30km today."],
    ["The figure was $6.30 million today.", "The figure was $6:30 million today."],
    ["Casualties were 5 thousand.", "Casualties were 5+ thousand."],
    ["Casualties were 5 thousand.", "Casualties were ±5 thousand."],
    ["Casualties were up to 5 thousand.", "Casualties were at least 5 thousand."],
    // Tester 48: a currency sign between the comparison and its number; approximations dropped, in words or signs.
    ["It cost <$5m.", "It cost >$5m."],
    ["It cost <$5m.", "It cost $5m."],
    ["It cost > $5m.", "It cost $5m."],
    ["It cost up to $5m.", "It cost $5m."],
    ["It cost under $5m.", "It cost $5m."],
    ["About 40 people died.", "40 people died."],
    ["It cost about $5m.", "It cost $5m."],
    ["It took about 5 hours.", "It took 5 hours."],
    ["The fire killed ~40.", "The fire killed 40."],
    ["The fire killed ≈40 people.", "The fire killed 40 people."],
  ])("%s → %s has a fact", (before, after) => {
    expect(diffVersions(before, after, "en").counts.fact).toBeGreaterThan(0);
  });

  test("a time of day keeps its notations, and one form of a sign for another is no change", () => {
    expect(edits("They met at 08.00 in Baku.", "They met at 08:00 in Baku.")).toEqual([["08.00", "08:00", "wording", "notation"]]);
    expect(edits("The talks began at 6 p.m. after 1.30 hours of delay.", "The talks began at 6.00 p.m. after 1:30 hours of delay.")[0]).toEqual(["6", "6.00", "wording", "notation"]);
    expect(classes("Casualties were ≤5000.", "Casualties were ⩽5000.")).not.toContain("fact");
    for (const place of ["in Baku", "local time", "GMT", "Moscow time", "hrs"]) expect(edits(`They met at 18.00 ${place}.`, `They met at 18:00 ${place}.`)).toEqual([["18.00", "18:00", "wording", "notation"]]);
  });

  test("a time of day before a word that says when is still a time (tester 46)", () => {
    expect(edits("The ceasefire took effect at 18.00 hours.", "The ceasefire took effect at 18:00 hours.")).toEqual([["18.00", "18:00", "wording", "notation"]]);
    expect(edits("The ceasefire took effect at 6 p.m. tomorrow.", "The ceasefire took effect at 18.00 tomorrow.")).toEqual([["6 p.m.", "18.00", "wording", "notation"]]);
    expect(edits("The curfew starts at 10.30 tonight.", "The curfew starts at 10:30 tonight.")).toEqual([["10.30", "10:30", "wording", "notation"]]);
    expect(edits("Aid flows from 2.45 pm onwards.", "Aid flows from 14.45 onwards.")).toEqual([["2.45 pm", "14.45", "wording", "notation"]]);
    expect(edits("They met at 6.30pm in Baku.", "They met at 18:30 in Baku.")).toEqual([["6.30pm", "18:30", "wording", "notation"]]);
    // The hours glued to the time (tester 47); any other letter glued makes a quantity.
    expect(classes("The ceasefire began at 18.00h on Friday.", "The ceasefire began at 18:00h on Friday.")).toEqual(["wording"]);
    expect(classes("The ceasefire began at 18.00hrs on Friday.", "The ceasefire began at 18:00hrs on Friday.")).toEqual(["wording"]);
    expect(classes("The figure was 6.30ha today.", "The figure was 6:30ha today.")).toEqual(["fact"]);
    // A one-digit hour before "hours" is a duration.
    expect(classes("The meeting lasted 2.45 hours.", "The meeting lasted 2:45 hours.")).toEqual(["fact"]);
  });

  test("a comparison in words for its sign is notation; arrows, tags and prepositions compare nothing (tester 45)", () => {
    for (const [words, sign] of [["more than", ">"], ["under", "<"], ["fewer than", "<"], ["over", ">"], ["at least", "≥"], ["at most", "≤"], ["up to", "≤"]])
      expect(edits(`Casualties were ${words} 5 thousand.`, `Casualties were ${sign}5 thousand.`)).toEqual([[`${words} `, sign, "wording", "notation"]]);
    expect(classes("Casualties were ≥5 thousand.", "Casualties were >=5 thousand.")).toEqual(["wording"]);
    // The same approximation or comparison in other words, or as a sign (tester 48).
    expect(edits("About 40 observers came.", "~40 observers came.")).toEqual([["About ", "~", "wording", "notation"]]);
    expect(edits("About 40 observers came.", "Some 40 observers came.")).toEqual([["About", "Some", "wording", "synonym"]]);
    expect(edits("It cost more than $5m.", "It cost over $5m.")).toEqual([["more than", "over", "wording", "synonym"]]);
    expect(diffVersions("Погибли более 40 человек.", "Погибли менее 40 человек.", "ru").edits.map((edit) => edit.class)).toEqual(["fact"]);
    expect(diffVersions("Погибли около 40 человек.", "Погибли 40 человек.", "ru").edits.map((edit) => edit.class)).toEqual(["fact"]);
    // "about" before no number is a preposition.
    expect(classes("They talked about the 5 points.", "They talked of the 5 points.")).not.toContain("fact");
    expect(classes("The convoy went Kyiv -> Lviv today.", "The convoy went Kyiv → Lviv today.")).not.toContain("fact");
    expect(classes("The route is Doha => Cairo now.", "The route is Doha to Cairo now.")).not.toContain("fact");
    expect(classes("The count was <b>5</b> today.", "The count was 5 today.")).not.toContain("fact");
    for (const arrow of ["->", "- >", ">>", "~>", "‒>", "‐>", "−>", "=>"]) expect([arrow, classes(`Prices rose from 5 ${arrow} 6 dollars.`, "Prices rose from 5 to 6 dollars.").includes("fact")]).toEqual([arrow, false]);
  });
});
