// Two things, two names (issue 13, item 1): what sets up an account is a
// sign-in link, never an invitation, in every shipped language; an invitation
// is a project's. The page that takes a sign-in link (also a password reset's)
// and the sign-in page say so; "My invitations" is about projects. Axe runs on
// every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, assertNoProblems, checkAccessibility } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

// The account's words in each language, and the words for an invitation that must not be there.
const accountWords = [
  { language: 'en', signInLink: /sign-in link/, invitation: /invit/i },
  { language: 'pl', signInLink: /link do logowania/, invitation: /zapr[oa]/i },
  { language: 'ar', signInLink: /رابط تسجيل (ال)?دخول/, invitation: /دعو|دعا|دعوة/ },
];

describe('sign-in links and invitations have their own names', () => {
  const world = theDemoPartnership('invitation-names');

  test('the page a sign-in link opens speaks of a sign-in link, not an invitation', async () => {
    const page = await world.newPage();
    for (const { language, signInLink, invitation } of accountWords) {
      await page.goto('/sign-in');
      await page.evaluate((language) => window.localStorage.setItem('roundtable.language', language), language);
      // No token: the mistake is named as the sign-in link's too.
      await page.goto('/accept-invite');
      await page.locator('#password').waitFor();
      await page.waitForFunction((language) => document.documentElement.lang === language, language);
      await page.locator('#password').fill('a-long-enough-password');
      await page.locator('#password-confirmation').fill('a-long-enough-password');
      await page.locator('form button[type="submit"]').click();
      await page.locator('.govuk-error-summary').waitFor();
      const text = await page.locator('main').innerText();
      assert.match(text, signInLink, `${language}: the page says sign-in link`);
      assert.doesNotMatch(text, invitation, `${language}: the page does not speak of an invitation`);
      await checkAccessibility(page, `accept a sign-in link (${language})`);

      await page.goto('/sign-in');
      await page.locator('#email').waitFor();
      assert.doesNotMatch(await page.locator('main').innerText(), invitation, `${language}: no invitation to an account on the sign-in page`);
    }
    assertNoProblems(page);
    await page.context().close();
  });

  test('"My invitations" is about projects', async () => {
    const page = await world.signInInEnglish(accounts.member);
    await page.goto('/invitations');
    await page.locator('h1', { hasText: 'My invitations' }).waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /Projects that would like you/);
    assert.match(text, /invitation/);
    assert.doesNotMatch(text, /sign-in link/i);
    await checkAccessibility(page, 'my invitations');
    assertNoProblems(page);
    await page.context().close();
  });
});
