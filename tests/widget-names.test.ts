// One name per widget: the title a reader sees. For every folder src/widgets/<Name>/, the component a
// chapter writes is <Name />, the name its error boundary reports ("The “…” widget stopped working") is
// the frame's title (or the part before its colon), and a lazily loaded widget's placeholder has the
// same region title as the widget itself, so a reader (and a test looking for the region by name) sees
// one title from the first paint on. The list of widgets with their titles: src/widgets/README.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const WIDGETS = join(ROOT, 'src/widgets');

const folders = readdirSync(WIDGETS).filter((n) => n !== 'kit' && statSync(join(WIDGETS, n)).isDirectory());

export interface WidgetNames {
  /** `export const X = ...` in index.ts. */
  exported: string | null;
  /** The first argument of widget(...) / lazyWidget(...). */
  boundaryName: string | null;
  /** lazyWidget's second argument: the placeholder frame's title. */
  placeholderTitle: string | null;
  /** Every string a <WidgetFrame title=...> in the folder's components can show. */
  frameTitles: string[];
}

/** Reads a widget's names from its index.ts and component sources. */
export function namesOf(index: string, components: string[]): WidgetNames {
  const exported = /export const (\w+)\s*=\s*(?:lazyWidget|widget)\b/.exec(index)?.[1] ?? null;
  const call = /\b(lazyWidget|widget)(?:<[^>]*>)?\(\s*'([^']+)'(?:\s*,\s*'([^']+)')?/.exec(index);
  const frameTitles: string[] = [];
  for (const source of components) {
    for (const m of source.matchAll(/<WidgetFrame\b[\s\S]*?\btitle=(\{[^}]*\}|"[^"]*")/g)) {
      for (const s of m[1].matchAll(/'([^']*)'|"([^"]*)"/g)) frameTitles.push(s[1] ?? s[2]);
    }
  }
  return { exported, boundaryName: call?.[2] ?? null, placeholderTitle: call?.[1] === 'lazyWidget' ? call[3] ?? null : null, frameTitles };
}

/** Why a widget's names disagree, or null. */
export function mismatch(folder: string, n: WidgetNames): string | null {
  if (n.exported !== folder) return `${folder}/index.ts exports ${n.exported ?? 'no widget'}, not ${folder}`;
  if (n.frameTitles.length === 0) return `${folder} has no <WidgetFrame title="…">`;
  if (!n.boundaryName) return `${folder}/index.ts names no widget(...) / lazyWidget(...)`;
  const name = n.boundaryName;
  if (!n.frameTitles.some((t) => t === name || t.startsWith(`${name}:`))) {
    return `${folder}: the boundary's name "${name}" is not the title readers see (${n.frameTitles.map((t) => `"${t}"`).join(', ')})`;
  }
  if (n.placeholderTitle !== null && !n.frameTitles.includes(n.placeholderTitle)) {
    return `${folder}: the loading placeholder's title "${n.placeholderTitle}" differs from the widget's (${n.frameTitles.map((t) => `"${t}"`).join(', ')})`;
  }
  return null;
}

describe('one name per widget', () => {
  it('finds the widgets', () => {
    expect(folders.length).toBeGreaterThan(20);
  });

  for (const folder of folders) {
    it(`${folder}: export, boundary name and loading title are the title readers see`, () => {
      const dir = join(WIDGETS, folder);
      const components = readdirSync(dir)
        .filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
      expect(mismatch(folder, namesOf(readFileSync(join(dir, 'index.ts'), 'utf8'), components))).toBeNull();
    });
  }

  it('chapters import each widget under its folder name', () => {
    const wrong: string[] = [];
    for (const file of readdirSync(join(ROOT, 'chapters')).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(ROOT, 'chapters', file), 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/src\/widgets\/(\w+)'/g)) {
        const names = m[1].split(',').map((s) => s.trim()).filter(Boolean);
        if (m[2] !== 'kit' && !names.includes(m[2])) wrong.push(`${file}: imports {${names.join(', ')}} from widget ${m[2]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('catches a boundary named after the folder instead of the title, and a placeholder with another title', () => {
    const frame = ['<WidgetFrame title="Celsius dial: one linear layer, step by step" className="x">'];
    expect(mismatch('CelsiusDial', namesOf("export const CelsiusDial = widget('CelsiusDial', V);", frame))).toMatch(/not the title readers see/);
    expect(mismatch('CelsiusDial', namesOf("export const CelsiusDial = widget('Celsius dial', V);", frame))).toBeNull();
    expect(mismatch('CelsiusDial', namesOf("export const Dial = widget('Celsius dial', V);", frame))).toMatch(/exports Dial/);
    const lazy = (title: string) => namesOf(`export const Duel = lazyWidget('Schedule duel', '${title}', () => x);`, ['<WidgetFrame title="Schedule duel">']);
    expect(mismatch('Duel', lazy('Schedule duel'))).toBeNull();
    expect(mismatch('Duel', lazy('Schedule race'))).toMatch(/placeholder/);
    const both = ["<WidgetFrame title={on ? 'Two layers with ReLU between them' : 'Two linear layers collapse into one'}>"];
    expect(mismatch('LinearCollapse', namesOf("export const LinearCollapse = widget('Two linear layers collapse into one', V);", both))).toBeNull();
  });
});
