// Translations and Easy Read (issue 8): the convener sees what the project
// still needs translating (Polish, read by Marek Nowak), adds a Polish
// translation of the summary, and Marek reads the summary in Polish with the
// original one click away; the convener adds an Easy Read version with
// pictures and a reader opens it. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  assertNoProblems,
  checkAccessibility,
  openProject,
  screenshot,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const polishSummary = 'Razem z mieszkańcami zmieniamy zajęcia dzienne dla starszych osób.';

describe('translations and Easy Read', () => {
  const world = theDemoPartnership('translations');

  test('the convener sees Polish is needed and adds a Polish translation of the summary', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProject(page, projectTitle, { translated: true });
    const original = await page.locator('#project-summary-text').innerText();
    assert.equal(await page.locator('#project-summary-text').getAttribute('lang'), 'en');
    await checkAccessibility(page, 'project page before translations');

    await page.getByRole('link', { name: 'Translations needed' }).click();
    await page.locator('h1', { hasText: 'Translations needed' }).waitFor();
    assert.match(await page.locator('.govuk-body', { hasText: "The project's members read" }).innerText(), /Polish/);
    const polish = page.locator('table[data-language="pl"]');
    await polish.waitFor();
    assert.equal(await page.locator('h2#needed-pl').innerText(), 'Polish');
    const summaryRow = polish.locator('tr', { hasText: 'Project summary' });
    assert.equal(await summaryRow.count(), 1);
    await checkAccessibility(page, 'translations needed');
    await screenshot(page, 'translations-needed');

    await summaryRow.getByRole('link', { name: /Add a translation \(Polish\)/ }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Project summary' }).waitFor();
    assert.equal(await page.locator('#translation-original').innerText(), original);
    await page.locator('#translation-language-chosen', { hasText: 'Chosen: Polish' }).waitFor();
    await checkAccessibility(page, 'add a translation');

    // Mistakes first: no text.
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-error-summary a[href="#translation-text"]').waitFor();
    await checkAccessibility(page, 'add a translation with errors');

    await page.locator('#translation-text').fill(polishSummary);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The Polish translation is saved' }).waitFor();
    const row = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Polish' });
    assert.equal(await row.locator('dd').innerText(), polishSummary);
    assert.equal(await row.locator('dd').getAttribute('lang'), 'pl');
    await checkAccessibility(page, 'translation saved');

    // Polish is no longer needed for the summary.
    await page.goto(page.url().replace(/\/translations\/project\/([^/]+)\/summary.*$/, '/projects/$1/translations-needed'));
    await page.locator('h1', { hasText: 'Translations needed' }).waitFor();
    assert.equal(await page.locator('table[data-language="pl"] tr', { hasText: 'Project summary' }).count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('Marek reads the summary in Polish, and the original is one click away', async () => {
    const page = await world.signInAs(accounts.polishMember);
    await openProject(page, projectTitle, { translated: true });
    const text = page.locator('#project-summary-text');
    assert.equal(await text.innerText(), polishSummary);
    assert.equal(await text.getAttribute('lang'), 'pl');
    assert.equal(await text.getAttribute('dir'), 'ltr');
    await checkAccessibility(page, 'project page in Polish');
    await screenshot(page, 'translations-summary-pl');

    await page.getByRole('button', { name: 'Pokaż oryginał (angielski)' }).click();
    assert.notEqual(await text.innerText(), polishSummary);
    assert.equal(await text.getAttribute('lang'), 'en');
    await page.getByRole('button', { name: 'Pokaż tłumaczenie' }).click();
    assert.equal(await text.innerText(), polishSummary);
    assert.equal(await page.getByRole('link', { name: 'Dodaj tłumaczenie lub wersję łatwą do czytania' }).count(), 0, 'members do not manage');
    await checkAccessibility(page, 'project page in Polish, toggled');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener adds an Easy Read version with pictures and a reader sees it', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProject(page, projectTitle, { translated: true });
    await page.getByRole('link', { name: 'Add a translation or an Easy Read version' }).click();
    await page.locator('h2', { hasText: 'Easy Read version' }).waitFor();

    await page.locator('#easy-read-1-text').fill('We meet every Tuesday.');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.locator('#easy-read-2-text').fill('We talk about day centres and how they can be better for everyone who goes there and the people around them.');
    await page.locator('label[for="easy-read-2-pictogram-people-group"]').click();
    await page.locator('label[for="easy-read-1-pictogram-calendar"]').click();
    // Move the second line up and back down again.
    await page.getByRole('button', { name: 'Move up Line 2' }).click();
    assert.match(await page.locator('#easy-read-1-text').inputValue(), /^We talk/);
    assert.equal(await page.locator('#easy-read-1-pictogram-people-group').isChecked(), true, 'the picture moves with its line');
    await page.getByRole('button', { name: 'Move down Line 1' }).click();
    assert.equal(await page.locator('#easy-read-1-text').inputValue(), 'We meet every Tuesday.');
    await checkAccessibility(page, 'Easy Read editor');

    await page.getByRole('button', { name: 'Save Easy Read version' }).click();
    const check = page.locator('#easy-read-check');
    await check.waitFor();
    assert.match(await check.innerText(), /Below the Easy Read target/);
    assert.match(await check.innerText(), /Line 2: a sentence of 2\d words/);
    await checkAccessibility(page, 'Easy Read below the target');

    await page.locator('#easy-read-2-text').fill('We talk about day centres.');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.locator('#easy-read-3-text').fill('Remove me.');
    await page.getByRole('button', { name: 'Remove Line 3' }).click();
    assert.equal(await page.locator('#easy-read-3-text').count(), 0);
    await page.getByRole('button', { name: 'Save Easy Read version' }).click();
    await page.locator('#easy-read-check', { hasText: 'Meets the Easy Read target' }).waitFor();
    await checkAccessibility(page, 'Easy Read meets the target');
    await screenshot(page, 'translations-easy-read-editor');
    assertNoProblems(page);
    await page.context().close();

    const reader = await world.signInAs(accounts.member);
    await openProject(reader, projectTitle, { translated: true });
    const toggle = reader.getByRole('button', { name: 'Read this in Easy Read' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    const lines = reader.locator('#project-summary-easy-read li');
    assert.equal(await lines.count(), 2);
    assert.equal(await lines.nth(0).innerText(), 'We meet every Tuesday.');
    assert.equal(await lines.nth(0).locator('img').getAttribute('src'), '/pictograms/calendar.svg');
    assert.equal(await lines.nth(0).locator('img').getAttribute('alt'), '', 'the picture is decorative');
    assert.equal(await lines.nth(1).locator('img').getAttribute('src'), '/pictograms/people-group.svg');
    assert.equal(await reader.getByRole('button', { name: 'Hide the Easy Read version' }).getAttribute('aria-expanded'), 'true');
    await checkAccessibility(reader, 'Easy Read for a reader');
    await screenshot(reader, 'translations-easy-read-reader');
    assertNoProblems(reader);
    await reader.context().close();
  });
  test("an activity's purpose: the convener translates it from the list and Marek reads it in Polish", async () => {
    const page = await world.signInAs(accounts.convener);
    await openProject(page, projectTitle, { translated: true });
    await page.getByRole('link', { name: 'Translations needed' }).click();
    const row = page.locator('table[data-language="pl"] tr', { hasText: 'Activity purpose' }).first();
    await row.waitFor();
    await row.getByRole('link', { name: /Add a translation \(Polish\)/ }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Activity purpose' }).waitFor();
    const activityTitle = await page.locator('.govuk-caption-l').innerText();
    await page.locator('#translation-text').fill('Spotykamy się, żeby porozmawiać o zajęciach.');
    await page.getByRole('button', { name: 'Save translation' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The Polish translation is saved' }).waitFor();
    await checkAccessibility(page, 'activity purpose translated');
    const activityPath = await page.getByRole('link', { name: `Back to ${activityTitle}` }).getAttribute('href');
    assertNoProblems(page);
    await page.context().close();

    const marek = await world.signInAs(accounts.polishMember);
    await marek.goto(activityPath);
    const text = marek.locator('#activity-purpose-text');
    await marek.locator('#activity-purpose-text[data-translations="ready"]').waitFor();
    assert.equal(await text.innerText(), 'Spotykamy się, żeby porozmawiać o zajęciach.');
    assert.equal(await text.getAttribute('lang'), 'pl');
    await marek.getByRole('button', { name: 'Pokaż oryginał (angielski)' }).click();
    assert.equal(await text.getAttribute('lang'), 'en');
    await checkAccessibility(marek, 'activity page in Polish');
    assertNoProblems(marek);
    await marek.context().close();
  });
});
