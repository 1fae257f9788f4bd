import { afterEach, describe, expect, it } from 'vitest';
import { writeArticle } from '../../../test/helpers/corpus-fixture.js';
import { Store } from '../../store/store.js';
import { listQuotes } from './quotes.js';

let store: Store | null = null;
afterEach(() => store?.close());

describe('listQuotes --speaker', () => {
  const actors = [
    { id: 'fitters-guild-of-freedonia', name: 'Fitters Guild of Freedonia' },
    { id: 'fitters-union', name: 'Fitters Union' },
  ];
  const text = '"We will not sign," the Fitters Guild of Freedonia said. "We might," the Fitters Union said.';
  const setup = () => {
    store = Store.open(':memory:');
    writeArticle(store, actors, { id: 'd0', outlet: 'Wire', published: '2025-03-04', text, quotes: [{ text: 'We will not sign', speaker: 'fitters-guild-of-freedonia' }, { text: 'We might', speaker: 'fitters-union' }] });
  };

  it('finds a speaker by a part of its name when no name or alias is the whole of it', () => {
    setup();
    expect(listQuotes(store!, { speaker: 'Fitters Guild' }).map((q) => q.text)).toEqual(['We will not sign']);
  });

  it('takes a whole name over names that only hold it', () => {
    setup();
    expect(listQuotes(store!, { speaker: 'fitters union' }).map((q) => q.text)).toEqual(['We might']);
  });
});
