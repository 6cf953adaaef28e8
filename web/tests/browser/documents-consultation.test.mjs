// Consultation on a living document's draft (issue 17): the convener asks for
// comments until a day; Layla, a resident, reads the draft on a phone,
// comments on one part and suggests new words for another; the convener
// reads both (by group, never by name) and uses Layla's words; the draft then
// has them, and Layla's "you said, we did" says so. axe scans every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot, settle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const phone = { width: 390, height: 844 };
const layla = 'Layla Haddad';
const suggested = 'Groups meet in every neighbourhood, in places people can walk to.';


async function open(page, path) {
  await page.goto(path);
  await settle(page);
  await checkAccessibility(page, path);
}

const made = { document: '', objective: '', action: '' };

describe('consultation on a draft', () => {
  const world = theDemoPartnership('documents-consultation');

  test('the convener writes a draft for a project and opens it for comments', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const projects = (await api(page, 'GET', '/api/v1/projects?limit=200')).body.items;
    const project = projects.find((item) => item.title === 'Redesigning day opportunities for older people');
    assert.ok(project, 'the demo project');
    const document = await api(page, 'POST', '/api/v1/documents', { title: 'Day opportunities plan', kind: 'plan', project_id: project.id });
    assert.equal(document.status, 201, JSON.stringify(document.body));
    made.document = document.body.id;
    const part = async (fields) => {
      const answer = await api(page, 'POST', `/api/v1/documents/${made.document}/sections`, fields);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body.id;
    };
    made.objective = await part({ kind: 'objective', heading: 'Groups close to home', body: 'Small groups in some neighbourhoods.' });
    made.action = await part({ kind: 'action', heading: 'Open the library halls', parent_id: made.objective });

    await open(page, `/documents/${made.document}`);
    // An empty date is refused, linked from the summary.
    await page.getByRole('button', { name: 'Open for comments' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the day comments close/);
    await page.locator('#consult-closes-day').fill('31');
    await page.locator('#consult-closes-month').fill('12');
    await page.locator('#consult-closes-year').fill('2099');
    await page.getByRole('button', { name: 'Open for comments' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The draft is open for comments.' }).waitFor();
    await settle(page);
    assert.match(await page.locator('#document-consultation').innerText(), /open for comments until 31 December 2099/);
    await checkAccessibility(page, 'the opened draft');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a resident reads the draft on a phone, comments on one part and suggests words for another', async () => {
    const page = await world.signInInEnglish(accounts.arabicMember, { viewport: phone });
    await open(page, `/documents/${made.document}`);
    await fitsTheWidth(page, phone.width);
    assert.match(await page.locator('#document-consultation').innerText(), /Tell us what you think of any part/);
    // Each part offers a way to comment, named by its heading for screen readers.
    const links = page.getByRole('link', { name: /Comment on this part/ });
    assert.equal(await links.count(), 2);

    await page.getByRole('link', { name: /Comment on this part.*Open the library halls/ }).click();
    await settle(page);
    await checkAccessibility(page, 'commenting');
    await fitsTheWidth(page, phone.width);
    assert.equal(await page.locator('h1').innerText(), 'Have your say on “Open the library halls”');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter your comment/);
    await page.getByLabel('Your comment').fill('Mornings suit me better than afternoons.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your comment on “Open the library halls” is with the writers.' }).waitFor();
    await settle(page);

    await page.getByRole('link', { name: /Comment on this part.*Groups close to home/ }).click();
    await settle(page);
    await page.getByLabel('Suggest new words for this part').check();
    // The suggestion starts from the part's words as they are.
    assert.equal(await page.getByLabel('The words you suggest').inputValue(), 'Small groups in some neighbourhoods.');
    await page.getByLabel('The words you suggest').fill(suggested);
    await page.getByLabel('Why? (optional)').fill('Many of us cannot take the bus.');
    await checkAccessibility(page, 'suggesting');
    await fitsTheWidth(page, phone.width);
    await screenshot(page, 'documents-suggest-390');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your words for “Groups close to home” are with the writers' }).waitFor();
    await settle(page);

    // What she has said: her two, waiting.
    await page.getByRole('link', { name: 'What you have said about this draft' }).click();
    await settle(page);
    await checkAccessibility(page, 'what I said');
    await fitsTheWidth(page, phone.width);
    assert.equal(await page.locator('.rt-response').count(), 2);
    assert.match(await page.locator('.rt-response[data-kind="suggestion"]').innerText(), /Waiting for an answer/);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener reads them by group, not name, and uses the suggested words', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await open(page, `/documents/${made.document}/responses`);
    const list = await page.locator('#responses').innerText();
    assert.match(list, /A comment on “Open the library halls”/);
    assert.match(list, /New words suggested for “Groups close to home”/);
    assert.match(list, /Residents/);
    assert.ok(!list.includes(layla), 'never the name');
    // Declining needs a reason; then the words are used instead.
    const suggestion = page.locator('.rt-response[data-kind="suggestion"]');
    await suggestion.getByRole('button', { name: 'Do not use them' }).click();
    await suggestion.locator('.govuk-error-summary').waitFor();
    assert.match(await suggestion.locator('.govuk-error-summary').innerText(), /Say why these words are not used/);
    await suggestion.getByRole('button', { name: 'Use these words in the draft' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The suggested words are in the draft.' }).waitFor();
    await settle(page);
    assert.match(await page.locator('.rt-response[data-kind="suggestion"]').innerText(), /Used in the draft\s+These words are now in the draft of “Groups close to home”\./);
    await checkAccessibility(page, 'answered');

    // The draft has Layla's words, and the part now traces to what she said.
    const document = (await api(page, 'GET', `/api/v1/documents/${made.document}`)).body;
    const objective = document.sections.find((section) => section.id === made.objective);
    assert.equal(objective.body, suggested);
    assert.equal(objective.no_community_trace, false);
    assertNoProblems(page);
    await page.context().close();
  });

  test('commenting, her list and the writers\' list in Arabic, right to left, at 390px and 1280px', async () => {
    const wide = { width: 1280, height: 900 };
    const resident = await world.signInAs(accounts.arabicMember, { language: 'ar', viewport: phone });
    const convener = await world.signInAs(accounts.convener, { language: 'ar', viewport: phone });
    for (const [page, path, name] of [
      [resident, `/sections/${made.objective}/respond`, 'respond'],
      [resident, `/documents/${made.document}/responses`, 'my-responses'],
      [convener, `/documents/${made.document}/responses`, 'responses'],
    ]) {
      for (const [size, viewport] of [['390', phone], ['1280', wide]]) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await settle(page);
        assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
        await fitsTheWidth(page, viewport.width);
        if (size === '390') await checkAccessibility(page, `${name} in Arabic at 390px`);
        await screenshot(page, `documents-${name}-ar-${size}`);
      }
    }
    // The page's words are Arabic; the part's heading, typed in English, keeps its own direction.
    await resident.goto(`/sections/${made.objective}/respond`);
    await settle(resident);
    assert.match(await resident.locator('h1').innerText(), /Groups close to home/);
    assertNoProblems(resident);
    assertNoProblems(convener);
    await resident.context().close();
    await convener.context().close();
  });

  test('the convener puts the published version on a public page, which anyone can read, never the draft', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    assert.equal((await api(page, 'POST', `/api/v1/documents/${made.document}/publish`, { note: 'With what residents said.' })).status, 201);
    assert.equal(
      (await api(page, 'PATCH', `/api/v1/documents/${made.document}/sections/${made.action}`, { body: 'Words still in the draft.' })).status,
      200,
    );
    await open(page, `/documents/${made.document}`);
    await page.getByRole('button', { name: 'Make a public page' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The public page is ready to share.' }).waitFor();
    await settle(page);
    const address = await page.locator('#public-address a').getAttribute('href');
    assert.match(address, /^\/public\/documents\/[A-Za-z0-9_-]+$/);
    await checkAccessibility(page, 'made public');

    const reader = await world.newPage({ viewport: phone });
    await reader.goto(address);
    const words = await reader.locator('main').innerText();
    assert.match(words, /Day opportunities plan/);
    assert.match(words, new RegExp(suggested));
    assert.ok(!words.includes('Words still in the draft.'), 'never the draft');
    await checkAccessibility(reader, 'the public page');
    await fitsTheWidth(reader, phone.width);
    await reader.context().close();

    await page.getByRole('button', { name: 'Stop the public page' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The public page is stopped.' }).waitFor();
    const gone = await world.newPage();
    const answer = await gone.goto(address);
    assert.equal(answer.status(), 404);
    await gone.context().close();
    assertNoProblems(page);
    await page.context().close();
  });

  test('the resident sees her words were used, on her "you said, we did"', async () => {
    const page = await world.signInInEnglish(accounts.arabicMember, { viewport: phone });
    await open(page, '/me/you-said-we-did');
    const mine = page.locator('main', { hasText: 'Groups close to home' });
    assert.match(await mine.innerText(), /We used your wording for “Groups close to home” in the draft of “Day opportunities plan”/);
    await fitsTheWidth(page, phone.width);
    // The part her words shaped leads to its story.
    await page.getByRole('link', { name: 'Groups close to home' }).first().click();
    await page.locator('h1', { hasText: 'Where did this come from?' }).waitFor();
    assert.match(await page.locator('#thread-section').innerText(), /Groups close to home/);
    assert.equal(new URL(page.url()).pathname, `/sections/${made.objective}/thread`);
    await settle(page);
    assert.match(await page.locator('main').innerText(), new RegExp(suggested));
    assertNoProblems(page);
    await page.context().close();
  });
});
