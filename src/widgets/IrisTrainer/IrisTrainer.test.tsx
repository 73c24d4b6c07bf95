// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IrisTrainerView as IrisTrainer } from './IrisTrainer';
import { mostConfusedPair, confusionText } from './ConfusionTable';
import { frames, setUpPlayingWidgetTests, stat, readOut } from '../../../tests/support/fakeFrames';

setUpPlayingWidgetTests();

const states = () => Array.from(document.querySelectorAll('.kit-exercise')).map((e) => e.getAttribute('data-exercise-state'));

describe('IrisTrainer', () => {
  it('starts untrained with a confusion table of 30 flowers and does not play by itself', () => {
    render(<IrisTrainer />);
    expect(screen.getByRole('combobox', { name: 'Standardise with' })).toBeTruthy();
    for (const name of ['Hidden units', 'Learning rate (Adam)', 'Seed (split and weights)', 'Steps per frame']) expect(screen.getByRole('slider', { name })).toBeTruthy();
    frames(20);
    expect(stat('Step')).toBe('0');
    const table = screen.getByRole('table', { name: /Confusion matrix on the 30 held-out flowers at step 0/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['setosa', 'versicolor', 'virginica']);
    const counts = within(table).getAllByRole('cell').filter((c) => c.classList.contains('iris-confusion__cell')).map((c) => Number(c.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(states()).toEqual(['unanswered', 'unanswered']);
  });

  it('trains past the checkpoint with Play and reaches at least 93 % test accuracy; the table fills its diagonal', () => {
    window.history.replaceState(null, '', '/?iris.speed=20');
    render(<IrisTrainer />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(25);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(Number(stat('Step'))).toBeGreaterThanOrEqual(300);
    expect(parseFloat(stat('Test accuracy')!)).toBeGreaterThanOrEqual(93);
    expect(readOut()).toMatch(/of 30 right/);
    const diagonal = document.querySelectorAll('.iris-confusion__cell--right');
    expect(Array.from(diagonal).reduce((a, c) => a + Number(c.textContent), 0)).toBeGreaterThanOrEqual(28);
    const step = stat('Step');
    frames(5);
    expect(stat('Step')).toBe(step);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(stat('Step')).toBe('0');
  });

  it('checks a prediction only after the run reaches the checkpoint', () => {
    window.history.replaceState(null, '', '/?iris.speed=20');
    render(<IrisTrainer />);
    fireEvent.click(screen.getByRole('radio', { name: 'versicolor and virginica' }));
    expect(states()[0]).toBe('unanswered');
    expect(screen.getByText(/Prediction noted/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(25);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(states()[0]).toBe('correct');
  });

  it('rejects malformed URL values with a notice and uses the defaults', () => {
    window.history.replaceState(null, '', '/?iris.lr=banana&iris.scaling=sometimes');
    render(<IrisTrainer />);
    expect(screen.getByText(/could not be used/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Standardise with' }) as HTMLSelectElement).value).toBe('train');
  });

  it('pauses on divergence and explains it, with a way out', () => {
    window.history.replaceState(null, '', '/?iris.lr=10&iris.speed=20');
    render(<IrisTrainer />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    frames(40);
    expect(screen.getByText(/Training stopped at step/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: /Lower the rate to 1 and restart/ }));
    expect(stat('Step')).toBe('0');
    expect(screen.queryByText(/Training stopped at step/)).toBeNull();
  });

  it('names the most confused pair and lists mix-ups in words', () => {
    expect(mostConfusedPair([[10, 0, 0], [0, 9, 1], [0, 0, 10]])).toBe('versicolor-virginica');
    expect(mostConfusedPair([[10, 0, 0], [0, 10, 0], [0, 0, 10]])).toBeNull();
    expect(confusionText([[10, 0, 0], [0, 9, 1], [0, 2, 8]])).toBe('1 versicolor taken for virginica, 2 virginica taken for versicolor');
  });
});
