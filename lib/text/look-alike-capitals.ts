/**
 * Capital letters of the Cyrillic and Greek scripts drawn like a Latin capital (Unicode's confusables data,
 * UTS #39 confusables.txt, restricted to the single capitals of these three scripts): "А" (U+0410) and "A" (U+0041)
 * print the same, so one swapped for the other is no new initial a reader could see.
 */
const LATIN_OF: Record<string, string> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", І: "I", Ј: "J", Ѕ: "S",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};

/** Whether two single capital letters print alike: equal, or a Cyrillic or Greek capital and the Latin one it looks like. Pure. */
export function lookAlikeCapitals(x: string, y: string): boolean {
  return (LATIN_OF[x] ?? x) === (LATIN_OF[y] ?? y);
}
