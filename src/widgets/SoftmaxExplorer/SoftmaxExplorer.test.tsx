// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SoftmaxExplorerView as SoftmaxExplorer } from './SoftmaxExplorer';
import { entropyBits, naiveSoftmax, scaledLogits, stableSoftmax } from './softmaxMath';

afterEach(cleanup);

describe('softmax math', () => {
  it('stable and naive agree on small logits; only the stable one survives large ones', () => {
    const small = [2, 1, 0.1];
    const a = stableSoftmax(small), b = naiveSoftmax(small).probs;
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 14));
    const big = scaledLogits(small, 1, 1000);
    expect(naiveSoftmax(big).probs.every(Number.isNaN)).toBe(true);
    stableSoftmax(big).forEach((v, i) => expect(v).toBeCloseTo(a[i], 12));
  });

  it('temperature sharpens and flattens', () => {
    const z = [2, 1, 0];
    expect(stableSoftmax(scaledLogits(z, 0.1))[0]).toBeGreaterThan(0.99);
    expect(entropyBits(stableSoftmax(scaledLogits(z, 1000)))).toBeCloseTo(Math.log2(3), 3);
  });
});

describe('<SoftmaxExplorer />', () => {
  it('logit sliders move the bars; the shift breaks the naive formula only', async () => {
    const { container } = render(<SoftmaxExplorer />);
    await screen.findByRole('slider', { name: 'Logit 1' });
    const live = () => container.querySelector('.kit-readout')!.textContent!;
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(live()).toContain('class 1 is most likely');
    expect(live()).toContain('The naive formula agrees here');
    fireEvent.change(screen.getByRole('slider', { name: 'Logit 3' }), { target: { value: '6' } });
    expect(live()).toContain('class 3 is most likely');
    expect(screen.getAllByText('✓ solved')).toHaveLength(1); // 6 vs 2: ≥ 90 % at T = 1
    fireEvent.change(screen.getByRole('slider', { name: 'Add to every logit' }), { target: { value: '800' } });
    expect(live()).toContain('The naive formula breaks');
    expect(live()).toContain('4 of 4 results are NaN');
    expect(container.querySelectorAll('.softmax__nan')).toHaveLength(4);
    expect(screen.getAllByText('✓ solved')).toHaveLength(2);
    // Far below 0 every eˣ underflows to 0, and 0 / 0 is NaN; the stable softmax is unchanged.
    fireEvent.change(screen.getByRole('slider', { name: 'Add to every logit' }), { target: { value: '-800' } });
    expect(live()).toContain('the sum of eˣ is 0');
    expect(live()).toContain('4 of 4 results are NaN');
    expect(live()).toContain('class 3 is most likely');
    fireEvent.change(screen.getByRole('slider', { name: 'Classes' }), { target: { value: '5' } });
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });
});
