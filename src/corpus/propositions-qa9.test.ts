import { describe, expect, it } from 'vitest';
import { findNegotiatedObjects } from './propositions.js';

const ids = (text: string) => findNegotiatedObjects(text, 0, text.length).map((m) => m.id);

describe('a release of detainees is the prisoner release', () => {
  it('names "detainee release" and "the release of detainees" as the release of prisoners', () => {
    expect(ids('Orvania denies offering a detainee release at the talks')).toContain('auto:prisoner-release');
    expect(ids('the talks would focus on the release of detainees held by both sides')).toContain('auto:prisoner-release');
    expect(ids('the release of prisoners held since 2010')).toContain('auto:prisoner-release');
  });
});
