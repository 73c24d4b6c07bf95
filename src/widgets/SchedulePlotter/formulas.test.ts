// Every schedule formula the plotter prints is typeset by the build (virtual:katex-formulas).
import { describe, it } from 'vitest';
import { expectTypeset } from '../../../tests/support/typesetFormulas';
import { SCHEDULE_FORMULAS } from './formulas';

describe('typeset schedule formulas', () => {
  it('every formula renders without a KaTeX error', () => {
    expectTypeset(Object.values(SCHEDULE_FORMULAS));
  });
});
