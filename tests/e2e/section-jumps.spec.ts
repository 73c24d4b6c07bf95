// Section jumps on the built site: chapters skip laying out the blocks far from the view
// (content-visibility: auto, src/book/styles/prose.css), so the blocks above a section take their real
// height only once they are drawn. A jump must still land on the heading and stay there (under the top
// bar: the page's scroll-padding-top plus the heading's scroll-margin-top) while the page settles: a deep link, an "On this page" link, a heading's
// permalink, a "§" link within the chapter and a section link from another chapter. The reader's own
// scrolling wins at once. Print lays out every block; screenshots of the whole page draw every block.
import { drawWholePage, expect, gotoChapter, SCREEN_SIZES, test, waitForChapter, type Page } from './support/reader';

const CH12 = 'activation-functions';
const LATE = '128-make-your-own-then-change-the-engine';

/** How far the heading's top is from where a jump puts it (0 = below the top bar: the page's scroll-padding-top plus its scroll-margin-top). */
function offset(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`no element #${id}`);
    const px = (length: string) => Number.parseFloat(length) || 0;
    return el.getBoundingClientRect().top - px(getComputedStyle(el).scrollMarginTop) - px(getComputedStyle(document.documentElement).scrollPaddingTop);
  }, id);
}

/** The heading reaches the top once the page has settled, and is still there a second later. */
async function expectPinned(page: Page, id: string, what: string) {
  await expect
    .poll(async () => Math.abs(Math.round(await offset(page, id))), { message: `${what}: #${id} at the top`, timeout: 10_000 })
    .toBeLessThanOrEqual(2);
  await page.waitForTimeout(1_000);
  expect(Math.abs(await offset(page, id)), `${what}: #${id} still at the top a second later`).toBeLessThanOrEqual(2);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
}

for (const [size, viewport] of Object.entries(SCREEN_SIZES)) {
  test.describe(`${size} (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('a deep link to a late section lands on its heading and stays there', async ({ page }) => {
      await page.goto(`/chapters/${CH12}#${LATE}`);
      await waitForChapter(page, CH12);
      await expectPinned(page, LATE, 'deep link');
      // A fragment changed without a click (as from the address bar) is a jump too.
      await page.evaluate(() => (window.location.hash = '#1243-gelu'));
      await expectPinned(page, '1243-gelu', 'new fragment');
    });

    test('On this page, a permalink and a § link within the chapter land and stay', async ({ page }) => {
      await gotoChapter(page, CH12);
      if (size === 'phone') await page.locator('.on-this-page--inline summary').click();
      const toc = page.locator(size === 'phone' ? '.on-this-page--inline' : '.on-this-page--side');
      await toc.getByRole('link', { name: /^12\.7 / }).click();
      await expect(page).toHaveURL(/#127-choosing-activations$/);
      await expectPinned(page, '127-choosing-activations', 'On this page');

      await page.locator('[id="125-comparing-activations"] .permalink').click();
      await expect(page).toHaveURL(/#125-comparing-activations$/);
      await expectPinned(page, '125-comparing-activations', 'permalink');

      const section = page.locator('.chapter__body a[href="#126-a-small-network-with-relu-learns-xor"]').first();
      await section.click();
      await expectPinned(page, '126-a-small-network-with-relu-learns-xor', '§ link');
      // Back returns to the permalink's place, as the browser restores it.
      await page.goBack();
      await expect(page).toHaveURL(/#125-comparing-activations$/);
      await expect(page.locator('[id="125-comparing-activations"]')).toBeInViewport();
    });

    test('a section link from another chapter lands on the heading there', async ({ page }) => {
      await gotoChapter(page, 'mlp-for-iris');
      await page.locator('.chapter__body a[href="/chapters/activation-functions#1244-softmax"]').first().click();
      await waitForChapter(page, CH12);
      await expectPinned(page, '1244-softmax', 'link from chapter 15');
    });

    test("the reader's own scrolling is not fought while the page settles", async ({ page }) => {
      await page.goto(`/chapters/${CH12}#${LATE}`);
      await waitForChapter(page, CH12);
      // Straight after the jump (the page is still settling for up to 2.5 s): the reader scrolls on.
      if (size === 'phone') await page.keyboard.press('PageDown');
      else await page.mouse.wheel(0, 700);
      await expect.poll(() => offset(page, LATE), { message: 'the page followed the reader' }).toBeLessThan(-300);
      await page.waitForTimeout(1_500);
      expect(await offset(page, LATE), 'not pulled back to the heading').toBeLessThan(-300);
    });
  });
}

test('print lays out every block; full-page screenshots draw every block', async ({ page }) => {
  await gotoChapter(page, CH12);
  /** Whether the last block of the chapter text has its contents laid out (not skipped as far from the view). */
  const lastBlockDrawn = () =>
    page.evaluate(() => {
      const inner = [...document.querySelectorAll('.chapter__body > :not(.kit-widget) > *')].at(-1);
      if (!inner) throw new Error('no block with contents in the chapter');
      return inner.checkVisibility({ contentVisibilityAuto: true });
    });
  // The browser decides what to skip while it renders a frame: each check waits for that.
  const drawn = (message: string) => expect.poll(lastBlockDrawn, { message });
  await drawn('on screen, a block far below the view is skipped').toBe(false);
  await page.emulateMedia({ media: 'print' });
  await drawn('printed, it is laid out').toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await drawn('back on screen, skipped again').toBe(false);
  const undraw = await drawWholePage(page);
  await drawn('drawn for a full-page screenshot').toBe(true);
  await undraw();
  await drawn('skipped again after the screenshot').toBe(false);
});
