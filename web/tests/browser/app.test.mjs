// Journeys through the web app against the real server, with every page
// scanned by axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  partnershipName,
  screenshot,
  signIn,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

describe('Roundtable web app', () => {
  const world = theDemoPartnership('app');

  test('signed-out pages: sign in, 404 and the accessibility statement', async () => {
    const page = await world.newPage();
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await waitForTitle(page, 'Sign in – Roundtable');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await checkAccessibility(page, 'sign in');

    await page.goto('/no-such-page');
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    await waitForTitle(page, /^Page not found/);
    await checkAccessibility(page, '404');

    await page.goto('/accessibility');
    await page.locator('h1', { hasText: 'Accessibility statement' }).waitFor();
    await checkAccessibility(page, 'accessibility statement');

    // The footer link, the favicon and the hashed assets all load.
    const favicon = await page.request.get('/favicon.svg');
    assert.equal(favicon.status(), 200);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a wrong password shows the error summary with focus on it', async () => {
    const page = await world.newPage();
    await page.goto('/sign-in');
    await page.locator('button[type="submit"]').click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    await waitForTitle(page, /^Error: Sign in/);
    await checkAccessibility(page, 'sign in with errors');

    await page.locator('#email').fill(accounts.convener);
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type="submit"]').click();
    await page.locator('.govuk-error-summary', { hasText: 'not right' }).waitFor();
    assert.equal(await page.locator('#email-error').count(), 1);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener sees the partnership at a glance and the header names it', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.locator('caption', { hasText: 'Organisations by sector' }).waitFor();
    await page.locator('caption', { hasText: 'People by group' }).waitFor();
    assert.equal(await page.locator('.govuk-header').innerText().then((text) => text.trim()), partnershipName);
    assert.equal(await page.title(), `Home – ${partnershipName}`);
    assert.equal(await page.locator('.govuk-header').getByText('GOV.UK').count(), 0);
    await checkAccessibility(page, 'home');
    await screenshot(page, 'home-en');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener creates an organisation, sees it in the list, and fixes a failed form', async () => {
    const page = await world.signInAs(accounts.convener);
    // The partnership's own pages are behind "Partnership" in the menu.
    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.locator('h1', { hasText: 'Riverside Co-production Partnership' }).waitFor();
    await checkAccessibility(page, 'the partnership page');
    await page.locator('#partnership-parts').getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.locator('h1', { hasText: 'Organisations' }).waitFor();
    await page.locator('table.govuk-table').waitFor();
    await checkAccessibility(page, 'organisations list');
    await screenshot(page, 'organisations-en');

    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await page.locator('h1', { hasText: 'Add an organisation' }).waitFor();
    await waitForTitle(page, `Add an organisation – ${partnershipName}`);
    await checkAccessibility(page, 'add organisation');

    // Nothing filled in: the summary lists both missing answers and takes focus.
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    assert.equal(await summary.locator('a').count(), 2);
    assert.equal(await page.locator('#organisation-name-error').count(), 1);
    assert.equal(await page.locator('#organisation-sector-error').count(), 1);
    await checkAccessibility(page, 'add organisation with errors');
    // The summary's link takes the person to the field.
    await summary.locator('a[href="#organisation-name"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'organisation-name');

    // A website the server refuses: its message comes back next to the field.
    await page.locator('#organisation-name').fill('Riverside Tenants Forum');
    await page.locator('#organisation-sector').selectOption('vcs');
    // Interests are chosen by name, and a missing one added in words (issue 13, item 6).
    const interests = page.locator('[data-tag-chooser="interests"]');
    await interests.getByLabel('Older people', { exact: true }).check();
    await interests.getByLabel('Add a new one, in words').fill('Housing');
    await interests.getByRole('button', { name: /^Add/ }).click();
    await interests.getByLabel('Housing', { exact: true }).waitFor();
    await page.locator('#organisation-website').fill('not a web address');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.locator('#organisation-website-error').waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    assert.equal(await page.locator('#organisation-name-error').count(), 0);

    // Typed as people type it, without https://: the form makes it whole.
    await page.locator('#organisation-website').fill('www.tenants.example');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.locator('h1', { hasText: 'Riverside Tenants Forum' }).waitFor();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Organisation added' }).waitFor();
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Older people/, 'shown by its label, not the slug');
    assert.match(await page.locator('.govuk-summary-list').innerText(), /https:\/\/www\.tenants\.example/);
    await checkAccessibility(page, 'organisation detail');
    const detailPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Organisations', exact: true }).first().click();
    await page.getByRole('link', { name: 'Riverside Tenants Forum' }).waitFor();

    // Filter by sector and by interest; the filter lives in the address.
    await page.locator('#filter-sector').selectOption('health');
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL('**/organisations?sector=health');
    // A health organisation from the demo: only the filtered list has it first.
    await page.getByRole('link', { name: 'Riverside Community Health NHS Trust' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Riverside Tenants Forum' }).count(), 0);
    await page.locator('#filter-sector').selectOption('');
    // Interests are chosen by their names; the address keeps the tag.
    await page.locator('#filter-interest').selectOption({ label: 'Housing' });
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL('**/organisations?interest=housing');
    await page.getByRole('link', { name: 'Riverside Tenants Forum' }).waitFor();

    // Edit it.
    await page.goto(detailPath);
    await page.getByRole('button', { name: 'Change organisation' }).click();
    await page.locator('h1', { hasText: 'Change Riverside Tenants Forum' }).waitFor();
    await checkAccessibility(page, 'edit organisation');
    await page.locator('#organisation-description').fill('Tenants who meet monthly.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Changes saved' }).waitFor();
    await page.getByText('Tenants who meet monthly.').waitFor();

    // Remove it, after a page that asks to be sure.
    await page.getByRole('link', { name: 'Remove organisation' }).click();
    await page.locator('h1', { hasText: 'Remove Riverside Tenants Forum?' }).waitFor();
    await checkAccessibility(page, 'remove organisation');
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Riverside Tenants Forum has been removed' }).waitFor();
    await page.locator('table.govuk-table').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Riverside Tenants Forum' }).count(), 0);
    await page.goto(detailPath);
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('deep links, the back button and returning after sign-in', async () => {
    const page = await world.newPage();
    // A deep link while signed out goes to sign-in, then on to where the person was going.
    await page.goto('/people?group=residents');
    await page.waitForURL('**/sign-in?next=*');
    await page.locator('#email').fill(accounts.convener);
    await page.locator('#password').fill('demo-password-1');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/people?group=residents');
    await page.locator('h1', { hasText: 'People' }).waitFor();
    assert.equal(await page.locator('#filter-group').inputValue(), 'residents');

    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.waitForURL('**/partnership');
    await page.getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.waitForURL('**/organisations');
    await page.goBack();
    await page.waitForURL('**/partnership');
    await page.goBack();
    await page.waitForURL('**/people?group=residents');
    await page.locator('h1', { hasText: 'People' }).waitFor();
    await page.goForward();
    await page.waitForURL('**/partnership');
    await page.goForward();
    await page.locator('h1', { hasText: 'Organisations' }).waitFor();

    // A reload of an app route is served by the server's fallback to index.html.
    await page.goto('/organisations');
    await page.locator('h1', { hasText: 'Organisations' }).waitFor();
    await page.goto('/organisations/00000000-0000-7000-8000-000000000000');
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    await checkAccessibility(page, 'unknown organisation');
    await page.context().close();
  });

  test('people: list, add with an invitation link, detail and edit', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto('/people');
    await page.locator('table.govuk-table').waitFor();
    await checkAccessibility(page, 'people list');

    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.locator('h1', { hasText: 'Add a person' }).waitFor();
    await checkAccessibility(page, 'add person');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('#person-name-error').waitFor();
    // First how they take part (issue 13, item 7); nothing else until then but their name, which the question uses.
    await page.locator('#person-way-error').waitFor();
    const shownBeforeTheChoice = await page.locator('main form').locator('input, select, textarea').evaluateAll((fields) =>
      [...new Set(fields.map((field) => field.name))],
    );
    assert.deepEqual(shownBeforeTheChoice, ['name', 'way']);
    await checkAccessibility(page, 'add person with errors');

    await page.locator('#person-name').fill('Samira Ali');
    await page.getByLabel('As themselves').check();
    await page.locator('#person-email').fill('samira.ali@residents.example');
    assert.equal(await page.locator('#person-organisations').count(), 0, 'no organisations for someone taking part as themselves');
    await page.getByLabel('Residents').check();
    await page.locator('#person-language').fill('Arabic');
    await page.locator('#person-language-chosen', { hasText: 'Chosen: Arabic' }).waitFor();
    await page.getByLabel('Step-free access').check();
    await page.getByLabel('Large print').check();
    await page.getByRole('button', { name: 'Add person' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    const inviteLink = await banner.locator('a').getAttribute('href');
    assert.match(inviteLink, /\/accept-invite\?token=/);
    await page.locator('h1', { hasText: 'Samira Ali' }).waitFor();
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Step-free access/);
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Arabic/);
    await checkAccessibility(page, 'person detail with invitation');

    await page.getByRole('button', { name: 'Change details' }).click();
    await page.locator('h1', { hasText: 'Change details for Samira Ali' }).waitFor();
    await checkAccessibility(page, 'edit person');
    await page.getByLabel('Hearing loop').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Changes saved' }).waitFor();
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Hearing loop/);

    // Someone who takes part for an organisation: their group comes from it.
    await page.goto('/people/new');
    await page.locator('#person-name').fill('Dev Patel');
    await page.getByLabel('For an organisation').check();
    assert.equal(await page.locator('#person-groups').count(), 0, 'no group to choose: it comes with the organisation');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('#person-organisations-error').waitFor();
    await checkAccessibility(page, 'add a person for an organisation, none chosen');
    await page.getByLabel('Riverside Borough Council: Adult Social Care').check();
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('h1', { hasText: 'Dev Patel' }).waitFor();
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Local authority[\s\S]*Riverside Borough Council/);

    // The same email twice is refused, and the form says so.
    await page.goto('/people/new');
    await page.locator('#person-name').fill('Samira Again');
    await page.getByLabel('As themselves').check();
    await page.locator('#person-email').fill('samira.ali@residents.example');
    await page.getByLabel('Residents').check();
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('.govuk-error-summary a[href="#person-email"]').waitFor();
    await checkAccessibility(page, 'add person conflict');
    assertNoProblems(page);
    await page.context().close();

    // The invited person sets a password and is signed in.
    const invited = await world.newPage();
    await invited.goto('/accept-invite?token=not-a-real-token');
    await invited.locator('h1', { hasText: 'Set your password' }).waitFor();
    await checkAccessibility(invited, 'accept invite');
    await invited.locator('#password').fill('a-long-enough-password');
    await invited.locator('#password-confirmation').fill('a-long-enough-password');
    await invited.locator('button[type="submit"]').click();
    await invited.locator('.govuk-error-summary').waitFor();
    await checkAccessibility(invited, 'accept invite with errors');

    await invited.goto(inviteLink);
    await invited.locator('#password').fill('samira-password-1');
    await invited.locator('#password-confirmation').fill('samira-password-1');
    await invited.locator('button[type="submit"]').click();
    await invited.waitForURL((url) => url.pathname === '/');
    // Samira prefers Arabic, which the interface ships in.
    await invited.waitForFunction(() => document.documentElement.dir === 'rtl');
    await invited.locator('.govuk-notification-banner--success').waitFor();
    await invited.context().close();
  });

  test('my profile: view and change my own details', async () => {
    const page = await world.signInAs(accounts.member);
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.locator('h1', { hasText: 'My profile' }).waitFor();
    await page.locator('.govuk-summary-list').first().waitFor();
    assert.match(await page.locator('.govuk-summary-list').first().innerText(), /Joan Price/);
    await checkAccessibility(page, 'my profile');

    await page.getByRole('button', { name: 'Change my details' }).click();
    await page.locator('h1', { hasText: 'Change my details' }).waitFor();
    assert.equal(await page.locator('#person-email').count(), 0, 'a member cannot change their own email here');
    assert.equal(await page.locator('#person-role').count(), 0, 'a member cannot change their own role');
    assert.equal(await page.locator('#person-organisations').count(), 0, 'a member is not offered organisations (the API refuses them)');
    await checkAccessibility(page, 'edit my profile');
    await page.locator('#person-name').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await page.locator('#person-name').fill('Joan Price');
    await page.getByLabel('Hearing loop').check();
    const interests = page.locator('[data-tag-chooser="interests"]');
    const ticked = await interests.locator('input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => box.id));
    for (const id of ticked) await page.locator(`#${id}`).uncheck();
    await interests.getByLabel('Loneliness', { exact: true }).check();
    // A member adds a tag the partnership does not have yet; only conveners name tags, so it is the tag made readable.
    await interests.getByLabel('Add a new one, in words').fill('Transport');
    await interests.getByLabel('Add a new one, in words').press('Enter');
    await interests.getByLabel('Transport', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    const summary = await page.locator('.govuk-summary-list').first().innerText();
    assert.match(summary, /Hearing loop/);
    assert.match(summary, /Loneliness and Transport/, 'the shipped label, then the slug made readable');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a convener adds herself to an organisation and a lived-experience group from her profile', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.locator('h1', { hasText: 'My profile' }).waitFor();
    await page.getByRole('button', { name: 'Change my details' }).click();
    await page.locator('h1', { hasText: 'Change my details' }).waitFor();
    // Her organisations, as the person edit form offers them; not her role or email.
    const organisations = page.locator('fieldset', { has: page.locator('#person-organisations') });
    await organisations.waitFor();
    assert.match(await organisations.locator('legend').innerText(), /The organisations you act for/);
    assert.equal(await organisations.getByLabel('Riverside Voluntary Action', { exact: true }).isChecked(), true);
    assert.equal(await organisations.getByLabel('Riverside Carers Network', { exact: true }).isChecked(), false);
    assert.equal(await page.locator('#person-role').count(), 0);
    assert.equal(await page.locator('#person-email').count(), 0);
    await checkAccessibility(page, 'edit my profile as a convener');

    await organisations.getByLabel('Riverside Carers Network', { exact: true }).check();
    await page.locator('fieldset', { has: page.locator('#person-groups') }).getByLabel('Service users and carers', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    const summary = page.locator('.govuk-summary-list').first();
    await summary.getByRole('link', { name: 'Riverside Carers Network' }).waitFor();
    assert.match(await summary.innerText(), /Voluntary and community sector and Service users and carers/);

    // The server has it: both organisations, and the group she chose for herself.
    const listed = await api(page, 'GET', '/api/v1/organisations?limit=100');
    const carers = listed.body.items.find((organisation) => organisation.name === 'Riverside Carers Network');
    const voluntaryAction = listed.body.items.find((organisation) => organisation.name === 'Riverside Voluntary Action');
    const me = await api(page, 'GET', '/api/v1/me');
    const person = await api(page, 'GET', `/api/v1/people/${me.body.user.id}`);
    assert.equal(person.status, 200);
    assert.deepEqual([...person.body.organisation_ids].sort(), [carers.id, voluntaryAction.id].sort());
    assert.deepEqual([...person.body.groups].sort(), ['service_users_carers', 'vcs']);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member does not see the buttons to add or change', async () => {
    const page = await world.signInAs(accounts.member);
    await page.goto('/organisations');
    await page.locator('table.govuk-table').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add an organisation' }).count(), 0);
    await page.locator('table.govuk-table a').first().click();
    await page.locator('.govuk-summary-list').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Change organisation' }).count(), 0);
    await page.goto('/people');
    await page.locator('table.govuk-table').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add a person' }).count(), 0);
    // Going straight to the address explains rather than showing a form that would fail.
    await page.goto('/organisations/new');
    await page.locator('h1', { hasText: 'You cannot do this' }).waitFor();
    await checkAccessibility(page, 'conveners only');
    await page.context().close();
  });

  test('a member who prefers Polish sees Polish after signing in', async () => {
    const page = await world.signInAs(accounts.polishMember);
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    await page.locator('caption', { hasText: 'Organizacje według sektora' }).waitFor();
    assert.equal(await page.locator('#navigation').getByRole('link', { name: 'Partnerstwo', exact: true }).count(), 1);
    assert.match(await page.title(), /^Strona główna – /);
    await checkAccessibility(page, 'home in Polish');
    await page.goto('/organisations');
    await page.locator('h1', { hasText: 'Organizacje' }).waitFor();
    await page.context().close();
  });

  test('switching to Arabic mirrors the page; the choice is remembered', async () => {
    const page = await world.newPage();
    // The switcher works before signing in too.
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    await page.locator('h1', { hasText: 'تسجيل الدخول' }).waitFor();
    await checkAccessibility(page, 'sign in in Arabic');

    await signIn(page, accounts.convener);
    // Grace's profile says English, but she picked Arabic before signing in:
    // her choice is kept (reader-language.test.mjs follows the rest).
    await page.locator('caption', { hasText: 'المنظمات حسب القطاع' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await checkAccessibility(page, 'home in Arabic');
    await screenshot(page, 'home-ar');

    // The header's name and the page heading start on the right in a right-to-left layout.
    const container = await page.locator('.govuk-header__container').boundingBox();
    for (const selector of ['.rt-header__name', 'main h1']) {
      const box = await page.locator(selector).boundingBox();
      const rightEdge = container.x + container.width;
      assert.ok(Math.abs(box.x + box.width - rightEdge) < 20, `${selector} should end at the right edge (${box.x + box.width} vs ${rightEdge})`);
    }

    await page.goto('/organisations');
    await page.locator('table.govuk-table').waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', 'the choice survives a reload');
    await checkAccessibility(page, 'organisations in Arabic');
    await screenshot(page, 'organisations-ar');

    await page.goto('/organisations/new');
    await page.locator('button[type="submit"]').click();
    await page.locator('.govuk-error-summary').waitFor();
    await checkAccessibility(page, 'form with errors in Arabic');
    await page.context().close();
  });

  test('when the session ends, the next request returns the person to sign in and back', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.locator('caption', { hasText: 'People by group' }).waitFor();
    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.locator('#partnership-parts').waitFor();
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.waitForURL('**/sign-in?next=%2Fpeople');
    await page.locator('#email').fill(accounts.convener);
    await page.locator('#password').fill('demo-password-1');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/people');
    await page.locator('table.govuk-table').waitFor();
    await page.context().close();
  });

  test('a slow request shows a loading message, then the page', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.locator('caption', { hasText: 'People by group' }).waitFor();
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/organisations?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.route('**/api/v1/organisations', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.locator('[role="status"]', { hasText: 'Loading…' }).waitFor();
    await checkAccessibility(page, 'organisations while loading');
    release();
    await page.locator('table.govuk-table').waitFor();
    assert.equal(await page.getByText('Loading…').count(), 0);
    await page.context().close();
  });

  test('signing out ends the session', async () => {
    const page = await world.signInAs(accounts.member);
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.locator('h1', { hasText: 'You have signed out' }).waitFor();
    await checkAccessibility(page, 'signed out');
    await page.goto('/organisations');
    await page.waitForURL('**/sign-in?next=%2Forganisations');
    await page.context().close();
  });
});
