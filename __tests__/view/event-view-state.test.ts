import { eventViewQuery, needsCanonicalRedirect, parseEventViewState } from "@/lib/view/event-view-state";

const slugs = ["am", "az", "us", "news"];

describe("parseEventViewState", () => {
  test("the exchange and the quote verdict filter are part of the permalink; unknown ones are ignored with a notice", () => {
    const exchanges = ["call-a", "call-b"];
    const state = parseEventViewState(slugs, { view: "quotes", exchange: "call-b", verdict: "altered" }, exchanges);
    expect(state).toMatchObject({ exchange: "call-b", verdict: "altered" });
    expect(eventViewQuery(state, slugs)).toBe("?view=quotes&exchange=call-b&verdict=altered");
    expect(parseEventViewState(slugs, Object.fromEntries(new URLSearchParams(eventViewQuery(state, slugs))), exchanges)).toEqual(state);
    const unknown = parseEventViewState(slugs, { exchange: "call-z", verdict: "made-up" }, exchanges);
    expect(unknown).toMatchObject({ exchange: null, verdict: null });
    expect(unknown.notices).toEqual(["No exchange called “call-z” in this event; showing every exchange.", "No verdict called “made-up”; it was ignored."]);
    expect(unknown.invalid).toEqual([
      "exchange must be an exchange of this event (call-a, call-b), not “call-z”",
      "verdict must be one of altered, not_found_in_speaker, other_party, not_found, no_speaker_statement, verbatim, not “made-up”",
    ]);
    // The verdict filter belongs to the quote check only.
    expect(eventViewQuery({ ...state, view: "aligned" }, slugs)).toBe("?exchange=call-b");
  });

  test("typography=show is the pairwise view's typography control: kept in its permalink and export query, dropped elsewhere", () => {
    const state = parseEventViewState(slugs, { view: "pairwise", a: "us", b: "news", typography: "show" });
    expect(state.typography).toBe(true);
    expect(eventViewQuery(state, slugs)).toBe("?view=pairwise&a=us&b=news&typography=show");
    expect(eventViewQuery(state, slugs, { typography: false })).toBe("?view=pairwise&a=us&b=news");
    expect(eventViewQuery({ ...state, view: "aligned" }, slugs)).toBe("");
    // A misspelt value is named (page notice, 400 from the exports), not read silently as "hide".
    const misspelt = parseEventViewState(slugs, { view: "pairwise", typography: "yes" });
    expect(misspelt.typography).toBe(false);
    expect(misspelt.invalid).toEqual(["typography must be one of show, hide, not “yes”"]);
    expect(parseEventViewState(slugs, { view: "pairwise", typography: "hide" }).invalid).toEqual([]);
    expect(parseEventViewState(slugs, { view: "pairwise", typography: "" }).invalid).toEqual([]);
    expect(parseEventViewState(slugs, {}).typography).toBe(false);
  });

  test("an empty query is the aligned view of every statement, based on the first", () => {
    const state = parseEventViewState(slugs, {});
    expect(state).toMatchObject({ view: "aligned", shown: slugs, base: "am", filter: null, threshold: null, a: "am", b: "az", mode: "split" });
    expect(state.notices).toEqual([]);
    expect(eventViewQuery(state, slugs)).toBe("");
  });

  test("a full permalink round-trips", () => {
    const query = { view: "pairwise", show: "az,us,news", base: "us", threshold: "0.4", a: "us", b: "news", mode: "inline" };
    const state = parseEventViewState(slugs, query);
    expect(state).toMatchObject({ view: "pairwise", shown: ["az", "us", "news"], base: "us", threshold: 0.4, a: "us", b: "news", mode: "inline" });
    const again = parseEventViewState(slugs, Object.fromEntries(new URLSearchParams(eventViewQuery(state, slugs))));
    expect(again).toEqual(state);
  });

  test("shown statements keep event order, whatever the URL order", () => {
    expect(parseEventViewState(slugs, { show: "news,am" }).shown).toEqual(["am", "news"]);
  });

  test("the chooser form's repeated statement= parameters are accepted and flagged for a canonical redirect", () => {
    const query = { statement: ["us", "am"], base: "us", threshold: "" };
    const state = parseEventViewState(slugs, query);
    expect(state.shown).toEqual(["am", "us"]);
    expect(needsCanonicalRedirect(query)).toBe(true);
    expect(eventViewQuery(state, slugs)).toBe("?show=am%2Cus&base=us");
    expect(needsCanonicalRedirect({ show: "am,us" })).toBe(false);
  });

  test("fewer than two shown statements falls back to all, with a notice", () => {
    const state = parseEventViewState(slugs, { show: "am" });
    expect(state.shown).toEqual(slugs);
    expect(state.notices).toEqual(["Pick at least two statements to compare; showing all of them."]);
  });

  test("a base that is not shown is added to the shown set", () => {
    expect(parseEventViewState(slugs, { show: "az,us", base: "news" }).shown).toEqual(["az", "us", "news"]);
  });

  test("unknown slugs and bad values are ignored with notices", () => {
    const state = parseEventViewState(slugs, { view: "nonsense", base: "xx", threshold: "2", filter: "unique:yy", mode: "3d" });
    expect(state).toMatchObject({ view: "aligned", base: "am", threshold: null, filter: null, mode: "split" });
    expect(state.notices).toEqual([
      "No view called “nonsense”; showing the aligned claims.",
      "No statement called “xx” in this event (base); it was ignored.",
      "No statement called “yy” in this event (filter); it was ignored.",
      "The alignment threshold must be a number from 0.05 to 0.95; “2” was ignored.",
      "No mode called “3d”; it was ignored.",
    ]);
    expect(state.invalid).toEqual([
      "view must be one of aligned, coverage, quotes, pairwise, not “nonsense”",
      "base must be a statement of this event (am, az, us, news), not “xx”",
      "filter must be a statement of this event (am, az, us, news), not “yy”",
      "threshold must be a number from 0.05 to 0.95, not “2”",
      "mode must be one of split, inline, not “3d”",
    ]);
  });

  test("filters parse for the aligned and coverage views", () => {
    expect(parseEventViewState(slugs, { filter: "missing:us" }).filter).toEqual({ kind: "missing", statement: "us" });
    expect(parseEventViewState(slugs, { filter: "party-only:am" }).filter).toEqual({ kind: "party-only", statement: "am" });
    expect(parseEventViewState(slugs, { filter: "sideways:am" }).filter).toBeNull();
    expect(parseEventViewState(slugs, { view: "coverage", only: "am", sort: "reach" }).coverage).toEqual({ only: "am", all: false, sort: "reach" });
    expect(parseEventViewState(slugs, { view: "coverage", all: "1" }).coverage.all).toBe(true);
  });

  test("changes produce the link for another state, dropping parameters of other views", () => {
    const state = parseEventViewState(slugs, { filter: "unique:am" });
    expect(eventViewQuery(state, slugs)).toBe("?filter=unique%3Aam");
    expect(eventViewQuery(state, slugs, { view: "quotes" })).toBe("?view=quotes");
    expect(eventViewQuery(state, slugs, { view: "pairwise", a: "us", b: "news" })).toBe("?view=pairwise&a=us&b=news");
  });
});
