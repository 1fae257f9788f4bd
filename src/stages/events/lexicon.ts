/**
 * Event triggers as data: verb and nominalisation patterns mapped to PLOVER event types and modes.
 *
 * Types and modes follow the PLOVER ontology (Open Event Data Alliance, CC BY-SA 4.0,
 * https://github.com/openeventdata/PLOVER), with the CAMEO→PLOVER 2021 table for modes; STATEMENT and
 * APPEAL are Parley additions for the statements and appeals PLOVER drops.
 *
 * Each pattern is a case-insensitive regular-expression fragment using only non-capturing groups; the
 * whole match is the trigger span. Order matters: at the same start offset the first entry wins, so
 * specific multi-word entries come before the bare verbs they contain. Patterns are written from the
 * ontology's definitions and ordinary news phrasing, never from a particular article.
 */
import type { EventType } from '../../core/model.js';

export interface TriggerEntry {
  type: EventType;
  mode: string | null;
  pattern: string;
  /** Base confidence of this trigger (a bare noun is weaker evidence than a finite verb). */
  confidence?: number;
}

// Small word-form helpers keep the table readable: v('meet', 'met') → meets|meeting|met|meet.
const PLACE = String.raw`(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})`;
const GAP = String.raw`(?:\s+[\w'’,.-]+){0,6}?`; // up to six words between parts of a phrase
const SHORT_GAP = String.raw`(?:\s+[\w'’-]+){0,3}?`;
const AID_NOUN = String.raw`(?:aid|assistance|weapons(?:\s+deliveries)?|arms(?:\s+deliveries)?|supplies|support|funding|intelligence(?:[\s-]+sharing)?|military\s+help)`;
const ATTACK_NOUN = String.raw`(?:attacks?|strikes?|shelling|bombing|bombardment|hostilities|fighting|fire|offensive)`;

// "back" supports only as a verb with an object ("to back the plan", "they back Sen. Lopez"); "come back",
// "roll back", "back in 2009", "the back of the queue", "backed out" are not support.
const BACK_VERB = String.raw`(?:back(?:s|ed|ing)(?!\s+(?:out|off|down|away|up|into|from|to|in|on)\b)|(?<=\b(?:to|will|would|could|should|may|might|must|not|also|currently|they|we|i|you|fully|strongly|publicly|still|did|do|does|n['’]t)\s+)back(?=\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|it|him|them|any|such|sen\.?|rep\.?|president|prime|mr\.?|mrs\.?|ms\.?)\b))`;

export const TRIGGERS: readonly TriggerEntry[] = [
  // --- RETREAT (before ASSAULT and AGREE so "halt attacks", "cease fire" are not read as violence) ---
  { type: 'RETREAT', mode: 'ceasefire', pattern: String.raw`\b(?:declared|declares|declare|announced|announces|observed|observes|observe|called|calls)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce)` },
  { type: 'RETREAT', mode: 'ceasefire', pattern: String.raw`\b(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|pause[sd]?|pausing|suspend(?:s|ed|ing)?|cease[sd]?|ceasing|end(?:s|ed|ing)?)\s+(?:(?:all|the|its|their|further|long-range)\s+){0,2}(?:[\w-]+\s+)?${ATTACK_NOUN}\b` },
  { type: 'RETREAT', mode: 'ceasefire', pattern: String.raw`\bstop(?:s|ped|ping)?\s+shooting\b` },
  // "withdrew its memorandum", "withdraw the proposal": taking back a document, an offer or a claim moves no force
  // (a dropped demand or objection is a concession, below).
  { type: 'RETREAT', mode: 'withdraw', pattern: String.raw`\b(?:(?:withdr[eaw]w?n?|withdraws|withdrawing)\b(?!\s+(?:(?:its|their|his|her|the|a|an|this|that|any|all)\s+)?(?:[\w$.,-]+\s+){0,3}?(?:memorand(?:um|ums|a)|proposals?|bids?|offers?|bills?|nominations?|candidac(?:y|ies)|applications?|complaints?|lawsuits?|suits?|claims?|resignations?|statements?|remarks|requests?|letters?|recognition|accreditation|licen[cs]es?|permits?|demands?|objections?|conditions?|preconditions?|reservations?|threats?|ultimatums?|invitations?|endorsements?|consent|draft|resolutions?|motions?|amendments?|legislation|charges?|accusations?|allegations?)\b)|withdrawal|pull(?:s|ed|ing)?\s+(?:back|out)|pulled\s+(?:its|their)\s+(?:troops|forces)\s+(?:back|out))\b` },
  { type: 'RETREAT', mode: 'release', pattern: String.raw`\b(?:releas(?:e|es|ed|ing)|freed|frees)\s+(?:[\w-]+\s+){0,3}(?:prisoners?|detainees?|hostages?|captives?|pows?|soldiers|civilians)\b` },
  { type: 'RETREAT', mode: 'release', pattern: String.raw`\b(?:prisoner|pow|hostage)s?\s+(?:exchange|swap)s?\b` },
  { type: 'RETREAT', mode: 'ease', pattern: String.raw`\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?(?:sanctions|embargo|restrictions|curfew|blockade|ban)\b` },
  { type: 'RETREAT', mode: 'access', pattern: String.raw`\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|let)\s+(?:[\w-]+\s+){0,3}(?:inspectors|monitors|observers|peacekeepers|aid\s+convoys?|humanitarian|(?:the\s+)?delivery)\b` },
  { type: 'RETREAT', mode: 'access', pattern: String.raw`\b(?:receiv(?:e|es|ed|ing)|admit(?:s|ted|ting)?|accept(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}(?:observers|inspectors|monitors|peacekeepers)\b|\bhumanitarian\s+access\b` },
  { type: 'RETREAT', mode: 'disarm', pattern: String.raw`\b(?:surrender(?:s|ed|ing)?|disarm(?:s|ed|ing)?|demobili[sz](?:e|es|ed|ing))\b` },

  // --- SANCTION (reduce relations, stop aid) before AID so "cut off aid" is not read as aid ---
  { type: 'SANCTION', mode: 'discontinue', pattern: String.raw`\b(?:cut(?:s|ting)?\s+off|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|froze|freez(?:e|es|ing)|stop(?:s|ped|ping)?|cut(?:s|ting)?|end(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|withh(?:o|e)ld(?:s|ing)?)\s+(?:[\w.-]+\s+){0,4}?${AID_NOUN}\b` },
  { type: 'SANCTION', mode: 'withdraw', pattern: String.raw`\b(?:broke|break(?:s|ing)?|sever(?:s|ed|ing)?|cut(?:s|ting)?)\s+(?:off\s+)?(?:diplomatic\s+)?(?:relations|ties)\b` },
  { type: 'SANCTION', mode: 'withdraw', pattern: String.raw`\b(?:recall(?:s|ed|ing)?)\s+(?:its\s+|their\s+|the\s+)?ambassador\b` },
  { type: 'SANCTION', mode: 'withdraw', pattern: String.raw`\b(?:walk(?:s|ed|ing)?\s+out\s+of|pull(?:s|ed|ing)?\s+out\s+of|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|broke\s+off|break(?:s|ing)?\s+off|call(?:s|ed|ing)?\s+off|end(?:s|ed)?|ending(?<!,\s*ending)|cancel(?:s|l?ed|l?ing)?)\s+(?:(?:the|a|his|her|its|their|planned|scheduled)\s+){0,2}(?:[\w-]+\s+)?(?:talks|negotiations|mediation|visit|trip|meeting|summit|session|conference)(?:\s+efforts)?\b` },
  { type: 'SANCTION', mode: 'expel', pattern: String.raw`\bexpel(?:s|led|ling)?\s+(?:[\w-]+\s+){0,3}(?:diplomats?|ambassadors?|envoys?|inspectors|observers|peacekeepers|monitors|aid\s+(?:workers|agencies))\b` },
  { type: 'SANCTION', mode: null, pattern: String.raw`\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?|levie[sd]|announc(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|expand(?:s|ed|ing)?)\s+(?:new\s+|further\s+|fresh\s+|tougher\s+|more\s+|additional\s+|sweeping\s+|economic\s+|secondary\s+|retaliatory\s+|punitive\s+|steep\s+|heavy\s+|higher\s+)*(?:sanctions|tariffs|duties|levies|an?\s+embargo|a\s+boycott|penalties)\b` },
  { type: 'SANCTION', mode: null, pattern: String.raw`\bsanction(?:s|ed)\s+(?=[A-Z])` },
  { type: 'SANCTION', mode: 'withdraw', pattern: String.raw`\bsuspen(?:d|ds|ded|ding|sion\s+of)\s+(?:[\w-]+\s+){0,2}(?:links|flights|relations|ties|cooperation|trade|membership)\b` },
  { type: 'SANCTION', mode: null, pattern: String.raw`\b(?:embargo|boycott)(?:ed|s)?\s+(?:on|of|against)\b` },

  // --- THREATEN ---
  { type: 'THREATEN', mode: 'restrict', pattern: String.raw`\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?)${GAP}\s+(?:sanctions|tariffs|embargo|penalties|boycott)\b` },
  { type: 'THREATEN', mode: 'violence', pattern: String.raw`\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?)${GAP}\s+(?:attack|strike|force|war|invasion|retaliat\w*|military\s+action|nuclear)\b` },
  { type: 'THREATEN', mode: null, pattern: String.raw`\b(?:threaten(?:s|ed|ing)?|threats?\s+(?:to|of|against)|ultimatum|vow(?:s|ed|ing)?\s+to\s+retaliate)\b` },
  { type: 'THREATEN', mode: null, pattern: String.raw`\bwarn(?:s|ed|ing)?\s+(?:of|that|against)\b` },
  { type: 'THREATEN', mode: null, pattern: String.raw`\bor\s+(?:else\s+)?face\s+(?:[\w-]+\s+){0,2}(?:sanctions|penalties|consequences|tariffs|retaliation|action)\b` },

  // --- AID ---
  { type: 'AID', mode: 'intelligence', pattern: String.raw`\bintelligence[\s-]+sharing\b` },
  { type: 'AID', mode: 'intelligence', pattern: String.raw`\bshar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}intelligence\b` },
  { type: 'AID', mode: 'military', pattern: String.raw`\b(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|approv(?:e|es|ed|ing)|gave|giv(?:e|es|ing)|ship(?:s|ped|ping)?)\s+(?:[\w.$-]+\s+){0,4}(?:military\s+(?:aid|assistance|help)|weapons|arms|ammunition|missiles|air\s+defen[cs]es?|tanks|jets)\b` },
  { type: 'AID', mode: 'humanitarian', pattern: String.raw`\b(?:provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|airlift(?:s|ed|ing)?|donat(?:e|es|ed|ing))\s+(?:[\w.$-]+\s+){0,4}(?:humanitarian\s+(?:aid|assistance|supplies)|food|medicine|medical\s+supplies|relief)\b` },
  { type: 'AID', mode: 'economic', pattern: String.raw`\b(?:provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|approv(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|grant(?:s|ed|ing)?|lend(?:s|ing)?|lent|extend(?:s|ed|ing)?)\s+(?:[\w.$-]+\s+){0,4}(?:economic\s+(?:aid|assistance)|loans?|credit|financial\s+(?:aid|assistance|support)|funding)\b` },
  { type: 'AID', mode: 'intelligence', pattern: String.raw`\b(?:provid(?:e|es|ed|ing)|sen[dt]|send(?:s|ing)|gave|giv(?:e|es|ing)|pass(?:es|ed|ing)?)\s+(?:[\w.$,-]+\s+){0,5}?intelligence\b` },
  { type: 'AID', mode: null, pattern: String.raw`\b(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|sent|send(?:s|ing)?|gave|giv(?:e|es|ing)|donat(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over)\s+(?:[\w.$,-]+\s+){0,6}?(?:aid|assistance|medicine|medical\s+supplies|food|goods)\b` },
  { type: 'AID', mode: null, pattern: String.raw`\bgrant(?:s|ed|ing)?\s+(?:political\s+|diplomatic\s+)?asylum\b` },

  // --- CONSULT ---
  { type: 'CONSULT', mode: 'phone', pattern: String.raw`\b(?:(?:phone|telephone)\s+(?:call|conversation|talks?)|call(?:ed)?\s+by\s+(?:phone|telephone)|(?:spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?)\s+(?:by|on\s+the|over\s+the)\s+(?:phone|telephone)|telephon(?:e|es|ed|ing)(?<!\bby\s+telephon\w*)|phon(?:e|es|ed|ing)\s+(?=[A-Z])|video\s+(?:call|conference))\b` },
  { type: 'CONSULT', mode: 'visit', pattern: String.raw`\barriv(?:e|es|ed|ing)\s+(?:in|at)\s+${PLACE}(?:\s+on\s+\w+)?\s+(?:for|on)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:talks|visit|meeting|negotiations|summit)\b` },
  { type: 'CONSULT', mode: 'visit', pattern: String.raw`\b(?:visit(?:s|ed|ing)?|toured|trip\s+to|traveled\s+to|travelled\s+to|travel(?:s|led|ed|ling|ing)?\s+to|flew\s+to|fly(?:ing)?\s+to|arriv(?:e|es|ed|ing)\s+in|(?:host(?:s|ed|ing)?)|gave\s+(?:a\s+)?(?:warm\s+)?welcome|return(?:s|ed|ing)?\s+to\s+(?=[A-Z]))\b` },
  { type: 'CONSULT', mode: 'third-party', pattern: String.raw`\b(?:mediat(?:e|es|ed|ing|ion|or)|broker(?:s|ed|ing)?|shuttle\s+diplomacy|good\s+offices)\b` },
  { type: 'CONSULT', mode: null, pattern: String.raw`\b(?:(?:held|hold|holds|holding|had|have|has|conduct(?:s|ed|ing)?|open(?:s|ed|ing)?|(?:re)?start(?:s|ed|ing)?|began|begin(?:s|ning)?|launch(?:es|ed|ing)?|resum(?:e|es|ed|ing)|renew(?:s|ed|ing)?|enter(?:s|ed|ing)?(?:\s+into)?)\s+(?!(?:[\w-]+\s+){0,2}?(?:collaps(?:ed|es|e|ing)|broken|broke|break(?:s|ing)?|end(?:ed|s|ing)?|derail(?:ed|s|ing)?|sank|sunk|stall(?:ed|s|ing)?|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|wreck(?:ed|s|ing)?|torpedo(?:ed|es|ing)?|sabotag(?:ed|es|e|ing)|scuttl(?:ed|es|e|ing)|disrupt(?:ed|s|ing)?|abandon(?:ed|s|ing)?|boycott(?:ed|s|ing)?|quit|left|walk(?:ed|s|ing)?|fail(?:ed|s|ing)?)\s)(?:[\w-]+\s+){0,3}(?:talks|negotiations|consultations|discussions|meetings?|summit|dialogue))\b` },
  { type: 'CONSULT', mode: null, pattern: String.raw`\b(?:met|meet(?:s|ing)?|talks?|negotiat(?:e|es|ed|ing)|negotiations|consult(?:s|ed|ing)?|confer(?:s|red|ring)?|discuss(?:es|ed|ing)?|discussions|conversations?)\s+(?:with|between)\b` },
  { type: 'CONSULT', mode: null, pattern: String.raw`\b(?:hours|days|rounds?)\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|discussions)\b` },
  { type: 'CONSULT', mode: null, pattern: String.raw`\b(?:summit|talks|negotiations)\s+(?:in|at)\s+(?=[A-Z])` },
  { type: 'CONSULT', mode: null, pattern: String.raw`\b(?:met|meet(?:s)?|negotiated|consulted|conferred)\b(?<!\b(?:been|be|being|was|were|is|are|a|an|the|any|its|their)\s+\w+)`, confidence: 0.6 }, // not "demands had been met" (fulfilled) nor "any negotiated release" (an adjective); the look-behind after the word keeps the pattern's opening literal for the per-letter dispatch

  // --- REJECT ---
  { type: 'REJECT', mode: null, pattern: String.raw`\b(?:(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)(?!\s+(?:(?:the|these|those|such|an?|any|all|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:reports?|allegations?|accusations?|charges?|accounts?|rumou?rs?)\b)|rebuff(?:s|ed|ing)?|ruled?\s+out|rules\s+out|ruling\s+out|refus(?:e|es|ed|ing)(?!\s+to\s+(?:comment|elaborate|discuss\s+(?:details|specifics)|say|speculate|give\s+details|be\s+named|be\s+identified)\b)|declin(?:e|es|ed|ing)\s+to(?!\s+(?:comment|elaborate|discuss\s+(?:details|specifics)|say|speculate|give\s+details|be\s+named|be\s+identified)\b)|turn(?:s|ed|ing)?\s+down|veto(?:es|ed|ing)?|spurn(?:s|ed|ing)?|balk(?:s|ed|ing)?\s+at|def(?:y|ies|ied|ying)|brush(?:es|ed|ing)?\s+(?:off|aside)|den(?:y|ies|ied|ying)(?!\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that|having|\w+ing|it|this|any\s+wrongdoing|(?:the\s+|any\s+)?(?:reports?|claims?|allegations?|accusations?|charges?|responsibility|involvement|wrongdoing|rumou?rs?))\b)|reneg(?:e|es|ed|ing)\s+on|(?:is|are|was|were|remains?)\s+(?:firmly\s+|strongly\s+)?opposed\s+to|oppos(?:e|es|ed|ing)|violat(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:ban|law|order|norms|resolution|embargo)|(?:said|says)\s+no\s+to|block(?:s|ed|ing)?\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:bill|measure|deal|agreement|plan|proposal|resolution|nomination|legislation|package)|vot(?:e|es|ed|ing)\s+(?:against|down)|won['’]t\s+accept|will\s+not\s+accept|would\s+not\s+accept|cannot\s+accept|unacceptable|non-starter|out\s+of\s+the\s+question)\b` },
  { type: 'REJECT', mode: null, pattern: String.raw`\b(?:rejection|refusal)\s+(?:of|to)\b` },
  // "turned the proposal down": the particle after a short object.
  { type: 'REJECT', mode: null, pattern: String.raw`\bturn(?:s|ed|ing)?\s+(?:the|its|their|his|her|this|that|a|an|any|every)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|plans?|requests?|ideas?|demands?|bids?|deals?|invitations?|terms)\s+down\b` },
  // "would set a unilateral quota", "went it alone": acting alone instead of on the terms under negotiation.
  { type: 'REJECT', mode: null, pattern: String.raw`\b(?:set(?:s|ting)?|declar(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|introduc(?:e|es|ed|ing))\s+(?:(?:a|an|its|their|own|new)\s+){0,2}unilateral\s+(?!(?:ceasefire|cease-fire|truce|pause|halt|withdrawal)\b)[\w-]+|\b(?:go(?:es|ing)?|gone|went)\s+it\s+alone\b` },

  // --- ACCUSE (incl. PLOVER 0.5b1 DISAPPROVE and INVESTIGATE) ---
  { type: 'ACCUSE', mode: 'investigate', pattern: String.raw`\b(?:investigat(?:e|es|ed|ing|ion|ions)|prob(?:e|es|ed|ing)\s+into|inquiry\s+into|(?:dispatch|sen)(?:ed|t|d)?\s+inspectors)\b` },
  { type: 'ACCUSE', mode: 'allege', pattern: String.raw`\b(?:accus(?:e|es|ed|ing|ation|ations)|blam(?:e|es|ed|ing)|alleg(?:e|es|ed|ing|ation|ations)|charg(?:e|es|ed|ing)\s+(?:that|with)|indict(?:s|ed|ing|ment)?|sue[sd]?|suing|lodg(?:e|es|ed|ing)\s+(?:an?\s+)?(?:official\s+)?(?:complaint|protest)|complain(?:s|ed|ing)?\s+(?:to|about|of|that))\b` },
  { type: 'ACCUSE', mode: 'disapprove', pattern: String.raw`\b(?:condemn(?:s|ed|ing|ation)?|denounc(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|rebuk(?:e|es|ed|ing)|censur(?:e|es|ed|ing))\b` },

  { type: 'CONCEDE', mode: null, pattern: String.raw`\b(?:accept(?:s|ed|ing)?|me(?:e|e?t)s?)\s+(?:the\s+|their\s+|its\s+|his\s+|some\s+)?(?:[\w-]+\s+)?demands\b|\b(?:call(?:s|ed|ing)?\s+off|end(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\s+(?:a\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:strike|walkout|stoppage|sit-in|protest|boycott|demonstration|march)\b` },
  { type: 'THREATEN', mode: 'violence', pattern: String.raw`\b(?:vow(?:s|ed|ing)?|swore|sworn|swear(?:s|ing)?|pledg(?:e|es|ed|ing))\s+to\s+(?:fight|attack|retaliate|destroy|kill|continue\s+fighting|strike)\b` },
  // --- AGREE (express intent to cooperate, agree, sign) ---
  { type: 'AGREE', mode: null, pattern: String.raw`\b(?:agree(?:s|d|ing)?|agreement)\s+(?:to|on|upon|that|with|in\s+principle)\b` },
  { type: 'AGREE', mode: null, pattern: String.raw`\b(?:sign(?:s|ed|ing)?)\s+(?:(?:a|an|the|its|their|new|formal|landmark|peace|minerals|trade|framework|security)\s+){0,3}(?:[\w-]+\s+)?(?:deal|agreement|accord|treaty|pact|memorandum|ceasefire|truce|declaration|document)\b` },
  { type: 'AGREE', mode: null, pattern: String.raw`\b(?:reach(?:es|ed|ing)?|strike|struck|clinch(?:es|ed|ing)?|seal(?:s|ed|ing)?|hammer(?:s|ed|ing)?\s+out|hash(?:es|ed|ing)?\s+out|conclud(?:e|es|ed|ing))\s+(?:(?:a|an|the|its|their|new|tentative|preliminary)\s+){0,2}(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|compromise|understanding|consensus|pact|truce)\b` },
  { type: 'AGREE', mode: null, pattern: String.raw`\b(?:accept(?:s|ed|ing)?|endorse(?:s|d)?\s+(?:the\s+)?(?:proposal|plan)|(?:expressed|express(?:es)?)\s+(?:its\s+|their\s+)?(?:willingness|readiness)|(?:is|are|was|were)\s+(?:ready|willing|prepared)\s+to|pledg(?:e|es|ed|ing)\s+to|promis(?:e|es|ed|ing)\s+to|vow(?:s|ed|ing)?\s+to|offer(?:s|ed|ing)?\s+to|commit(?:s|ted|ting)?\s+to)\b` },
  { type: 'AGREE', mode: null, pattern: String.raw`\b(?:agree(?:s|d)?|deal|agreement|accord)\b`, confidence: 0.55 },
  // "a hopeful sign", "the first signs": after a determiner or an adjective "sign" is a noun.
  // The look-behind follows the word so that the combined trigger expression keeps "sign" as its literal opening.
  { type: 'AGREE', mode: null, pattern: String.raw`\bsign(?:s|ed)?\b(?<!\b(?:a|an|the|no|any|every|this|that|another|clear|good|positive|hopeful|encouraging|first|welcome|strong|further|some|what)\s+sign(?:s|ed)?)`, confidence: 0.5 },

  // --- CONCEDE ---
  // "would no longer oppose the dam": ending an opposition concedes (before REJECT's "oppose", which starts later).
  { type: 'CONCEDE', mode: null, pattern: String.raw`\bno\s+longer\s+(?:oppos(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+to|block(?:s|ed|ing)?|resist(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on)\b` },
  { type: 'CONCEDE', mode: null, pattern: String.raw`\b(?:conced(?:e|es|ed|ing)|concessions?|yield(?:s|ed|ing)?\s+to|back(?:s|ed|ing)?\s+down|ced(?:e|es|ed|ing)|gave\s+in|giv(?:e|es|ing)\s+in|(?:gave|give|gives|giving)\s+up|relent(?:s|ed|ing)?|capitulat(?:e|es|ed|ing)|acced(?:e|es|ed|ing)|bow(?:s|ed|ing)?\s+to\s+(?:pressure|demands)|(?:drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn|awing)|revers(?:e|es|ed|ing))\s+(?:its|their|his|her|the|a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:demands?|(?:arbitration\s+)?claims?|lawsuits?|insistence|objections?|opposition|refusal|rejection|conditions?|preconditions?|veto|threats?|ultimatums?))\b` },
  { type: 'CONCEDE', mode: null, pattern: String.raw`\b(?:eas(?:e|es|ed|ing)|loosen(?:s|ed|ing)?|cancel(?:s|l?ed|l?ing)?|rescind(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}(?:restrictions|ban|rules|controls|curbs|measures)\b` },

  // --- COOPERATE ---
  { type: 'COOPERATE', mode: 'intelligence', pattern: String.raw`\bshar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}(?:evidence|information|data|expertise)\b` },
  { type: 'COOPERATE', mode: 'military', pattern: String.raw`\b(?:joint\s+(?:military\s+)?(?:exercises?|drills?|patrols?|operations?)|war\s+games|military\s+cooperation)\b` },
  { type: 'COOPERATE', mode: 'legal', pattern: String.raw`\bextradit(?:e|es|ed|ing|ion)\b` },
  { type: 'COOPERATE', mode: null, pattern: String.raw`\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat(?:e|es|ed|ing|ion)|collaborat(?:e|es|ed|ing|ion)|work(?:s|ed|ing)?\s+together|partnership)\b` },

  // --- SUPPORT ---
  { type: 'SUPPORT', mode: null, pattern: String.raw`\b(?:establish(?:es|ed|ing)?|restor(?:e|es|ed|ing)|normali[sz](?:e|es|ed|ing)|upgrad(?:e|es|ed|ing))\s+(?:(?:their|its|the)\s+)?(?:full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b` },
  { type: 'SUPPORT', mode: null, pattern: String.raw`\b(?:prais(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|commend(?:s|ed|ing)?|${BACK_VERB}|support(?:s|ed|ing)?|defend(?:s|ed|ing)?|apologi[sz](?:e|es|ed|ing)|forg(?:ive|ave|iven|ives)|thank(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|rall(?:y|ied|ies|ying)\s+(?:behind|support)|express(?:es|ed|ing)?\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:support|solidarity|gratitude))\b`, confidence: 0.6 },

  // --- REQUEST / APPEAL ---
  { type: 'APPEAL', mode: null, pattern: String.raw`\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|plead(?:s|ed|ing)?|implor(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\b` },
  { type: 'REQUEST', mode: null, pattern: String.raw`\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+(?:for|to|that)|ask(?:s|ed|ing)?\s+(?=[A-Z])|press(?:es|ed|ing)?\s+(?:for|[A-Z]\w*\s+to)|push(?:es|ed|ing)?\s+(?:hard\s+)?for|pressur(?:e|es|ed|ing)|sought|seek(?:s|ing)?|order(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)\s+(?:its\s+|their\s+)?demand)\b` },
  // "that … must": the lookbehind comes after the verb so it is tried only where the verb matched, not at
  // every position of every sentence (placed first, it was a third of the trigger pass).
  { type: 'REQUEST', mode: null, pattern: String.raw`\b(?:must|has\s+to|have\s+to|needs?\s+to)(?<=\bthat\s+(?:[\w'’.,-]+\s+){1,10}?(?:must|has\s+to|have\s+to|needs?\s+to))\b`, confidence: 0.65 },
  { type: 'REQUEST', mode: null, pattern: String.raw`\b(?:must|has\s+to|have\s+to|needs?\s+to|should)\b`, confidence: 0.45 },

  // --- PROTEST ---
  { type: 'PROTEST', mode: 'hunger', pattern: String.raw`\bhunger\s+strikes?\b` },
  { type: 'PROTEST', mode: 'boycott', pattern: String.raw`\b(?:(?:went|go|goes|going)\s+on\s+strike|(?:\w+-day|open-ended|general|nationwide|national|indefinite|labou?r|workers['’]?)\s+strikes?|stopped\s+work|walk(?:ed)?\s+off\s+the\s+job|general\s+strike|walkouts?|boycott(?:s|ed|ing)?)\b` },
  // "demonstrates the initiative", "a demonstration of resolve", "rallied support": showing and gathering, not protest.
  { type: 'PROTEST', mode: 'demo', pattern: String.raw`\b(?:protest(?:s|ed|ing|ers)?|demonstrat(?:e|es|ed|ing)\b(?!\s+(?:the|a|an|its|his|her|their|our|your|that|how|what|this|these|those|some|any|no|real|clear|strong|new|great|growing|willingness|readiness|resolve|commitment|support)\b)|demonstrations?\b(?!\s+of\b)|demonstrators|rall(?:y|ies|ied|ying)\b(?!\s+(?:behind|around|round|to|support|allies|voters|backing)\b)|march(?:es|ed)\s+(?:on|through|in))\b` },
  { type: 'PROTEST', mode: 'obstruct', pattern: String.raw`\b(?:block(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:road|roads|highway|bridge|streets|transport|traffic|entrance|access|passage|railway)|barricad(?:e|es|ed|ing))\b` },
  { type: 'PROTEST', mode: 'riot', pattern: String.raw`\b(?:riot(?:s|ed|ing|ers)?|unrest)\b` },

  // --- MOBILIZE ---
  { type: 'MOBILIZE', mode: 'troops', pattern: String.raw`\b(?:mobili[sz](?:e|es|ed|ing|ation)(?!\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:\$|€|£|\d|members\b|billions?\b|millions?\b|trillions?\b|funds?\b|funding\b|finance\b|financing\b|money\b|resources\b|capital\b|investments?\b|support\b|voters\b|supporters\b|aid\b|donors\b|cash\b))|(?:deploy(?:s|ed|ing)?|mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|build(?:s|ing)?\s+up|buil[td]\s+up|sent|send(?:s|ing)?|station(?:s|ed|ing)?)\s+(?:[\w,-]+\s+){0,3}(?:troops|forces|soldiers|warships|tanks|missiles|reservists)|(?:on|put\s+on|raised?)\s+(?:high\s+|full\s+)?(?:alert)|military\s+build-?up)\b` },
  { type: 'MOBILIZE', mode: 'troops', pattern: String.raw`\b(?:strengthen(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|bolster(?:s|ed|ing)?)\s+(?:its\s+|their\s+)?(?:forces|troops|military\s+presence|defen[cs]es)\b` },
  { type: 'MOBILIZE', mode: 'police', pattern: String.raw`\b(?:order(?:s|ed|ing)?|increas(?:e|es|ed|ing)|step(?:s|ped|ping)?\s+up)\s+(?:[\w-]+\s+){0,2}patrols\b` },
  { type: 'MOBILIZE', mode: 'police', pattern: String.raw`\b(?:deploy(?:s|ed|ing)?|sent|send)\s+(?:[\w-]+\s+){0,3}(?:police|riot\s+police|security\s+forces)\b` },

  // --- COERCE ---
  { type: 'COERCE', mode: 'restrict', pattern: String.raw`\bimpos(?:e|es|ed|ing)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:restrictions|curbs|controls|curfew|martial\s+law|state\s+of\s+emergency)\b|\bprevent(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}(?:demonstration|protest|rally|march)s?\b` },
  // "40 jailed members", "the detained activists": a participle after a number or a determiner describes those held; it reports no arrest.
  { type: 'COERCE', mode: 'arrest', pattern: String.raw`\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?|round(?:ed)?\s+up|took\s+into\s+custody)\b(?<!\b(?:the|a|an|its|their|his|her|our|all|some|other|remaining|of|\d[\d,]*)\s+(?:jailed|detained|imprisoned|arrested))` },
  { type: 'COERCE', mode: 'deport', pattern: String.raw`\b(?:deport(?:s|ed|ing|ation)?|expel(?:s|led|ling)?|forc(?:e|es|ed|ing)\s+out|forcibly\s+(?:removed|displaced))\b` },
  { type: 'COERCE', mode: 'seize', pattern: String.raw`\b(?:seiz(?:e|es|ed|ing)(?!\s+(?:th(?:e|is|at)|an?|every|any)\s+(?:[\w-]+\s+)?(?:moment|opportunit(?:y|ies)|chance|initiative|occasion|momentum|day)\b)|confiscat(?:e|es|ed|ing)|expropriat(?:e|es|ed|ing)|annex(?:es|ed|ing|ation)?|occup(?:y|ies|ied|ying|ation))\b` },
  { type: 'COERCE', mode: 'restrict', pattern: String.raw`\b(?:blockad(?:e|es|ed|ing)|clos(?:e|es|ed|ing)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:borders?|airspace|ports?|crossings?)|curfew|martial\s+law|state\s+of\s+emergency|ban(?:s|ned)|outlaw(?:s|ed|ing)?|censor(?:s|ed|ing)?)\b` },

  // --- ASSAULT (incl. PLOVER 0.5b1 FIGHT) ---
  { type: 'ASSAULT', mode: null, pattern: String.raw`\b(?:violat(?:e|es|ed|ing|ion|ions)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce))\b` },
  { type: 'ASSAULT', mode: 'heavy-weapons', pattern: String.raw`\b(?:shell(?:s|ed|ing)|bomb(?:s|ed|ing|ings|ardment|arded|ard)|air\s?strikes?|airstrikes?|drone\s+(?:attacks?|strikes?)|missile\s+(?:attacks?|strikes?)|artillery|rockets?\s+(?:fire|attacks?)|launch(?:es|ed|ing)?\s+(?:[\w,-]+\s+){0,3}(?:missiles|drones|rockets|artillery|strikes)|fir(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}(?:missiles|rockets|shells))\b` },
  { type: 'ASSAULT', mode: 'firearms', pattern: String.raw`\b(?:open(?:s|ed)?\s+fire|gun\s?battles?|gunfire|shot\s+dead|shoot(?:s|ing)?\s+(?:at|down|dead))\b` },
  { type: 'ASSAULT', mode: 'assassinate', pattern: String.raw`\bassassinat(?:e|es|ed|ing|ion)\b` },
  { type: 'ASSAULT', mode: 'abduct', pattern: String.raw`\b(?:abduct(?:s|ed|ing|ion)?|kidnap(?:s|ped|ping)?|hijack(?:s|ed|ing)?|took\s+hostage)\b` },
  { type: 'ASSAULT', mode: 'cleansing', pattern: String.raw`\bethnic\s+cleansing\b` },
  { type: 'ASSAULT', mode: 'massacre', pattern: String.raw`\b(?:massacre(?:s|d)?|mass\s+killings?)\b` },
  { type: 'ASSAULT', mode: null, pattern: String.raw`\b(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|assault(?:s|ed|ing)?|invad(?:e|es|ed|ing)|invasion|offensive|incursion|raid(?:s|ed|ing)?|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|fought|fight(?:s|ing)?|clash(?:es|ed|ing)?|captur(?:e|es|ed|ing)|(?:re)?t(?:ook|ake|aken|akes)\s+(?:control\s+of|over(?!\s+(?:in|as|from|on|at|after|last|this|the\s+(?:post|job|role|helm|presidency|chairmanship|leadership|company|firm|union))\b|\s*[,.;]))|retak(?:e|en|es|ing)|retook|overran|overrun|explosion|destroy(?:s|ed|ing)?|torture[sd]?|beat(?:en|ing)?\s+up|abus(?:e|es|ed|ing))\b`, confidence: 0.6 },

  // --- STATEMENT (kept narrow: public declarations without a more specific type) ---
  { type: 'STATEMENT', mode: null, pattern: String.raw`\b(?:announc(?:e|es|ed|ing)|issu(?:e|es|ed|ing)\s+(?:a\s+)?(?:joint\s+)?statement|declar(?:e|es|ed|ing))\b`, confidence: 0.4 },
];
