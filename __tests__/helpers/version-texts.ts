/**
 * Two revisions of one statement built from issue 12's three inputs (texts written for the tests): three
 * sentences with one word swapped in each; eleven sentences with two words or short phrases swapped in each
 * (one of them "to house arrest" → "from detention"); an apostrophe changed from ’ to '. Revision 2 also moves
 * one unchanged paragraph from the start to the end. Shared by the Jest export test and the browser spec.
 */
export const THREE: [string, string][] = [
  ["The president opened the session with a short address.", "The premier opened the session with a short address."],
  ["Delegates then reviewed the border arrangements in detail.", "Delegates then reviewed the frontier arrangements in detail."],
  ["Observers called the mood of the day calm.", "Observers called the mood of the day warm."],
];

export const ELEVEN: [string, string][] = [
  ["The two ministers spoke by telephone on Tuesday evening about the situation along the northern road and the stalled talks.", "The two ministers talked by telephone on Tuesday evening about the situation along the northern road and the frozen talks."],
  ["The visiting minister underscored the need for an expeditious agreement that both capitals could present to their parliaments next spring.", "The visiting minister underlined the need for an early agreement that both capitals could present to their parliaments next spring."],
  ["He welcomed the decision to release the detained journalist to house arrest after several months of appeals by his family.", "He praised the decision to release the detained journalist from detention after several months of appeals by his family."],
  ["Both sides agreed that the working groups on trade and transport should meet again before the end of the season.", "Both sides accepted that the working groups on commerce and transport should meet again before the end of the season."],
  ["The host minister described recent incidents near the crossing as deeply worrying and asked for a joint inquiry into them.", "The host minister described recent incidents near the crossing as very troubling and asked for a joint investigation into them."],
  ["The guest repeated his government's support for a settlement that respects the borders recognised by the international community.", "The guest restated his government's backing for a settlement that respects the borders recognised by the international community."],
  ["They also talked about energy links, including a proposed cable under the sea that would carry power to the west.", "They also discussed energy links, including a planned cable under the sea that would carry power to the west."],
  ["The minister thanked his counterpart for the humanitarian aid delivered to families displaced by the floods in the valley.", "The minister thanked his colleague for the humanitarian assistance delivered to families displaced by the floods in the valley."],
  ["Both noted the importance of keeping channels of communication open at every level of government during the coming months.", "Both stressed the importance of keeping lines of communication open at every level of government during the coming months."],
  ["The conversation ended with an invitation to continue the discussion in person at a conference later in the autumn.", "The conversation closed with an invitation to continue the dialogue in person at a conference later in the autumn."],
  ["A short joint statement will be released by the two foreign ministries once the technical teams have agreed the text.", "A brief joint statement will be issued by the two foreign ministries once the technical teams have agreed the text."],
];

export const APOSTROPHE: [string, string] = ["The minister praised Azerbaijan’s readiness to resume talks.", "The minister praised Azerbaijan's readiness to resume talks."];

/** The paragraph that revision 2 moves from the start to the end, unchanged. */
export const MOVED = "Delegations from both capitals will gather again at a venue near the lake once the harvest season ends.";

const side = (pairs: [string, string][], k: 0 | 1) => pairs.map((pair) => pair[k]).join(" ");

export const REVISION_1 = [MOVED, side(THREE, 0), side(ELEVEN, 0), APOSTROPHE[0]].join("\n\n");
export const REVISION_2 = [side(THREE, 1), side(ELEVEN, 1), APOSTROPHE[1], MOVED].join("\n\n");
