/**
 * The reporting verb when it denies what follows ("Morocco denied that it had offered ..."): an indirect quote
 * holds the denied words, so a listing that shows only the speaker and the words would state the opposite of
 * what was said. Null for any other cue ("said", "told reporters", "urged"). Shared by the CLI and the web app.
 */
export function denialCue(cue: string | null | undefined): string | null {
  const c = cue?.trim();
  if (!c) return null;
  return /^(?:(?:flatly|strongly|firmly)\s+)?(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?)\b/i.test(c) ? c : null;
}
