// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activeHeadingId, collectHeadings } from '../../src/book/OnThisPage';

describe('activeHeadingId (scroll highlight)', () => {
  const tops = [
    { id: 'a', top: -500 },
    { id: 'b', top: 120 },
    { id: 'c', top: 900 },
  ];

  it('is the last heading that has scrolled above the reading line', () => {
    expect(activeHeadingId(tops, 200, false)).toBe('b');
    expect(activeHeadingId(tops, 100, false)).toBe('a');
  });

  it('is the first heading before any has scrolled past, and the last at the bottom of the page', () => {
    expect(activeHeadingId([{ id: 'x', top: 400 }, { id: 'y', top: 800 }], 200, false)).toBe('x');
    expect(activeHeadingId(tops, 200, true)).toBe('c');
    expect(activeHeadingId([], 200, false)).toBeNull();
  });
});

describe('collectHeadings', () => {
  it('lists h2/h3 with ids in the chapter body, without the permalink text', () => {
    document.body.innerHTML = `
      <article><div class="chapter__body">
        <h2 id="one">One <a class="permalink" href="#one">#</a></h2>
        <h3 id="one-a">One A</h3>
        <h4 id="deep">Too deep</h4>
        <h2>No id</h2>
      </div></article>`;
    expect(collectHeadings(document)).toEqual([
      { id: 'one', text: 'One', level: 2 },
      { id: 'one-a', text: 'One A', level: 3 },
    ]);
  });
});
