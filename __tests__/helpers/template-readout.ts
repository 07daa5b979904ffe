/**
 * One ministry's readout of a call, on a template (written for the tests): the same frame, another counterpart, city
 * and topic. Two of them pair sentence by sentence like a rewrite, yet are two documents about two calls (tester 37 #11).
 */
export const templateReadout = (counterpart: string, city: string, topic: string) =>
  `The Foreign Minister held a telephone conversation today with ${counterpart}. ` +
  `The two sides discussed the situation in the region and the outlook for ${topic}. ` +
  `The Minister stressed the importance of dialogue and of respect for international law. ` +
  `Both sides agreed to stay in close contact, the ministry said in ${city}. ` +
  `The Minister thanked his counterpart for a constructive exchange.`;
