/**
 * One error class for the whole project: a stable code, the input it concerns and a one-line reason.
 * `toString()` is the line a user sees: `<input>: <reason> [CODE]`.
 */
export type ErrorCode =
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_NO_ARTICLE'
  | 'E_FEED'
  | 'E_JSONL'
  | 'E_FETCH'
  | 'E_URL_REFUSED'
  | 'E_NOT_FOUND'
  | 'E_UNREADABLE'
  | 'E_WRITE'
  | 'E_PORT_IN_USE'
  | 'E_DB_LOCKED'
  | 'E_DB_NOT_PARLEY'
  | 'E_DB'
  | 'E_PACK'
  | 'E_GOLD'
  | 'E_USAGE'
  | 'E_VALIDATION'
  | 'E_INTERNAL';

export class ParleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly input: string | null,
    readonly reason: string,
    readonly status: number = 400,
    options?: { cause?: unknown },
  ) {
    super(input ? `${input}: ${reason}` : reason, options);
    this.name = 'ParleyError';
  }

  /** The one-line message shown to users. */
  line(): string {
    return `${this.message} [${this.code}]`;
  }
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}

/** Turns anything thrown into a ParleyError without losing the cause. */
export function asParleyError(e: unknown, input: string | null, code: ErrorCode = 'E_INTERNAL'): ParleyError {
  if (e instanceof ParleyError) return e;
  const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  // SQLite's busy and read-only errors are about the database, not the document being written.
  const sqlite = (e as { code?: unknown } | null)?.code;
  if (sqlite === 'SQLITE_BUSY' || sqlite === 'SQLITE_LOCKED' || (typeof sqlite === 'string' && sqlite.startsWith('SQLITE_BUSY_'))) {
    return new ParleyError('E_DB_LOCKED', input, 'database is busy: another process held its write lock too long; try again', 503, { cause: e });
  }
  if (typeof sqlite === 'string' && sqlite.startsWith('SQLITE_READONLY')) return new ParleyError('E_DB', input, 'database is read-only', 500, { cause: e });
  return new ParleyError(code, input, reason, 500, { cause: e });
}
