import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP_BUILDING_BLOCKS } from '../../src/engine';

describe('OP_BUILDING_BLOCKS', () => {
  it('offers every name the activation ops import, so an edited region compiles against the real engine', () => {
    const source = readFileSync('src/engine/ops/activations.ts', 'utf8');
    const imported = [...source.matchAll(/^import (?:type )?\{([^}]+)\} from '\.\.\/[^']+';/gm)]
      .filter((m) => !m[0].startsWith('import type'))
      .flatMap((m) => m[1].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')));
    expect(imported.length).toBeGreaterThan(3);
    for (const name of imported) expect(Object.keys(OP_BUILDING_BLOCKS)).toContain(name);
  });
});
