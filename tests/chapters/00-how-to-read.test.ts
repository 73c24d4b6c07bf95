// Chapter 0's claims, checked: the notation it promises is the notation the chapters use (F23), and
// the first widget's sentence is true at every slider setting the text asks about (F5).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSine, sampleSine } from '../../src/widgets/SineDemo/sine';
import { SINE_PARAMS } from '../../src/widgets/SineDemo/params';

const dir = join(import.meta.dirname, '../../chapters');
const text = readFileSync(join(dir, '00-how-to-read.mdx'), 'utf8');

describe('chapter 0', () => {
  it('promises plain italic symbols, and chapters 0–7 set no matrix in bold', () => {
    expect(text.replace(/\s+/g, ' ')).toContain('Everything is set in plain italic');
    for (const file of readdirSync(dir).filter((f) => /^0[0-7]-.*\.mdx$/.test(f))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('\\mathbf');
    }
  });

  it('at the slider’s lowest setting, f = 0.5, the curve never reaches −1 and the sentence says so', () => {
    expect(SINE_PARAMS.frequency.min).toBe(0.5);
    expect(Math.min(...sampleSine(0.5, 10_001).map((p) => p.y))).toBeGreaterThan(-1e-9);
    expect(describeSine(0.5)).toContain('without going below zero');
    expect(text.replace(/\s+/g, ' ')).toContain('lowest setting, $f = 0.5$, predict: does the curve still reach $-1$?');
  });
});
