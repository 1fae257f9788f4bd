import type { DocumentMetadata, Inferred, RawDocument, Zone } from '../core/model.js';

const none = <T>(): Inferred<T> => ({ value: null, origin: 'none', confidence: 0 });

/** Title, outlet, publication date, language and byline, from given metadata or the text. Placeholder. */
export function inferMetadata(raw: RawDocument, _zones: readonly Zone[]): DocumentMetadata {
  const given = <T extends string>(v: T | null | undefined, field: string): Inferred<T> =>
    v ? { value: v, origin: raw.given.origin?.[field as 'title'] ?? `${raw.format}:given`, confidence: 0.9 } : none<T>();
  return {
    title: given(raw.given.title, 'title'),
    outlet: given(raw.given.outlet, 'outlet'),
    published: given(raw.given.published?.slice(0, 10), 'published'),
    language: given(raw.given.language, 'language'),
    byline: given(raw.given.byline, 'byline'),
  };
}
