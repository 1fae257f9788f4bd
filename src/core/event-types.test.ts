import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './model.js';

describe('EVENT_TYPES', () => {
  it('is the export schema’s list of event types', () => {
    const schema = readFileSync(join(import.meta.dirname, '../../schema/export.schema.json'), 'utf8');
    const m = /"ASSAULT",[\s\S]*?\]/.exec(schema);
    const list = schema.slice(schema.lastIndexOf('[', m!.index), m!.index + m![0].length);
    expect([...(JSON.parse(list) as string[])].sort()).toEqual([...EVENT_TYPES].sort());
  });
});
