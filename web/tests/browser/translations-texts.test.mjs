// Translations of the other published texts (issue 8): a proposal's text, the
// summary of an activity's minutes, the organisers' response to a
// contribution and a survey's description. The convener writes them (through
// the API, with the page's own session), adds Polish translations through the
// web pages, and Marek Nowak, who prefers Polish, reads each in Polish with
// the original one click away. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  screenshot,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const activityTitle = 'Tea and talk: what makes a good day?';
const proposalTitle = 'Open the day centre on Saturdays';
const proposalText = 'We will open the day centre on Saturdays from 10 until 3, with lunch.';
const proposalPolish = 'Otworzymy centrum dzienne w soboty od 10 do 15, z obiadem.';
const minutesSummary = 'People want more trips out and a lunch club. We will ask the bus company about a Saturday route.';
const minutesPolish = 'Ludzie chcą więcej wycieczek i klubu obiadowego. Zapytamy firmę autobusową o sobotnią trasę.';
const contributionText = 'There is nowhere to sit at the bus stop by the day centre.';
const responseText = 'The council will put a bench at the bus stop in May.';
const responsePolish = 'Rada postawi ławkę na przystanku w maju.';
const surveyTitle = 'How do you get to the day centre?';
const surveyDescription = 'Tell us how you travel, so we can plan the Saturday bus.';
const surveyPolish = 'Powiedz nam, jak podróżujesz, żebyśmy mogli zaplanować sobotni autobus.';
const showOriginalInPolish = 'Pokaż oryginał (angielski)';

// Calls the API from a signed-in page, with its CSRF token.

// A translated text shows the original until its translations have loaded.
async function waitForText(page, id) {
  await page.locator(`#${id}[data-translations="ready"]`).waitFor();
  return page.locator(`#${id}`);
}

// On the translation page: Polish chosen (or checked, when the link chose it), the text saved.
async function addPolish(page, polish, { chosen = false } = {}) {
  if (!chosen) await page.locator('#translation-language').fill('Polish');
  await page.locator('#translation-language-chosen', { hasText: 'Chosen: Polish' }).waitFor();
  await page.locator('#translation-text').fill(polish);
  await page.getByRole('button', { name: 'Save translation' }).click();
  await page.locator('.govuk-notification-banner--success', { hasText: 'The Polish translation is saved' }).waitFor();
  const row = page.locator('#translations-list .govuk-summary-list__row', { hasText: 'Polish' });
  assert.equal(await row.locator('dd').innerText(), polish);
  assert.equal(await row.locator('dd').getAttribute('lang'), 'pl');
}

// Marek's page: the Polish text marked as Polish, the English original one click away and back.
async function readInPolish(page, id, polish, original, label) {
  const text = await waitForText(page, id);
  assert.equal(await text.innerText(), polish);
  assert.equal(await text.getAttribute('lang'), 'pl');
  assert.equal(await text.getAttribute('dir'), 'ltr');
  await checkAccessibility(page, `${label} in Polish`);
  const toggle = page.getByRole('button', { name: showOriginalInPolish });
  assert.equal(await toggle.getAttribute('aria-controls'), id);
  await toggle.click();
  assert.equal(await text.innerText(), original);
  assert.equal(await text.getAttribute('lang'), 'en');
  await checkAccessibility(page, `${label}, the original`);
  await page.getByRole('button', { name: 'Pokaż tłumaczenie' }).click();
  assert.equal(await text.innerText(), polish);
  assert.equal(await page.getByRole('link', { name: 'Dodaj tłumaczenie lub wersję łatwą do czytania' }).count(), 0, 'members do not manage');
}

describe('translations of proposals, minutes, responses and surveys', () => {
  const world = theDemoPartnership('translations-texts');
  let projectId = '';
  let activityId = '';
  let proposalId = '';
  let contributionId = '';
  let surveyId = '';

  test('the convener publishes a proposal and minutes and translates the proposal from its page', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    projectId = (await api(page, 'GET', '/api/v1/projects')).body.items.find((project) => project.title === projectTitle).id;
    activityId = (await api(page, 'GET', `/api/v1/projects/${projectId}/activities`)).body.items.find((activity) => activity.title === activityTitle).id;
    const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const proposal = await api(page, 'POST', `/api/v1/projects/${projectId}/proposals`, { title: proposalTitle, text: proposalText, closes_at: closesAt });
    assert.equal(proposal.status, 201, JSON.stringify(proposal.body));
    proposalId = proposal.body.id;
    const minutes = await api(page, 'PUT', `/api/v1/activities/${activityId}/minutes`, { minutes: 'Twelve people came.', summary: minutesSummary, actions: [] });
    assert.equal(minutes.status, 200, JSON.stringify(minutes.body));

    await page.goto(`/proposals/${proposalId}`);
    await page.locator('h1', { hasText: proposalTitle }).waitFor();
    const text = await waitForText(page, 'proposal-text');
    assert.equal(await text.innerText(), proposalText);
    assert.equal(await text.getAttribute('lang'), 'en');
    await checkAccessibility(page, 'proposal page before translations');

    await page.getByRole('link', { name: 'Add a translation or an Easy Read version' }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Proposal text' }).waitFor();
    assert.equal(await page.locator('.govuk-caption-l').innerText(), proposalTitle);
    assert.equal(await page.locator('#translation-original').innerText(), proposalText);
    await checkAccessibility(page, 'translate a proposal');
    await addPolish(page, proposalPolish);
    await checkAccessibility(page, 'proposal translated');
    await screenshot(page, 'translations-texts-proposal');

    await page.getByRole('link', { name: `Back to ${proposalTitle}` }).click();
    await page.waitForURL((url) => url.pathname === `/proposals/${proposalId}`);
    await waitForText(page, 'proposal-text');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener translates the minutes summary from the translations needed list', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/projects/${projectId}/translations-needed`);
    await page.locator('h1', { hasText: 'Translations needed' }).waitFor();
    const polish = page.locator('table[data-language="pl"]');
    await polish.waitFor();
    // Each kind of text is named with its title; Polish is no longer needed for the proposal.
    assert.equal(await polish.locator('tr', { hasText: `Proposal: ${proposalTitle}` }).count(), 0);
    assert.equal(await page.locator('table[data-language="ar"] tr', { hasText: `Proposal: ${proposalTitle}` }).count(), 1);
    const row = polish.locator('tr', { hasText: `Summary of the minutes: ${activityTitle}` });
    assert.equal(await row.count(), 1);
    await checkAccessibility(page, 'translations needed with minutes and a proposal');

    await row.getByRole('link', { name: /Add a translation \(Polish\)/ }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Summary of the minutes' }).waitFor();
    assert.equal(await page.locator('#translation-original').innerText(), minutesSummary);
    await checkAccessibility(page, 'translate a minutes summary');
    await addPolish(page, minutesPolish, { chosen: true });
    await checkAccessibility(page, 'minutes summary translated');

    await page.getByRole('link', { name: `Back to the minutes of ${activityTitle}` }).click();
    await page.waitForURL((url) => url.pathname === `/activities/${activityId}/minutes`);
    const text = await waitForText(page, 'minutes-published-summary');
    assert.equal(await text.innerText(), minutesSummary, 'the convener reads English');
    assert.equal(await page.getByRole('link', { name: 'Add a translation or an Easy Read version' }).getAttribute('href'), `/translations/minutes/${activityId}/summary`);
    await checkAccessibility(page, 'minutes page for the convener');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Marek reads the proposal and the minutes in Polish, with the original one click away', async () => {
    const page = await world.signInAs(accounts.polishMember);
    await page.goto(`/proposals/${proposalId}`);
    await page.locator('h1', { hasText: proposalTitle }).waitFor();
    await readInPolish(page, 'proposal-text', proposalPolish, proposalText, 'proposal page');
    await screenshot(page, 'translations-texts-proposal-pl');

    await page.goto(`/activities/${activityId}/minutes`);
    await page.locator('h1').waitFor();
    await readInPolish(page, 'minutes-published-summary', minutesPolish, minutesSummary, 'minutes page');
    assertNoProblems(page);
    await page.context().close();
  });

  test("a contribution's response and a survey's description: translated from their pages, read in Polish", async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const contribution = await api(page, 'POST', `/api/v1/projects/${projectId}/contributions`, { kind: 'need', text: contributionText });
    assert.equal(contribution.status, 201, JSON.stringify(contribution.body));
    contributionId = contribution.body.id;
    const responded = await api(page, 'POST', `/api/v1/contributions/${contributionId}/response`, { status: 'adopted', response: responseText });
    assert.equal(responded.status, 200, JSON.stringify(responded.body));
    const now = Date.now();
    const survey = await api(page, 'POST', `/api/v1/projects/${projectId}/surveys`, {
      title: surveyTitle,
      description: surveyDescription,
      opens_at: new Date(now - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      closes_at: new Date(now + 14 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      questions: [{ kind: 'free_text', text: 'How do you get to the day centre now?', options: [] }],
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    surveyId = survey.body.id;

    await page.goto(`/contributions/${contributionId}`);
    assert.equal(await (await waitForText(page, 'contribution-response')).innerText(), responseText);
    await page.getByRole('link', { name: 'Add a translation or an Easy Read version' }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Response to a contribution' }).waitFor();
    assert.equal(await page.locator('#translation-original').innerText(), responseText);
    await checkAccessibility(page, 'translate a response');
    await addPolish(page, responsePolish);
    await page.getByRole('link', { name: 'Back to the contribution' }).click();
    await page.waitForURL((url) => url.pathname === `/contributions/${contributionId}`);
    await waitForText(page, 'contribution-response');

    await page.goto(`/surveys/${surveyId}`);
    await page.locator('h1', { hasText: surveyTitle }).waitFor();
    assert.equal(await (await waitForText(page, 'survey-description-text')).innerText(), surveyDescription);
    await page.getByRole('link', { name: 'Add a translation or an Easy Read version' }).click();
    await page.locator('h1', { hasText: 'Translations and Easy Read: Survey description' }).waitFor();
    assert.equal(await page.locator('#translation-original').innerText(), surveyDescription);
    await addPolish(page, surveyPolish);
    await checkAccessibility(page, 'survey description translated');
    await page.getByRole('link', { name: `Back to ${surveyTitle}` }).click();
    await page.waitForURL((url) => url.pathname === `/surveys/${surveyId}`);

    // The survey's questions are translated in the survey itself: their row leads there.
    await page.goto(`/projects/${projectId}/translations-needed`);
    const questions = page.locator('table[data-language="pl"] tr', { hasText: `Survey questions: ${surveyTitle}` });
    await questions.waitFor();
    assert.equal(await questions.getByRole('link', { name: /See the survey/ }).getAttribute('href'), `/surveys/${surveyId}`);
    assert.equal(await page.locator('table[data-language="pl"] tr', { hasText: `Survey description: ${surveyTitle}` }).count(), 0);
    assert.equal(await page.locator('table[data-language="ar"] tr', { hasText: `Response to: ${contributionText}` }).count(), 1);
    await checkAccessibility(page, 'translations needed with a survey and a response');
    assertNoProblems(page);
    await page.context().close();

    const marek = await world.signInAs(accounts.polishMember);
    await marek.goto(`/contributions/${contributionId}`);
    await readInPolish(marek, 'contribution-response', responsePolish, responseText, 'contribution page');
    await marek.goto(`/surveys/${surveyId}`);
    await marek.locator('h1', { hasText: surveyTitle }).waitFor();
    await readInPolish(marek, 'survey-description-text', surveyPolish, surveyDescription, 'survey page');

    await marek.goto(`/projects/${projectId}/you-said-we-did`);
    const weDid = await waitForText(marek, `response-${contributionId}-text`);
    assert.equal(await weDid.innerText(), responsePolish);
    assert.equal(await weDid.getAttribute('lang'), 'pl');
    await checkAccessibility(marek, 'you said, we did in Polish');
    assertNoProblems(marek);
    await marek.context().close();
  });
});
