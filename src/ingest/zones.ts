import type { InputFormat, Zone } from '../core/model.js';

/** Marks every non-blank line with its zone kind. Placeholder: every line is body. */
export function detectZones(text: string, _format: InputFormat = 'text'): Zone[] {
  const zones: Zone[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) zones.push({ kind: 'body', start: m.index, end: m.index + m[0].length, rule: 'default' });
  }
  return zones;
}
