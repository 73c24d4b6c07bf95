// URL state for the checker (`?bc.a=2,3&bc.b=3`). The kit's parameters are numbers, choices and
// switches; shapes are free text, so the checker reads and writes its two keys itself.
import { replaceSearch } from '../kit';
import { parseShape } from './broadcastCheck';

export function readShapesFromUrl(prefix: string, search: string): { a?: string; b?: string; notices: string[] } {
  const q = new URLSearchParams(search);
  const out: { a?: string; b?: string; notices: string[] } = { notices: [] };
  for (const key of ['a', 'b'] as const) {
    const raw = q.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const parsed = parseShape(raw);
    if (parsed.ok) out[key] = raw;
    else out.notices.push(`Shape ${key} from the link: ${parsed.error} Using the default.`);
  }
  return out;
}

export function writeShapesToUrl(prefix: string, a: string, b: string): void {
  if (typeof window === 'undefined') return;
  const q = new URLSearchParams(window.location.search);
  q.set(`${prefix}.a`, a.trim());
  q.set(`${prefix}.b`, b.trim());
  replaceSearch(`?${q.toString()}`);
}
