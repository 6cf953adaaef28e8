// Living documents and the golden thread (issue 17) on the demo partnership:
// the convener starts a strategy for a demo project, writes it in the editor
// (a vision, two objectives, two actions under one, an introduction moved to
// the top), links its parts to what people said, records progress and
// publishes; rewords an objective and publishes again, and reads the
// difference; reads where a part came from; a resident reads the published
// version on a phone; the resident corrects what she said, and the convener
// checks the suspect link and clears it with a reason; and the reader in
// Arabic, right to left. axe (WCAG 2.2 AA) scans every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot, settle, waitForTitle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const title = 'Day opportunities strategy 2027 to 2030';
// Said by the demo's people in that project: Layla Haddad (a resident) and Helen Clarke (a provider).
const laylaSaid = 'My street has many older neighbours who would come to something nearby.';
const helenSaid = 'Transport is the hardest part: many people cannot get to the centres.';
const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 900 };


async function banner(page, text) {
  await page.locator('.govuk-notification-banner--success', { hasText: text }).waitFor({ timeout: 10_000 });
  await settle(page);
}

// What the test learns as it goes: the document's and sections' ids.
const made = { document: '', values: '', sections: {} };

async function sectionIds(page) {
  const document = (await api(page, 'GET', `/api/v1/documents/${made.document}`)).body;
  made.sections = Object.fromEntries(document.sections.map((section) => [section.heading, section.id]));
  return document;
}

// Adds a part with the editor's "Add a part" form.
async function addPart(page, { kind, heading, body = '', under, owner, due, measure }) {
  const form = page.locator('#section-new-form');
  await form.getByLabel(kind, { exact: true }).check();
  await form.getByLabel('Heading', { exact: true }).fill(heading);
  if (body) await form.getByLabel('Words', { exact: true }).fill(body);
  if (under) await form.getByLabel('Put it under').selectOption(made.sections[under]);
  if (owner) await form.getByLabel('Which group owns it (optional)').selectOption(owner);
  if (due) {
    const [day, month, year] = due.split(' ');
    await page.locator('#section-new-due-day').fill(day);
    await page.locator('#section-new-due-month').fill(month);
    await page.locator('#section-new-due-year').fill(year);
  }
  if (measure) await form.getByLabel('How will we know it worked? (optional)').fill(measure);
  await form.getByRole('button', { name: 'Add the part' }).click();
  await banner(page, `“${heading}” is added.`);
  await sectionIds(page);
}

const card = (page, heading) => page.locator(`#edit-sections > li[data-section-id="${made.sections[heading]}"]`);

// Links a part to what shaped it, from its card in the editor.
async function linkPart(page, heading, kind, choice) {
  const item = card(page, heading);
  await item.locator('summary', { hasText: 'Link it to what shaped it' }).click();
  const form = item.locator('form.rt-link-form');
  await form.getByLabel(kind, { exact: true }).check();
  const select = form.locator('select');
  await select.waitFor();
  const value = await select.locator('option', { hasText: choice }).getAttribute('value');
  await select.selectOption(value);
  await form.getByRole('button', { name: /Add the link/ }).click();
  await banner(page, `“${heading}” is linked to what shaped it.`);
}

async function readerHeadings(page) {
  return page.locator('.rt-document section.rt-section').evaluateAll((sections) =>
    sections.map((section) => {
      const heading = section.querySelector('.rt-section-heading');
      return `${heading.tagName.toLowerCase()} ${heading.querySelector('.rt-section-kind').textContent}: ${heading.querySelector('bdi').textContent}`;
    }),
  );
}

const markerOf = (page, heading) => page.locator(`section.rt-section[data-section-id="${made.sections[heading]}"] .rt-thread-marker`);

// The words a sighted reader sees (without the visually hidden ones, nor
// the marks that isolate a text put into a right-to-left message).
async function seen(locator) {
  const text = await locator.evaluate((element) => {
    const copy = element.cloneNode(true);
    for (const hidden of copy.querySelectorAll('.govuk-visually-hidden')) hidden.remove();
    return copy.textContent;
  });
  return text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

const marker = (page, heading) => ({ innerText: () => seen(markerOf(page, heading)), getByRole: (...a) => markerOf(page, heading).getByRole(...a), locator: (...a) => markerOf(page, heading).locator(...a) });

describe('living documents', () => {
  const world = theDemoPartnership('documents');

  test('the convener starts a strategy for a project, writes its parts, links them to what people said and publishes', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    // From the partnership's pages, as the menu leads there.
    await page.goto('/partnership');
    await page.locator('#partnership-parts').getByRole('link', { name: 'Documents', exact: true }).click();
    await page.locator('h1', { hasText: 'Living documents' }).waitFor();
    await settle(page);
    // Ours is not there yet (the demo may have a document of its own).
    assert.equal(await page.locator('main', { hasText: title }).count(), 0);
    await checkAccessibility(page, 'the documents list');

    // From the project's page: the project is chosen already.
    const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
    const project = projects.find((item) => item.title === projectTitle);
    await page.goto(`/projects/${project.id}`);
    await page.locator('#project-start-document').click();
    await page.locator('h1', { hasText: 'Start a document' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('#document-project').inputValue(), project.id);
    // Nothing filled in: the error summary links to both fields.
    await page.getByRole('button', { name: 'Start the document' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.deepEqual(await summary.locator('li a').allInnerTexts(), ['Enter a title', 'Choose what kind of document it is']);
    assert.equal(await summary.locator('li a').first().getAttribute('href'), '#document-title');
    await waitForTitle(page, /^Error: /);
    // Each kind says what it is for.
    assert.match(await page.locator('.govuk-radios__item', { hasText: 'Strategy' }).innerText(), /Where we want to get to over the next few years/);
    await checkAccessibility(page, 'starting a document, with errors');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Strategy', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the document' }).click();
    await page.locator('h1', { hasText: 'Edit the draft' }).waitFor();
    await banner(page, `“${title}” is started. Add its first part.`);
    made.document = new URL(page.url()).pathname.split('/')[2];
    assert.equal((await api(page, 'GET', `/api/v1/documents/${made.document}`)).body.project_id, project.id);

    // The parts. The body's markup is words: it must stay words on the page.
    await addPart(page, { kind: 'Vision', heading: 'Older people lead full lives', body: 'Every older person has somewhere to go.\nNear home, with friends.\n\nWe write <b>this</b> together.' });
    // The live plain language check under the words, as on other long texts.
    await page.locator('#section-new-body-check').waitFor({ state: 'attached' });
    await addPart(page, { kind: 'Objective', heading: 'Groups close to home', body: 'Small groups in every neighbourhood.', under: 'Older people lead full lives', owner: 'vcs', due: '30 6 2027', measure: 'Ten groups meet each week' });
    await addPart(page, { kind: 'Objective', heading: 'Transport that gets people there', body: 'People can get to the groups.', under: 'Older people lead full lives', owner: 'local_authority' });
    await addPart(page, { kind: 'Action', heading: 'Open the library halls on weekday mornings', under: 'Groups close to home' });
    await addPart(page, { kind: 'Action', heading: 'Train volunteers to run the groups', under: 'Groups close to home' });
    await addPart(page, { kind: 'Text', heading: 'About this strategy', body: 'Written with the people who use day services.' });
    await checkAccessibility(page, 'the editor');

    // The introduction goes to the top with "Move up".
    const order = () => page.locator('#edit-sections > li h3 bdi').allInnerTexts();
    assert.deepEqual((await order()).at(-1), 'About this strategy');
    await card(page, 'About this strategy').getByRole('button', { name: 'Move up “About this strategy”' }).click();
    await banner(page, '“About this strategy” is moved.');
    assert.deepEqual(await order(), [
      'About this strategy',
      'Older people lead full lives',
      'Groups close to home',
      'Open the library halls on weekday mornings',
      'Train volunteers to run the groups',
      'Transport that gets people there',
    ]);

    // Removing an objective with actions under it is refused, in the error summary.
    await card(page, 'Groups close to home').getByRole('button', { name: 'Remove “Groups close to home”' }).click();
    await card(page, 'Groups close to home').getByRole('button', { name: 'Yes, remove it' }).click();
    await page.locator('.govuk-error-summary', { hasText: '“Groups close to home” has parts under it. Move or remove them first.' }).waitFor();
    assert.equal((await order()).length, 6);
    // A part with nothing under it goes, after the question.
    await addPart(page, { kind: 'Text', heading: 'A part added by mistake', body: 'Not wanted.' });
    assert.equal((await order()).length, 7);
    await card(page, 'A part added by mistake').getByRole('button', { name: 'Remove “A part added by mistake”' }).click();
    await card(page, 'A part added by mistake').getByRole('button', { name: 'Yes, remove it' }).click();
    await banner(page, '“A part added by mistake” is removed.');
    assert.equal((await order()).length, 6);

    // What shaped each part.
    await linkPart(page, 'Groups close to home', 'What someone said', laylaSaid);
    await linkPart(page, 'Transport that gets people there', 'What someone said', helenSaid);
    await linkPart(page, 'Open the library halls on weekday mornings', 'Another part of this document', 'Groups close to home');
    const links = card(page, 'Groups close to home').locator('.rt-links li');
    assert.equal(await links.count(), 1);
    assert.match(await links.first().innerText(), new RegExp(`${laylaSaid.replace('.', '\\.')}.*said by someone from Residents`, 's'));
    assert.doesNotMatch(await links.first().innerText(), /Layla/);

    // Progress: the first action is done; dropping needs a reason.
    const action = card(page, 'Open the library halls on weekday mornings');
    await action.locator('summary', { hasText: 'Record progress' }).click();
    const progress = action.locator('form.rt-progress-form');
    await progress.getByLabel('Dropped', { exact: true }).check();
    await progress.getByRole('button', { name: /Record progress/ }).click();
    await progress.locator('.govuk-error-summary', { hasText: 'Say why it was dropped' }).waitFor();
    await progress.getByLabel('Done', { exact: true }).check();
    await progress.getByLabel('Note (optional)').fill('The library opened two halls in November.');
    await progress.getByRole('button', { name: /Record progress/ }).click();
    await banner(page, 'Progress on “Open the library halls on weekday mornings” is recorded.');
    await checkAccessibility(page, 'the editor with links and progress');

    // The reader: the draft, its contents, parts by depth, markers and flags.
    await page.getByRole('link', { name: 'Read the draft as a document' }).click();
    await page.locator('h1', { hasText: title }).waitFor();
    await settle(page);
    assert.match(await page.locator('#document-version').innerText(), /This is the draft\. Nobody else can read it until you publish it\./);
    assert.deepEqual(await page.locator('#document-contents li a').allInnerTexts(), [
      'About this strategy', 'Older people lead full lives', 'Groups close to home', 'Open the library halls on weekday mornings',
      'Train volunteers to run the groups', 'Transport that gets people there',
    ]);
    assert.deepEqual(await readerHeadings(page), [
      'h2 Text: About this strategy',
      'h2 Vision: Older people lead full lives',
      'h3 Objective: Groups close to home',
      'h4 Action: Open the library halls on weekday mornings',
      'h4 Action: Train volunteers to run the groups',
      'h3 Objective: Transport that gets people there',
    ]);
    // Paragraphs and line breaks; what was typed as markup stays words.
    const vision = page.locator(`section[data-section-id="${made.sections['Older people lead full lives']}"]`);
    assert.equal(await vision.locator('.rt-section-body p').count(), 2);
    assert.equal(await vision.locator('.rt-section-body p').first().locator('br').count(), 1);
    assert.equal(await vision.locator('.rt-section-body p').nth(1).innerText(), 'We write <b>this</b> together.');
    assert.equal(await vision.locator('.rt-section-body b').count(), 0);
    // The objectives' facts and progress: never 0 % for no share.
    const groups = page.locator(`section[data-section-id="${made.sections['Groups close to home']}"]`);
    const facts = await groups.locator('.rt-section-facts').innerText();
    assert.match(facts, /Who owns it\s+Voluntary and community sector/);
    assert.match(facts, /Due by\s+30 June 2027/);
    assert.match(facts, /How we will know it worked\s+Ten groups meet each week/);
    assert.match(facts, /Progress\s+1 of 2 actions done \(50%\)/);
    assert.match(facts, /Status\s+Not started/);
    const transport = page.locator(`section[data-section-id="${made.sections['Transport that gets people there']}"] .rt-section-facts`);
    assert.match(await transport.innerText(), /Not enough data yet: no actions are linked to it\./);
    assert.doesNotMatch(await transport.innerText(), /0 ?%/);
    assert.match(await page.locator(`section[data-section-id="${made.sections['Open the library halls on weekday mornings']}"] .rt-section-facts`).innerText(), /Status\s+Done/);
    // Thread markers: shaped by what people said, or flagged.
    assert.equal(await marker(page, 'Groups close to home').innerText(), 'Shaped by 1 thing people said');
    assert.equal(await marker(page, 'Groups close to home').locator('a').getAttribute('href'), `/sections/${made.sections['Groups close to home']}/thread`);
    assert.match(await marker(page, 'Older people lead full lives').innerText(), /No community trace Nothing people said is linked to this yet\./);
    assert.match(await marker(page, 'Train volunteers to run the groups').innerText(), /No community trace/);
    assert.match(await marker(page, 'Open the library halls on weekday mornings').innerText(), /Shaped by what people said, through the parts it delivers/);
    // An introduction is not a promise: no flag.
    assert.equal(await marker(page, 'About this strategy').innerText(), '');
    assert.deepEqual(await page.locator('#document-counts li').allInnerTexts(), ['No links to check.', '2 parts have no community trace']);
    await checkAccessibility(page, 'the reader, the draft');

    // Publish, with a note.
    await page.getByLabel('What changed (optional)').fill('The first version, from the September listening sessions.');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await banner(page, 'Version 1 is published.');
    assert.match(await page.locator('#document-version').innerText(), /Everyone else reads version 1\./);
    assert.equal(await page.getByRole('button', { name: 'Publish version 2' }).count(), 1);
    assertNoProblems(page);
    await page.context().close();
  });

  test('an empty draft is not published: the error summary says why', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const created = await api(page, 'POST', '/api/v1/documents', { title: 'Our values', kind: 'values' });
    assert.equal(created.status, 201);
    made.values = created.body.id;
    await page.goto(`/documents/${created.body.id}`);
    await settle(page);
    assert.match(await page.locator('#document-empty').innerText(), /This draft has no parts yet/);
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.locator('.govuk-error-summary', { hasText: 'Add at least one part before you publish.' }).waitFor();
    await checkAccessibility(page, 'the reader, refused to publish');
    // The list: both documents, the draft one said to be a draft, with the writer's counts.
    await page.goto('/documents');
    await settle(page);
    const rows = page.locator('#documents-table tbody tr');
    assert.equal(await rows.filter({ hasText: 'Our values' }).count(), 1);
    assert.equal(await rows.filter({ hasText: title }).count(), 1);
    assert.match(await rows.filter({ hasText: 'Our values' }).innerText(), /Values\s+The whole partnership\s+Draft, not published\s+0\s+0/);
    assert.match(await rows.filter({ hasText: title }).innerText(), new RegExp(`Strategy\\s+${projectTitle}\\s+Version 1\\s+0\\s+2`));
    await checkAccessibility(page, 'the documents list');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener rewords an objective, publishes again and reads what changed', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/documents/${made.document}/edit`);
    await settle(page);
    const groups = card(page, 'Groups close to home');
    await groups.getByRole('button', { name: 'Change “Groups close to home”' }).click();
    const form = groups.locator('form.rt-section-form');
    assert.equal(await form.getByLabel('Words', { exact: true }).inputValue(), 'Small groups in every neighbourhood.');
    await form.getByLabel('Words', { exact: true }).fill('Small friendly groups in every neighbourhood, near home.');
    await form.getByRole('button', { name: 'Save the change' }).click();
    await banner(page, '“Groups close to home” is changed.');

    // Rewording marks the link to it: the action that delivers it is to be checked.
    await page.goto(`/documents/${made.document}`);
    await settle(page);
    assert.match(await marker(page, 'Open the library halls on weekday mornings').innerText(), /Check this What it rests on has changed\./);
    assert.doesNotMatch(await marker(page, 'Groups close to home').innerText(), /Check this/);
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await banner(page, 'Version 2 is published.');

    // The versions, newest first, and the difference from the one before.
    await page.getByRole('link', { name: 'All versions' }).click();
    await page.locator('h1', { hasText: 'Versions' }).waitFor();
    await settle(page);
    const rows = page.locator('#versions-table tbody tr');
    assert.deepEqual(await rows.locator('th').allInnerTexts(), ['Version 2', 'Version 1']);
    assert.match(await rows.nth(1).innerText(), /The first version, from the September listening sessions\./);
    assert.match(await rows.nth(0).innerText(), /No note/);
    await checkAccessibility(page, 'the versions');
    await rows.nth(0).getByRole('link', { name: /Compare with version 1/ }).click();
    await page.locator('h1', { hasText: 'What changed' }).waitFor();
    await settle(page);
    assert.equal(new URL(page.url()).search, '?from=1&to=2');
    assert.equal(await page.locator('#diff-summary-heading').innerText(), 'From Version 1 to Version 2');
    assert.equal(await page.locator('#diff-counts').innerText(), 'Reworded: 1. Added: 0. Removed: 0. Unchanged: 5.');
    // Only the reworded part, until the unchanged ones are asked for.
    const changed = page.locator('#diff-sections > li');
    assert.equal(await changed.count(), 1);
    assert.equal(await changed.first().getAttribute('data-change'), 'reworded');
    assert.deepEqual(await changed.first().locator('ins').evaluateAll((marks) => marks.map((mark) => mark.childNodes[1].textContent)), ['friendly', 'neighbourhood, near home.']);
    assert.deepEqual(await changed.first().locator('del').evaluateAll((marks) => marks.map((mark) => mark.childNodes[1].textContent)), ['neighbourhood.']);
    // Not by colour alone: the words say which were added and removed.
    assert.equal(await changed.first().locator('.rt-diff__body').textContent(), 'Small (added words: friendly (end of added words) groups in every (removed words: neighbourhood. (end of removed words) (added words: neighbourhood, near home. (end of added words)');
    await checkAccessibility(page, 'the difference');
    await page.getByLabel('Show unchanged parts (5)').check();
    assert.equal(await changed.count(), 6);
    assert.deepEqual(await changed.evaluateAll((items) => items.map((item) => item.dataset.change)), ['unchanged', 'unchanged', 'reworded', 'unchanged', 'unchanged', 'unchanged']);
    // The draft against version 2: nothing changed since.
    await page.locator('#diff-from').selectOption('2');
    await page.locator('#diff-to').selectOption('draft');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('#diff-summary-heading', { hasText: 'From Version 2 to The draft' }).waitFor();
    await settle(page);
    assert.equal(await page.locator('#diff-counts').innerText(), 'Reworded: 0. Added: 0. Removed: 0. Unchanged: 6.');

    // Version 1 as it was published.
    await page.goto(`/documents/${made.document}/versions/1`);
    await settle(page);
    assert.match(await page.locator('#version-about').innerText(), /Version 1, as published on/);
    assert.match(await page.locator('#version-about').innerText(), /Read the newest version, version 2/);
    assert.equal(await page.locator(`section[data-section-id="${made.sections['Groups close to home']}"] .rt-section-body`).innerText(), 'Small groups in every neighbourhood.');
    await checkAccessibility(page, 'version 1');
    assertNoProblems(page);
    await page.context().close();
  });

  test('where did this come from: what people said with their group, the versions and the progress, in time order', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/documents/${made.document}`);
    await settle(page);
    await marker(page, 'Groups close to home').getByRole('link', { name: 'Shaped by 1 thing people said for “Groups close to home”' }).click();
    await page.locator('h1', { hasText: 'Where did this come from?' }).waitFor();
    await settle(page);
    assert.match(await page.locator('#thread-section').innerText(), /Small friendly groups in every neighbourhood, near home\./);
    assert.match(await page.locator('#thread-progress').innerText(), /^1 of 2 actions done \(50%\)$/);
    const story = page.locator('#thread-story > li');
    assert.deepEqual(await story.evaluateAll((items) => items.map((item) => item.dataset.kind)), ['contribution', 'version', 'version']);
    assert.match(await story.nth(0).innerText(), new RegExp(`What someone said\\s+${laylaSaid.replace('.', '\\.')}\\s+\\(said by someone from Residents\\)`));
    assert.doesNotMatch(await page.locator('main').innerText(), /Layla/);
    assert.match(await story.nth(1).innerText(), /Added in version 1/);
    assert.match(await story.nth(2).innerText(), /Reworded in version 2/);
    await checkAccessibility(page, 'a thread');
    // The action's story has its progress note, with who recorded it.
    await page.goto(`/sections/${made.sections['Open the library halls on weekday mornings']}/thread`);
    await settle(page);
    const notes = page.locator('#thread-story > li[data-kind="progress"]');
    assert.match(await notes.innerText(), /Marked “Done” by Grace Mensah\s+The library opened two halls in November\./);
    assert.match(await page.locator('#thread-suspect').innerText(), /Check this What it rests on has changed\./);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a resident reads the published version on a phone', async () => {
    const page = await world.signInInEnglish(accounts.arabicMember, { viewport: phone });
    await page.goto('/documents');
    await settle(page);
    const rows = page.locator('#documents-table tbody tr');
    // The unpublished draft is not hers to see; nor are the writers' counts.
    assert.equal(await rows.filter({ hasText: 'Our values' }).count(), 0);
    const ours = rows.filter({ hasText: title });
    assert.match(await ours.innerText(), /Version 2/);
    assert.doesNotMatch(await page.locator('#documents-table').innerText(), /Links to check/);
    assert.equal(await page.locator('#documents-start').count(), 0);
    await fitsTheWidth(page, phone.width);
    await checkAccessibility(page, 'the documents list, a member at 390px');
    await ours.getByRole('link').click();
    await page.locator('h1', { hasText: title }).waitFor();
    await settle(page);
    assert.equal(await page.locator('#document-version').innerText(), 'Version 2.');
    assert.equal(await page.locator('#document-edit-link').count(), 0);
    assert.equal(await page.locator('#publish-form').count(), 0);
    assert.equal(await page.locator('#document-counts').count(), 0);
    // Suspicion is for writers: the action's flag is not shown to her.
    assert.equal(await page.locator('.rt-flag--suspect').count(), 0);
    assert.equal(await marker(page, 'Groups close to home').innerText(), 'Shaped by 1 thing people said');
    assert.match(await page.locator(`section[data-section-id="${made.sections['Groups close to home']}"] .rt-section-body`).innerText(), /Small friendly groups/);
    assert.equal((await readerHeadings(page)).length, 6);
    await fitsTheWidth(page, phone.width);
    await checkAccessibility(page, 'the reader, a member at 390px');
    await screenshot(page, 'documents-reader-member-390');
    // A draft never published does not exist for her.
    const readable = (await api(page, 'GET', '/api/v1/documents')).body.items;
    assert.deepEqual(readable.filter((item) => item.title === 'Our values'), []);
    assert.equal((await api(page, 'GET', `/api/v1/documents/${made.values}`)).status, 404);
    await page.goto(`/documents/${made.values}`);
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('the resident corrects what she said: the convener checks the link and clears it with a reason', async () => {
    const layla = await world.signInInEnglish(accounts.arabicMember);
    const said = (await api(layla, 'GET', `/api/v1/documents/${made.document}`)).body.sections.find((section) => section.heading === 'Groups close to home').links[0].source_id;
    const corrected = 'My street has many older neighbours who would come to something nearby, if there were a bus.';
    const answer = await api(layla, 'PATCH', `/api/v1/contributions/${said}`, { text: corrected });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await layla.context().close();

    const page = await world.signInInEnglish(accounts.convener);
    await page.goto(`/documents/${made.document}`);
    await settle(page);
    assert.deepEqual(await page.locator('#document-counts li').allInnerTexts(), ['2 links to check: what they rest on has changed', '2 parts have no community trace']);
    assert.match(await marker(page, 'Groups close to home').innerText(), /Check this What it rests on has changed\./);
    // What people said climbs: the vision above it is to be checked too.
    assert.match(await marker(page, 'Older people lead full lives').innerText(), /Check this Something beneath it has changed\./);
    await page.getByRole('link', { name: '2 links to check: what they rest on has changed' }).click();
    await page.locator('h1', { hasText: 'Links to check' }).waitFor();
    await settle(page);
    const sections = page.locator('#suspect-sections > li');
    assert.deepEqual(await sections.locator('h2 bdi').allInnerTexts(), ['Older people lead full lives', 'Groups close to home', 'Open the library halls on weekday mornings']);
    const groups = sections.nth(1);
    assert.equal(await groups.locator('.rt-suspect-before').innerText(), laylaSaid);
    assert.equal(await groups.locator('.rt-suspect-now').innerText(), corrected);
    assert.match(await groups.locator('h3').innerText(), /What someone said \(said by someone from Residents\)/);
    // The action's link to the reworded objective: as published before, and now.
    const action = sections.nth(2);
    assert.match(await action.locator('.rt-suspect-compare').innerText(), /In version 1\s+Groups close to home: Small groups in every neighbourhood\.\s+Now\s+Groups close to home: Small friendly groups in every neighbourhood, near home\./);
    await checkAccessibility(page, 'the suspect links');
    // A reason is required.
    await groups.getByRole('button', { name: 'Clear it: the part still stands' }).click();
    await groups.locator('.govuk-error-summary', { hasText: 'Say why the part still stands' }).waitFor();
    await checkAccessibility(page, 'the suspect links, with an error');
    await groups.getByLabel('Why does the part still stand?').fill('A bus is what the transport objective is for; groups close to home still stand.');
    await groups.getByRole('button', { name: 'Clear it: the part still stands' }).click();
    await banner(page, 'The link from “Groups close to home” is cleared.');
    assert.deepEqual(await sections.locator('h2 bdi').allInnerTexts(), ['Open the library halls on weekday mornings']);
    const cleared = (await api(page, 'GET', `/api/v1/documents/${made.document}`)).body;
    const link = cleared.sections.find((section) => section.heading === 'Groups close to home').links[0];
    assert.equal(link.suspect, false);
    assert.match(link.cleared_reason, /A bus is what the transport objective is for/);
    assert.equal(cleared.suspect_links, 1);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a part translated into Arabic with an Easy Read version: Layla reads it in Arabic, with the English one click away, signed in and on the public page', async () => {
    const arabicHeading = 'مجموعات قريبة من البيت';
    const arabicBody = 'مجموعات صغيرة وودودة في كل حي، قريبة من البيت.';
    const part = made.sections['Groups close to home'];
    const convener = await world.signInInEnglish(accounts.convener);
    await convener.goto(`/documents/${made.document}`);
    await settle(convener);
    // Each published part has its own way to a translation.
    await convener.getByRole('link', { name: /^Add a translation or an Easy Read version\s*: Groups close to home$/ }).click();
    await convener.locator('h1', { hasText: 'Translations and Easy Read' }).waitFor();
    await settle(convener);
    // The translator sees the heading and the body together, as they are published.
    assert.match(await convener.locator('#translation-original').innerText(), /^Groups close to home\n+Small friendly groups/);
    await convener.locator('#translation-language').fill('العربية');
    await convener.locator('#translation-language-chosen', { hasText: 'Chosen: Arabic' }).waitFor();
    await convener.locator('#translation-text').fill(`${arabicHeading}\n\n${arabicBody}`);
    await convener.getByRole('button', { name: 'Save translation' }).click();
    await convener.locator('.govuk-notification-banner--success', { hasText: 'The Arabic translation is saved' }).waitFor();
    await convener.locator('#easy-read-1-text').fill('We start small groups near your home.');
    await convener.locator('label[for="easy-read-1-pictogram-people-group"]').click();
    await convener.getByRole('button', { name: 'Save Easy Read version' }).click();
    await convener.locator('#easy-read-check').waitFor();
    assertNoProblems(convener);
    await convener.context().close();

    // Layla reads Arabic: the page in Arabic, the part in her language.
    const layla = await world.signInAs(accounts.arabicMember, { language: 'ar', viewport: phone });
    await layla.goto(`/documents/${made.document}`);
    await settle(layla);
    const section = layla.locator(`section[data-section-id="${part}"]`);
    assert.equal(await section.locator('.rt-section-heading bdi').innerText(), arabicHeading);
    assert.equal(await section.locator('.rt-section-heading bdi').getAttribute('lang'), 'ar');
    assert.equal(await section.locator('.rt-section-body').innerText(), arabicBody);
    assert.equal(await section.locator('.rt-section-body').getAttribute('lang'), 'ar');
    assert.equal(await section.locator('.rt-section-body p').getAttribute('dir'), 'rtl');
    // The contents name the part in Arabic too; an untranslated part keeps its English.
    assert.match(await layla.locator('#document-contents').innerText(), new RegExp(arabicHeading));
    assert.match(await layla.locator('#document-contents').innerText(), /Transport that gets people there/);
    await checkAccessibility(layla, 'a translated part in Arabic at 390px');
    await fitsTheWidth(layla, phone.width);
    await screenshot(layla, 'documents-reader-translated-ar-390');
    // The English is one click away, and back.
    await section.getByRole('button', { name: /الإنجليزية/ }).click();
    assert.equal(await section.locator('.rt-section-heading bdi').innerText(), 'Groups close to home');
    assert.match(await section.locator('.rt-section-body').innerText(), /Small friendly groups/);
    await section.getByRole('button', { name: /الترجمة/ }).click();
    assert.equal(await section.locator('.rt-section-heading bdi').innerText(), arabicHeading);
    // Easy Read opens under the part.
    const easy = section.locator(`#section-${part}-easy-read`);
    assert.equal(await easy.isVisible(), false);
    await section.locator(`button[aria-controls="section-${part}-easy-read"]`).click();
    await easy.waitFor();
    assert.equal(await easy.locator('li').innerText(), 'We start small groups near your home.');
    assert.equal(await easy.locator('img').getAttribute('alt'), '');
    await checkAccessibility(layla, 'Easy Read of a part in Arabic at 390px');
    await layla.setViewportSize(wide);
    await settle(layla);
    await fitsTheWidth(layla, wide.width);
    await screenshot(layla, 'documents-reader-translated-ar-1280');
    assertNoProblems(layla);
    await layla.context().close();

    // The public page, signed out, offers Arabic by its own name and reads the part in it.
    const convenerAgain = await world.signInInEnglish(accounts.convener);
    const shared = await api(convenerAgain, 'POST', `/api/v1/documents/${made.document}/public`, {});
    assert.equal(shared.status, 200);
    await convenerAgain.context().close();
    const visitor = await world.newPage({ viewport: phone });
    await visitor.goto(shared.body.public_path);
    await visitor.getByRole('link', { name: 'العربية' }).click();
    await visitor.locator(`#heading-${part}`, { hasText: arabicHeading }).waitFor();
    assert.equal(await visitor.locator(`#section-${part}`).getAttribute('lang'), 'ar');
    assert.equal(await visitor.locator(`#section-${part}`).getAttribute('dir'), 'rtl');
    // The page's own words are Arabic; the parts still in English say so.
    assert.equal(await visitor.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await visitor.locator('#contents').innerText(), 'المحتويات');
    assert.match(await visitor.locator('main').innerText(), /بعض الأجزاء لم تُترجم بعد/);
    assert.match(await visitor.locator(`#section-${made.sections['Transport that gets people there']}`).innerText(), /\(ما زال بالإنجليزية\)/);
    assert.equal(await visitor.locator(`#section-${made.sections['Transport that gets people there']}`).getAttribute('lang'), 'en');
    await visitor.locator(`#section-${part} summary`, { hasText: 'صيغة سهلة القراءة' }).click();
    await visitor.locator(`#section-${part} details li`, { hasText: 'We start small groups near your home.' }).waitFor();
    await checkAccessibility(visitor, 'the public page in Arabic at 390px');
    await fitsTheWidth(visitor, phone.width);
    await screenshot(visitor, 'documents-public-ar-390');
    await visitor.context().close();
  });

  test('the reader, the editor and the difference in Arabic, right to left, at 390px and 1280px', async () => {
    const page = await world.signInAs(accounts.convener, { language: 'ar', viewport: phone });
    await page.goto(`/documents/${made.document}`);
    await settle(page);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.match(await seen(page.locator('main .govuk-caption-l').first()), /^استراتيجية لمشروع Redesigning day opportunities/);
    assert.match(await page.locator('#document-contents').locator('..').locator('h2').innerText(), /المحتويات/);
    assert.equal(await marker(page, 'Groups close to home').innerText(), 'شكّله شيء واحد قاله الناس (1)');
    assert.match(await marker(page, 'Train volunteers to run the groups').innerText(), /لا أثر من المجتمع/);
    assert.match(await page.locator(`section[data-section-id="${made.sections['Groups close to home']}"] .rt-section-kind`).innerText(), /^هدف$/);
    assert.match(await seen(page.locator(`section[data-section-id="${made.sections['Groups close to home']}"] .rt-section-facts`)), /أُنجز 1 من 2 من الإجراءات \(50%\)/);
    // The heading people typed keeps its own direction on the Arabic page.
    assert.equal(await page.locator('h1 bdi').innerText(), title);
    for (const [path, name] of [[`/documents/${made.document}`, 'reader'], [`/documents/${made.document}/edit`, 'editor'], [`/documents/${made.document}/diff?from=1&to=2`, 'diff']]) {
      for (const [size, viewport] of [['390', phone], ['1280', wide]]) {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await settle(page);
        await fitsTheWidth(page, viewport.width);
        if (size === '390') await checkAccessibility(page, `the ${name} in Arabic at 390px`);
        await screenshot(page, `documents-${name}-ar-${size}`);
      }
    }
    assertNoProblems(page);
    await page.context().close();

    // And in English at both widths, for the record.
    const english = await world.signInInEnglish(accounts.convener, { viewport: phone });
    for (const [path, name] of [[`/documents/${made.document}`, 'reader'], [`/documents/${made.document}/edit`, 'editor'], [`/documents/${made.document}/diff?from=1&to=2`, 'diff']]) {
      for (const [size, viewport] of [['390', phone], ['1280', wide]]) {
        await english.setViewportSize(viewport);
        await english.goto(path);
        await settle(english);
        await fitsTheWidth(english, viewport.width);
        await screenshot(english, `documents-${name}-en-${size}`);
      }
    }
    assertNoProblems(english);
    await english.context().close();
  });
  test('a part is linked to a survey question, through its answers', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const projectId = (await api(page, 'GET', `/api/v1/documents/${made.document}`)).body.project_id;
    const survey = await api(page, 'POST', `/api/v1/projects/${projectId}/surveys`, {
      title: 'Volunteering',
      opens_at: new Date(Date.now() - 86_400_000).toISOString(),
      closes_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      questions: [{ kind: 'free_text', text: 'Would you help run a group?' }],
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    await page.goto(`/documents/${made.document}/edit`);
    await settle(page);
    await linkPart(page, 'Train volunteers to run the groups', 'A survey question', 'Volunteering: Would you help run a group?');
    assert.match(await card(page, 'Train volunteers to run the groups').locator('.rt-links').innerText(), /A survey question\s+Volunteering: Would you help run a group\?/);
    await checkAccessibility(page, 'the editor with a survey question linked');
    await page.goto(`/documents/${made.document}`);
    await settle(page);
    assert.match(await marker(page, 'Train volunteers to run the groups').innerText(), /Shaped by 1 thing people said/);
    assertNoProblems(page);
    await page.context().close();
  });
  test('the convener renames the document and changes its kind from the editor', async () => {
    const page = await world.signInInEnglish(accounts.convener, { viewport: phone });
    await page.goto(`/documents/${made.document}/edit`);
    await settle(page);
    await page.locator('#document-details summary').click();
    const details = page.locator('#document-details-form');
    assert.equal(await details.getByLabel('Title', { exact: true }).inputValue(), title);
    assert.equal(await details.getByLabel('Strategy', { exact: true }).isChecked(), true);
    await details.getByLabel('Title', { exact: true }).fill('');
    await details.getByRole('button', { name: 'Save the title and kind' }).click();
    await details.locator('.govuk-error-summary a[href="#document-change-title"]', { hasText: 'Enter a title' }).waitFor();
    await checkAccessibility(page, 'renaming, with an error, at 390px');
    await details.getByLabel('Title', { exact: true }).fill('Day opportunities plan 2027 to 2030');
    await details.getByLabel('Plan', { exact: true }).check();
    await details.getByRole('button', { name: 'Save the title and kind' }).click();
    await banner(page, 'The document is now called “Day opportunities plan 2027 to 2030”.');
    assert.match(await page.locator('h1').innerText(), /Day opportunities plan 2027 to 2030/);
    const saved = (await api(page, 'GET', `/api/v1/documents/${made.document}`)).body;
    assert.equal(saved.title, 'Day opportunities plan 2027 to 2030');
    assert.equal(saved.kind, 'plan');
    await fitsTheWidth(page, phone.width);
    assertNoProblems(page);
    await page.context().close();
  });
});
