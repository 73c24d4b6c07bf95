// @vitest-environment happy-dom
// Two widgets sharing one URL prefix on a page: the second fails in its own box, naming the prefix
// and both widgets; the first keeps working and keeps the URL.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineParams } from './params';
import { useParams } from './useParams';
import { widget } from './WidgetFrame';
import { claimUrlPrefix } from './urlPrefixes';

const SPECS = defineParams({
  lr: { kind: 'number', label: 'Learning rate', default: 0.1, min: 0.001, max: 10, step: 0.1, scale: 'log' },
});

function DialView(props: { label: string; shareInUrl?: boolean; initial?: { lr: number } }) {
  const { values } = useParams(SPECS, { prefix: 'dup', shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  return <p>{props.label}: {values.lr}</p>;
}
const FirstDial = widget('First dial', DialView);
const SecondDial = widget('Second dial', DialView);

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const logged = () => errors.mock.calls.map((c: unknown[]) => String(c[0])).join('\n');

describe('duplicate URL prefix', () => {
  it('the second widget with the same prefix fails loudly, naming the prefix and both widgets', async () => {
    render(
      <>
        <FirstDial label="one" initial={{ lr: 0.5 }} />
        <SecondDial label="two" initial={{ lr: 2 }} />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The “Second dial” widget stopped working.');
    expect(alert.textContent).toContain('Two widgets on this page keep their settings in the URL under the prefix "dup.": "First dial" and "Second dial"');
    expect(logged()).toContain('under the prefix "dup.": "First dial" and "Second dial"');
    // The first works and owns the URL; the second never wrote its value there.
    expect(screen.getByText('one: 0.5')).toBeTruthy();
    expect(window.location.search).toBe('?dup.lr=0.5');
  });

  it('is fine when only one of them shares its settings in the URL', () => {
    render(
      <>
        <FirstDial label="one" />
        <SecondDial label="two" shareInUrl={false} />
      </>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('two: 0.1')).toBeTruthy();
    expect(logged()).not.toContain('prefix');
  });

  it('frees the prefix when its widget unmounts, so "Try again" then works', async () => {
    const { rerender } = render(
      <>
        <FirstDial label="one" />
        <SecondDial label="two" />
      </>,
    );
    await screen.findByRole('alert');
    rerender(
      <>
        {false}
        <SecondDial label="two" />
      </>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('two: 0.1')).toBeTruthy();
  });

  it('claimUrlPrefix: one owner per prefix until released', () => {
    const a = claimUrlPrefix('solo', 'A');
    expect('release' in a).toBe(true);
    const b = claimUrlPrefix('solo', 'B');
    expect('error' in b && b.error.message).toContain('"solo.": "A" and "B"');
    if ('release' in a) a.release();
    const c = claimUrlPrefix('solo', 'C');
    expect('release' in c).toBe(true);
    if ('release' in c) c.release();
  });
});
