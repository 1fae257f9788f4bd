/**
 * Collective groups as sides: "Labor unions oppose the tax", "Environmental groups said", "Farmers have
 * rejected the deal". News gives a stance to a kind of people or bodies as often as to a named one; without
 * a mention the stance has no holder. A plural group noun (with at most two modifiers that say which kind)
 * is a group actor where it is the subject of a verb, or the speaker of "..., farmers said". Hand-written:
 * no JavaScript NLP library tags such noun phrases as entities.
 */
import type { Token } from './detect.js';
import { FUNCTION_WORDS, isCollectivePlural } from './data/lexicon.js';

/** Plural heads of a group that stand alone ("Farmers said") or after a modifier ("labor unions"). */
const GROUP_HEADS = /^(?:unions|activists|protesters|protestors|demonstrators|campaigners|environmentalists|conservationists|bishops|clergy|businesses|automakers|carmakers|airlines|fishermen|farmers)$/;
/** Heads too vague alone, a side only with a modifier that says which ("environmental groups", "developing countries"). */
const MODIFIED_HEADS = /^(?:groups|organi[sz]ations|countries|nations|states|economies|companies|firms|associations|lobbies|advocates|conservatives|liberals|progressives|hardliners|hard-liners|moderates)$/;
/** Heads that are no side however modified: onlookers, officials of a named body, or people a report only counts. */
const NOT_A_SIDE = /^(?:officials|officers|sources|analysts|experts|observers|critics|diplomats|lawmakers|legislators|senators|leaders|members|people|citizens|residents|voters|women|families|victims|survivors|players|athletes|patients|parents|students|actors|agents|writers|artists|editors|authors|researchers|academics|professors|scientists|journalists)$/;
/** Bodies a report may describe by their members instead of naming them ("the bishops' conference"). */
const BODY_HEADS = /^(?:union|conference|federation|association|council|confederation|lobby|alliance|coalition|syndicate|guild|chamber|network|forum|cooperative|co-operative)$/;
/** Modifiers that say which kind of group ("labor unions", "business groups", "developing countries"). */
const KIND_MODIFIERS = new Set([
  'labor', 'labour', 'trade', 'business', 'industry', 'industrial', 'environmental', 'green', 'farm', 'farming', 'agricultural', 'consumer',
  'rights', 'human-rights', 'civil-society', 'civil', 'society', 'health', 'medical', 'religious', 'church', 'catholic', 'evangelical', 'muslim',
  'jewish', 'christian', 'student', 'teachers', 'veterans', 'employer', 'employers', 'workers', 'aid', 'humanitarian', 'relief', 'advocacy',
  'lobby', 'conservation', 'climate', 'wildlife', 'fishing', 'shipping', 'oil', 'gas', 'energy', 'tech', 'technology', 'pharmaceutical',
  'developing', 'developed', 'wealthy', 'rich', 'richer', 'poor', 'poorer', 'small', 'smaller', 'island', 'landlocked', 'coastal', 'producing',
  'oil-producing', 'exporting', 'importing', 'creditor', 'donor', 'frontline', 'front-line', 'neighbouring', 'neighboring', 'nordic', 'baltic',
  'arab', 'african', 'asian', 'european', 'latin', 'gulf', 'pacific', 'caribbean', 'western', 'eastern', 'northern', 'southern',
  'grassroots', 'progressive', 'conservative', 'liberal', 'anti-war', 'peace', 'opposition', 'indigenous', 'local', 'regional', 'national',
  'public-sector', 'private-sector', 'transport', 'postal', 'rail', 'port', 'dock', 'teachers’', "teachers'", "workers'", 'workers’',
]);
/** Modifiers that make a plural head no side of the talks ("some groups", "both countries", "other states"). */
const QUANTIFIERS = /^(?:some|many|most|several|few|both|all|other|these|those|such|two|three|four|five|dozens|hundreds|thousands|various|certain|individual|member|neighbouring|neighboring)$/;
/** Words after the phrase that show it is the subject of a clause rather than an object or a modifier. */
const VERB_AFTER = /^(?:prefer|prefers|preferred|is|was|opposes|supports|backs|rejects|accepts|welcomes|wants|fears|argues|warns|insists|demands|calls|urges|criticises|criticizes|condemns|praises|plans|threatens|vows|pushes|lobbies|hopes|seeks|objects|resists|denounces|applauds|joins|represents|say|said|says|have|has|had|are|were|will|would|could|can|may|might|should|must|want|wanted|oppose|opposed|support|supported|back|backed|reject|rejected|accept|accepted|welcome|welcomed|fear|feared|argue|argued|warn|warned|insist|insisted|demand|demanded|call|called|urge|urged|criticise|criticised|criticize|criticized|condemn|condemned|praise|praised|protest|protested|plan|planned|threaten|threatened|vow|vowed|push|pushed|lobby|lobbied|hope|hoped|worry|worried|complain|complained|fought|fight|sued|sue|staged|stage|marched|march|rallied|rally|object|objected|resist|resisted|seek|sought|denounce|denounced|applaud|applauded|cheered|cheer|also|long|still|already|now|who|joined|join)$/;
/** "..., said labor unions": a reporting verb right before the phrase, which then names its speaker. */
const SPEAKER_BEFORE = /^(?:said|say|says)$/;
/** Verbs of saying or believing whose clause the phrase may open ("claimed environmental groups oppose ..."). */
const REPORTING_BEFORE = /^(?:said|say|says|claimed|claims|argued|argues|warned|warns|believes|believe|believed|thinks|think|thought|fears|fear|feared|insisted|insists|added|noted|suggested|suggests|told|stressed|acknowledged|predicted|expects|expected|hopes|hoped)$/;

export interface CollectiveMention {
  start: number;
  end: number;
  /** The phrase as written, its first letter capitalised: the group's name ("Labor unions"). */
  name: string;
  sentence: number;
  /** A body described by its members ("the farmers' union") is an organization; the rest are groups. */
  type: 'group' | 'organization';
}

/**
 * Group noun phrases in subject or speaker position, over the actor stage's tokens (content zones only);
 * `taken` says whether a token is already part of another mention.
 */
export function findCollectives(text: string, tokens: readonly Token[], taken: (k: number) => boolean): CollectiveMention[] {
  const out: CollectiveMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const lower = head.lower;
    // Every head ends in "s", "n" ("fishermen") or "y" ("clergy"), or follows an apostrophe ("the bishops' conference"):
    // most words are passed over without a pattern.
    const last = lower.charCodeAt(lower.length - 1);
    if (!head.word || lower.length < 4 || (last !== 115 && last !== 110 && last !== 121 && !/^['’]$/.test(tokens[i - 1]?.text ?? ''))) continue;
    // "the bishops' conference", "the farmers' union": a body described by the people it gathers.
    const apostrophe = tokens[i - 1];
    const members = tokens[i - 2];
    const described = BODY_HEADS.test(lower) && !!apostrophe && !!members && /^['’]$/.test(apostrophe.text) && members.end === apostrophe.start && members.word && !members.cap && /\p{L}{3,}s$/u.test(members.text) && members.sentence === head.sentence && !taken(i - 1) && !taken(i - 2);
    const plain = described || GROUP_HEADS.test(lower) || (isCollectivePlural(lower) && !NOT_A_SIDE.test(lower));
    const needsKind = !plain && MODIFIED_HEADS.test(lower);
    if ((!plain && !needsKind) || taken(i)) continue;
    // Up to two modifiers before the head, in its sentence, that no other mention holds.
    let first = described ? i - 2 : i;
    let kinds = described ? 1 : 0;
    for (let k = first - 1; k >= 0 && first - k <= 2; k--) {
      const t = tokens[k]!;
      if (t.sentence !== head.sentence || !t.word || taken(k) || text.slice(t.end, tokens[k + 1]!.start) !== ' ') break;
      const word = t.lower;
      if (KIND_MODIFIERS.has(word) || /^(?:anti|pro)-\p{L}/u.test(word)) {
        first = k;
        kinds++;
        continue;
      }
      // "anti-war", "pro-democracy", tokenised at the hyphen.
      const dash = tokens[k - 1];
      const prefix = tokens[k - 2];
      if (dash?.text === '-' && prefix && dash.end === t.start && prefix.end === dash.start && /^(?:anti|pro)$/.test(prefix.lower) && prefix.sentence === head.sentence) {
        first = k - 2;
        kinds++;
        k -= 2;
        continue;
      }
      break;
    }
    if (needsKind && !kinds) continue;
    const before = tokens[first - 1];
    const prev = before && before.sentence === head.sentence ? before : undefined;
    // The phrase opens its sentence or clause ("Farmers said", "Reuters) - Labor unions oppose").
    // ("The pilots" names back the pilots' union, "38,000 dockworkers" the ones a body speaks for: neither opens.)
    const opens = !prev || /^[-–—:;(“"]$/.test(prev.text) || (kinds > 0 && /^(?:[Tt]he|And|But)$/.test(prev.text)) || (prev.initial && /^(?:And|But)$/.test(prev.text));
    // "said labor unions", and "said (that) farmers would ...", "claimed environmental groups oppose": in a clause
    // someone reports, the group is what the speaker says of it, not a side speaking for itself.
    const reporter = prev?.lower === 'that' ? tokens[first - 2] : prev;
    const reported = !!prev && (SPEAKER_BEFORE.test(prev.lower) || (!!reporter && reporter.sentence === head.sentence && REPORTING_BEFORE.test(reporter.lower)));
    // "Germany's farmers", "some groups", "members of unions": owned, counted or governed, the phrase is part of something else.
    if (!opens && !reported && (!prev!.word || prev!.cap || QUANTIFIERS.test(prev!.lower) || prev!.lower === 'of')) continue;
    // A bare head opens its sentence ("Farmers said"); mid-sentence it needs a kind ("said labor unions").
    if (!kinds && !opens && !reported && !head.initial) continue;
    const after = tokens[i + 1];
    // ("X said teachers had nothing to fear": the subject of what a speaker said is the speaker's to vouch for, not a side.)
    const subject = !reported && after && after.sentence === head.sentence && after.word && !after.cap && VERB_AFTER.test(after.lower) && !FUNCTION_WORDS.has(lower);
    const speaker = (reported && (!after || after.sentence !== head.sentence || /^[.,;:]$/.test(after.text))) || (after && after.sentence === head.sentence && after.text === ',' && /^\s*(?:who|which)\b/.test(text.slice(after.end, after.end + 8)));
    if (!subject && !speaker) continue;
    const start = tokens[first]!.start;
    const phrase = text.slice(start, head.end);
    out.push({ start, end: head.end, name: phrase.charAt(0).toUpperCase() + phrase.slice(1), sentence: head.sentence, type: described ? 'organization' : 'group' });
  }
  return out;
}
