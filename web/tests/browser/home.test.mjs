// Issue 13, item 4: home is a "what needs you" page. Each card shows the number
// the server counted for the person and one clear next step; organisers' work
// is not shown to members; the page fits a phone, in English and Arabic.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

// The cards on the page, by section key: the count in its tag and the next step's address.
async function cards(page) {
  return page.locator('.govuk-summary-card[data-section]').evaluateAll((elements) =>
    Object.fromEntries(
      elements.map((element) => [
        element.getAttribute('data-section'),
        {
          count: Number((element.querySelector('.govuk-tag')?.textContent ?? '').replace(/\D/g, '')),
          step: element.querySelector('a.govuk-button')?.getAttribute('href') ?? null,
        },
      ]),
    ),
  );
}

describe('home: what needs you', () => {
  const world = theDemoPartnership('home');

  test('the convener sees each kind of waiting work with its count and next step', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/');
    await page.locator('h2', { hasText: 'What needs you' }).waitFor();
    const next = await api(page, 'GET', '/api/v1/me/next');
    assert.equal(next.status, 200);
    const shown = await cards(page);
    assert.deepEqual(Object.keys(shown).sort(), next.body.sections.map((section) => section.key).sort(), 'one card per section the server gave');
    for (const section of next.body.sections) {
      assert.equal(shown[section.key].count, section.count, `${section.key}: the count the server worked out`);
      assert.equal(shown[section.key].step, section.items[0]?.href ?? null, `${section.key}: the next step is the first item`);
    }
    // The convener organises every project: the organisers' kinds of work are there, even when none waits.
    for (const key of ['arrangements', 'contributions', 'translations']) assert.ok(shown[key], `a ${key} card for the convener`);
    // A text to translate is named in words ("Project summary"), never by its key ("project.summary").
    const translations = await page.locator('.govuk-summary-card[data-section="translations"] li a').allInnerTexts();
    assert.ok(translations.length > 0, 'the demo has texts to translate');
    for (const text of translations) assert.doesNotMatch(text, /^[a-z_]+\.[a-z_]+$/, `a text to translate named by its key: ${text}`);
    assert.ok(translations.includes('Project summary'), `texts to translate: ${translations.join(', ')}`);
    // The project and the date under an item are lines of their own, not run into its title.
    const displays = await page.locator('.govuk-summary-card[data-section] li .govuk-hint').evaluateAll((hints) => hints.map((hint) => getComputedStyle(hint).display));
    assert.ok(displays.length > 0);
    for (const display of displays) assert.equal(display, 'block');
    await checkAccessibility(page, 'home with what needs you');
    await screenshot(page, 'home-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'home-en-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member sees only their own kinds of work, in Arabic too', async () => {
    const page = await world.signInInEnglish(accounts.member);
    await page.goto('/');
    await page.locator('h2', { hasText: 'What needs you' }).waitFor();
    const shown = await cards(page);
    for (const key of ['arrangements', 'contributions', 'translations', 'claims']) assert.equal(shown[key], undefined, `no ${key} card for a member`);
    assert.ok(shown.invitations && shown.activities && shown.votes);
    // An invitation is titled by its project, once.
    const invitations = await page.locator('.govuk-summary-card[data-section="invitations"] li').allInnerTexts();
    assert.ok(invitations.length > 0, 'the member has an invitation waiting');
    for (const text of invitations) {
      const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
      assert.equal(new Set(lines).size, lines.length, `an invitation repeats a line: ${text}`);
    }
    await page.context().close();

    const arabic = await world.signInAs(accounts.arabicMember, { language: 'ar' });
    await arabic.goto('/');
    await arabic.locator('h2', { hasText: 'ما ينتظرك' }).waitFor();
    assert.equal(await arabic.locator('html').getAttribute('dir'), 'rtl');
    await checkAccessibility(arabic, 'home in Arabic');
    await screenshot(arabic, 'home-ar-1280');
    await arabic.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(arabic, 390);
    await screenshot(arabic, 'home-ar-390');
    assertNoProblems(arabic);
    await arabic.context().close();
  });
});
