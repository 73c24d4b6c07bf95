// What a chapter read at compile time is recorded, so that `npm run dev` recompiles it when that file
// changes (src/book/plugins/chapterDependencies.ts); and the dev server's hot update takes the chapters in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import type { EnvironmentModuleNode, HotUpdateOptions } from 'vite';
import { ChapterDependencies, chapterDependenciesPlugin } from '../../src/book/plugins/chapterDependencies';
import { remarkSourceRegions } from '../../src/book/plugins/remarkSourceRegions';
import { remarkChapterLinks } from '../../src/book/plugins/remarkChapterLinks';
import type { PlannedChapter } from '../../src/book/plan';

const PLAN: PlannedChapter[] = [
  { number: 1, part: 'I', title: 'One' },
  { number: 2, part: 'I', title: 'Two' },
];
const fm = (n: number) => `---\nnumber: ${n}\npart: I\ntitle: T${n}\nsummary: S${n}.\n---\n`;

/** A project folder: src/ops.ts with a region, chapters 01 and 02 (02 quotes the region and links §1.1). */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'deps-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'chapters'));
  writeFileSync(join(root, 'src/ops.ts'), 'export const a = 1;\n// #region double\nexport const double = (x: number) => 2 * x;\n// #endregion\n');
  writeFileSync(join(root, 'chapters/01-one.mdx'), `${fm(1)}\n## 1.1 Start\n`);
  const two = `${fm(2)}\n## 2.1 Here\n\nAs §1.1 said:\n\n\`\`\`ts file=src/ops.ts region=double\n\`\`\`\n`;
  writeFileSync(join(root, 'chapters/02-two.mdx'), two);
  return { root, two };
}

async function compileChapter(root: string, name: string, value: string, dependencies: ChapterDependencies) {
  return String(
    await compile(
      { path: join(root, 'chapters', name), value },
      {
        remarkPlugins: [
          remarkFrontmatter,
          [remarkSourceRegions, { root, dependencies }],
          [remarkChapterLinks, { chaptersDir: join(root, 'chapters'), root, plan: PLAN, dependencies }],
        ],
      },
    ),
  );
}

describe('chapter dependencies', () => {
  it('records the quoted source file and the chapter whose headings a § link was checked against', async () => {
    const { root, two } = project();
    const deps = new ChapterDependencies();
    const js = await compileChapter(root, '02-two.mdx', two, deps);
    expect(js).toContain('double = (x: number)');
    expect(deps.chaptersReading(join(root, 'src/ops.ts'))).toEqual([join(root, 'chapters/02-two.mdx')]);
    expect(deps.chaptersReading(join(root, 'chapters/01-one.mdx'))).toEqual([join(root, 'chapters/02-two.mdx')]);
    expect(deps.chaptersReading(join(root, 'chapters/02-two.mdx'))).toEqual([]);
    expect(deps.chaptersReading(join(root, 'src/other.ts'))).toEqual([]);
  });

  it('forgets a quote the chapter no longer has, and keeps one whose region is missing (fixing the file recompiles it)', async () => {
    const { root, two } = project();
    const deps = new ChapterDependencies();
    await compileChapter(root, '02-two.mdx', two, deps);
    await compileChapter(root, '02-two.mdx', `${fm(2)}\n## 2.1 Here\n\nNo listing now.\n`, deps);
    expect(deps.chaptersReading(join(root, 'src/ops.ts'))).toEqual([]);
    expect(deps.chaptersReading(join(root, 'chapters/01-one.mdx'))).toEqual([]);

    const missing = `${fm(2)}\n\`\`\`ts file=src/ops.ts region=triple\n\`\`\`\n`;
    await expect(compileChapter(root, '02-two.mdx', missing, deps)).rejects.toThrow('src/ops.ts: no "// #region triple" marker');
    expect(deps.chaptersReading(join(root, 'src/ops.ts'))).toEqual([join(root, 'chapters/02-two.mdx')]);
  });

  it('dev server: a saved quoted file brings the chapters quoting it into the hot update', () => {
    const deps = new ChapterDependencies();
    deps.record('/book/chapters/02-two.mdx', 'source-regions', ['/book/src/ops.ts']);
    deps.record('/book/chapters/03-three.mdx', 'source-regions', ['/book/src/ops.ts', '/book/src/nn.ts']);
    const mod = (file: string) => ({ file, url: file }) as unknown as EnvironmentModuleNode;
    const chapterTwo = mod('/book/chapters/02-two.mdx');
    const chapterThree = mod('/book/chapters/03-three.mdx');
    const ops = mod('/book/src/ops.ts');
    const byFile = new Map([[chapterTwo.file, [chapterTwo]], [chapterThree.file, [chapterThree]]]);
    const plugin = chapterDependenciesPlugin(deps);
    const hook = plugin.hotUpdate as (this: unknown, o: HotUpdateOptions) => EnvironmentModuleNode[] | undefined;
    const context = { environment: { moduleGraph: { getModulesByFile: (f: string) => new Set(byFile.get(f) ?? []) } } };
    const update = (file: string, modules: EnvironmentModuleNode[]) => hook.call(context, { type: 'update', file, modules, timestamp: 0 } as unknown as HotUpdateOptions);

    expect(update('/book/src/ops.ts', [ops])).toEqual([ops, chapterTwo, chapterThree]);
    expect(update('/book/src/nn.ts', [])).toEqual([chapterThree]);
    expect(update('/book/src/unrelated.ts', [])).toBeUndefined();
    expect(plugin.apply).toBe('serve');
  });
});
