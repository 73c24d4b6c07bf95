// Every activation formula the explorer prints is typeset by the build (virtual:katex-formulas).
import { describe, it } from 'vitest';
import { expectTypeset } from '../../../tests/support/typesetFormulas';
import { FORMULAS } from './formulas';

describe('typeset activation formulas', () => {
  it('every formula and derivative renders without a KaTeX error', () => {
    expectTypeset(Object.values(FORMULAS).flatMap((f) => [f.f, f.df]));
  });
});
