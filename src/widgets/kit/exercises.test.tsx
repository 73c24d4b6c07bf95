// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerExercise } from './AnswerExercise';
import { ChoiceExercise, checkChoices } from './ChoiceExercise';
import { Exercise } from './Exercise';

afterEach(cleanup);

const stateOf = (c: HTMLElement) => c.querySelector('.kit-exercise')?.getAttribute('data-exercise-state');

describe('exercise state marker', () => {
  it('widget-checked exercises are unanswered until solved', () => {
    const { container, rerender } = render(<Exercise title="t" solved={false}>task</Exercise>);
    expect(stateOf(container)).toBe('unanswered');
    rerender(<Exercise title="t" solved>task</Exercise>);
    expect(stateOf(container)).toBe('correct');
    expect(screen.getByText('✓ solved')).toBeTruthy();
  });

  it('a typed answer goes unanswered → wrong → correct', () => {
    const { container } = render(<AnswerExercise title="t" question="q" label="Your answer" expected={0.25} explain="because" />);
    expect(stateOf(container)).toBe('unanswered');
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: '0.5' } });
    expect(stateOf(container)).toBe('wrong');
    expect(screen.queryByText('because')).toBeNull();
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: '0,25' } });
    expect(stateOf(container)).toBe('correct');
    expect(screen.getByText('because')).toBeTruthy();
  });
});

describe('ChoiceExercise', () => {
  const options = [
    { value: 'none', label: 'no activation' },
    { value: 'sigmoid', label: 'sigmoid' },
    'softmax',
  ];

  it('gives no feedback until the reader checks, then says right or wrong', () => {
    const { container } = render(
      <ChoiceExercise title="Output" legend="Which output activation?" options={options} expected="sigmoid" explain="two classes" wrongText={(v) => `not ${String(v)}`} />,
    );
    const group = screen.getByRole('group', { name: 'Which output activation?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(stateOf(container)).toBe('unanswered');
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'softmax' }));
    expect(stateOf(container)).toBe('unanswered');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(stateOf(container)).toBe('wrong');
    expect(screen.getByText('not softmax')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'sigmoid' }));
    expect(stateOf(container)).toBe('unanswered');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(stateOf(container)).toBe('correct');
    expect(screen.getByText('two classes')).toBeTruthy();
  });

  it('compares numeric answers by value', () => {
    const { container } = render(<ChoiceExercise title="n" legend="Pick" options={[0.25, 0.5, 1]} expected={0.5} />);
    fireEvent.click(screen.getByRole('radio', { name: '0.5' }));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(stateOf(container)).toBe('correct');
  });

  it('rejects an expected answer that is not among the options', () => {
    expect(() => checkChoices(['a', 'b'], 'c')).toThrow(/"c" is not one of the options/);
    expect(() => checkChoices(['a', 'a'], 'a')).toThrow(/unique/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ChoiceExercise title="bad" legend="Pick" options={['a']} expected="z" />);
    expect(screen.getByRole('alert').textContent).toContain('is not one of the options');
    warn.mockRestore();
    error.mockRestore();
  });
});
