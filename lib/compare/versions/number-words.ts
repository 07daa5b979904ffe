/**
 * Numbers written in words, a scale word or two included ("one hundred thousand", "a hundred thousand", "two hundred
 * and five", Russian "ста тысяч", "сто двадцать пять", Armenian "հարյուր հազար"), read as their value (tester T3
 * #10: "100,000" → "one hundred thousand" was a number fact). Russian cardinals decline, so each has its case forms
 * (nominative, genitive, dative, instrumental, prepositional: Russian Grammar, 1980, §§ 1180–1195; "100 тысяч" read
 * in the genitive is "ста тысяч"). Armenian cardinals (Dum-Tragut 2009, § 2.4) are read in the nominative, with a
 * case ending after them kept apart. The scale words multiply what stands before them ("hundred" the units before it,
 * "thousand", "million", "billion" all before them: CGEL ch. 5 § 7).
 */

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Russian cardinals: each value with its case forms. */
const RU_FORMS: [number, string][] = [
  [1, "один одна одно одного одной одному одним одном одну"],
  [2, "два две двух двум двумя"],
  [3, "три трех трёх трем трём тремя"],
  [4, "четыре четырех четырёх четырем четырём четырьмя"],
  [8, "восемь восьми восемью восьмью"],
  [40, "сорок сорока"],
  [90, "девяносто девяноста"],
  [100, "сто ста"],
  [200, "двести двухсот двумстам двумястами двухстах"],
  [300, "триста трехсот трёхсот тремстам тремястами трехстах трёхстах"],
  [400, "четыреста четырехсот четырёхсот четыремстам четырьмястами четырехстах четырёхстах"],
];
/** Russian cardinals in -ь (5–20, 30) with their forms in -и and -ью; 50–80 in -десят. */
const RU_SOFT: [number, string][] = [
  [5, "пят"], [6, "шест"], [7, "сем"], [9, "девят"], [10, "десят"], [11, "одиннадцат"], [12, "двенадцат"],
  [13, "тринадцат"], [14, "четырнадцат"], [15, "пятнадцат"], [16, "шестнадцат"], [17, "семнадцат"],
  [18, "восемнадцат"], [19, "девятнадцат"], [20, "двадцат"], [30, "тридцат"],
];
const RU_TENS: [number, string, string][] = [
  [50, "пятьдесят", "пятидесяти пятьюдесятью"], [60, "шестьдесят", "шестидесяти шестьюдесятью"],
  [70, "семьдесят", "семидесяти семьюдесятью"], [80, "восемьдесят", "восьмидесяти восьмьюдесятью восемьюдесятью"],
];
const RU_HUNDREDS: [number, string][] = [[500, "пят"], [600, "шест"], [700, "сем"], [800, "восьм"], [900, "девят"]];

const HY_UNITS: Record<string, number> = {
  մեկ: 1, երկու: 2, երեք: 3, չորս: 4, հինգ: 5, վեց: 6, յոթ: 7, յոթը: 7, ութ: 8, ութը: 8, ինը: 9, ինն: 9, տասը: 10, տաս: 10,
  քսան: 20, երեսուն: 30, քառասուն: 40, հիսուն: 50, վաթսուն: 60, յոթանասուն: 70, ութսուն: 80, իննսուն: 90,
};

/** Every cardinal word below a hundred's scale (units and tens; Russian hundreds too) with its value. */
const CARDINALS = new Map<string, number>();
for (const [word, value] of Object.entries(EN_UNITS)) CARDINALS.set(word, value);
for (const [value, forms] of RU_FORMS) for (const form of forms.split(" ")) CARDINALS.set(form, value);
for (const [value, stem] of RU_SOFT) for (const ending of ["ь", "и", "ью"]) CARDINALS.set(stem + ending, value);
for (const [value, nominative, others] of RU_TENS) for (const form of [nominative, ...others.split(" ")]) CARDINALS.set(form, value);
for (const [value, stem] of RU_HUNDREDS) {
  const oblique = stem === "восьм" ? "восьми" : stem + "и";
  for (const form of [stem === "восьм" ? "восемьсот" : stem + "ьсот", oblique + "сот", oblique + "стам", stem + "ьюстами", oblique + "стах"]) CARDINALS.set(form, value);
}
for (const [word, value] of Object.entries(HY_UNITS)) CARDINALS.set(word, value);

/** "hundred": multiplies the units before it only ("two hundred thousand" is 200 × 1000). */
const HUNDREDS = new Set(["hundred", "հարյուր"]);
/** Scale words of a thousand and more, in their case forms (Russian тысяча, миллион, миллиард, триллион). */
const SCALES = new Map<string, number>();
const scale = (value: number, forms: string) => forms.split(" ").forEach((form) => SCALES.set(form, value));
scale(1e3, "thousand тысяча тысячи тысяч тысячам тысячами тысячах тысячу тысячей тысячею հազար");
scale(1e6, "million миллион миллиона миллионов миллионам миллионами миллионах миллионом миллионе միլիոն");
scale(1e9, "billion миллиард миллиарда миллиардов миллиардам миллиардами миллиардах миллиардом миллиарде միլիարդ");
scale(1e12, "trillion триллион триллиона триллионов триллионам триллионами триллионах триллионом триллионе");

/** The scale words of a thousand and more in every form this module reads, with their factors. */
export const SCALE_FORMS: ReadonlyMap<string, number> = SCALES;

/** Whether a folded word is a cardinal word or a scale word of this module ("hundred", "ста", "հազար"). */
export function isSpelledNumberWord(word: string): boolean {
  return CARDINALS.has(word) || HUNDREDS.has(word) || SCALES.has(word);
}

/**
 * Scale words that say "one" alone, without a number before them: Armenian "հարյուր", "հազար" ("a hundred", "a
 * thousand"), Russian "тысяча" in the singular. Plural forms ("тысячи", "thousands") count no number.
 */
const ALONE = new Set(["հարյուր", "հազար", "тысяча", "тысячу", "тысячей"]);

const WORD = /[\p{L}]+(?:-[\p{L}]+)?/gu;

/**
 * The numbers written in words in `text`, as UTF-16 ranges with their values, longest reading first ("one hundred
 * thousand" is one number, 100000; "a hundred" is 100, English "a" read as one only before a scale word; "and" between
 * hundreds and units, "two hundred and five"; "twenty-five" with its hyphen). A run with no cardinal and no scale
 * is none; a scale word alone is none either ("thousands of"). Pure; throws nothing.
 */
export function spelledNumbers(text: string): { start: number; end: number; value: number }[] {
  const found: { start: number; end: number; value: number }[] = [];
  const words: { start: number; end: number; key: string }[] = [];
  for (const match of text.matchAll(WORD)) words.push({ start: match.index!, end: match.index! + match[0].length, key: match[0].toLowerCase() });
  let k = 0;
  while (k < words.length) {
    let total = 0;
    let current = 0;
    let read = 0;
    let last = -1;
    let counted = false;
    /** The last cardinal read, and -1 after a scale word or before any. */
    let lastValue = -1;
    /** The factor of the scale word read last when nothing was read after it (0: none, or a cardinal since). */
    let lastScale = 0;
    let m = k;
    for (; m < words.length; m++) {
      // Only spaces between the words of one number.
      if (m > k && /\S/u.test(text.slice(words[m - 1].end, words[m].start))) break;
      const key = words[m].key;
      const parts = key.split("-");
      const value = parts.length === 2 ? (EN_UNITS[parts[0]] >= 20 && EN_UNITS[parts[0]] % 10 === 0 && EN_UNITS[parts[1]] < 10 ? EN_UNITS[parts[0]] + EN_UNITS[parts[1]] : undefined) : CARDINALS.get(key);
      if (value !== undefined) {
        // A cardinal follows another only as units after tens or a hundred, or tens after a hundred ("twenty five",
        // "сто двадцать"): "five two" is two numbers.
        if (lastValue >= 0 && !(lastValue >= 100 && lastValue % 100 === 0 && value < 100) && !(lastValue >= 20 && lastValue < 100 && lastValue % 10 === 0 && value < 10)) break;
        lastValue = value;
        lastScale = 0;
        current += value;
        counted = true;
        read++;
        last = m;
      } else if ((key === "a" || key === "an") && m + 1 < words.length && (HUNDREDS.has(words[m + 1].key) || SCALES.has(words[m + 1].key)) && read === 0) {
        current = 1;
        read++;
      } else if (HUNDREDS.has(key) && (read > 0 || ALONE.has(key))) {
        current = (current || 1) * 100;
        lastValue = 100;
        lastScale = 0;
        counted = true;
        read++;
        last = m;
      } else if (SCALES.has(key) && (read > 0 || ALONE.has(key))) {
        const factor = SCALES.get(key)!;
        if (current === 0 && lastScale > 0) {
          // A scale word right after another multiplies all before it, a larger one only ("one thousand million" is
          // 10^9, the long scale's milliard; tester T5 #2: it was read as 1,001,000); "million thousand" is no number.
          if (factor <= lastScale) break;
          total *= factor;
        } else total += (current || 1) * factor;
        lastScale = factor;
        current = 0;
        lastValue = -1;
        counted = true;
        read++;
        last = m;
      } else if (key === "and" && read > 0 && m + 1 < words.length && CARDINALS.has(words[m + 1].key)) {
        continue;
      } else break;
    }
    if (counted && last >= k) {
      found.push({ start: words[k].start, end: words[last].end, value: total + current });
      k = last + 1;
    } else k++;
  }
  return found;
}
