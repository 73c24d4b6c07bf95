// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinearCollapse } from '.';
import { analyse, boundarySegment, positiveRegion } from './collapse';
import { PLOT_BOX } from './CollapsePlot';

afterEach(cleanup);

const base = { w11: 1, w12: 1, w21: 1, w22: -1, b11: 0, b12: 0, v1: 0.5, v2: 0.5, b2: 0 };

describe('collapse logic', () => {
  it('W = W₂W₁ and b = W₂b₁ + b₂', () => {
    const r = analyse({ w11: 1, w12: 2, w21: 3, w22: 4, b11: 5, b12: 6, v1: 7, v2: 8, b2: 9 });
    expect(r.W).toEqual([7 * 1 + 8 * 3, 7 * 2 + 8 * 4]);
    expect(r.b).toBe(7 * 5 + 8 * 6 + 9);
  });

  it('the defaults give y = x₁: 2 of 4 right', () => {
    const r = analyse(base);
    expect(r.W).toEqual([1, 0]);
    expect(r.b).toBe(0);
    expect(r.correct).toBe(2);
  });

  it('clips the "1" half-plane and its boundary to the plot', () => {
    // x₁ > 0.5: the right half of the box
    const region = positiveRegion([1, 0], 0, PLOT_BOX);
    expect(region).toHaveLength(4);
    expect(Math.min(...region.map((p) => p[0]))).toBeCloseTo(0.5, 12);
    const seg = boundarySegment([1, 0], 0, PLOT_BOX)!;
    expect(seg.map((p) => p[0])).toEqual([0.5, 0.5]);
    expect(positiveRegion([0, 0], 1, PLOT_BOX)).toHaveLength(4); // everything is "1"
    expect(positiveRegion([0, 0], 0, PLOT_BOX)).toHaveLength(0);
    expect(boundarySegment([0, 0], 0, PLOT_BOX)).toBeNull();
  });
});

describe('<LinearCollapse />', () => {
  it('sliders change the single layer and the verdict; the XOR-network button gives 3 of 4', () => {
    const { container } = render(<LinearCollapse />);
    const live = () => container.querySelector('.kit-readout')!.textContent!;
    expect(live()).toContain('y = 1·x₁ + 0·x₂ + 0');
    expect(live()).toContain('2 of 4');
    fireEvent.change(screen.getByRole('slider', { name: 'b₂' }), { target: { value: '0.3' } });
    expect(live()).toContain('+ 0.3.');
    expect(screen.getByText('not solved yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /real XOR network/ }));
    expect(live()).toContain('y = −1·x₁ − 1·x₂ + 2.');
    expect(live()).toContain('3 of 4 XOR points right; wrong: (0, 0).');
    expect(screen.getByText('✓ solved')).toBeTruthy();
    expect(container.querySelector('.collapse-eq')!.textContent).toContain('=−1−1W = W₂W₁x +2b = W₂b₁ + b₂');
    expect(container.querySelector('.collapse-plot__line')).not.toBeNull();
  });
});
