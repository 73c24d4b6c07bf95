// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IrisRegionsView as IrisRegions } from './IrisRegions';
import { frames, setUpPlayingWidgetTests, stat, readOut } from '../../../tests/support/fakeFrames';

setUpPlayingWidgetTests();


describe('IrisRegions', () => {
  it('draws all 150 flowers, 30 of them hollow test flowers, and does not train by itself', () => {
    render(<IrisRegions />);
    expect(document.querySelectorAll('.iris-regions__area .iris-regions__flower')).toHaveLength(150);
    expect(document.querySelectorAll('.iris-regions__area .iris-regions__flower--test')).toHaveLength(30);
    expect(screen.getByRole('img', { name: /Decision regions of the network over petal length and petal width/ })).toBeTruthy();
    frames(10);
    expect(stat('Step')).toBe('0');
    expect(readOut()).toMatch(/^Step 0\. Area of the picture per predicted species/);
  });

  it('trains with Play, stops at the checkpoint step 300 and says so; the read-out follows', () => {
    window.history.replaceState(null, '', '/?regions.speed=50');
    render(<IrisRegions />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(20);
    expect(stat('Step')).toBe('300');
    expect(screen.getByText(/Paused at step 300/)).toBeTruthy();
    expect(parseFloat(stat('Test accuracy')!)).toBeGreaterThanOrEqual(93);
    expect(readOut()).toMatch(/In this two-feature slice, \d+ of 150 flowers lie in a region of another species/);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(3);
    expect(Number(stat('Step'))).toBeGreaterThan(300);
  });

  it('a new seed holds out other flowers; bad URL values give a notice', () => {
    window.history.replaceState(null, '', '/?regions.seed=0.5');
    render(<IrisRegions />);
    expect(screen.getByText(/could not be used/)).toBeTruthy();
    const before = Array.from(document.querySelectorAll('.iris-regions__area .iris-regions__flower--test')).map((e) => e.outerHTML).join();
    fireEvent.change(screen.getByRole('slider', { name: 'Seed (split and weights)' }), { target: { value: '2' } });
    const after = Array.from(document.querySelectorAll('.iris-regions__area .iris-regions__flower--test')).map((e) => e.outerHTML).join();
    expect(after).not.toBe(before);
  });
});
