// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GradientCheck } from './index';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('GradientCheck', () => {
  it('shows one row per input element and a verdict that the two agree', () => {
    render(<GradientCheck />);
    expect(screen.getAllByRole('row')).toHaveLength(1 + 6 + 6); // header + a[2,3] + b[3,2]
    expect(screen.getByText('the two agree')).toBeTruthy();
  });

  it('changes op and inputs, and a huge ε makes the check fail (the exercise)', () => {
    render(<GradientCheck exercise />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Operation' }), { target: { value: 'exp' } });
    expect(screen.getAllByRole('row')).toHaveLength(1 + 6);
    const before = screen.getAllByRole('cell')[0].textContent;
    fireEvent.click(screen.getByRole('button', { name: 'New inputs' }));
    expect(screen.getAllByRole('cell')[0].textContent).not.toBe(before);
    fireEvent.change(screen.getByRole('slider', { name: 'Step ε' }), { target: { value: '-1' } });
    expect(screen.getByText('✓ solved')).toBeTruthy();
    expect(screen.queryByText('the two agree')).toBeNull();
  });
});
