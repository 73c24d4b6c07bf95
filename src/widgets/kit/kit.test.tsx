// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choice, defineParams } from './params';
import { ParamControls } from './Controls';
import { createParamStore } from './paramStore';
import { useParams } from './useParams';
import { widget } from './WidgetFrame';
import { timeSlice } from './motion';

const SPECS = defineParams({
  activation: choice('Activation', 'relu', [
    { value: 'relu', label: 'ReLU' },
    { value: 'sigmoid', label: 'Sigmoid' },
  ]),
  lr: { kind: 'number', label: 'Learning rate', default: 0.1, min: 0.001, max: 10, step: 0.1, scale: 'log' },
  zero: { kind: 'boolean', label: 'Zero the gradients', default: true },
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('ParamControls', () => {
  it('renders labelled native controls that write to the store', () => {
    const store = createParamStore({ activation: 'relu' as 'relu' | 'sigmoid', lr: 0.1, zero: true });
    render(<ParamControls specs={SPECS} store={store} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), { target: { value: 'sigmoid' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate' }), { target: { value: '-2' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Zero the gradients' }));
    expect(store.getState().values).toEqual({ activation: 'sigmoid', lr: 0.01, zero: false });
    expect(screen.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext')).toBe('0.01');
  });

  it('keeps two widget instances apart', () => {
    const a = createParamStore({ activation: 'relu' as 'relu' | 'sigmoid', lr: 0.1, zero: true });
    const b = createParamStore({ activation: 'relu' as 'relu' | 'sigmoid', lr: 0.1, zero: true });
    a.getState().set('lr', 5);
    expect(b.getState().values.lr).toBe(0.1);
  });
});

function Probe() {
  const { values, notices } = useParams(SPECS, { prefix: 'p', shareInUrl: true });
  return (
    <div>
      <span data-testid="lr">{values.lr}</span>
      {notices.map((n) => <p key={n}>{n}</p>)}
    </div>
  );
}

describe('useParams with URL state', () => {
  it('starts from the URL, shows a notice for a bad value, and writes changes back', () => {
    window.history.replaceState(null, '', '/chapters/x?p.lr=0.5&p.activation=bogus');
    render(<Probe />);
    expect(screen.getByTestId('lr').textContent).toBe('0.5');
    expect(screen.getByText('Activation: "bogus" is not one of relu, sigmoid; using ReLU.')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('p.activation')).toBe('relu');
  });
});

describe('widget boundary', () => {
  it('contains a crash and offers a retry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const Boom = widget('Boom', () => {
      if (fail) throw new Error('kaboom');
      return <p>recovered</p>;
    });
    render(<div><Boom /><p>the rest of the chapter</p></div>);
    expect(screen.getByRole('alert').textContent).toContain('kaboom');
    expect(screen.getByText('the rest of the chapter')).toBeTruthy();
    fail = false;
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.getByText('recovered')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});

describe('timeSlice', () => {
  it('stops at the count, or early when a step says so', () => {
    let n = 0;
    expect(timeSlice(() => { n++; }, 5, 1000)).toBe(5);
    expect(timeSlice(() => ++n < 8, 100, 1000)).toBe(3);
  });
});
