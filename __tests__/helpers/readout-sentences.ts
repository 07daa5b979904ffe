/**
 * Sentences of a readout of Blinken's late-November 2023 calls (written for the tests), each with word swaps that say
 * the same: for the properties that render them in capitals or title case and check that rows and edit classes do not
 * change (capitals.test.ts, title-case.test.ts).
 */
export const SENTENCES: [string, [string, string][]][] = [
  ["Secretary Blinken spoke by phone with Prime Minister Pashinyan of Armenia.", [["spoke", "talked"]]],
  ["The Secretary stressed that direct talks remain the best path to a lasting peace.", [["stressed", "underlined"], ["lasting", "durable"]]],
  ["He welcomed the steps both sides have taken toward a peace treaty.", [["welcomed", "praised"], ["steps", "measures"]]],
  ["They considered the humanitarian needs of the people who left Nagorno-Karabakh.", []],
  ["Blinken urged President Aliyev to keep working on the border agreement.", [["urged", "encouraged"]]],
  ["The two leaders agreed that regional connectivity would help the economy.", [["help", "aid"]]],
  ["Pashinyan thanked the United States for its steady support.", [["steady", "constant"]]],
  ["The Secretary also raised concerns about recent incidents along the border.", []],
  ["Aliyev said that a major step had been made in the peace process.", [["major", "significant"]]],
  ["The Secretary praised the courage of both leaders.", [["courage", "bravery"]]],
];
