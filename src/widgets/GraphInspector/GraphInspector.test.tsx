// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphInspector, inputGradAfter } from './index';

afterEach(cleanup);

describe('GraphInspector', () => {
  it('steps backward node by node and ends with x.grad = 3 on the unequal-paths graph', () => {
    const { container } = render(<GraphInspector exercise />);
    expect(container.querySelectorAll('.graph-inspector__node')).toHaveLength(6); // x, 1, a, 2, b, out
    const step = screen.getByRole('button', { name: 'Step backward' });
    fireEvent.click(step);
    expect(screen.getByText(/out \(add\) sent its gradient 1 back/)).toBeTruthy();
    fireEvent.click(step);
    expect(screen.getByText(/a had 1 and now holds 3 \(accumulated\)/)).toBeTruthy();
    fireEvent.click(step);
    expect(screen.getByText(/Done: dout\/dx = 3/)).toBeTruthy();
    expect((step as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });

  it('the breadth-first toggle shows the bug: a passes 1 on before b delivers its 2, so x ends with 1', () => {
    const { container } = render(<GraphInspector exercise />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Backward order' }), { target: { value: 'breadth-first' } });
    const step = screen.getByRole('button', { name: 'Step backward' });
    fireEvent.click(step); // out
    fireEvent.click(step); // a, too early
    expect(screen.getByText(/a \(add\) sent its gradient 1 back: x receives 1/)).toBeTruthy();
    fireEvent.click(step); // b
    expect(screen.getByText(/a had 1 and now holds 3 \(accumulated\), too late: a already passed its gradient on at step 2/)).toBeTruthy();
    expect(screen.getByText(/Done: dout\/dx = 1\./)).toBeTruthy();
    // the buggy order does not count as the exercise
    expect(container.querySelector('.kit-exercise')?.getAttribute('data-exercise-state')).toBe('unanswered');
    expect(inputGradAfter('unequal', 'breadth-first')).toBe(1);
    expect(inputGradAfter('unequal', 'topological')).toBe(3);
  });

  it('breadth-first order happens to be right on a chain, where no paths meet', () => {
    expect(inputGradAfter('square', 'breadth-first')).toBe(12);
    expect(inputGradAfter('neuron', 'breadth-first')).toBeCloseTo(-2.1, 12);
  });

  it('switches expression and resets', () => {
    render(<GraphInspector />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Expression' }), { target: { value: 'square' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run to the end' }));
    expect(screen.getByText(/dz\/dx = 12/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/Step 0 of 2/)).toBeTruthy();
  });
});
