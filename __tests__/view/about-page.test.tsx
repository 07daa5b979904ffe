import { render, screen, within } from "@testing-library/react";
import AboutPage from "@/app/about/page";

// Tester B6: the help page explains the edit classes with an example each, moves, splits and merges, and the history.
describe("the help page (/about)", () => {
  test("names each edit class with how it is marked and an example", () => {
    render(<AboutPage />);
    const section = screen.getByTestId("about-versions");
    expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Versions: edits by what they change");
    const classes = within(section).getAllByTestId("edit-class-help");
    expect(classes.map((item) => item.querySelector("dt")!.textContent)).toEqual([
      "Changes a fact (outlined in red, listed first)",
      "Wording (marked, not outlined)",
      "Unclassified (outlined in amber)",
      "Typographic (hidden by default; “show” marks them)",
    ]);
    for (const item of classes) expect(item.querySelector("dd")!.textContent).toMatch(/For example: “[^”]+” → “[^”]+”/);
  });

  test("explains moved passages, splits and merges, and the revision history", () => {
    render(<AboutPage />);
    const text = screen.getByTestId("about-versions").textContent!;
    for (const phrase of ["Moved passages", "split", "merged", "Revision history:", "F, W, U or T"]) expect(text).toContain(phrase);
  });
});
