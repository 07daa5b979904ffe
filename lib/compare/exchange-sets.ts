import type { ExchangeScope } from "./exchanges";

/**
 * Per statement, the exchanges it reports as a bit set, for the rule that statements reporting no exchange in common
 * never share a row and are never versions of each other: a claim is about one exchange (issue 11, "two exchanges in
 * one event"; scopeRow judges gaps the same way). Exchanges that exactly the same statements report cannot be told
 * apart by that question, so they share one bit: an event of any number of exchanges needs one 32-bit word per
 * statement unless its statements report more than 32 different groups of them (a week of forty bilateral meetings,
 * each with its own readouts, is still one bit per meeting that has a readout), and more words past that.
 * (Before session 9 a mask of one word was all ones past 32 exchanges: no constraint at all, tester 41.)
 */
export class ExchangeSets {
  /** 32-bit words per statement. */
  readonly words: number;
  /** Statement s's bits in bits[s * words, (s + 1) * words). */
  private readonly bits: Uint32Array;

  constructor(scope: ExchangeScope) {
    const statements = scope.statementExchanges.length;
    // Each exchange's signature: the statements that report it; one bit per distinct signature.
    const classOf = new Map<string, number>();
    const exchangeClass = new Map<string, number>();
    for (const exchange of scope.exchanges) {
      const reporters: number[] = [];
      scope.statementExchanges.forEach((ids, s) => {
        if (ids.has(exchange.id)) reporters.push(s);
      });
      if (!reporters.length) continue;
      const signature = reporters.join(",");
      let bit = classOf.get(signature);
      if (bit === undefined) classOf.set(signature, (bit = classOf.size));
      exchangeClass.set(exchange.id, bit);
    }
    this.words = Math.max(1, Math.ceil(classOf.size / 32));
    this.bits = new Uint32Array(statements * this.words);
    scope.statementExchanges.forEach((ids, s) => {
      for (const id of ids) {
        const bit = exchangeClass.get(id);
        if (bit !== undefined) this.bits[s * this.words + (bit >>> 5)] |= 1 << (bit & 31);
      }
    });
  }

  /** Whether statements s and t (input order) report an exchange in common. */
  share(s: number, t: number): boolean {
    for (let w = 0; w < this.words; w++) if ((this.bits[s * this.words + w] & this.bits[t * this.words + w]) !== 0) return true;
    return false;
  }

  /** Whether the statements of all units of `x` and `y` (unit → statement by `unitStatement`) report one exchange in common. */
  unitsShare(x: readonly number[], y: readonly number[], unitStatement: Int32Array): boolean {
    for (let w = 0; w < this.words; w++) {
      let common = 0xffffffff;
      for (const unit of x) common &= this.bits[unitStatement[unit] * this.words + w];
      for (const unit of y) common &= this.bits[unitStatement[unit] * this.words + w];
      if (common !== 0) return true;
    }
    return false;
  }
}
