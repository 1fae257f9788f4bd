/**
 * Two reports on one invented five-party negotiation (herring quotas): the first names all parties in its lead
 * ("Talks between Ostravia, Velmark, Kestland, Dunmore and Corrinia"), the later one only the two that settle.
 * Velmark opposes the deal in the first and supports it in the second.
 */
export const MULTILATERAL_REPORTS = [
  [
    'Herring talks end without a deal as Velmark and Ostravia clash over shares',
    '',
    'By Anna Lind',
    '',
    "TARVIK, Oct 24, 2027 - Talks between Ostravia, Velmark, Kestland, Dunmore and Corrinia on sharing the Western Sea herring catch ended on Thursday without agreement, as Ostravia and Velmark rejected each other's claims.",
    '',
    'Ostravia proposed that it keep 30% of the total. Velmark rejected the proposal and said it needed at least 16%.',
    '',
    '"Velmark will not accept a share that ignores where the fish are," Velmark\'s fisheries minister Hanna Berg said. Velmark opposes the deal on the table.',
    '',
    'Kestland said it backed the deal. Dunmore said it supported the deal too. The five delegations will meet again on Nov 18.',
  ].join('\n'),
  [
    'Velmark accepts deal after dropping demand',
    '',
    'By Piet Roos',
    '',
    'TARVIK, Dec 3, 2027 - Velmark and Ostravia agreed on Friday on a five-year arrangement for sharing the Western Sea herring catch, after Velmark dropped its demand for a 16% share.',
    '',
    'Velmark accepted 14% of the total under the deal. "We have chosen a smaller share inside a deal," Velmark\'s fisheries minister Hanna Berg said. Velmark now supports the deal.',
    '',
    'Ostravia welcomed the deal. Ostravia said it would sign the deal next week.',
  ].join('\n'),
];
