// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinearCollapse } from '.';
import { analyse, boundarySegment, positiveRegion } from './collapse';
import { INPUT_BOX as PLOT_BOX, XOR_NETWORK_WEIGHTS } from './LinearCollapse';
import { analyseRelu, clip, hiddenBox, reluPositiveRegions } from './network';

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

describe('the same weights with ReLU between the layers', () => {
  const xor = { ...XOR_NETWORK_WEIGHTS, relu: true };
  it('the XOR network gets 4 of 4; its hidden points are (0,0), (1,0), (1,0), (2,1), split by h₁ − 2h₂ = ½', () => {
    const r = analyseRelu(xor);
    expect(r.hidden).toEqual([[0, 0], [1, 0], [1, 0], [2, 1]]);
    expect(r.outputs).toEqual([0, 1, 1, 0]);
    expect(r.correct).toBe(4);
    for (const [i, h] of r.hidden.entries()) expect(h[0] - 2 * h[1] > 0.5).toBe([0, 1, 1, 0][i] === 1);
  });

  it('the shaded pieces are exactly where the network says 1 (checked on a grid)', () => {
    const pieces = reluPositiveRegions(xor, PLOT_BOX);
    const inside = (poly: [number, number][], p: [number, number]) => clip(poly, { a: [0, 0], c: 1 }).length > 0 &&
      poly.every((a, i) => { const b = poly[(i + 1) % poly.length]; return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= -1e-9; }) ||
      poly.every((a, i) => { const b = poly[(i + 1) % poly.length]; return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) <= 1e-9; });
    for (let x = -0.45; x < 1.5; x += 0.1) for (let y = -0.45; y < 1.5; y += 0.1) {
      const h1 = Math.max(0, x + y), h2 = Math.max(0, x + y - 1), out = h1 - 2 * h2;
      if (Math.abs(out - 0.5) < 1e-6) continue;
      expect(pieces.some((poly) => inside(poly, [x, y])), `(${x}, ${y})`).toBe(out > 0.5);
    }
  });

  it('the hidden view holds every hidden point and the origin', () => {
    const box = hiddenBox([[0, 0], [1, 0], [1, 0], [2, 1]]);
    for (const [x, y] of [[0, 0], [2, 1]]) {
      expect(x > box.xMin && x < box.xMax && y > box.yMin && y < box.yMax).toBe(true);
    }
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
    // The ReLU switch: the same nine weights now get all four, and the equation no longer collapses.
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU between the layers' }));
    expect(live()).toContain('It gets 4 of 4 XOR points right.');
    expect(live()).toContain('(1, 1) → (2, 1)');
    expect(container.querySelector('.collapse-eq')!.textContent).toContain('No single layer equals this');
    expect(container.querySelectorAll('.collapse-plot__hinge')).toHaveLength(2);
    expect(container.querySelector('.kit-exercise')!.getAttribute('data-exercise-state')).toBe('unanswered');
  });
});
