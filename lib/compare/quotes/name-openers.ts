import { sentenceOpeners } from "../sentence-openers";

/**
 * Capitalised English words that open a sentence or clause before a name and are never part of the name: the
 * sentence openers of sentence-openers.ts (the article, the subject pronouns, "I"), conjunctions and subordinators
 * ("As Aliyev said", "When Pashinyan spoke"), and the time words a sentence starts with ("Yesterday Aliyev said",
 * "Monday Aliyev said": weekdays, "Today", "Tonight"). The speaker patterns catch any run of capitalised words before
 * a verb; these are cut from it (speakers.ts cleanName), so the word before a name is not kept in it (tester T4 F12).
 * Months are not listed: "May", "June" are given names too.
 */
export const NAME_OPENERS_EN: ReadonlySet<string> = new Set(
  Array.from(sentenceOpeners(["en"], true), (word) => word[0].toUpperCase() + word.slice(1)).concat(
    (
      "A An This That These Those In On At But And Or So Speaking According Meanwhile However Later Earlier Then Now " +
      "As When Whenever While After Before Since Until Once If Although Though Because Also Still Yet Indeed Instead " +
      "Yesterday Today Tonight Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    ).split(" "),
  ),
);
