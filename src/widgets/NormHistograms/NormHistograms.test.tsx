// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NormHistogramsView as NormHistograms } from './NormHistograms';
import { frames, fakeAnimationFrames } from '../../../tests/support/fakeFrames';

beforeEach(fakeAnimationFrames);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const readOut = () => document.querySelector('.kit-readout')!.textContent!;

describe('NormHistograms', () => {
  it('draws a histogram per layer for both networks and reads the spreads out', () => {
    render(<NormHistograms />);
    expect(document.querySelectorAll('.norm-hist__svg')).toHaveLength(16);
    expect(readOut()).toMatch(/Untrained \(step 0\)\. Spread .* plain 1\.0, .*0\.21; with LayerNorm 1\.0, 1\.0/);
  });

  it('updates while training and on a new gain', () => {
    render(<NormHistograms />);
    const before = readOut();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(5);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(readOut()).not.toBe(before);
    fireEvent.change(screen.getByRole('slider', { name: 'Initial weight gain' }), { target: { value: '2.5' } });
    expect(readOut()).toMatch(/Untrained \(step 0\)/);
  }, 60_000);
});
