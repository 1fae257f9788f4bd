/**
 * US state names and their postal and AP-style abbreviations: the second half of a "City, State" place
 * ("in Portsmouth, N.H., on Tuesday, Senator X said"), which a comma sets off like a subject would be.
 *
 * Hand-written: a fixed list of fifty states; the npm state-list packages carry postal codes but not the
 * AP abbreviations ("Calif.", "N.H.") that US news uses in datelines and place phrases.
 */
const STATES: readonly (readonly [string, ...string[]])[] = [
  ['Alabama', 'AL', 'Ala.'], ['Alaska', 'AK'], ['Arizona', 'AZ', 'Ariz.'], ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.', 'Cal.'], ['Colorado', 'CO', 'Colo.'], ['Connecticut', 'CT', 'Conn.'], ['Delaware', 'DE', 'Del.'],
  ['Florida', 'FL', 'Fla.'], ['Georgia', 'GA', 'Ga.'], ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'], ['Iowa', 'IA'], ['Kansas', 'KS', 'Kan.'], ['Kentucky', 'KY', 'Ky.'], ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME'], ['Maryland', 'MD', 'Md.'], ['Massachusetts', 'MA', 'Mass.'], ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'], ['Mississippi', 'MS', 'Miss.'], ['Missouri', 'MO', 'Mo.'], ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.'], ['Nevada', 'NV', 'Nev.'], ['New Hampshire', 'NH', 'N.H.'], ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'], ['New York', 'NY', 'N.Y.'], ['North Carolina', 'NC', 'N.C.'], ['North Dakota', 'ND', 'N.D.'],
  ['Ohio', 'OH'], ['Oklahoma', 'OK', 'Okla.'], ['Oregon', 'OR', 'Ore.'], ['Pennsylvania', 'PA', 'Pa.'], ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'], ['South Dakota', 'SD', 'S.D.'], ['Tennessee', 'TN', 'Tenn.'], ['Texas', 'TX', 'Tex.'],
  ['Utah', 'UT'], ['Vermont', 'VT', 'Vt.'], ['Virginia', 'VA', 'Va.'], ['Washington', 'WA', 'Wash.'], ['West Virginia', 'WV', 'W.Va.', 'W. Va.'],
  ['Wisconsin', 'WI', 'Wis.'], ['Wyoming', 'WY', 'Wyo.'], ['District of Columbia', 'DC', 'D.C.'],
];

// Compared without a final period: a piece may lose it to trimming ("Calif" from "Calif.,").
const withoutPeriod = (s: string) => s.replace(/\.$/, '');
const STATE_NAMES: ReadonlySet<string> = new Set(STATES.flat().map(withoutPeriod));

// "New Hampshire Monday", "Ohio on Tuesday": the place may carry the time of the event.
const TRAILING_TIME = /\s+(?:(?:on|last|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|afternoon|night)$/i;

/** Whether a comma-delimited piece is only a US state (name or abbreviation), maybe with a time after it. */
export function isUsState(piece: string): boolean {
  return STATE_NAMES.has(withoutPeriod(piece.trim().replace(TRAILING_TIME, '')));
}
