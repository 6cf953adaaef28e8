// Issue 13, item 11: the reader's language where it matters. On Arabic pages
// the claim form's bank-details hint is Arabic, the breadcrumbs run right to
// left with their chevrons pointing left and each item (a title people
// typed) isolated in a <bdi>, and a decision's vote-count explanation is in
// Arabic, its sentences apart. An English title in a choice keeps its
// punctuation at its end. axe on every page; no sideways scroll at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, demoPassword, fitsTheWidth, screenshot } from './harness.mjs';
import { theDemoPartnership, invitationAdded, personAdded, projectStarted } from './fixtures.mjs';

const demoProject = 'Redesigning day opportunities for older people';
const teaTitle = 'Tea and talk: what makes a good day?';
const decisionTitle = 'Customers on interview panels';
const latin = /[A-Za-z]{3,}/;

describe("the reader's language on Arabic pages", () => {
  const world = theDemoPartnership('reader-language');

  test('setting a password: the server\'s refusal of an easy one is in Arabic', async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    const added = await personAdded(convener, { name: 'Huda Saleh', email: 'huda.saleh@example.org', groups: ['residents'] });
    await convener.context().close();

    const page = await world.newPage();
    await page.goto('/sign-in');
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto(added.invite_url);
    // Long enough for the page's own check, and a dictionary word the server refuses.
    await page.locator('#password').fill('aaaaaaaaaa');
    await page.locator('#password-confirmation').fill('aaaaaaaaaa');
    await page.locator('button[type="submit"]').click();
    const message = page.locator('#password-error');
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /سهلة التخمين/, text);
    assert.doesNotMatch(text, latin, 'no English in the refusal');
    await checkAccessibility(page, 'the set-password page refusing a password, in Arabic');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a language picked on the sign-in page is kept after signing in, for that sign-in only', async () => {
    // Grace's profile says English; she reads Arabic and picks it before signing in.
    const page = await world.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('h1', { hasText: 'تسجيل الدخول' }).waitFor();
    await page.locator('#email').fill(accounts.convener);
    await page.locator('#password').fill(demoPassword);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('link', { name: 'تسجيل الخروج' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar', 'her choice was kept');
    // A reload keeps it too.
    await page.reload();
    await page.getByRole('link', { name: 'تسجيل الخروج' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');

    // She signs out; Marek signs in on the same computer without picking one,
    // and gets his own profile's language, Polish, not her choice.
    await page.getByRole('link', { name: 'تسجيل الخروج' }).click();
    await page.goto('/sign-in');
    await page.locator('#email').fill(accounts.polishMember);
    await page.locator('#password').fill(demoPassword);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('link', { name: 'Wyloguj' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the claim form says in Arabic that bank details are needed first', async () => {
    // Layla came to the tea and talk: recording it offers her payment.
    const convener = await world.signInInEnglish(accounts.convener);
    const people = (await api(convener, 'GET', '/api/v1/people?limit=200')).body.items;
    const layla = people.find((person) => person.name === 'Layla Haddad');
    const project = (await api(convener, 'GET', '/api/v1/projects')).body.items.find((item) => item.title === demoProject);
    const tea = (await api(convener, 'GET', `/api/v1/projects/${project.id}/activities`)).body.items.find((item) => item.title === teaTitle);
    const recorded = await api(convener, 'POST', `/api/v1/activities/${tea.id}/attendance`, { person_id: layla.id });
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    await convener.context().close();

    const page = await world.signInAs(accounts.arabicMember, { language: 'ar' });
    await page.goto(`/claims/new?activity=${tea.id}`);
    const hint = page.locator('#claim-bank-missing');
    await hint.waitFor();
    const text = await hint.innerText();
    assert.match(text, /تفاصيل حسابك المصرفي/);
    assert.doesNotMatch(text, latin, 'no English in the hint');
    // The activity's English title is isolated in the choice, so its question mark stays at its end.
    const choice = await page.locator('#claim-activity option:checked').textContent();
    assert.ok(choice.startsWith(`\u2068${teaTitle}\u2069`), JSON.stringify(choice));
    await checkAccessibility(page, 'the claim form in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'reader-language-claim-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('breadcrumbs run right to left, chevrons pointing left, each title isolated', async () => {
    const page = await world.signInAs(accounts.arabicMember, { language: 'ar' });
    const project = (await api(page, 'GET', '/api/v1/projects')).body.items.find((item) => item.title === demoProject);
    await page.goto(`/projects/${project.id}/members`);
    const crumbs = page.locator('.govuk-breadcrumbs__list-item');
    await crumbs.nth(2).waitFor();
    const found = await crumbs.evaluateAll((items) =>
      items.map((item) => {
        const chevron = getComputedStyle(item, '::before');
        const box = item.getBoundingClientRect();
        return {
          text: item.innerText.trim(),
          isolated: !!item.querySelector('a > bdi'),
          chevron: chevron.content === 'none' ? null : new DOMMatrix(chevron.transform),
          right: box.right,
          left: box.left,
          paddingRight: parseFloat(getComputedStyle(item).paddingRight),
        };
      }),
    );
    assert.deepEqual(found.map((item) => item.text), ['الصفحة الرئيسية', 'المشاريع', demoProject]);
    assert.ok(found.every((item) => item.isolated), 'every item is in a <bdi>');
    // Right to left: Home is rightmost, the project leftmost.
    assert.ok(found[0].left > found[1].right && found[1].left > found[2].right, 'the items run right to left');
    assert.equal(found[0].chevron, null, 'no chevron before the first item');
    for (const item of found.slice(1)) {
      // govuk-frontend rotates a box with a top and a right border by 45deg (›);
      // mirrored it is rotated by -135deg (‹): cos = sin = -0.7071.
      assert.ok(Math.abs(item.chevron.a + Math.SQRT1_2) < 0.01 && Math.abs(item.chevron.b + Math.SQRT1_2) < 0.01, `the chevron before ${item.text} points left`);
      assert.ok(item.paddingRight > 0, 'the chevron has room on the right of the item');
    }
    await checkAccessibility(page, 'a project page in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'reader-language-breadcrumbs-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test("a decision's vote-count explanation is in Arabic", async () => {
    const page = await world.signInAs(accounts.arabicMember, { language: 'ar' });
    const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
    let decisionId = null;
    for (const project of projects) {
      const proposal = (await api(page, 'GET', `/api/v1/projects/${project.id}/proposals`)).body.items.find((item) => item.title === decisionTitle);
      if (proposal) decisionId = proposal.decision_id;
    }
    assert.ok(decisionId, 'the demo has a closed decision');
    await page.goto(`/decisions/${decisionId}`);
    const explanation = page.locator('#decision-explanation');
    await explanation.waitFor();
    const text = (await explanation.innerText()).trim();
    assert.ok(text.length > 20, text);
    assert.doesNotMatch(text, latin, `no English in "${text}"`);
    // Sentences are apart: no Arabic letter runs straight into the next sentence's.
    assert.doesNotMatch(text, /[\u0621-\u064a][.؟!][\u0621-\u064a]/);
    await checkAccessibility(page, 'a decision in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'reader-language-decision-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('an invitation says what the project is about in Arabic when its summary has been translated', async () => {
    // The convener starts a project, translates its summary into Arabic and invites Layla, who reads Arabic.
    const convener = await world.signInInEnglish(accounts.convener);
    const made = await projectStarted(convener, {
      title: 'Warm spaces this winter',
      summary: 'We will open warm places to meet.',
      interests: ['no-match-reader-language'],
    });
    const arabicSummary = 'سنفتح أماكن دافئة للقاء.';
    const translated = await api(convener, 'PUT', '/api/v1/translations', {
      subject_type: 'project', subject_id: made.id, field: 'summary', language: 'ar', text: arabicSummary,
    });
    assert.equal(translated.status, 200, JSON.stringify(translated.body));
    const people = (await api(convener, 'GET', '/api/v1/people?limit=100')).body.items;
    const layla = people.find((person) => person.email === accounts.arabicMember);
    assert.ok(layla, 'Layla is in the demo');
    await invitationAdded(convener, made.id, { person_id: layla.id, group: 'residents' });
    assert.equal((await api(convener, 'POST', `/api/v1/projects/${made.id}/invitations/send`)).status, 200);
    // What she types in English on an Arabic form runs left to right, full stop at its end.
    await convener.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await convener.goto('/projects/new');
    const typed = convener.locator('main textarea').first();
    await typed.waitFor();
    await typed.fill('Tell us what helps you settle in.');
    await convener.locator('main input[type="text"]').first().fill('Tea and talk?');
    assert.equal(await convener.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await typed.evaluate((element) => getComputedStyle(element).direction), 'ltr');
    assert.equal(await convener.locator('main input[type="text"]').first().evaluate((element) => getComputedStyle(element).direction), 'ltr');
    await convener.context().close();

    const page = await world.signInAs(accounts.arabicMember, { language: 'ar' });
    await page.goto('/invitations');
    const card = page.locator('.rt-invitation-card', { hasText: 'Warm spaces this winter' });
    await card.waitFor();
    const about = card.locator('.govuk-summary-list__row', { hasText: 'موضوع المشروع' });
    await about.waitFor();
    // The translations are fetched after the card shows: wait for the Arabic, marked as Arabic.
    const shown = about.locator(`[lang="ar"]`, { hasText: arabicSummary });
    await shown.waitFor({ timeout: 10_000 });
    assert.equal(await shown.count(), 1, `the Arabic summary, marked as Arabic: ${await about.innerText()}`);
    assert.doesNotMatch(await about.locator('dd').innerText(), /warm places/, 'not the English summary');
    await checkAccessibility(page, 'my invitations in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'reader-language-invitations-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });
});
