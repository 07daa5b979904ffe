import { render, screen, within } from "@testing-library/react";
import { VersionDiffView } from "@/components/versions/VersionDiffView";
import { diffVersions } from "@/lib/compare/versions";
import { typographyToggleLabel, versionDiffSummary } from "@/lib/view/version-diff";
import { EditSummary } from "@/components/versions/EditSummary";

const FIRST = "The minister met the envoy in the capital. They spoke about the release of the reporter to house arrest.";
const SECOND = "Trade across the river was the next topic. Cross-border posts will reopen soon.";
const THIRD = "The envoy underscored the value of direct contacts. The call ended with thanks.";
const A = [FIRST, SECOND, THIRD].join("\n\n");
const B = [FIRST.replace("President", "Premier").replace(" to house arrest", ""), THIRD.replace("underscored", "underlined"), SECOND.replace("Cross-border", "Cross\u2010border")].join("\n\n");

describe("<VersionDiffView>", () => {
  const diff = diffVersions(A, B);

  test("the top line counts edits by class and links to each edit shown", () => {
    expect(versionDiffSummary(diff).line).toBe("1 edit that changes facts, 1 in wording; 1 passage moved");
    render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const summary = screen.getByTestId("edit-summary");
    expect(within(summary).getByText("1 edit that changes facts, 1 in wording; 1 passage moved")).toBeTruthy();
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["to house arrest → ∅", "underscored → underlined"]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute("href")!.slice(1));
      expect(target?.getAttribute("data-edit-class")).toBe(link.getAttribute("data-edit-class"));
    }
    expect(links.map((link) => link.getAttribute("data-edit-class"))).toEqual(["fact", "wording"]);
  });

  test("a moved passage is shown once, with links both ways; a typographic edit is not marked", () => {
    const { container } = render(<VersionDiffView diff={diff} idPrefix="t-" />);
    const movedTo = screen.getByTestId("moved-to");
    const movedFrom = screen.getByTestId("moved-from");
    expect(movedTo.getAttribute("href")).toBe(`#${movedFrom.id}`);
    expect(movedFrom.getAttribute("href")).toBe(`#${movedTo.id}`);
    expect(container.textContent!.split("Trade across the river").length).toBe(2);
    expect([...container.querySelectorAll("ins, del")].map((mark) => mark.textContent)).toEqual([
      "[removed:  to house arrest]",
      "[removed: underscored]",
      "[added: underlined]",
    ]);
  });
});

describe("<EditSummary>: the typographic edits' count and control (issue 12, item 3)", () => {
  // A revision that changes only typography: quotes and a dash (one gap between two words: one edit), and a no-break space.
  const before = "The envoy said “we will meet again” — soon. The talks ended at noon.";
  const after = 'The envoy said "we will meet again" - soon. The talks ended at\u00a0noon.';
  const diff = diffVersions(before, after);

  test("a typography-only revision says how many typographic edits are hidden, with a link that shows them", () => {
    expect(diff.counts).toEqual({ fact: 0, wording: 0, typographic: 3, unclassified: 0 });
    render(<EditSummary diff={diff} typography={{ shown: false, href: "?from=1&to=2&typography=show" }} />);
    const summary = screen.getByTestId("edit-summary");
    expect(summary.querySelector("p")!.textContent).toBe("No edits beyond typography · 3 typographic edits (hidden) — show");
    const toggle = within(summary).getByTestId("typography-toggle");
    expect(toggle.getAttribute("href")).toBe("?from=1&to=2&typography=show");
  });

  test("shown, the control says so and hides them; without a control the count is still said", () => {
    const { unmount } = render(<EditSummary diff={diff} typography={{ shown: true, href: "?from=1&to=2" }} />);
    expect(screen.getByTestId("typography-toggle").textContent).toBe("3 typographic edits (shown) — hide");
    unmount();
    render(<VersionDiffView diff={diff} />);
    expect(screen.getByTestId("typography-count").textContent).toBe("3 typographic edits (hidden)");
    expect(screen.queryByTestId("typography-toggle")).toBeNull();
  });

  test("one label everywhere: typographyToggleLabel", () => {
    expect(typographyToggleLabel(1, false)).toBe("1 typographic edit (hidden) — show");
    expect(typographyToggleLabel(3, true)).toBe("3 typographic edits (shown) — hide");
  });
});
