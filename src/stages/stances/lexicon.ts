/**
 * Stance vocabulary as data. Each cue is a regular-expression source matched case-insensitively on word
 * boundaries inside one sentence. No library covers stance-taking verbs with their polarity and the way
 * they compose (agree + resume = for; call for + drop = against), so the lexicon is hand-kept here.
 *
 * - `polarity`: +1 the holder wants the object, -1 the holder is against it, 0 non-committal.
 * - `kind`:
 *   - `agentive`: the grammatical subject holds the stance ("X rejected ...").
 *   - `deontic`: an obligation the *speaker* imposes ("X will have to ..."): the reporting speaker
 *     holds it when there is one.
 *   - `object`: an action on the object that keeps or reverses it ("resume", "suspend", "give up"); it
 *     composes with the cue before it and stands alone as an agentive cue when nothing governs it.
 *   - `noun`: a stance noun whose holder is a possessive or modifier ("X's call for", "an <adjective> commitment to").
 * - `passive`: the cue is followed by `by <holder>` when used passively ("condemned by X").
 */
import { BACK_VERB } from '../../corpus/propositions.js';

export type CueKind = 'agentive' | 'deontic' | 'object' | 'noun';

export interface StanceCue {
  re: string;
  polarity: 1 | -1 | 0;
  kind: CueKind;
  /** How strongly the cue alone shows a stance (0..1), multiplied into the confidence. */
  weight: number;
  /** The cue can be passive (`<cue> by <holder>`). */
  passive?: boolean;
  /**
   * A noun for a person by the side they take ("a critic of", "supporters of"): held by the name it is
   * said of (an appositive or a copula's subject), never by whoever is near it.
   */
  role?: boolean;
  /** A past participle of making or backing that is only ever passive here ("the deal brokered by X"): its agent holds the object right before it. */
  madeBy?: boolean;
  /** The holder may follow as `from`/`of` as well as `by` ("drew criticism from X", "won the backing of X"). */
  agentFrom?: boolean;
  /** The cue only modifies the verb before it ("welcomed the collapse of <X>"): alone it is no one's stance. */
  composeOnly?: boolean;
}

const c = (re: string, polarity: 1 | -1 | 0, kind: CueKind, weight = 0.8, passive = false): StanceCue => ({ re, polarity, kind, weight, passive });
const role = (re: string, polarity: 1 | -1): StanceCue => ({ re, polarity, kind: 'noun', weight: 0.75, role: true });

const CUE_LIST: readonly StanceCue[] = [
  // (Before "campaign for", "recommend".) Campaigning for a vote's answer is that answer on the deal put to the vote: "would campaign for a No vote" (−),
  // "recommended a Yes vote" (+), "has urged a No vote" (−).
  c(String.raw`(?:campaign(?:s|ed|ing)?|call(?:s|ed|ing)?|push(?:es|ed|ing)?|argu(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying))\s+for\s+a\s+["“]?[Nn]o["”]?\s+vote|(?:recommend|urg|advis)(?:e|es|ed|s|ing)?\s+a\s+["“]?[Nn]o["”]?\s+vote`, -1, 'agentive', 0.75),
  c(String.raw`(?:campaign(?:s|ed|ing)?|call(?:s|ed|ing)?|push(?:es|ed|ing)?|argu(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying))\s+for\s+a\s+["“]?[Yy]es["”]?\s+vote|(?:recommend|urg|advis)(?:e|es|ed|s|ing)?\s+a\s+["“]?[Yy]es["”]?\s+vote`, 1, 'agentive', 0.75),
  // "agreed to drop its threat of arbitration": giving up a threatened measure is no longer wanting it.
  c(String.raw`(?:drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:its|their|his|her|the|a)\s+threat(?:s)?\s+(?:of|to\s+(?:seek|pursue|impose|launch|go\s+to|call|stage))(?=\s+(?:(?:a|an|the|its|their|international|legal|binding|new|fresh)\s+){0,2}(?:arbitration|strikes?|walkouts?|boycotts?|lockouts?|sanctions|tariffs|embargo|blockade|lawsuits?)\b)`, -1, 'agentive', 0.7),
  // "has no plans to sign the truce", "no intention to lift the levy": a plan denied is a refusal (before "plans to").
  c(String.raw`no\s+(?:(?:immediate|current|further)\s+)?(?:plans?|intention)\s+(?:to|of)`, -1, 'agentive', 0.75),
  // --- non-committal (matched before the words they contain) ---
  c(String.raw`(?:do|does|did)\s*(?:not|n['’]t)\s+rule\s+out`, 0, 'agentive', 0.6),
  c(String.raw`not\s+ruled\s+out`, 0, 'agentive', 0.6),
  // Threatening a side with a measure is backing the measure: "threatened Russia with more sanctions".
  c(String.raw`threat(?:en|ens|ened|ening)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}with`, 1, 'agentive', 0.65),
  // Offering forces for a mission is backing the mission: "France would send peacekeepers", "ready to deploy monitors".
  // (Only forces that keep a peace: "sent more troops to the front" is war, not a position on a deployment.)
  c(String.raw`(?:sen(?:d|ds|t|ding)|deploy(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|commit(?:s|ted|ting)?|provid(?:e|es|ed|ing))(?=\s+(?:(?:its|their|own|more|additional|some|a|the|several|\d[\d,]*|thousands\s+of|hundreds\s+of|unarmed|international|European|British|French)\s+)*(?:peacekeepers|peacekeeping\s+(?:troops|forces?|contingents?)|monitors|observers|reassurance\s+force|stabili[sz]ation\s+force)\b)`, 1, 'agentive', 0.65),
  // Holding back from a position: "has been noncommittal about the ceasefire", "remained coy on the plan".
  c(String.raw`(?:non-?committal|ambivalent|equivocal|coy|cagey|guarded)\s+(?:about|on|over|regarding|towards?)`, 0, 'agentive', 0.55),
  // Being pressed to act is the pressing side's wish, not the subject's: "has come under pressure to accept the swap".
  // (With "from X" between, the act stays the subject's, so that X's side is read from it by `PRESSED_BY`.)
  c(String.raw`(?:(?:come|comes|came|coming|is|are|was|were|been|being|remains?|remained)\s+under|fac(?:e|es|ed|ing))\s+(?:(?:growing|mounting|heavy|intense|strong|increasing|renewed|fresh|international|domestic|political)\s+)?pressure\s+to`, 0, 'agentive', 0.5),
  // Refraining from a speech act is declining to take a stance; refraining from an action is not listed.
  c(String.raw`refrain(?:s|ed|ing)?\s+from\s+(?:any\s+)?(?:comment(?:s|ing)?|saying|stating|speculating|elaborating|discussing|disclosing)`, 0, 'agentive', 0.5),
  c(String.raw`(?:(?:is|are|was|were)\s+)?(?:closely\s+|carefully\s+)?(?:studying|examining|considering|weighing|reviewing)|(?:would|will)\s+(?:closely\s+|carefully\s+)?(?:study|examine|weigh|review)(?=\s+(?:the|a|an|this|that|these|its|their|any|\p{Lu}))`, 0, 'agentive', 0.5),
  c(String.raw`(?:declined|refused)\s+to\s+(?:comment|say)`, 0, 'agentive', 0.5),
  // Withholding a commitment without refusing it ("has yet to accept", "stopped short of endorsing"): no stance either way.
  c(String.raw`(?:(?:has|have|had|is|are|was|were)\s+)?yet\s+to\s+(?:formally\s+|publicly\s+)?(?:accept|agree|endorse|approve|sign|back|support|respond|ratify|commit|reject|comment)\p{L}*|st(?:op|ops|opped|opping)\s+short\s+of\s+\p{L}+|(?:would|could|might|will)\s+(?:\p{L}+ly\s+)?consider|(?:have|has|had)\s+not\s+(?:yet\s+)?(?:decided|made\s+up)`, 0, 'agentive', 0.5),

  // Refusing to bargain over, or away, what is one's own ("not negotiating over its tariffs", "won't bargain
  // away its sanctions", "refuses to compromise on its demands") is holding to it.
  c(String.raw`(?:(?:not|never|n['’]t)\s+(?:be\s+)?|refus(?:e|es|ed|ing)\s+to\s+)(?:negotiat|bargain|compromis|trad)(?:e|es|ed|ing)?\s+(?:over|on|about|away)(?=\s+(?:its|their|our|his|her|my)\b)`, 1, 'agentive', 0.7),

  // A participle of making or backing an object, followed by its agent: "the accord reached by X and Y". Not a
  // go-between's verbs ("brokered", "mediated"): a mediator's part in a deal is no stance on it.
  { re: String.raw`(?:reached|negotiated|struck|hammered\s+out|worked\s+out|drafted|proposed|put\s+forward|authored|co-?sponsored|sponsored|introduced|backed|endorsed|championed|favou?red|signed|agreed(?:\s+(?:to|on|upon))?|accepted|approved|supported|pushed|advocated|requested|sought|demanded)(?=\s+by\s)`, polarity: 1, kind: 'agentive', weight: 0.75, passive: true, madeBy: true },
  // People named by the side they take ("<X>, a longtime critic of the pact", "<X> is a supporter of ...").
  role(String.raw`(?:critics?|opponents?|foes?|detractors?|skeptics?|sceptics?)\s+of`, -1),
  role(String.raw`(?:supporters?|proponents?|backers?|advocates?|champions?|defenders?|architects?|co-?sponsors?|sponsors?|co-?authors?|authors?)\s+of`, 1),
  // Leaving with no object named: "<X> backed out.", "the union walked away" (the object under discussion).
  c(String.raw`(?:back(?:s|ed|ing)?|pull(?:s|ed|ing)?|bow(?:s|ed|ing)?)\s+out(?=\s*(?:[.;!?"”]|,\s*(?:\p{L}+\s+){0,3}(?:said|says|added|told)|$))|walk(?:s|ed|ing)?\s+away(?=\s*(?:[.;!?"”]|,\s*(?:\p{L}+\s+){0,3}(?:said|says|added|told)|$))`, -1, 'agentive', 0.75),

  // --- oppose ---
  c(String.raw`reject(?:s|ed|ing)?`, -1, 'agentive', 0.9, true),
  c(String.raw`rejection\s+of`, -1, 'noun', 0.85),
  // "defied the embargo", "flouted the truce": acting as if a thing did not bind ("ignore" is an act, below).
  c(String.raw`def(?:y|ies|ied|ying)|flout(?:s|ed|ing)?`, -1, 'agentive', 0.7),
  // "bristled at the suggestion of a truce", "took issue with the levy".
  // ("bristled at suggestions that the sanctions were failing" rejects a claim about them, not them.)
  c(String.raw`(?:bristl(?:e|es|ed|ing)\s+at|t(?:ake|akes|ook|aking|aken)\s+issue\s+with)(?!\s+(?:the\s+|any\s+)?(?:suggestions?|claims?|reports?|ideas?|notions?|talk|assertions?|allegations?|charges?|accusations?)\s+that\b)`, -1, 'agentive', 0.75),
  // "is holding out for a better offer": refusing to settle for less is wanting it.
  c(String.raw`(?:hold(?:s|ing)?|held)\s+out\s+for`, 1, 'agentive', 0.75),
  // "has made the ceasefire a precondition for any talks": the thing set between verb and noun is wanted.
  c(String.raw`ma(?:de|kes?|king)(?=\s+(?:[^.;:!?]{1,50}?\s+)?(?:a|an|the|its|their)\s+(?:(?:key|central|main|top|first|essential|absolute|non-negotiable)\s+)?(?:pre-?condition|condition|prerequisite|priority)\s+(?:for|of|to|in)\b)`, 1, 'agentive', 0.75),
  // "released a statement in opposition to", "voted in support of": the subject's stance, not a possessor's.
  c(String.raw`in\s+opposition\s+to|in\s+protest\s+(?:against|at|over)`, -1, 'agentive', 0.8),
  // "thousands protested against the trade pact", "rallied against the bill": demonstrating against a thing opposes it.
  c(String.raw`(?:protest(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|campaign(?:s|ed|ing)?)\s+against`, -1, 'agentive', 0.8),
  c(String.raw`in\s+support\s+of|on\s+board\s+with|(?:stand|stands|standing|stood)\s+(?:\p{L}+ly\s+)?behind|(?:get|gets|got|getting|gotten)\s+(?:\p{L}+ly\s+)?behind|(?:line|lines|lined|lining)\s+up\s+(?:\p{L}+ly\s+)?behind|rall(?:y|ies|ied|ying)\s+(?:\p{L}+ly\s+)?(?:behind|around)`, 1, 'agentive', 0.8),
  // Approval idioms with the object between verb and noun: "gave the deal their seal of approval", "gave it her blessing".
  c(String.raw`(?:gave|give|gives|giving|given)(?=\s+(?:[^.;:!?]{1,40}?\s+)?(?:their|its|his|her|our|a|the)\s+(?:(?:full|formal|official|final|tacit|qualified)\s+)?(?:seal\s+of\s+approval|stamp\s+of\s+approval|blessing|imprimatur|green\s+light|thumbs[-\s]up|nod|endorsement|backing|approval)\b)`, 1, 'agentive', 0.8),
  // Leaving a deal is opposing it, staying in it backing it ("quit the accord", "remain in the pact").
  c(String.raw`(?:quit(?:s|ting)?|exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|pull(?:s|ed|ing)?\s+out\s+of|walk(?:s|ed|ing)?\s+out\s+of|back(?:s|ed|ing)?\s+out\s+of|crash(?:es|ed|ing)?\s+out\s+of)(?=\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|convention|protocol|framework|arrangement|truce|cease-?fire|armistice)\b)`, -1, 'object', 0.75),
  // Setting terms for a thing is wanting it on them ("set conditions for a ceasefire, including ...").
  c(String.raw`(?:set(?:s|ting)?|la(?:y|ys|id|ying)\s+(?:out|down)|spell(?:s|ed|ing)?\s+out|outlin(?:e|es|ed|ing))\s+(?:(?:its|their|his|her|several|strict|tough|new|clear|firm)\s+)?(?:pre-?)?conditions\s+(?:for|on)`, 1, 'agentive', 0.7),
  // Rhetorical questions that answer themselves: "What is the alternative to the truce?" (none: for it), "Who but
  // the smugglers would gain from a blockade?" (no one: against it). See `ANSWERED_QUESTION` in index.ts.
  c(String.raw`(?:what|where)\s+(?:else\s+)?(?:is|would\s+be|['’]s)\s+the\s+(?:real\s+|possible\s+)?alternative\s+to`, 1, 'agentive', 0.6),
  c(String.raw`who\s+(?:but|other\s+than|except|besides)\s+[^,?;]{1,40}?\s+(?:would|could|will|can|stands?\s+to)\s+(?:gain|benefit|profit)\s+from`, -1, 'agentive', 0.6),
  // "Who could possibly object to a ban on X?": no one could, says the one who asks.
  c(String.raw`who\s+(?:could|would|can|will)\s+(?:possibly\s+|really\s+|seriously\s+)?(?:object\s+to|oppose|argue\s+against|be\s+against|say\s+no\s+to)`, 1, 'agentive', 0.6),
  // "would do so only if ...": the act named just before, held to a condition (read as an act with no object of its own).
  c(String.raw`do\s+so(?=\s*,?\s*(?:only\s+(?:if|when|after|once)|provided|providing|as\s+long\s+as|so\s+long\s+as|once|on\s+(?:the\s+)?condition|unless)\b)`, 1, 'agentive', 0.65),
  // Leaving or boycotting the talks (on a thing) is turning from them, or from it ("walked out of the talks on the moratorium").
  c(String.raw`(?:walk(?:s|ed|ing)?\s+out\s+of|pull(?:s|ed|ing)?\s+out\s+of|storm(?:s|ed|ing)?\s+out\s+of|boycott(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+off|abandon(?:s|ed|ing)?)(?=\s+(?:the|this|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations)\b)`, -1, 'agentive', 0.75),
  // Leaving the table over a thing is refusing it: "the negotiators walked out over the quota swap".
  c(String.raw`(?:walk(?:s|ed|ing)?|storm(?:s|ed|ing)?)\s+out\s+(?:of\s+(?:the\s+)?(?:talks|negotiations|meeting|session)\s+)?(?:over|in\s+protest\s+(?:at|over|against))`, -1, 'agentive', 0.7),
  // Leaving an accord is turning from it: "pulled out of the quota swap", "withdrew from the treaty".
  c(String.raw`pull(?:s|ed|ing)?\s+out\s+of(?=\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|arrangement|swap|truce|cease-?fire|framework|convention|protocol|coalition)\b)`, -1, 'agentive', 0.75),
  c(String.raw`(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:in|within|part\s+of|party\s+to|committed\s+to)(?=\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|convention|protocol|framework)\b)`, 1, 'object', 0.7),
  // Staying at the table is backing the talks: "would remain in the negotiation, but only if ...".
  c(String.raw`(?:stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:in|at|part\s+of)(?=\s+(?:the|these|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations?|dialogue|process|table)\b)`, 1, 'agentive', 0.65),
  // Taking a side's part on a question is backing what it wants there: "sided with the EU on broadening the contributor base".
  c(String.raw`(?:sid(?:e|es|ed|ing)|align(?:s|ed|ing)?\s+(?:itself|themselves|himself|herself))\s+with\s+[^,;.:!?]{1,60}?\s+(?:on|over)(?=\s+\p{L})`, 1, 'agentive', 0.7),
  // Paying for a thing is backing it: "will co-finance two processing plants", "agreed to fund the mission".
  // (The verb only after a modal or "to", or a form no noun has: "a relief fund the donors set up" names a fund.)
  c(String.raw`(?:(?<=\b(?:to|will|would|could|can|shall|should|must|['’]ll)\s+(?:\p{Ll}+ly\s+)?)(?:co-?)?(?:finance|fund|bankroll)|co-?financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing))(?=\s+(?:the|a|an|its|their|two|three|four|five|new|\d))`, 1, 'agentive', 0.6),
  c(String.raw`dismiss(?:es|ed|ing)?`, -1, 'agentive', 0.85, true),
  c(String.raw`condemn(?:s|ed|ing)?`, -1, 'agentive', 0.85, true),
  c(String.raw`denounc(?:e|es|ed|ing)`, -1, 'agentive', 0.85, true),
  c(String.raw`oppos(?:e|es|ed|ing)`, -1, 'agentive', 0.9, true),
  c(String.raw`opposition\s+to`, -1, 'noun', 0.85),
  // Opposition stated with no object ("came out in opposition on Tuesday", "expressed strong opposition."): to what the report is about.
  c(String.raw`(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|signal(?:s|l?ed|l?ing)?|register(?:s|ed|ing)?|(?:came|come|comes|coming)\s+out\s+in)\s+(?:(?:its|their|his|her|our|strong|firm|fierce|stiff|vehement|staunch|unanimous|clear)\s+){0,2}opposition(?!\s+(?:to|from|of|party|parties|leaders?|lawmakers|politicians|figures|groups?|forces|members|MPs|senators|candidates?|coalition|bloc)\b)`, -1, 'agentive', 0.8),
  c(String.raw`objects?\s+to|objected\s+to|objecting\s+to`, -1, 'agentive', 0.85),
  // ("does not exclude a limited index jump": translated news writes "exclude" for "rule out".)
  c(String.raw`rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing)(?=\s+(?:a|an|the|any|further|new|more|such|its|their|it|them|this|that)\b)`, -1, 'agentive', 0.9, true),
  c(String.raw`refus(?:e|es|ed|ing)(?:\s+to\s+(?:accept|agree|consider|discuss))?`, -1, 'agentive', 0.85),
  c(String.raw`(?:will|would|could|can|does|do|did)\s*(?:not|n['’]t)\s+(?:accept|agree|allow|tolerate|permit|consider)|won['’]t\s+(?:accept|agree|allow|tolerate|permit|consider)|cannot\s+(?:accept|agree|allow)`, -1, 'agentive', 0.9),
  c(String.raw`unlikely\s+to\s+(?:support|accept|agree(?:\s+to)?|back|endorse)`, -1, 'agentive', 0.75),
  c(String.raw`(?:hostile|opposed|averse)\s+to(?:ward)?s?|wary\s+of|skeptical\s+(?:of|about)|sceptical\s+(?:of|about)`, -1, 'agentive', 0.7),
  // "The CDU has been reluctant.": reluctance with nothing after it is toward the object under discussion.
  c(String.raw`(?:reluctant|hesitant|unenthusiastic|lukewarm)(?=\s*(?:[,.;]|$)|\s+(?:so\s+far|until\s+now|for\s+now|to\s+date)\b)`, -1, 'agentive', 0.6),
  c(String.raw`red\s+lines?`, -1, 'noun', 0.6),
  c(String.raw`criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)`, -1, 'agentive', 0.75, true),
  // Turning something down in the idiom of news reports: the subject holds it, a `by` agent when passive.
  // The phrasal verb split by its object: "would turn the package down", "shot the idea down".
  c(String.raw`(?:turn(?:s|ed|ing)?|sh(?:oot|oots|ot|ooting)|vot(?:e|es|ed|ing))(?=\s+(?:the|this|that|its|their|his|her|it|them)\b[^.;:,]{0,40}?\s+down\b)`, -1, 'agentive', 0.75),
  c(String.raw`rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|balk(?:s|ed|ing)?\s+at|baulk(?:s|ed|ing)?\s+at|walk(?:s|ed|ing)?\s+away\s+from|turn(?:s|ed|ing)?\s+down|shot\s+down|shoot(?:s|ing)?\s+down|push(?:es|ed|ing)?\s+back\s+(?:on|against)|vot(?:e|es|ed|ing)\s+(?:\d+(?:\.\d+)?(?:%|\s+per\s*cent|\s+percent)\s+|\d+[-–]\d+\s+|\d+\s+to\s+\d+\s+|(?:\d+|\p{L}+)[-–]to[-–](?:\d+|one)\s+|\p{L}+ly\s+)?(?:(?:on|in)\s+\p{Lu}\p{Ll}+\s+)?(?:against|down|no\s+(?:on|to)|no(?=\s*[.,;!?"”]))|veto(?:es|ed|ing)?|block(?:s|ed|ing)?|stall(?:s|ed|ing)?|torpedo(?:es|ed|ing)?|scuttl(?:e|es|ed|ing)|sink(?:s|ing)?|sank|derail(?:s|ed|ing)?|came\s+out\s+against|com(?:e|es|ing)\s+out\s+against|lobb(?:y|ies|ied|ying)\s+against|campaign(?:s|ed|ing)?\s+against|protest(?:s|ed|ing)?\s+(?:against|over)|(?:strike|strikes|struck|striking)\s+down|thr(?:ew|ow|ows|owing)\s+out|stonewall(?:s|ed|ing)?|rail(?:s|ed|ing)?\s+against|(?:hit|hits|hitting)\s+out\s+(?:at|against)|lash(?:es|ed|ing)?\s+out\s+(?:at|against)|t(?:ake|akes|ook|aking|aken)\s+aim\s+at|frown(?:s|ed|ing)?\s+(?:on|upon)|shun(?:s|ned|ning)?|snub(?:s|bed|bing)?|nix(?:es|ed|ing)?|quash(?:es|ed|ing)?|kill(?:s|ed|ing)?\s+off|thwart(?:s|ed|ing)?|cool(?:s|ed|ing)?\s+on`, -1, 'agentive', 0.8, true),
  c(String.raw`slam(?:s|med|ming)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|deplor(?:e|es|ed|ing)`, -1, 'agentive', 0.75, true),
  // A reception named by what it drew: "the plan drew sharp criticism from X" (−), "the accord won the backing of X" (+).
  { re: String.raw`(?:dr(?:ew|aw|aws|awing|awn)|attract(?:s|ed|ing)?|face[sd]?|facing|me(?:et|ets|t))\s+(?:(?:sharp|strong|fierce|heavy|swift|harsh|immediate|growing|widespread)\s+)?(?:criticism|condemnation|fire|objections?|opposition|protests?|rebukes?)(?=\s+(?:from|by)\s)`, polarity: -1, kind: 'agentive', weight: 0.7, passive: true, agentFrom: true },
  { re: String.raw`(?:w(?:on|in|ins|inning)|gain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|g(?:ot|et|ets|etting)|secur(?:e|es|ed|ing)|dr(?:ew|aw|aws|awing|awn)|ha[sd]|have|having|enjoy(?:s|ed|ing)?)\s+(?:(?:the|strong|full|broad|crucial|key|formal|tacit)\s+)*(?:backing|support|approval|endorsement|blessing|praise)(?=\s+(?:of|from)\s)`, polarity: 1, kind: 'agentive', weight: 0.7, passive: true, agentFrom: true },
  // Going back on a commitment is turning against it: "backtracked on its pledge to X", "reneged on the deal".
  c(String.raw`backtrack(?:s|ed|ing)?\s+(?:on|from)|reneg(?:e|es|ed|ing)\s+on|(?:go(?:es)?|went|going|gone)\s+back\s+on|distanc(?:e|es|ed|ing)\s+(?:itself|themselves|himself|herself)\s+from|back(?:s|ed|ing)?\s+away\s+from|put(?:s|ting)?\s+the\s+brakes\s+on`, -1, 'agentive', 0.7),
  // "sees no point in a truce": no reason for a thing is no wish for it.
  c(String.raw`(?:sees?|saw|seeing)\s+(?:no|little)\s+(?:point|sense|need|reason|merit|value)\s+(?:in|for|to)`, -1, 'agentive', 0.7),
  // "There is no room for more EU boats", "sees no role for arbitration": no room for a thing is refusing it.
  c(String.raw`(?:(?:there\s+is|there['’]s|there\s+was|there\s+will\s+be|there\s+can\s+be|leaves?|left|sees?|saw|has|have|had)\s+)?(?:no|little)\s+(?:room|role|place|space|appetite|support)\s+(?:for|in\s+favou?r\s+of)`, -1, 'agentive', 0.7),
  // "sees a role for mediators"; negated, "does not see a role for arbitration", it refuses the thing.
  c(String.raw`(?:see|sees|saw|seeing)\s+(?:a|any|an\s+important|a\s+useful)\s+(?:role|place|need|case)\s+for`, 1, 'agentive', 0.65),
  // What a side fears nothing from it accepts; what it has nothing to gain from it does not want: "had \"nothing to fear\" from the contract".
  c(String.raw`nothing\s+to\s+fear["”’]?\s+from`, 1, 'agentive', 0.6),
  c(String.raw`nothing\s+to\s+gain["”’]?\s+from|(?:much|everything|a\s+lot)\s+to\s+lose["”’]?\s+from`, -1, 'agentive', 0.6),
  // Fears and concerns about a thing: "voiced concern that the deal would ...", "fears the accord", "worried about the plan".
  c(String.raw`fear(?:s|ed|ing)?(?!\s+(?:for|of)\b)|concerns?\s+(?:that|about|over)|concerned\s+(?:that|about|over|by)|worr(?:y|ies|ied|ying)\s+(?:that|about|over)`, -1, 'agentive', 0.6),
  // "stood firm against lifting the ban": holding out against a thing; "has no appetite for sanctions".
  c(String.raw`(?:st(?:and|ands|ood|anding)|remain(?:s|ed)?|held|hold(?:s|ing)?)\s+firm\s+against|(?:no|little)\s+appetite\s+for`, -1, 'agentive', 0.75),
  // Feelings about an outcome: "dismay at the scrapping of the subsidy" (against the scrapping), "satisfaction at the end of the embargo".
  c(String.raw`(?:dismay|anger|outrage|disappointment|regret|frustration|alarm)\s+(?:at|over|about|with)`, -1, 'agentive', 0.65),
  c(String.raw`(?:satisfaction|delight|relief|joy)\s+(?:at|over|with)|celebrat(?:e|es|ed|ing)`, 1, 'agentive', 0.65),
  // "cheered the lifting of the ban", "the truce was embraced by the elders": a glad reception (passive with "by").
  // ("cheers" is as often the noun: "shook with cheers"; "cheering for a candidate" is a crowd's.)
  c(String.raw`cheered(?!\s+(?:on|up|for)\b)|cheering(?=\s+(?:the|a|an|its|their|this|that)\b)|embrac(?:e|es|ed|ing)(?!\s+of\b)`, 1, 'agentive', 0.75, true),
  // A regulator clearing a deal approves it ("urged regulators to clear it"); not "made clear the deal was dead".
  c(String.raw`clear(?:s|ed|ing)?(?<!\b(?:made|make|makes|making|is|was|are|were|be|been|very|not|it|all)\s\w+)(?=\s+(?:it|them|(?:the|a|an|its|their|this)\s+(?:[\p{L}$\d.,-]+\s+){0,3}?(?:deal|merger|takeover|acquisition|bid|purchase|sale|tie-up|transaction|agreement|combination)s?)\b)`, 1, 'agentive', 0.7),
  // "expresses its full appreciation of the agreement": gratitude for a thing is welcoming it.
  c(String.raw`(?:appreciation|gratitude)\s+(?:of|for)`, 1, 'noun', 0.6),
  // A shareholder who tenders its shares into a bid backs it.
  c(String.raw`tender(?:s|ed|ing)?\s+(?:its|their|his|her|our|my|all)\s+(?:\p{L}+\s+)?(?:shares|stake|holding)\s+(?:in)?to`, 1, 'agentive', 0.75),
  // Mocking an offer dismisses it: "scoffed at the proposal", "derided the plan".
  c(String.raw`(?:scoff(?:s|ed|ing)?|sneer(?:s|ed|ing)?|laugh(?:s|ed|ing)?)\s+at|derid(?:e|es|ed|ing)|ridicul(?:e|es|ed|ing)|mock(?:s|ed|ing)`, -1, 'agentive', 0.7, true),
  // "is firmly against a truce", "remains against the sanctions": being against a thing with no verb of opposing.
  c(String.raw`(?:is|are|was|were|remains?|remained|stays?|stayed|be|been)\s+(?:\p{L}+ly\s+|still\s+|also\s+)?against`, -1, 'agentive', 0.75),
  // "We are not against a quota swap", "has nothing against it": denying opposition leaves the thing acceptable.
  c(String.raw`(?:(?:is|are|was|were|be|been)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|(?:has|have|had)\s+nothing)\s+(?:\p{L}+ly\s+)?against`, 1, 'agentive', 0.65),
  // How a side received an offer: "reacted coolly to the proposal" (−), "responded positively to it" (+).
  c(String.raw`(?:react|respond)(?:s|ed|ing)?\s+(?:very\s+)?(?:coolly|cool|skeptically|sceptically|negatively|dismissively|angrily|frostily|with\s+(?:scepticism|skepticism|dismay|anger|hostility))\s+to`, -1, 'agentive', 0.65),
  c(String.raw`(?:react|respond)(?:s|ed|ing)?\s+(?:very\s+)?(?:positively|warmly|favou?rably|enthusiastically|with\s+enthusiasm)\s+to`, 1, 'agentive', 0.7),
  // A side's attitude as a predicate adjective: "was enthusiastic about the exchange" (+), "is sceptical of the cap" (−).
  c(String.raw`(?:enthusiastic|keen|warm|upbeat)\s+(?:about|on|over|towards?)(?=\s)`, 1, 'agentive', 0.65),
  c(String.raw`(?:lukewarm|cool|cold|frosty|sceptical|skeptical|wary|hostile|dismissive|unenthusiastic)\s+(?:about|on|over|towards?|to|of)(?=\s)`, -1, 'agentive', 0.65),
  // Working against something: "sabotaging the ceasefire", "undermined the deal", "poured cold water on the plan".
  c(String.raw`sabotag(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|obstruct(?:s|ed|ing)?|wreck(?:s|ed|ing)?|(?:pour(?:s|ed|ing)?|thr(?:ew|ow|ows|owing|own))\s+cold\s+water\s+on|(?:pour(?:s|ed|ing)?|heap(?:s|ed|ing)?)\s+scorn\s+on|drag(?:s|ged|ging)?\s+(?:its|their|his|her|our|my)\s+feet\s+(?:on|over)|wash(?:es|ed|ing)?\s+(?:its|their|his|her|our|my)\s+hands\s+of|slam(?:s|med|ming)?\s+the\s+door\s+on|critical\s+(?:of|about)|st(?:and|ands|ood|anding)\s+in\s+the\s+way\s+of`, -1, 'agentive', 0.75),
  // Doubting a thing in public: "cast doubt on the proposed ceasefire", "played down the prospect of a deal".
  c(String.raw`cast(?:s|ing)?\s+doubts?\s+(?:on|over)|(?:play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?)\s+(?:the\s+)?(?:prospects?|chances?|likelihood|hopes?)\s+(?:of|for)`, -1, 'agentive', 0.6),
  // Doubt voiced as a noun: "expressed reservations about the truce", "voiced scepticism over the plan".
  c(String.raw`(?:reservations|misgivings|skepticism|scepticism|doubts)\s+(?:about|over|on|regarding|toward|towards)`, -1, 'noun', 0.6),
  // "warned Beijing against provocative behaviour", "cautioned Kyiv against accepting": the one warned may stand between the verb and "against".
  c(String.raw`(?:warn(?:s|ed)?|warning|caution(?:s|ed|ing)?|advis(?:e|es|ed|ing))\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,3}against`, -1, 'agentive', 0.8),
  // Standing up to a demand to act refuses the act: "would resist pressure from carmakers to loosen the quota" keeps the quota.
  c(String.raw`(?:resist(?:s|ed|ing)?|defy|defies|defied|defying|withst(?:and|ands|ood|anding)|st(?:and|ands|ood|anding)\s+up\s+to|rebuff(?:s|ed|ing)?)\s+(?:\p{L}+\s+){0,2}?(?:pressure|demands?|calls?)(?:\s+from\s+[^,;.:]{1,40}?)?\s+(?:to|for)`, -1, 'agentive', 0.7),
  // Resisting or lamenting something is being against it: "resisted the reform", "laments the cuts".
  c(String.raw`resist(?:s|ed|ing)?(?!\s+(?:the\s+)?(?:urge|temptation)\b)|lament(?:s|ed|ing)?|regret(?:s|ted|ting)?|deplor(?:e|es|ed|ing)|mourn(?:s|ed|ing)?`, -1, 'agentive', 0.75),
  // Letting a thing run out is giving it up: "let the quota expire" (and "not to let it expire" keeps it).
  c(String.raw`let(?:s|ting)?(?=\s+(?:the|its|their|this|that|it)\s+(?:[\p{L}-]+\s+){0,3}?(?:expire|lapse|collapse|die|fail|run\s+out|fall\s+apart)\b)`, -1, 'object', 0.7),
  // Fighting or challenging a measure is opposing it: "would fight it in Brussels", "vowed to challenge the ban in court".
  // ("the fighting that followed" is no one's act: no "-ing" form, no demonstrative after it.)
  // ("has vowed to fight automation", "fought against the levy": a bare noun or "against" after the verb, not the noun "the fight".)
  c(String.raw`(?:fights?|fought|challeng(?:e|es|ed|ing))(?=\s+(?:the|it|them|any|a|an|this|these|those)\b)|(?<!\b(?:the|a|this|that|their|its|his|her|our)\s)(?:fights?|fought)(?:\s+against|(?=\s+(?!(?:for|to|back|over|on|off|with|in|at|and|but|or|as|like|hard|harder|alongside|through|until|from|against|each|one|this|that|it|them|him|her|us)\b)\p{Ll}{4,}\b))`, -1, 'agentive', 0.7),
  // Ignoring a ruling or a demand refuses it; after a verb of intent it composes ("vowed to ignore" = against).
  c(String.raw`ignor(?:e|es|ed|ing)`, -1, 'object', 0.65),
  // Weakening or undoing a measure: "water down the sanctions", "relax the quota", "unwind", "repeal", "kill the moratorium".
  c(String.raw`(?:water(?:s|ed|ing)?\s+down|relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|unwind(?:s|ing)?|unwound|repeal(?:s|ed|ing)?|kill(?:s|ed|ing)?|gut(?:s|ted|ting)?|overturn(?:s|ed|ing)?)(?=\s+(?:the|a|an|its|their|this|that|these|those|any|all|it|them)\b)`, -1, 'object', 0.7),
  c(String.raw`(?:abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)?|t(?:ear|ears|earing|ore|orn)\s+up|t(?:ear|ears|earing|ore|orn)(?=\s+(?:it|them)\s+up)|rip(?:s|ped|ping)?\s+up|drop(?:s|ped|ping)?|scrap(?:s|ped|ping)?|renounc(?:e|es|ed|ing)|giv(?:e|es|ing)\s+up|gave\s+up|given\s+up|revers(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|expel(?:s|led|ling)?|phas(?:e|es|ed|ing)\s+out|shut(?:s|ting)?\s+down|wind(?:s|ing)?\s+down|wound\s+down|cancel(?:s|led|ed|ling|ing)?|terminat(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|annul(?:s|led|ling)?)`, -1, 'object', 0.8),
  c(String.raw`(?:call(?:s|ed|ing)?\s+off|rein(?:s|ed|ing)?\s+in|curb(?:s|ed|ing)?(?=\s+(?:the|its|their|his|her|a|an|all|any)\b)|curtail(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+back|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|cut(?:s|ting)?(?:\s+off)?|lower(?:s|ed|ing)?(?=\s+(?:the|its|their|his|her|a|an|some|most|all|any)\b)|(?<=\bto\s)lower(?=\s+\p{Ll})|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|scal(?:e|es|ed|ing)\s+back|remov(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|end(?:s|ed|ing)?(?!\s+up\b)|stop(?:s|ped|ping)?|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn|awing)\s+from|do(?:es|ing)?\s+away\s+with|did\s+away\s+with|done\s+away\s+with|eliminat(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|(?<!\bwith\s+or\s+)without(?!\s+(?:further\s+|undue\s+|any\s+)?(?:delay|hesitation|fail|question|doubt|ado)\b))`, -1, 'object', 0.7),
  // Being spared a measure is not wanting it: "sought an exemption from the tariffs", "a carve-out from the sanctions".
  c(String.raw`(?:an?\s+|the\s+)?(?:(?:full|partial|permanent|temporary)\s+)?(?:exemptions?|carve-?outs?|reprieve|waivers?|exclusions?)\s+from`, -1, 'object', 0.65),
  // Keeping a thing from happening: "averted a strike", "staved off sanctions"; after a verb of wanting or trying,
  // "wants to avoid the tariffs" (or "urged both sides to avoid a strike") composes with it. (A bare purpose clause, "bought gas to avoid the tariffs", has no
  // subject of its own here.)
  c(String.raw`(?<!\bto\s)(?:avoid(?:s|ed)?|avert(?:s|ed)?|(?:head(?:s|ed)?|stave(?:s|d)?|ward(?:s|ed)?)\s+off)(?=\s+(?:the|a|an|any|new|further|more|its|their)\s)`, -1, 'agentive', 0.65),
  c(String.raw`(?<=\b(?:want|wants|wanted|seek|seeks|seeking|sought|hope|hopes|hoped|hoping|try|tries|tried|trying|aim|aims|aimed|aiming|work|works|worked|working|plan|plans|planned|planning|need|needs|needed|vow|vows|vowed|scrambl\p{L}*|(?:urg\p{L}*|press\p{L}*|encourag\p{L}*|call\p{L}*\s+on|appeal\p{L}*\s+to)\s+(?:(?:both|all|the\s+two)\s+(?:sides|parties)|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}|(?:the|its|their)\s+[\p{L}'’-]+|them|him|her))\s+to\s)(?:avoid|avert|(?:head|stave|ward)\s+off)(?=\s+(?:the|a|an|any|new|further|more|its|their)\s)`, -1, 'object', 0.65),
  // Hitting back: "retaliated against the tariffs" opposes them; "hit back with tariffs" wields them.
  // (Only against a measure: "retaliated against Christmas trees" names what the retaliation hits.)
  c(String.raw`retaliat(?:e|es|ed|ing)\s+(?:against|for)(?=\s+(?:(?:the|any|new|its|their|these|those|such|US|U\.S\.|American|EU|Chinese|European)\s+){0,3}(?:tariffs|duties|levies|sanctions|measures|bans?|restrictions|curbs|moves?|decisions?|embargo)\b)`, -1, 'agentive', 0.7),
  c(String.raw`(?:hit(?:s|ting)?\s+back|retaliat(?:e|es|ed|ing)|respond(?:s|ed|ing)?|counter(?:s|ed|ing)?)\s+with`, 1, 'agentive', 0.65),
  // Threatening a measure is backing it as pressure: "threatened retaliatory tariffs", "threatened a strike".
  c(String.raw`threat(?:en|ens|ened|ening)(?=\s+(?:(?:new|fresh|more|further|retaliatory|punitive|higher|sweeping|additional|legal|a|an|the|its|their)\s+){0,2}(?:tariffs|duties|levies|sanctions|strikes?|walkouts?|lockouts?|boycotts?|retaliation|countermeasures|arbitration|vetoes?|veto|embargo|action)\b)`, 1, 'agentive', 0.65),
  // Acting against a measure through a body: "filed a complaint against the tariffs", "is preparing countermeasures against".
  c(String.raw`(?:prepar(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|launch(?:es|ed|ing)?|br(?:ing|ings|ought|inging)|(?:draw(?:s|ing)?|drew|drawn)\s+up|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|impos(?:e|es|ed|ing))\s+(?:(?:a|an|its|their|new|legal|formal|swift|retaliatory|tit-for-tat)\s+)*(?:countermeasures|counter-measures|retaliation|retaliatory\s+measures|complaints?|lawsuits?|legal\s+challenges?|challenges?|cases?)\s+against`, -1, 'agentive', 0.7),
  c(String.raw`(?:countermeasures|counter-measures|retaliation|complaints?|lawsuits?|legal\s+challenges?)\s+against`, -1, 'noun', 0.7),
  // The undoing as a noun after the verb that wants it: "called for an end to", "demanded a halt to", "urged the repeal of".
  c(String.raw`(?:an?|the)\s+(?:(?:immediate|complete|swift|quick|speedy|permanent|full)\s+)?(?:end|halt|stop)\s+to|(?:the\s+)?(?:repeal|abolition|scrapping)\s+of`, -1, 'object', 0.7),
  // Taking back one's own word: "withdrew its objection to the truce" (for it), "withdrew its support for the plan" (against).
  // ("pulled its backing for", "walked back its support for", "retracted its offer of": the same.)
  // ("dropped its demand for", "abandoned its push for", "withheld its approval of", "withheld support for",
  // "quietly deserted its insistence on", "ditched its call for": the same.)
  c(String.raw`(?:withdr(?:ew|aw|aws|awn|awing)|pull(?:s|ed|ing)?|walk(?:s|ed|ing)?\s+back|retract(?:s|ed|ing)?|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|g(?:ive|ives|ave|iving|iven)\s+up|renounc(?:e|es|ed|ing)|withh(?:old|olds|eld|olding)|desert(?:s|ed|ing)?|ditch(?:es|ed|ing)?|shelv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|jettison(?:s|ed|ing)?|relinquish(?:es|ed|ing)?)(?=\s+(?:its|their|his|her|our|the)\s+(?:\p{L}+\s+)?(?:demands?|requests?|calls?|offers?|proposals?|bids?|claims?|objections?|support|backing|veto|threats?|opposition|endorsement|consent|approval|signature|push|drive|campaign|insistence|blessing)\b|(?<=\bwithh\p{L}+)\s+(?:(?:full|formal|final)\s+)?(?:support|backing|approval|consent|endorsement|blessing)\b)`, -1, 'object', 0.7),
  // Feelings about a thing on the table: "is unhappy with the quota swap", "satisfied with the offer".
  c(String.raw`(?:happy|satisfied|content|pleased|comfortable)\s+with`, 1, 'agentive', 0.65),
  c(String.raw`(?:unhappy|dissatisfied|displeased|uncomfortable|frustrated|disappointed|upset)\s+(?:with|by|at|over|about)`, -1, 'agentive', 0.65),
  // Keeping one's distance from a thing or putting it off: "wants nothing to do with", "said no to", "dug in its
  // heels over", "put the swap on hold", "kicked it into the long grass".
  c(String.raw`(?:want(?:s|ed)?|(?:will|would)\s+have|(?:has|have|had)|want(?:s|ed)?\s+to\s+have)\s+nothing\s+to\s+do\s+with|sa(?:y|ys|id|ying)\s+no\s+to|(?:dig|digs|digging|dug)\s+(?:in\s+)?(?:its|their|his|her|our)\s+heels\s+(?:in\s+)?(?:over|on)`, -1, 'agentive', 0.75),
  c(String.raw`(?:put(?:s|ting)?|kick(?:s|ed|ing)?)(?=\s+(?:the|this|that|its|their|his|her|it|them)\b[^.;:,]{0,40}?\s+(?:on\s+(?:hold|ice)|into\s+the\s+long\s+grass|on\s+the\s+back\s*burner)\b)`, -1, 'agentive', 0.7),
  // Giving way on a thing, or holding one's ground for it: "caved in on", "relented on", "stood firm on", "bought into".
  c(String.raw`cav(?:e|es|ed|ing)\s+in\s+(?:on|to|over)|relent(?:s|ed|ing)?\s+(?:on|over)|g(?:ave|ive|ives|iving)\s+in\s+(?:on|to|over)|(?:stand|stands|standing|stood|hold|holds|holding|held)\s+firm\s+on|b(?:uy|uys|uying|ought)\s+into|angl(?:e|es|ed|ing)\s+for|(?:see|sees|saw|seeing)\s+(?:some\s+|real\s+|great\s+)?merit\s+in`, 1, 'agentive', 0.7),
  c(String.raw`(?:see|sees|saw|seeing)\s+(?:no|little)\s+merit\s+in`, -1, 'agentive', 0.7),
  // Holding no position yet: "remains undecided on", "has not taken a position on".
  c(String.raw`undecided\s+(?:on|about|over)|(?:not|yet\s+to)\s+(?:taken?|adopted?)\s+a\s+(?:position|stance)\s+on`, 0, 'agentive', 0.6),
  // Weakening as a noun: "would never accept any weakening of the moratorium" keeps the moratorium.
  c(String.raw`(?:weakening|watering\s+down|erosion|dilution|loosening|relaxation|undermining)\s+of`, -1, 'object', 0.7),
  // A stop put on something, as a noun: "opposed the hold on aid" backs the aid; "lifted the freeze on visas" frees them.
  c(String.raw`(?:an?|the|its|their)\s+(?:(?:temporary|indefinite|months-long|weeks-long)\s+)?(?:hold|holdup|freeze|suspension|pause|block)\s+(?:on|of)(?=\s)`, -1, 'object', 0.7),
  // An ending as a noun after the verb that judges it: "welcomed the end of the strike", "hailed the collapse of the pact".
  { re: String.raw`(?:an?|the|its|their)\s+(?:(?:sudden|abrupt|swift|eventual|final|formal|effective)\s+)?(?:end|collapse|breakdown|failure|demise|cancell?ation|termination|expiry|expiration|abandonment|unravell?ing)\s+of`, polarity: -1, kind: 'object', weight: 0.65, composeOnly: true },
  // "is nothing more than a pause": belittling, after a copula only ("wanted nothing more than a truce", "with no more
  // than 100 monitors" belittle nothing).
  c(String.raw`(?<=\b(?:is|was|are|were|be|been|being|seems?|seemed|remains?|remained|['’]s)\s+(?:\p{Ll}+ly\s+)?)(?:nothing|no)\s+more\s+than`, -1, 'agentive', 0.55),
  c(String.raw`will\s+not\s+work|won['’]t\s+work|(?:is|are|was|were)\s+(?:a\s+)?(?:non-starter|unacceptable|out\s+of\s+the\s+question)|(?:is|are|was|were)\s+(?:not|no\s+longer)\s+(?:under\s+consideration|on\s+the\s+table|up\s+for\s+(?:discussion|negotiation|debate))|(?:is|are|was|were)\s+off\s+the\s+table`, -1, 'agentive', 0.7),
  c(String.raw`(?:should|must)\s+not\s+be`, -1, 'deontic', 0.7),
  // Ruling an event out as what will not happen: "there won't be a hearing", "there can be no truce" (not "no peace
  // without a treaty", which needs the treaty: see `without`).
  // The speaker holds it; the article keeps it to a thing named ("there will not be time" is no object).
  c(String.raw`there\s+(?:won['’]t|will\s+not|will\s+never|wouldn['’]t|would\s+not|would\s+never|can\s*not|can['’]t|cannot|could\s+not|couldn['’]t)\s+be(?=\s+(?:a|an|any)\s)(?![^.;,]{0,40}\bwithout\b)|there\s+(?:can|could|will|would|must|should)\s+be\s+no(?=\s)(?![^.;,]{0,40}\bwithout\b)`, -1, 'agentive', 0.7),
  // Confirming a nominee or an appointment, said as what will (not) happen: "This person will not be confirmed." Only
  // after a modal of intent: "could not be confirmed" is a reporter's caveat about a claim, not a stance.
  c(String.raw`be\s+confirmed(?<=(?:\b(?:will|would|shall|should|must)\s+(?:not\s+|never\s+)?|\b(?:won['’]t|wouldn['’]t)\s+)be\s+confirmed)`, 1, 'agentive', 0.7),

  // --- support ---
  c(String.raw`agree(?:s|d|ing)?\s+(?:to|on|with)|agreement\s+to`, 1, 'agentive', 0.85),
  // British usage: "has agreed a five-year deal" (a deal, truce or pact as the direct object).
  c(String.raw`agree(?:s|d|ing)?(?=\s+(?:a|an|the|its|their|this|that)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:deal|agreement|accord|pact|truce|cease-?fire|settlement|contract|compromise|framework|package|treaty|timetable|schedule|road\s*map|formula|mechanism)s?\b)`, 1, 'agentive', 0.8),
  // What a side wins or secures in talks it wanted: "Sumar also secured a 100 percent tax on ...", "won a change to the levy".
  // (Only a thing bargained over: "won the election", "secured a seat" are no stance.)
  c(String.raw`(?:secur(?:es|ed|ing)|w(?:on|ins|inning)|obtain(?:s|ed|ing)?|clinch(?:es|ed|ing)|extract(?:s|ed|ing)?)(?=\s+(?:a|an|the|its|their)\s+(?:[\p{L}\d%-]+\s+){0,4}?(?:tax|levy|change|concession|exemption|guarantee|commitment|pledge|increase|rise|cut|reduction|extension|waiver|release|timetable|delay|transfer|reform|assurances?|promise|deal|agreement)s?\b)`, 1, 'agentive', 0.7),
  // Headline English drops the article: "Kyrgyzstan agrees summer water release", "Union agrees pay deal".
  c(String.raw`agrees(?=\s+(?:[\p{L}\d-]+\s+){0,3}?(?:deal|pact|truce|cease-?fire|settlement|contract|compromise|release|exchange|swap|barter|schedule|quotas?|cuts?|rise|increase|reduction)\b)`, 1, 'agentive', 0.75),
  // "would agree only if ...", "Hamas agreed.", "agreed in Brussels late tonight": the verb with no object (the stage
  // supplies the object under discussion).
  c(String.raw`agree(?:s|d)?(?=(?:\s+(?:in\s+\p{Lu}[\p{L}-]+|(?:late|early)\s+(?:on\s+)?\p{L}+|on\s+\p{Lu}\p{Ll}+|tonight|overnight|yesterday|last\s+night))*\s*(?:[.,;:!?"”]|$|in\s+principle|only\s+(?:if|when|after|once)|provided|providing|unless|as\s+long|so\s+long|on\s+(?:the\s+)?condition|subject\s+to|conditional))`, 1, 'agentive', 0.75),
  c(String.raw`accept(?:s|ed|ing)?`, 1, 'agentive', 0.85, true),
  // Stance nouns: "its acceptance of", "Hamas's approval of", "their embrace of" — the possessor holds them.
  // "has no objection to the truce": an acceptance, though a cool one.
  c(String.raw`no\s+objections?(?:\s+whatsoever|\s+at\s+all)?["”’]?\s+to`, 1, 'noun', 0.6),
  c(String.raw`acceptance\s+of|approval\s+of|embrace\s+of|welcome\s+(?:of|for)|enthusiasm\s+for|backing\s+of|commitment\s+to|openness\s+to|insistence\s+on`, 1, 'noun', 0.8),
  // Idioms of backing: "put its weight behind", "spoke up for", "the driving force behind", "could live with", "sees no alternative to".
  c(String.raw`put(?:s|ting)?\s+(?:its|their|his|her|our|my)\s+(?:full\s+|considerable\s+)?weight\s+behind|sp(?:oke|eak|eaks|eaking)\s+(?:up|out)\s+(?:for|in\s+favou?r\s+of)|driving\s+force\s+behind|(?:can|could|would)\s+["“]?live\s+with["”]?|(?:sees?|saw|seeing)\s+no\s+alternative\s+to|kept\s+the\s+door\s+open\s+to|keep(?:s|ing)?\s+the\s+door\s+open\s+to|went\s+out\s+of\s+(?:its|their|his|her|our|my)\s+way\s+to|go(?:es|ing)?\s+out\s+of\s+(?:its|their|his|her|our|my)\s+way\s+to`, 1, 'agentive', 0.65),
  // Keeping a measure standing: "sent mediators to shore up the ceasefire", "propped up the truce".
  c(String.raw`shor(?:e|es|ed|ing)\s+up|prop(?:s|ped|ping)?\s+up`, 1, 'object', 0.65),
  c(String.raw`objections?\s+to|resistance\s+to|refusal\s+(?:of|to)|condemnation\s+of|criticism\s+of|veto\s+of`, -1, 'noun', 0.8),
  c(String.raw`welcom(?:e|es|ed|ing)`, 1, 'agentive', 0.85, true),
  // Adopting or defending something in the idiom of legislatures, unions and news reports.
  c(String.raw`ratif(?:y|ies|ied|ying)|initial(?:l?ed|l?ing|s)(?=\s+(?:the|a|an|this|that|its)\b)|champion(?:s|ed|ing)?|defend(?:s|ed|ing)?|green[-\s]?lit|greenlight(?:s|ed|ing)?|rubber[-\s]stamp(?:s|ed|ing)?|(?:came|come|comes|coming)\s+out\s+(?:in\s+favou?r\s+of|for)|(?:threw|throw|throws|throwing|thrown)\s+(?:its|their|his|her)\s+(?:full\s+)?(?:weight|support)\s+behind|(?:went|go|goes|going)\s+along\s+with|campaign(?:s|ed|ing)?\s+for|sign(?:s|ed|ing)?\s+off\s+on|stand(?:s|ing)?\s+by|stood\s+by|warm(?:s|ed|ing)?\s+to|c(?:ame|ome|omes|oming)\s+(?:a?round|over)\s+to|advocat(?:e|es|ed|ing)|ma(?:ke|kes|de|king)\s+(?:the|a|its|their|his|her)\s+(?:strong\s+)?case\s+for|okay(?:s|ed|ing)?|OK(?:'d|’d|ed)|sa(?:y|ys|id|ying)\s+yes\s+to|settl(?:e|es|ed|ing)\s+on(?=\s+(?:a|an|the|its|their)\s)`, 1, 'agentive', 0.8, true),
  // "voted 9-4 on Wednesday to advance the bill": a tally and a day may come between.
  c(String.raw`authori[sz](?:e|es|ed|ing)|vot(?:e|es|ed|ing)\s+(?:\d+(?:\.\d+)?(?:%|\s+per\s*cent|\s+percent)\s+|\d+[-–]\d+\s+|\d+\s+to\s+\d+\s+|(?:\d+|\p{L}+)[-–]to[-–](?:\d+|one)\s+|\p{L}+ly\s+)?(?:(?:on|in)\s+\p{Lu}\p{Ll}+\s+)?(?:to|for|in\s+favou?r\s+of|yes\s+(?:on|to|for)|yes(?=\s*[.,;!?"”]))`, 1, 'agentive', 0.75, true),
  // Going on with a planned action is backing it: "would press ahead with the strike", "went ahead with the merger".
  c(String.raw`(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|go(?:es|ing)?|went|gone|forg(?:e|es|ed|ing))\s+ahead\s+with|proceed(?:s|ed|ing)?\s+with`, 1, 'agentive', 0.75),
  // Recommending a deal to those who vote on it is backing it: "the union's leaders recommended the offer".
  c(String.raw`recommend(?:s|ed|ing)?(?!\s+(?:that|against)\b)`, 1, 'agentive', 0.75, true),
  c(String.raw`hail(?:s|ed|ing)?|herald(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?`, 1, 'agentive', 0.8, true),
  c(String.raw`abid(?:e|es|ed|ing)\s+by|abode\s+by|comply|complies|complied|complying\s+with|stick(?:s|ing)?\s+to|stuck\s+to|(?:\p{L}+ly\s+)?(?:observ|respect|honou?r)(?:e|es|ed|ing|s)?(?=[’'"”]?\s+(?:the|its|their|a|an|this|that|it)\b)`, 1, 'agentive', 0.8),
  // Pressing someone to act, like urging them: the one who presses wants the act.
  c(String.raw`press(?:es|ed|ing)?(?=\s+(?:\p{L}+\s+){1,3}to\s)`, 1, 'agentive', 0.75),
  // "stepped up pressure on Russia to rein in ...": applying pressure is pressing; being "under pressure" is not.
  c(String.raw`(?<!\bunder\s+(?:\p{L}+\s+)?)pressur(?:e|es|ed|ing)(?:\s+on)?(?=\s+(?:\p{L}+\s+){1,3}to\s)`, 1, 'agentive', 0.75),
  c(String.raw`${BACK_VERB}(?:s|ed|ing)?(?!\s+(?:out|away|off|down)\b)(?=\s+(?:a|an|the|its|their|his|her|any|US|U\.S\.|[A-Z]))`, 1, 'agentive', 0.8, true),
  c(String.raw`support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|approv(?:e|es|ed|ing)`, 1, 'agentive', 0.85, true),
  c(String.raw`support\s+for|backing\s+for|endorsement\s+of`, 1, 'noun', 0.8),
  // A threat to do something is wanting it done, if only as leverage: "<X>'s threat to impose tariffs".
  c(String.raw`threats?\s+to|ultimatum\s+to`, 1, 'noun', 0.65),
  // Threatening a measure, or filing for it, is wanting it as leverage: "Kestrel threatens arbitration", "has filed for arbitration".
  c(String.raw`(?:threaten(?:s|ed|ing)?|fil(?:e|es|ed|ing)\s+for|(?:went|go|goes|going|gone)\s+to)(?=\s+(?:(?:a|an|the|its|their|international|legal|binding|fresh|new)\s+){0,2}(?:arbitration|strikes?|walkouts?|boycotts?|lockouts?|sanctions|tariffs|embargo|blockade|lawsuits?)\b)`, 1, 'agentive', 0.65),
  // A proposal is its proposer's: "Sudria's proposal for a truce", "the Norland proposal to cut tariffs".
  c(String.raw`counter-?proposals?\s+(?:for|to)|proposals?\s+(?:for|to)|initiatives?\s+(?:for|to)|requests?\s+for`, 1, 'noun', 0.7),
  // "accepted to suspend the kidnappings", "did not oppose to the formula": machine translations' calques of "agreed to" and "oppose".
  c(String.raw`accept(?:s|ed)?\s+to(?=\s+\p{Ll})`, 1, 'agentive', 0.75),
  c(String.raw`oppos(?:e|es|ed)\s+to(?=\s+(?:the|a|an|this|that|any|its|their)\s)`, -1, 'agentive', 0.75),
  // "could take the dispute to arbitration": bringing a quarrel before arbiters is asking for arbitration.
  c(String.raw`(?:tak(?:e|es|ing)|took|taken|bring(?:s|ing)?|brought|send(?:s|ing)?|sent)\s+(?:the|this|that|its|their|our)\s+(?:dispute|matter|case|issue|row|quarrel|complaint|conflict|disagreement|question)\s+to(?=\s+(?:(?:a|an|the|international|binding|independent)\s+){0,2}arbitration\b)`, 1, 'agentive', 0.65),
  c(String.raw`favou?r(?:s|ed|ing)?|in\s+favou?r\s+of|preference\s+for|prefer(?:s|red)?`, 1, 'agentive', 0.8),
  c(String.raw`(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed)?|lobb(?:y|ies|ied|ying)|argu(?:e|es|ed|ing)|fight(?:s|ing)?|fought|ask(?:s|ed|ing)?)\s+(?:\p{L}+ly\s+|hard(?:er)?\s+)?for`, 1, 'agentive', 0.85),
  // Putting a measure off is against it for now: "pushed to delay the tariffs", "voted to postpone the ban". Only
  // before a determiner: "without delay", "a delay of" are nouns.
  c(String.raw`(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|shelv(?:e|es|ed|ing)|put(?:s|ting)?\s+off)(?=\s+(?:the|its|their|his|her|a|an|any|this|that|these|those|all)\b)`, -1, 'object', 0.65),
  // Striving to bring an act about is wanting it: "pushed to delay the tariffs", "fought to have them suspended",
  // "vowed to do everything in its power to see them lifted". Not "was pressed to explain" (pressure on the subject).
  c(String.raw`(?:(?:push(?:es|ed|ing)?|fight(?:s|ing)?|fought|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|work(?:s|ed|ing)?|str(?:ive|ives|ove|iving))\s+(?:hard(?:er)?\s+)?|(?:do|does|did|doing)\s+(?:everything|all|whatever)\s+(?:(?:in|within)\s+(?:its|their|his|her|our|my)\s+power\s+|(?:it|they|he|she|we)\s+(?:can|could)\s+)?)to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be|no|an?y?)\b)\p{Ll})`, 1, 'agentive', 0.75),
  // Waiting eagerly for a thing: "members were counting the days until the agreement comes into force".
  c(String.raw`count(?:s|ed|ing)?\s+(?:down\s+)?the\s+days["”]?\s+(?:until|till|to|before)`, 1, 'agentive', 0.6),
  // Drawing up a measure is making it: "the port authority drew up the subsidy".
  c(String.raw`dr(?:ew|aw|aws|awing|awn)\s+up`, 1, 'agentive', 0.65),
  // "offered to host the next round of talks": hosting talks one offers or agrees to is wanting them (not "hosted the talks": a venue's part).
  c(String.raw`(?<=\bto\s)host(?=\s+(?:(?:the|a|an|another|next|new|further|fresh|direct|formal|peace)\s+)*(?:round\s+of\s+)?(?:talks|negotiations)\b)`, 1, 'object', 0.6),
  // Lobbying or pressing someone to act, like urging them: "lobbying Asian countries to back the ruling".
  c(String.raw`(?:lobb(?:ies|ied|ying)|pressur(?:es|ed|ing)|persuad(?:e|es|ed|ing))(?=\s+(?:[\p{L}.'’-]+\s+){1,4}to\s+\p{Ll})`, 1, 'agentive', 0.75),
  // Calling on someone to act, like urging them: "called on Congress to pass the bill".
  c(String.raw`call(?:s|ed|ing)?\s+(?:up)?on(?=\s+(?:[\p{L}.'’-]+\s+){1,4}to\s)`, 1, 'agentive', 0.8),
  // Joining a deal or talks takes part in it: "joined the ceasefire" (+), "declined to join the talks" (negated).
  // Not "joined the talks" (a mediator takes part in talks without a side) nor "joined the calls for X" (the calls are the object's frame).
  c(String.raw`join(?:s|ed|ing)?(?=\s+(?:the|a|an|this|that|its|their|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact|treaty|convention|protocol|sanctions|embargo|boycott|strike|moratorium)\b)`, 1, 'object', 0.6),
  // Joining others' calls is making them: "joined the calls for a delay", "joined the chorus urging a truce".
  c(String.raw`join(?:s|ed|ing)?\s+(?:(?:the|a|growing|other|those|international|mounting)\s+)*(?:calls?|chorus|push|campaign|demands?|appeals?)\s+(?:for|to)`, 1, 'agentive', 0.75),
  // Giving in to a demand to act is doing it: "bowed to pressure to lift the curbs"; "will not bow to calls to X" refuses X.
  c(String.raw`(?:bow(?:s|ed|ing)?|b(?:e|ent)nd(?:s|ing)?|cav(?:e|es|ed|ing)\s+in|yield(?:s|ed|ing)?|give\s+in|gave\s+in)\s+to\s+(?:\p{L}+\s+){0,2}?(?:pressure|demands?|calls?)\s+(?:to|for)`, 1, 'agentive', 0.65),
  // Passing a measure enacts it: "urged the Senate to pass the bill" (+ × +), "failed to pass it" (negated).
  c(String.raw`pass(?:es|ed|ing)?(?=\s+(?:the|a|an|this|that|its|their|any|such|legislation|it)\b)`, 1, 'object', 0.65),
  // What a demanded package must hold is what is demanded: "insisted that any bill include a delay of X".
  { re: String.raw`(?:include|contain|incorporate)(?=\s+(?:a|an|the|its|their|new|better|more|stronger|further)\s)`, polarity: 1, kind: 'object', weight: 0.65, composeOnly: true },
  // Acting on an issue is taking up what it asks for: "a mandate to act on background checks" (+), "refused to act on the bill" (−).
  c(String.raw`to\s+act\s+(?:swiftly\s+|quickly\s+|now\s+)?(?:on|upon)(?=\s+(?:the|a|an|this|that|its|their|any|such|it)\b)`, 1, 'object', 0.6),
  // "urged Pristina to move quickly on the association": moving on a thing is getting it done.
  c(String.raw`(?<=\bto\s)move\s+(?:swiftly\s+|quickly\s+|fast\s+|now\s+|ahead\s+|forward\s+)?(?:on|upon)(?=\s+(?:the|a|an|this|that|its|their|any|such|it)\b)`, 1, 'object', 0.6),
  // Pushing a thing forward: "Manchin pushed a proposal", "a proposal that Manchin pushed three years ago" ("pushed back", "pushed X to" are not).
  c(String.raw`push(?:es|ed|ing)?(?=\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:proposals?|plans?|bills?|measures?|legislation|amendments?|initiatives?|idea|deal|agreement|compromise|package|reforms?|resolution)\b(?!['’]s?\b|\s+(?:to|into|back|aside|off)\b))|(?<=\b(?:which|that)\s+(?:\S+\s+){1,5})push(?:es|ed|ing)?(?=\s+(?:\d+|one|two|three|four|five|six|several|many)\s+(?:years?|months?|weeks?)\s+ago\b|\s+(?:last|earlier)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\s*[,.;])`, 1, 'agentive', 0.6),
  // Bringing a bill: "introduced the legislation", "co-sponsored the measure".
  c(String.raw`(?:co-?)?sponsor(?:s|ed|ing)?|introduc(?:e|es|ed|ing)(?=\s+(?:the|a|an|this|that|its|their|his|her|new|legislation|bills?)\b)|(?<=\b(?:which|that)\s+(?:\S+\s+){1,5})introduc(?:e|es|ed|ing)(?=\s+(?:last|earlier|in\s+(?:19|20)\d\d)\b|\s*[,.;])|co-?author(?:s|ed|ing)?|(?:co-?)?wr(?:ote|ites|ite|iting)(?=\s+(?:the|a|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:bill|legislation|measure|amendment|resolution)\b)`, 1, 'agentive', 0.7, true),
  c(String.raw`calls?\s+for`, 1, 'noun', 0.8),
  // (Before the verb "demand".) What a side names as its demand is what it wants: "Japan's main demand is a full withdrawal", "its first condition remains X".
  c(String.raw`(?:(?:main|key|chief|central|core|principal|only|first|top|overriding)\s+)?(?:demands?|conditions?|requests?|priorit(?:y|ies)|goals?|objectives?)\s+(?:is|are|was|were|remains?|remained)(?!\s+(?:to|that|not|unclear|unknown)\b)`, 1, 'noun', 0.7),
  // "challenged Russia to accept the ceasefire", "dared Moscow to sign": a challenge to act asks for the act.
  c(String.raw`(?<!\b(?:was|were|is|are|be|been|being)\s+)(?:challeng(?:e|es|ed|ing)|dar(?:e|es|ed|ing))(?=\s+(?:(?!by\b|that\b|which\b)[\p{L}'’.-]+\s+){1,4}?to\s+\p{Ll})`, 1, 'agentive', 0.7),
  // "encouraged European nations to bolster defence spending" urges them. Not the passive ("Ukraine was encouraged by
  // Russia to ..."): the one encouraged is no holder.
  c(String.raw`(?<!\b(?:was|were|is|are|be|been|being|get|got|feel|felt)\s+(?:\p{Ll}+ly\s+)?)encourag(?:e|es|ed)(?=\s+(?:(?!by\b|that\b|which\b)[\p{L}'’.-]+\s+){1,4}?to\s+\p{Ll})`, 1, 'agentive', 0.7),
  // "said it could not afford the union's wage demands": what a side says it cannot afford it refuses (the "not"
  // composes); "can afford a 5% raise" accepts it. Only after a modal: "afforded protection" is giving.
  c(String.raw`(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|unable\s+to)\s+(?:simply\s+|possibly\s+|no\s+longer\s+)?afford(?=\s+(?:the|a|an|its|their|his|her|any|such|more|another|further|higher|bigger|\d))`, -1, 'agentive', 0.65),
  c(String.raw`(?<=\b(?:can|could|able\s+to)\s+)afford(?=\s+(?:the|a|an|its|their|his|her|any|such|more|another|further|higher|bigger|\d))`, 1, 'agentive', 0.6),
  // "warned Ukraine not to join NATO": a warning not to act asks for the act not to happen (the "not" composes). Not
  // across a clause ("warned Ukraine that it was not to blame") nor "not to be trusted".
  c(String.raw`warn(?:s|ed|ing)?(?=\s+(?:(?!that\b|which\b|it\b|was\b|is\b|were\b|are\b)[\p{L}'’.-]+\s+){0,4}?(?:not|never)\s+to\s+(?!be\b|blame\b)\p{Ll})`, 1, 'agentive', 0.7),
  c(String.raw`insist(?:s|ed|ing)?\s+(?:on|that)|demand(?:s|ed|ing)?|request(?:s|ed|ing)(?=\s+(?:the|a|an|its|their|more|further|new|additional)\s)|urg(?:e|es|ed|ing)|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|requir(?:e|es|ed|ing)|need(?:s|ed)?`, 1, 'agentive', 0.75),
  c(String.raw`propos(?:e|es|ed|ing)|(?<!\b(?:a|an|the|its|their|his|her|our|latest|final|new)\s|["”]\s)offer(?:s|ed|ing)?(?!\s+(?:of|from|was|is|has|had|on\s+the\s+table)\b)|put\s+forward|came\s+up\s+with|come\s+up\s+with|drafted|sign(?:s|ed|ing)?(?:\s+(?:on\s+to|up\s+to|off\s+on))?(?=\s+(?:(?:also|finally|formally|jointly|then|both)\s+)?(?:the|a|an|this|that|it|any|their|its|on|up|off)\b|\s+(?:without\s+(?:further\s+)?delay|immediately|quickly|soon|at\s+once|right\s+away)\b|\s*,?\s*(?:only\s+(?:if|when|once|after)|provided|providing|as\s+long\s+as|so\s+long\s+as|once|on\s+(?:the\s+)?condition|unless)\b|\s*[,.;!?]?["”])`, 1, 'agentive', 0.75),
  // Presenting a plan of one's own is backing it: "unveiled a proposal for", "rolled out a plan to", "tabled a
  // compromise", "submitted a draft text", "floated the idea of", "made a new offer on", "countered with a quota swap".
  // Only before a word for a proposal: "presented evidence", "made progress", "sent troops" put nothing forward, and
  // "suggested a deal was close" reports a guess, not a proposal.
  c(String.raw`(?:unveil(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out|la(?:y|ys|id|ying)\s+out|present(?:s|ed|ing)?|submit(?:s|ted|ting)?|tabl(?:es|ed|ing)|float(?:s|ed|ing)?|pitch(?:es|ed|ing)?|suggest(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|circulat(?:e|es|ed|ing)|outlin(?:e|es|ed|ing)|sen(?:d|ds|t|ding)|ma(?:ke|kes|de|king)|put(?:s|ting)?\s+on\s+the\s+table|counter(?:s|ed|ing)?\s+with)(?=\s+(?:a|an|the|its|their|his|her|our|new|fresh|revised)\s+(?:[\p{L}-]+\s+){0,2}?(?:proposals?|counter-?proposals?|counter-?offers?|plans?|initiatives?|blueprints?|frameworks?|bills?|packages?|offers?|road\s*maps?|strateg(?:y|ies)|legislation|measures?|drafts?|compromises?|formulas?|formulae|ideas?|swaps?|resolutions?|amendments?)\b(?!\s+(?:was|is|were|are|could|would|will|had|has|might|may|can|should|must)\b|-))`, 1, 'agentive', 0.75),
  // "put a quota swap on the table", "which the Commission put on the table": laying a thing before the other side.
  c(String.raw`put(?:s|ting)?(?=\s+(?:a|an|the|its|their|his|her|our|new|fresh|revised)\s+[^,;.!?"“”]{1,50}?\s+on\s+the\s+(?:negotiating\s+)?table\b)|put(?:s|ting)?\s+on\s+the\s+(?:negotiating\s+)?table(?=\s*(?:[,.;:!?"”)]|$|\s+(?:in|at|during|on|last|this|early|late|before|after)\b))`, 1, 'agentive', 0.7),
  // Taking part in talks or a process is backing it: "would take part in mediated talks", "will participate in the review".
  c(String.raw`(?:t(?:ake|akes|ook|aking|aken)\s+part|participat(?:e|es|ed|ing))\s+in(?=\s+(?:the|a|an|any|its|their|further|new|mediated|direct|indirect|formal|informal)\b)`, 1, 'agentive', 0.65),
  // Hoping or trusting that a deal will be reached, or a truce hold, is wanting it: "hoped a ceasefire could be agreed within
  // days", "was confident a deal could be reached", "expressed hope that the truce will hold".
  c(String.raw`(?:hop(?:e|es|ed|ing)|confident|optimistic|hopeful)(?=\s+(?:that\s+)?[^.;:!?]{0,60}?\b(?:could|would|will|can|might|may)\s+(?:soon\s+|still\s+)?(?:be\s+(?:agreed|reached|signed|concluded|finali[sz]ed|struck|sealed|achieved|implemented|secured|extended)|hold|last|take\s+effect)\b)`, 1, 'agentive', 0.65),
  // Eagerness or interest in a thing wants it; "in no hurry to" does not: "is keen to conclude", "not interested in a truce".
  c(String.raw`interested\s+in|(?:eager|keen|anxious|impatient)\s+(?:for|on|to)`, 1, 'agentive', 0.7),
  c(String.raw`in\s+no\s+(?:hurry|rush)\s+(?:to|for)`, -1, 'agentive', 0.7),
  // Being bound by an accord is accepting it: "will not be bound by the agreement" refuses it.
  c(String.raw`(?:be|is|are|was|were|feel|feels|felt|remain|remains)\s+(?:legally\s+)?bound\s+by`, 1, 'agentive', 0.7),
  // A partial quote may close inside the cue: "was “fully committed” to the process".
  c(String.raw`(?:ready|readiness|willing|willingness|prepared|open|committed|commitment)["”]?\s+(?:to|for)|pledg(?:e|es|ed)\s+to|promis(?:e|es|ed)\s+to|commit(?:s|ted)?\s+(?:itself\s+|themselves\s+|himself\s+|herself\s+)?to|vow(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|(?<!\bt(?:ake|akes|ook|aking|aken)\s+)aim(?:s|ed)?\s+(?:to|for|at)`, 1, 'agentive', 0.8),
  c(String.raw`(?:negotiations|talks)\s+(?:on|over|about)`, 1, 'agentive', 0.5),
  c(String.raw`(?:objective|goal|aim|priority|purpose)(?:\s*,\s*[^,;]{1,30}?\s*,)?\s+(?:is|was|would\s+be|remains)\s+to`, 1, 'agentive', 0.7),
  // "made obtaining a peace agreement a priority": what one makes a priority one wants.
  c(String.raw`ma(?:de|ke|kes|king)(?=\s+[^.;:]{3,80}?\s+(?:a|the|its|their|his|her|our)\s+(?:top\s+|key\s+|first\s+|major\s+|high\s+|national\s+|personal\s+)?priority\b)`, 1, 'agentive', 0.75),
  // Making a deal happen: "struck an agreement", "hammered out a deal", "worked to broker a cease-fire".
  c(String.raw`(?:forg(?:e|es|ed|ing)|broker(?:s|ed|ing)?|strik(?:e|es|ing)|struck|reach(?:es|ed|ing)?|hammer(?:s|ed|ing)?\s+out|work(?:s|ed|ing)?\s+out|nail(?:s|ed|ing)?\s+down|salvag(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|revive(?:s|d)?|reviving)(?=\s+(?:a|an|the|this|that|its|their|any|some|it)\b)`, 1, 'object', 0.7),
  // Expecting an agreement to be carried out is wanting it: "expects the deal to be implemented in full".
  c(String.raw`expect(?:s|ed|ing)?(?=\s+(?:the|this|that|it|a|an|both)\b[^.;]{0,50}?\bto\s+(?:be\s+)?(?:fully\s+)?(?:carried\s+out|implemented|finali[sz]ed|approved|signed|passed|ratified|honou?red|respected|observed|hold|held|succeed|take\s+effect|go\s+ahead|work|last|stick))`, 1, 'agentive', 0.7),
  // Stance nouns of striving: "Kerry's determination to", "Washington's push for".
  c(String.raw`(?:determination|efforts?|bid|push|drive|attempts?|desire|eagerness|hopes?|campaign|quest)\s+(?:to|for)`, 1, 'noun', 0.7),
  // "Britain would be better off staying in ...": a judgement of what is best for someone, held by the speaker.
  c(String.raw`better\s+off`, 1, 'deontic', 0.65),
  c(String.raw`(?:must|should|ought\s+to|(?:will|would)\s+have\s+to|has\s+to|have\s+to|needs?\s+to)`, 1, 'deontic', 0.65),
  c(String.raw`(?:clos(?:e|es|ed|ing)(?=\s+(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|pact|contract|treaty|talks|negotiations|gap|gaps)\b)|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|finali[sz](?:e|es|ed|ing)|conclud(?:e|es|ed|ing))(?=\s+(?:the|a|an|this|that|it)\b)`, 1, 'object', 0.7),
  c(String.raw`(?:keep(?:s|ing)?|kept|renew(?:s|ed|ing)?|retain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|uph(?:old|olds|eld|olding)|resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|extend(?:s|ed|ing)?|continu(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|re-?impos(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?(?=\s+(?:[\p{L}\d$%.-]+\s+){0,4}?(?:tariffs?|duties|duty|levies|levy|sanctions|embargo|ban|restrictions|curbs|controls|penalties|fines)\b)|tighten(?:s|ed|ing)?|enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?|establish(?:es|ed|ing)?|secur(?:e|es|ed|ing)|provid(?:e|es|ed|ing)(?!\s+that\b|\s+(?:the|a|an|it|they)\s+(?:[\p{L}-]+\s+){0,3}(?:held|holds|hold|is|was|were|are|remains?|remained|stays?|stayed|continues?|continued)\b)|negotiat(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|re-?open(?:s|ed|ing)?)`, 1, 'object', 0.6),
];

/**
 * Every cue with every field set, in one order: cues built by `c`, `role` and as literals had different hidden
 * classes, so `findCues` reading `cue.kind` saw many shapes and was deoptimised and recompiled ("wrong map") again and
 * again during a run.
 */
export const STANCE_CUES: readonly StanceCue[] = CUE_LIST.map((cue) => ({
  re: cue.re,
  polarity: cue.polarity,
  kind: cue.kind,
  weight: cue.weight,
  passive: cue.passive ?? false,
  role: cue.role ?? false,
  madeBy: cue.madeBy ?? false,
  agentFrom: cue.agentFrom ?? false,
  composeOnly: cue.composeOnly ?? false,
}));

/**
 * Words that, shortly before a cue in the same clause, reverse it ("did not agree", "never accepted"). A contracted
 * "n't" ends a word ("can't", "doesn't"), so it is matched inside one: at a word boundary it was never found.
 */
export const NEGATION = String.raw`(?:\b(?:no\s+(?:intention|plans?|desire|wish|interest)\s+(?:of|to|in)|no\s+question\s+of|no\s+reason\s+to|(?:the\s+)?last\s+thing(?=\s+(?:[\w'’-]+\s+){1,3}?(?:wants?|wanted|needs?|needed)\b|(?:\s+[\w'’-]+){1,2}\s*$)|far\s+from(?=\s+[a-z]+ing\b|\s*$)|anything\s+but|hardly|scarcely|in\s+no\s+hurry\s+to|rather\s+than|instead\s+of|not|never|nobody|no\s+one|no\s+longer|nor|neither|refus(?:e|es|ed|ing)\s+to|fail(?:s|ed)?\s+to|failure\s+to|declin(?:e|es|ed|ing)\s+to|reluctan(?:t|ce)["”’]?\s+to|unwilling(?:ness)?["”’]?\s+to)\b|\Bn['’]t\b|\bcannot\b)`;

/** Hedges that weaken a stance without reversing it. */
export const HEDGES = String.raw`\b(?:may|might|could|possibly|reportedly|appears?\s+to|seems?\s+to|signall?ed|hinted|hinting)\b`;

/** Markers that open a condition on the stance; the condition runs to the end of its clause. */
export const CONDITION_MARKERS = String.raw`\b(?:(?:but\s+)?only\s+if|(?:but\s+)?only\s+when|(?:but\s+)?only\s+(?:after|once)|provided\s+(?:that\s+)?|providing\s+(?:that\s+)?|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition\s+(?:that|of)(?!\s+anonymity)|unless|absent(?=\s+(?:a|an|any|the|further|real|significant|meaningful|concrete|genuine|progress|agreement|reforms?|changes?|concessions?|guarantees?|movement|action)\b)|except\s+if|until(?=\s+(?!(?:next|further|now|then|the\s+end|mid|late|early|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b))|subject\s+to|conditional\s+on|(?:as\s+part|in\s+the\s+(?:framework|context))\s+of(?=\s+(?:a|any)\s+(?:(?:comprehensive|final|wider|broader|overall|lasting|peace|political|negotiated)\s+)*(?:settlement|deal|agreement|solution|package|accord)\b)|under\s+(?:certain|some|specific|strict|clear|the\s+right)\s+conditions|contingent\s+on|(?<=\bcondition(?:s|ed|ing)?\s+(?:its|their|his|her|any)\s+(?:support|backing|approval|participation|agreement|consent|signature)\s+(?:for|of|to|on)\s+[^,;.]{1,60}?\s)on|(?<=\b(?:tie[sd]?|tying|link(?:s|ed|ing)?)\s+(?:it|them|this|that|the\s+(?:package|offer|deal|proposal|move|plan|opening)|(?:its|their|his|her)\s+(?:support|backing|approval|offer|participation|consent))\s)to)\b`;

/**
 * Threats to leave if something passes ("would resign if <body> approved <object>"): a stance against
 * what the if-clause approves. "In exchange for" is not a condition: it is deal content.
 */
export const EXIT_THREATS = String.raw`\b(?:resign(?:s|ed)?|quit(?:s)?|walk(?:s|ed)?\s+out|leave|leaves|step\s+down|pull(?:s|ed)?\s+out|bring\s+down|topple|collapse)\b`;

/** Reporting verbs: their subject is the speaker who holds what the reported clause says. */
export const REPORTING_VERBS = String.raw`\b(?:said|says|say|stated|states|told|tells|added|noted|argued|argues|insisted|insists|insisting|claimed|claims|suggested|suggests|indicated|indicates|signalled|signaled|warned|warns|warn|warning|announced|announces|declared|declares|wrote|writes|believes|believed|thinks|thought|made\s+(?:it\s+)?(?:clear|plain)|ma(?:de|kes?)\s+no\s+secret|reiterated|repeated|stressed|emphasi[sz]ed|acknowledged|explained|confirmed|affirmed|affirms|asserted|asserts|denied|denies|according\s+to)\b`;

/** Conjunctions that coordinate a second verb with the same subject ("rejected X but remained open to Y"). */
export const COORDINATORS = /\b(?:and|but|or|while|yet|whereas)\s+(?:also\s+)?(?:\S+\s+)?$/i;

/** Prepositions after which a name is an object, not the subject that holds a stance. */
export const OBJECT_PREPOSITIONS = /\b(?:for|to|with|from|against|on|of|in|at|into|over|about|toward|towards|between|among|than|like|via|including|as)\s+(?:the\s+)?$/i;

/** Subject pronouns that point back to the reporting speaker or the last subject. */
export const SUBJECT_PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
