// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DropoutMaskViewerView as DropoutMaskViewer } from './DropoutMaskViewer';
import { MaskSequence, UNITS, mean, survivorScale } from './masks';

afterEach(cleanup);

const stat = (label: string) => screen.getByText(label, { selector: '.kit-stat__label' }).nextElementSibling!.textContent!;

describe('MaskSequence (the engine Dropout, step by step)', () => {
  it('in training drops units with probability p and scales survivors by 1/(1 − p)', () => {
    const s = new MaskSequence(0.25, true);
    let dropped = 0;
    for (let k = 0; k < 4000; k++) {
      const m = s.next();
      for (const f of m.factor) expect(f === 0 || Math.abs(f - 1 / 0.75) < 1e-12, `factor ${f}`).toBe(true);
      dropped += m.dropped;
    }
    expect(dropped / (4000 * UNITS)).toBeCloseTo(0.25, 1);
    // The average output approaches the input: inverted scaling keeps the expected value.
    expect(mean(s.averageOutput()) / mean(s.input)).toBeCloseTo(1, 1);
  });

  it('in evaluation passes every unit through unchanged', () => {
    const m = new MaskSequence(0.5, false).next();
    expect(m.dropped).toBe(0);
    expect(Array.from(m.output)).toEqual(Array.from(m.input));
  });

  it('survivorScale reads the factor the engine applies', () => {
    expect(survivorScale(0.2)).toBeCloseTo(1.25, 12);
    expect(survivorScale(0.5)).toBeCloseTo(2, 12);
  });
});

describe('DropoutMaskViewer', () => {
  it('draws no mask until asked, then one per press, and reads it out', () => {
    render(<DropoutMaskViewer />);
    expect(stat('Masks drawn')).toBe('0');
    expect(document.querySelector('.kit-readout')!.textContent).toContain('No mask drawn yet');
    fireEvent.click(screen.getByRole('button', { name: 'Next mask' }));
    expect(stat('Masks drawn')).toBe('1');
    expect(stat('Survivors ×')).toBe('2');
    const dropped = document.querySelectorAll('.dropout-viewer__unit--dropped').length;
    expect(stat('Dropped now')).toBe(`${dropped} of ${UNITS}`);
    expect(document.querySelector('.kit-readout')!.textContent).toMatch(/Mask 1: (dropped units [\d, ]+|no unit dropped); survivors multiplied by 2/);
    fireEvent.click(screen.getByRole('button', { name: '100 masks' }));
    expect(stat('Masks drawn')).toBe('101');
  });

  it('in evaluation mode nothing is dropped or scaled', () => {
    render(<DropoutMaskViewer />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mode' }), { target: { value: 'eval' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next mask' }));
    expect(stat('Dropped now')).toBe(`0 of ${UNITS}`);
    expect(stat('Survivors ×')).toBe('1');
    expect(document.querySelector('.kit-readout')!.textContent).toContain('every unit passed through unchanged');
  });
});
