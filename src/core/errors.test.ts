import { describe, expect, it } from 'vitest';
import { asParleyError, ParleyError } from './errors.js';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('asParleyError', () => {
  it('keeps a ParleyError and wraps anything else as E_INTERNAL with its first line', () => {
    const p = new ParleyError('E_EMPTY', 'a.txt', 'empty document');
    expect(asParleyError(p, 'b.txt')).toBe(p);
    expect(asParleyError(new Error('boom\nstack'), 'a.txt')).toMatchObject({ code: 'E_INTERNAL', input: 'a.txt', reason: 'boom' });
  });

  it('reports SQLite busy and read-only errors as the database’s, not the document’s', () => {
    expect(asParleyError(sqliteError('SQLITE_BUSY', 'database is locked'), 'a.txt').code).toBe('E_DB_LOCKED');
    expect(asParleyError(sqliteError('SQLITE_BUSY_SNAPSHOT', 'database is locked'), 'a.txt').code).toBe('E_DB_LOCKED');
    expect(asParleyError(sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'), 'a.txt')).toMatchObject({ code: 'E_DB', reason: 'database is read-only' });
  });
});
