// Community-led initiatives (issue 18) on the demo partnership: Joan, a
// resident, proposes one for a project she is in and leads it for the
// residents, with a member of staff to support it; the convener approves it
// and gives it a budget; Joan plans its tasks and a volunteer role; Layla, a
// second resident, volunteers on a phone and logs her time; Joan records the
// people it reached and a story with a photo, whose GPS the server removes;
// it shows on the project's timeline; and Layla reads it in Arabic, right to
// left, on a phone and a wide screen. axe (WCAG 2.2 AA) scans every page, and
// nothing scrolls sideways at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, resultsFolder, screenshot, settle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const title = 'Soup and a story';
const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 900 };

// What the test learns as it goes.
const made = { initiative: '', project: '', projectTitle: '', joan: null, layla: null, supporter: null };

async function banner(page, text) {
  await page.locator('.govuk-notification-banner--success', { hasText: text }).waitFor({ timeout: 10_000 });
  await settle(page);
}

async function openInitiative(page) {
  await page.goto(`/initiatives/${made.initiative}`);
  await settle(page);
  await page.locator('h1', { hasText: title }).waitFor();
}

// A small JPEG drawn in the browser (a mug of soup, roughly), with a GPS
// position written into it by exiftool, as a phone's camera would.
async function photoWithGps(page) {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 120;
    canvas.height = 90;
    const context = canvas.getContext('2d');
    context.fillStyle = '#f3d9a4';
    context.fillRect(0, 0, 120, 90);
    context.fillStyle = '#b5562b';
    context.fillRect(35, 25, 45, 50);
    context.strokeStyle = '#b5562b';
    context.lineWidth = 6;
    context.beginPath();
    context.arc(85, 50, 12, -Math.PI / 2, Math.PI / 2);
    context.stroke();
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  mkdirSync(resultsFolder, { recursive: true });
  const file = path.join(resultsFolder, 'initiative-photo-with-gps.jpg');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=51.5', '-GPSLatitudeRef=N', '-GPSLongitude=0.1', '-GPSLongitudeRef=W', file]);
  const tags = execFileSync('exiftool', ['-s', '-GPS:all', file]).toString();
  assert.match(tags, /GPSLatitude/, 'the photo has a GPS position before it is uploaded');
  return file;
}

describe('community-led initiatives', () => {
  const world = theDemoPartnership('initiatives');

  test('who is in which group, seen by the convener', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const people = (await api(page, 'GET', '/api/v1/people?limit=200')).body.items;
    made.joan = people.find((person) => person.name === 'Joan Price');
    made.layla = people.find((person) => person.name === 'Layla Haddad');
    assert.ok(made.joan?.groups.includes('residents'), `Joan's groups: ${made.joan?.groups}`);
    assert.ok(made.layla?.groups.includes('residents'), `Layla's groups: ${made.layla?.groups}`);
    made.supporter = people.find((person) => person.groups.includes('local_authority'));
    assert.ok(made.supporter, 'someone in the demo is from the local authority');
    await page.context().close();
  });

  test('Joan, a resident, proposes an initiative for her project', async () => {
    const page = await world.signInInEnglish(accounts.member, { viewport: wide });
    const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
    assert.ok(projects.length > 0, 'Joan is in a project');
    made.project = projects[0].id;
    made.projectTitle = projects[0].title;

    await page.goto('/partnership');
    await settle(page);
    await page.locator('#partnership-parts').getByRole('link', { name: 'Initiatives', exact: true }).click();
    await page.locator('h1', { hasText: 'Community-led initiatives' }).waitFor();
    await settle(page);
    await checkAccessibility(page, 'the initiatives list');
    await page.getByRole('button', { name: 'Propose an initiative' }).click();
    await page.locator('h1', { hasText: 'Propose an initiative' }).waitFor();
    await settle(page);
    await checkAccessibility(page, 'the propose form');

    // Nothing filled in: the summary names each field, and links to the leads' checkboxes.
    await page.getByRole('button', { name: 'Propose the initiative' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Choose at least one person to lead the initiative' }).waitFor();
    assert.equal(await summary.getByRole('link', { name: 'Choose at least one person to lead the initiative' }).getAttribute('href'), '#initiative-leads');
    assert.equal(await summary.getByRole('link').count(), 4);
    await checkAccessibility(page, 'the propose form with errors');

    await page.getByLabel('Name of the initiative').fill(title);
    await page.getByLabel('What it is for').fill('We make soup together and read a short story aloud each Friday at the library.');
    // The live plain language check answers under the purpose.
    await page.locator('#initiative-purpose').focus();
    await page.getByLabel('Who it is for').fill('Older neighbours who live alone');
    await page.getByLabel('Joan Price (Residents)', { exact: true }).check();
    await page.locator('#initiative-supporters').waitFor();
    await page.getByLabel(`${made.supporter.name} (Local authority)`, { exact: true }).check();
    await page.getByLabel('Project (optional)').selectOption({ label: made.projectTitle });
    await page.getByRole('button', { name: 'Propose the initiative' }).click();
    await banner(page, `“${title}” is proposed.`);
    made.initiative = new URL(page.url()).pathname.split('/')[2];
    await page.locator('#initiative-status-note', { hasText: 'waiting for the partnership’s conveners' }).waitFor();
    const summaryList = page.locator('#initiative-summary');
    await summaryList.getByText('Joan Price (Residents)').waitFor();
    await summaryList.getByText(`${made.supporter.name} (Local authority)`).waitFor();
    // No tasks or volunteers before it is approved.
    assert.equal(await page.locator('#initiative-tasks').count(), 0);
    await checkAccessibility(page, 'a proposed initiative');
    await screenshot(page, 'initiative-proposed-1280');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener approves it and gives it a budget', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await openInitiative(page);
    await page.locator('#initiative-decide').waitFor();
    await checkAccessibility(page, 'a proposed initiative, for the convener');
    await page.getByRole('button', { name: 'Approve the initiative' }).click();
    await banner(page, 'The initiative is approved.');
    assert.equal(await page.locator('#initiative-decide').count(), 0);
    await page.locator('#initiative-status .govuk-tag', { hasText: 'Running' }).waitFor();
    await page.getByLabel('Set the budget, in pounds').fill('150');
    await page.getByRole('button', { name: 'Save the budget' }).click();
    await banner(page, 'The budget is saved.');
    const budget = page.locator('#initiative-budget-summary');
    await budget.getByText('£150.00').first().waitFor();
    // The purpose can be translated or put into Easy Read from the page.
    await page.locator('#initiative-summary').getByRole('link', { name: 'Add a translation or an Easy Read version' }).click();
    await page.waitForURL((url) => url.pathname === `/translations/initiative/${made.initiative}/purpose`);
    await settle(page);
    await page.locator('h1', { hasText: 'Translations and Easy Read: What an initiative is for' }).waitFor();
    await page.locator('#translation-original', { hasText: 'We make soup together' }).waitFor();
    await checkAccessibility(page, 'translating an initiative’s purpose');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Joan plans its tasks and a volunteer role', async () => {
    const page = await world.signInInEnglish(accounts.member);
    await openInitiative(page);
    // A task with no name is refused in the form's own summary.
    await page.getByRole('button', { name: 'Add the task' }).click();
    await page.locator('#task-new-form .govuk-error-summary').getByRole('link', { name: 'Enter the task' }).waitFor();

    const form = page.locator('#task-new-form');
    await form.getByLabel('Task', { exact: true }).fill('Book the library room');
    await form.getByLabel('Milestone (optional)').fill('First Friday');
    await form.getByLabel('Who will do it (optional)').selectOption({ label: 'Joan Price' });
    await page.locator('#task-due-day').fill('20');
    await page.locator('#task-due-month').fill('1');
    await page.locator('#task-due-year').fill('2030');
    await form.getByRole('button', { name: 'Add the task' }).click();
    await banner(page, '“Book the library room” is added.');

    await form.getByLabel('Task', { exact: true }).fill('Buy the soup pans');
    await form.getByLabel('Milestone (optional)').fill('First Friday');
    await page.locator('#task-due-day').fill('10');
    await page.locator('#task-due-month').fill('1');
    await page.locator('#task-due-year').fill('2030');
    await form.getByRole('button', { name: 'Add the task' }).click();
    await banner(page, '“Buy the soup pans” is added.');

    await form.getByLabel('Task', { exact: true }).fill('Choose the stories');
    await form.getByRole('button', { name: 'Add the task' }).click();
    await banner(page, '“Choose the stories” is added.');

    // What's next: soonest first, the undated last, with who has each.
    const next = page.locator('#initiative-next-list li');
    assert.deepEqual((await next.allTextContents()).map((text) => text.split(' – ')[0]), ['Buy the soup pans', 'Book the library room', 'Choose the stories']);
    await page.locator('#initiative-next-list li', { hasText: 'Book the library room' }).getByText('Joan Price').waitFor();
    await page.locator('#initiative-tasks caption', { hasText: 'First Friday' }).waitFor();
    await page.locator('#initiative-tasks caption', { hasText: 'Other tasks' }).waitFor();

    // Done: it leaves "What's next".
    await page.getByRole('button', { name: /^Mark as done\W+Book the library room$/ }).click();
    await banner(page, '“Book the library room” is updated.');
    assert.equal(await page.locator('#initiative-next-list li', { hasText: 'Book the library room' }).count(), 0);

    await page.getByLabel('Role', { exact: true }).first().fill('Makes the soup');
    await page.locator('#role-new-form').getByLabel('What the role involves (optional)').fill('Chop vegetables and stir the pot, from 10am.');
    await page.getByRole('button', { name: 'Add the role' }).click();
    await banner(page, 'The role “Makes the soup” is added.');

    const helpers = page.locator('#helper-form');
    await helpers.getByLabel('Name', { exact: true }).fill('Friends of the library');
    await helpers.getByLabel('How many people').fill('3');
    await helpers.getByRole('button', { name: 'Add the helpers' }).click();
    await banner(page, 'The helpers are added.');
    await page.locator('#initiative-helpers', { hasText: 'Friends of the library: 3 people' }).waitFor();
    await checkAccessibility(page, 'a running initiative, for its lead');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Layla volunteers on a phone and logs her time', async () => {
    const page = await world.signInInEnglish(accounts.arabicMember, { viewport: phone });
    await page.goto('/initiatives?show=recruiting');
    await settle(page);
    await page.locator('#initiatives-list').getByRole('link', { name: title }).waitFor();
    await fitsTheWidth(page, phone.width);
    await checkAccessibility(page, 'initiatives looking for volunteers, at 390px');
    await screenshot(page, 'initiatives-list-390');
    await page.locator('#initiatives-list').getByRole('link', { name: title }).click();
    await page.locator('h1', { hasText: title }).waitFor();
    await settle(page);
    await fitsTheWidth(page, phone.width);
    // The offline helpers are counted, never named, for someone who does not lead it.
    assert.equal(await page.getByText('Friends of the library').count(), 0);

    await page.getByRole('button', { name: /^Volunteer for this\W+Makes the soup$/ }).click();
    await banner(page, 'You volunteer as “Makes the soup”. Thank you.');
    await page.getByText('You volunteer in this role.').waitFor();

    const hours = page.locator('#hours-form');
    await hours.getByLabel('Hours', { exact: true }).fill('2');
    await hours.getByLabel('Minutes', { exact: true }).fill('30');
    await hours.getByRole('button', { name: 'Log the time' }).click();
    await banner(page, '2 h 30 min is logged. Thank you.');
    await page.locator('#initiative-hours', { hasText: '2 h 30 min' }).waitFor();
    await fitsTheWidth(page, phone.width);
    await checkAccessibility(page, 'a running initiative for a volunteer, at 390px');
    await screenshot(page, 'initiative-volunteer-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Joan sees who volunteers, records the people reached and a story with a photo', async () => {
    const page = await world.signInInEnglish(accounts.member);
    await openInitiative(page);
    await page.locator(`[data-role-id] table`).getByText('Layla Haddad').waitFor();
    await page.locator('#initiative-hours-by-person').getByText('Layla Haddad').waitFor();

    const outcome = page.locator('#outcome-form');
    assert.equal(await outcome.getByLabel('What you counted').inputValue(), 'People reached');
    await outcome.getByLabel('How many').fill('40');
    await outcome.getByLabel('Note (optional)').fill('Over the first four Fridays.');
    await outcome.getByRole('button', { name: 'Record it' }).click();
    await banner(page, '“People reached” is recorded.');
    const row = page.locator('#initiative-outcomes-table tbody tr', { hasText: 'People reached' });
    await row.getByText('40', { exact: true }).waitFor();

    // A photo with no words for what it shows is refused.
    const file = await photoWithGps(page);
    const story = page.locator('#story-form');
    await story.getByLabel('The story').fill('Ten neighbours came on the first Friday. Mary said it was the best soup she had had in years.');
    await story.getByLabel('A photo (optional)').setInputFiles(file);
    await story.getByRole('button', { name: 'Add the story' }).click();
    await story.locator('.govuk-error-summary').getByRole('link', { name: 'Enter what the photo shows' }).waitFor();
    await story.getByLabel('What the photo shows').fill('A big pot of soup on a table in the library');
    await story.getByRole('button', { name: 'Add the story' }).click();
    await banner(page, 'The story is added.');
    const photo = page.locator('#initiative-stories img[alt="A big pot of soup on a table in the library"]');
    await photo.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('#initiative-stories img')].every((image) => image.complete && image.naturalWidth > 0));

    // The stored photo has no GPS position left.
    const source = await photo.getAttribute('src');
    const stored = await page.evaluate(async (address) => {
      const response = await fetch(address);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { status: response.status, type: response.headers.get('content-type'), base64: btoa(binary) };
    }, source);
    assert.equal(stored.status, 200);
    assert.match(stored.type ?? '', /^image\/jpeg/);
    const storedFile = path.join(resultsFolder, 'initiative-photo-stored.jpg');
    writeFileSync(storedFile, Buffer.from(stored.base64, 'base64'));
    assert.equal(execFileSync('exiftool', ['-s', '-GPS:all', storedFile]).toString().trim(), '', 'the stored photo still has GPS tags');
    await checkAccessibility(page, 'an initiative with outcomes and a story');
    await screenshot(page, 'initiative-lead-1280');
    assertNoProblems(page);
    await page.context().close();
  });

  test('it shows on the project’s timeline, led by the residents', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/projects/${made.project}/timeline`);
    await settle(page);
    await page.getByText(`Led the initiative “${title}”`).first().waitFor();
    await checkAccessibility(page, 'the timeline with an initiative');
    assertNoProblems(page);
    await page.context().close();
  });

  test('Layla reads it in Arabic, right to left, on a phone and a wide screen', async () => {
    for (const viewport of [phone, wide]) {
      const page = await world.signInAs(accounts.arabicMember, { viewport, language: 'ar' });
      await openInitiative(page);
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      await page.getByText('أنت تتطوع في هذا الدور.').waitFor();
      await page.locator('#initiative-stories img').waitFor();
      await fitsTheWidth(page, viewport.width);
      await checkAccessibility(page, `an initiative in Arabic at ${viewport.width}px`);
      await screenshot(page, `initiative-ar-${viewport.width}`);
      await page.goto('/initiatives');
      await settle(page);
      await fitsTheWidth(page, viewport.width);
      await screenshot(page, `initiatives-list-ar-${viewport.width}`);
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('the convener turns down another with a reason, which Joan reads', async () => {
    const joan = await world.signInInEnglish(accounts.member);
    const proposed = await api(joan, 'POST', '/api/v1/initiatives', {
      title: 'Fireworks on the green',
      purpose: 'A fireworks night for the whole estate.',
      for_whom: 'Everyone on the estate',
      leads: [{ person_id: made.joan.id, group: 'residents' }],
    });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    // A member of staff cannot lead: the server names the leads.
    const refused = await api(joan, 'POST', '/api/v1/initiatives', {
      title: 'Led by staff', purpose: 'No.', for_whom: 'Nobody', leads: [{ person_id: made.supporter.id, group: 'local_authority' }],
    });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.ok(JSON.stringify(refused.body).includes('leads'), JSON.stringify(refused.body));

    const page = await world.signInInEnglish(accounts.convener, { viewport: phone });
    await page.goto(`/initiatives/${proposed.body.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Turn down the initiative' }).click();
    await page.locator('#initiative-decline-form .govuk-error-summary').getByRole('link', { name: 'Enter why you are turning it down' }).waitFor();
    await page.getByLabel('Why you are turning it down').fill('The green is not big enough to be safe. Could you ask the park instead?');
    await page.getByRole('button', { name: 'Turn down the initiative' }).click();
    await banner(page, 'The initiative is turned down.');
    await fitsTheWidth(page, phone.width);
    await page.context().close();

    await joan.goto(`/initiatives/${proposed.body.id}`);
    await settle(joan);
    await joan.locator('#initiative-status-note', { hasText: 'Could you ask the park instead?' }).waitFor();
    await joan.locator('#initiative-status .govuk-tag', { hasText: 'Turned down' }).waitFor();
    await checkAccessibility(joan, 'a turned-down initiative');
    assertNoProblems(joan);
    await joan.context().close();
  });

  test('Joan ends it with what was learned, and starts it again', async () => {
    const page = await world.signInInEnglish(accounts.member, { viewport: phone });
    await openInitiative(page);
    await page.getByLabel('What we learned').fill('People came for the soup and stayed for the stories. Start earlier in the day.');
    await page.getByRole('button', { name: 'End the initiative' }).click();
    await banner(page, 'The initiative has ended.');
    await page.locator('#initiative-learned-text', { hasText: 'stayed for the stories' }).waitFor();
    await fitsTheWidth(page, phone.width);
    await checkAccessibility(page, 'an ended initiative at 390px');
    await page.getByRole('button', { name: 'Start it again' }).click();
    await banner(page, 'The initiative has started again.');
    await page.locator('#initiative-status .govuk-tag', { hasText: 'Running' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });
});
