// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphInspector } from './index';

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

  it('switches expression and resets', () => {
    render(<GraphInspector />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Expression' }), { target: { value: 'square' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run to the end' }));
    expect(screen.getByText(/dz\/dx = 12/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText(/Step 0 of 2/)).toBeTruthy();
  });
});
