// The plain language check's match rules, as people meet them (issue 13, item 9):
// "local" is not flagged because the glossary has "locality"; "KPIs" (the plural
// of KPI) is flagged with its plain words. Looked at in English and Arabic, at 1280 and 390 px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

async function waitForSummary(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('project-summary-check-summary')?.textContent ?? ''),
    pattern.source,
    { timeout: 10_000 },
  );
}

describe('plain language rules', () => {
  const world = theDemoPartnership('plain-language-rules');

  for (const width of [1280, 390]) {
    test(`"local" is plain, "KPIs" is jargon (${width} px)`, async () => {
      const page = await world.signInInEnglish(accounts.convener, { viewport: { width, height: 900 } });
      await page.goto('/projects/new');
      await page.locator('#project-summary').waitFor();
      const panel = page.locator('#project-summary-check');

      await page.locator('#project-summary').fill('We meet at the local hall.');
      await waitForSummary(page, /meets the target/);
      assert.equal(await panel.locator('.rt-language-check__jargon').count(), 0, '"local" is not "locality"');
      assert.equal(await panel.locator('mark').count(), 0);
      await checkAccessibility(page, 'start a project, "local"');

      await page.locator('#project-summary').fill('We will agree three KPIs.');
      await waitForSummary(page, /below the target/);
      const jargon = panel.locator('.rt-language-check__jargon li');
      assert.equal(await jargon.count(), 1);
      assert.match(await jargon.first().innerText(), /“KPIs” is an abbreviation\. .*“measure of success”/);
      assert.equal(await panel.locator('.rt-language-check__preview mark').innerText(), 'KPIs');
      await checkAccessibility(page, 'start a project, "KPIs"');
      await screenshot(page, `plain-language-rules-en-${width}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');

      // In Arabic, the English text is checked as English and shown the same way.
      await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
      await page.reload();
      await page.locator('#project-summary').fill('We will agree three KPIs.');
      await page.waitForFunction(() => document.querySelectorAll('#project-summary-check .rt-language-check__jargon li').length === 1, null, { timeout: 10_000 });
      await checkAccessibility(page, 'start a project in Arabic, "KPIs"');
      await screenshot(page, `plain-language-rules-ar-${width}`);
      assertNoProblems(page);
      await page.context().close();
    });
  }
});
