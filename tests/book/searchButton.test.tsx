// @vitest-environment happy-dom
// The top bar's Search button: the same markup on the server and in the browser (it is prerendered and
// hydrated), and which key presses open the search.
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchButton, isSearchShortcut, isTypingTarget } from '../../src/book/search/SearchButton';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('Search button', () => {
  it('hydrates the server markup without a warning: a named button, no dialog until it is used', async () => {
    const html = renderToString(<SearchButton />);
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).not.toContain('<dialog');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, <SearchButton />);
    });
    expect(errors).not.toHaveBeenCalled();
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Search/');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
  });

  it('opens on "/" alone or Ctrl-K / ⌘K, not with Alt or on other keys', () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
      isSearchShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key('/')).toBe(true);
    expect(key('k', { ctrlKey: true })).toBe(true);
    expect(key('K', { metaKey: true })).toBe(true);
    expect(key('/', { ctrlKey: true })).toBe(false);
    expect(key('k', { ctrlKey: true, altKey: true })).toBe(false);
    expect(key('k')).toBe(false);
    expect(key('s', { ctrlKey: true })).toBe(false);
  });

  it('leaves the keys to a text field, a formula box or the code editor, not to a slider or a button', () => {
    document.body.innerHTML = `
      <input id="text" type="text"><input id="plain"><input id="number" type="number"><input id="range" type="range">
      <input id="check" type="checkbox"><textarea id="area"></textarea><select id="menu"></select>
      <div id="editable" contenteditable="true"></div><div class="cm-editor"><div id="cm"></div></div>
      <div contenteditable="false"><span id="fixed"></span></div><button id="button"></button>`;
    const typing = (id: string) => isTypingTarget(document.getElementById(id));
    for (const id of ['text', 'plain', 'number', 'area', 'menu', 'editable', 'cm']) expect(typing(id), id).toBe(true);
    for (const id of ['range', 'check', 'fixed', 'button']) expect(typing(id), id).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});
