// A keyboard-only journey: the skip link, signing in and adding an
// organisation with Tab, Shift+Tab, Enter and Space (and typing into fields).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, assertNoProblems, checkAccessibility, demoPassword } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

function describeFocus(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { tag: '', id: '', text: '', type: '' };
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim(),
      type: element.getAttribute('type') ?? '',
    };
  });
}

// Presses Tab (or Shift+Tab) until the focused element matches, failing after a bound.
async function tabUntil(page, matches, { backwards = false, limit = 40 } = {}) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await describeFocus(page);
    if (matches(focus)) return focus;
  }
  throw new Error(`did not reach the element after ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

describe('keyboard only', () => {
  const world = theDemoPartnership('keyboard');

  test('the skip link is first and moves focus to the main content', async () => {
    const page = await world.newPage();
    await page.goto('/accessibility');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const first = await describeFocus(page);
    assert.equal(first.text, 'Skip to main content');
    // The skip link becomes visible when focused.
    assert.ok(await page.locator('.govuk-skip-link').isVisible());
    await page.keyboard.press('Enter');
    assert.equal((await describeFocus(page)).id, 'main-content');
    await page.context().close();
  });

  test('sign in and add an organisation using only the keyboard', async () => {
    const page = await world.newPage();
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();

    // Skip link first, then straight into the form.
    await page.keyboard.press('Tab');
    assert.equal((await describeFocus(page)).text, 'Skip to main content');
    await page.keyboard.press('Enter');
    await tabUntil(page, (focus) => focus.id === 'email');
    await page.keyboard.type(accounts.convener);
    await page.keyboard.press('Tab');
    assert.equal((await describeFocus(page)).id, 'password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Tab');
    assert.equal((await describeFocus(page)).text, 'Sign in');
    await page.keyboard.press('Enter');
    await page.locator('caption', { hasText: 'Organisations by sector' }).waitFor();

    // After a page change, focus is on the new page's heading; the menu is behind it.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, (focus) => focus.tag === 'a' && focus.text === 'Partnership', { backwards: true });
    await page.keyboard.press('Enter');
    await page.locator('#partnership-parts').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, (focus) => focus.tag === 'a' && focus.text === 'Organisations');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Organisations' }).waitFor();
    await page.locator('table.govuk-table').waitFor();

    // "Add an organisation" is a link drawn as a button, so Space works too.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabUntil(page, (focus) => focus.text === 'Add an organisation');
    await page.keyboard.press('Space');
    await page.locator('h1', { hasText: 'Add an organisation' }).waitFor();

    // Submitting nothing moves focus to the error summary.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // The tags are checkboxes, each a stop: further to go than a text box.
    await tabUntil(page, (focus) => focus.text === 'Add organisation', { limit: 100 });
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'));
    // The first link in the summary leads to the name field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await describeFocus(page)).id, 'organisation-name');

    await page.keyboard.type('Keyboard Lane Residents Group');
    await page.keyboard.press('Tab');
    assert.equal((await describeFocus(page)).id, 'organisation-sector');
    // A select chooses an option by typing its first letters.
    await page.keyboard.type('Voluntary');
    assert.equal(await page.locator('#organisation-sector').inputValue(), 'vcs');
    await page.keyboard.press('Tab');
    // Interests are checkboxes of the partnership's tags (the first is Accessibility) and a box to add one.
    assert.equal((await describeFocus(page)).id, 'organisation-interests');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#organisation-interests').isChecked(), true);
    await tabUntil(page, (focus) => focus.id === 'organisation-interests-new');
    await page.keyboard.type('Housing');
    // Enter adds the tag here, rather than sending the form.
    await page.keyboard.press('Enter');
    await page.locator('[data-tag-chooser="interests"]').getByLabel('Housing', { exact: true }).waitFor();
    assert.equal(await page.locator('#organisation-name').count(), 1, 'still on the form');
    // The tags are checkboxes, each a stop: further to go than a text box.
    await tabUntil(page, (focus) => focus.text === 'Add organisation', { limit: 100 });
    await page.keyboard.press('Enter');

    await page.locator('h1', { hasText: 'Keyboard Lane Residents Group' }).waitFor();
    await page.locator('.govuk-notification-banner--success').waitFor();
    // The success message takes focus, so it is the next thing a screen reader reads.
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    await checkAccessibility(page, 'organisation added by keyboard');

    // It is in the list, reached by keyboard again.
    await tabUntil(page, (focus) => focus.tag === 'a' && focus.text === 'Organisations', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Keyboard Lane Residents Group' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });
});
