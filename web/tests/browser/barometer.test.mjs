// The co-production barometer's pages (issue 14, item 9) on the demo
// partnership: the project barometer with its charts and their tables, an
// alert's link to the page that fixes it, notes and trends, rating the
// ladder, the experience questions, the overview, the settings form refusing
// an invalid threshold, "About you", and the page in Arabic, right to left.
// axe (WCAG 2.2 AA) scans every page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const lateProject = 'Support at home after a hospital stay';
const phone = { width: 390, height: 844 };

async function settle(page) {
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.rt-loading'), null, { timeout: 10_000 });
}

async function projectIdOf(page, title) {
  const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
  const project = projects.find((item) => item.title === title);
  assert.ok(project, `the demo has "${title}"`);
  return project.id;
}

describe('the co-production barometer', () => {
  const world = theDemoPartnership('barometer');

  test('the project barometer: six barriers, reach, the ladder and experience, charts with tables beside them', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const id = await projectIdOf(page, lateProject);
    // From the project page, which shows the barometer's alerts too.
    await page.goto(`/projects/${id}`);
    await settle(page);
    await page.locator('#project-barometer-alerts li').first().waitFor();
    await page.locator('#project-barometer-link').click();
    await page.locator('h1', { hasText: 'Co-production barometer' }).waitFor();
    await settle(page);
    assert.equal(new URL(page.url()).pathname, `/projects/${id}/barometer`);

    for (const barrier of ['invited_early', 'marginal', 'equal_partner', 'top_down', 'language', 'resources']) {
      const card = page.locator(`#barrier-${barrier}`);
      assert.equal(await card.count(), 1, barrier);
      // The state in words, not only a colour.
      assert.match(await card.locator('h2 .govuk-tag').innerText(), /^(On track|Needs attention|Not enough data yet)$/);
    }
    for (const section of ['reach', 'ladder', 'experience']) assert.equal(await page.locator(`#${section}`).count(), 1, section);

    // Invited late: the longest wait in days, its threshold, needs attention.
    const lag = page.locator('#figure-invitation_lag_days');
    assert.match(await lag.locator('.rt-figure__value').innerText(), /^\d+(\.\d)? days?$/);
    assert.match(await lag.innerText(), /Alert when over 14 days/);
    assert.match(await lag.innerText(), /Needs attention/);
    // Its chart is one image with a description, and a table of the same beside it.
    const chart = page.locator('#chart-invitation_lag_days');
    await page.waitForFunction(() => document.querySelector('#chart-invitation_lag_days svg'));
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.match(await chart.getAttribute('aria-label'), /Voluntary and community sector: \d+ days/);
    const table = lag.locator('table.rt-chart-table');
    assert.match(await table.innerText(), /Voluntary and community sector/);
    assert.match(await table.locator('caption').innerText(), /as a table/);

    // Paid late (the demo's carer was paid 25 days after claiming, over the
    // 14 the partnership allows): the figure, and the alert's way out.
    const payment = page.locator('#figure-median_days_to_payment');
    assert.match(await payment.locator('.rt-figure__value').innerText(), /^25 days$/);
    assert.match(await payment.innerText(), /Needs attention/);
    const slow = page.locator('#barrier-resources [data-alert="slow_payment"]');
    assert.match(await slow.innerText(), /25 days/);
    assert.equal(await slow.locator('a').getAttribute('href'), '/finance');

    // Nothing said yet: "Not enough data yet" with why, never 0.
    const voice = page.locator('#figure-voice_balance');
    assert.match(await voice.locator('.rt-figure__value').innerText(), /^Not enough data yet/);
    assert.match(await voice.locator('.rt-figure__value').innerText(), /Nothing counted yet/);
    assert.doesNotMatch(await voice.locator('.rt-figure__value').innerText(), /^0/);

    // How it is worked out: the formula, the counts, what was missing.
    await lag.locator('#how-invitation_lag_days summary').click();
    const how = lag.locator('#how-invitation_lag_days');
    assert.match(await how.innerText(), /The formula/);
    assert.match(await how.locator('table').innerText(), /Service users and carers/);
    // The app words each formula from the figure's key: in English, the server's words exactly
    // (but the credit share, which names its group by its name, not its key).
    const figures = (await api(page, 'GET', `/api/v1/projects/${id}/barometer`)).body.barriers.flatMap((barrier) => barrier.figures);
    for (const figure of figures.filter((item) => item.key !== 'vcs_share')) {
      assert.equal(await page.locator(`#how-${figure.key} .govuk-details__text > p`).nth(1).textContent(), figure.formula, figure.key);
    }

    // Small numbers: nobody has said who they are, so reach shows no figures.
    assert.match(await page.locator('#reach-answered').innerText(), /Fewer than 5 people answered/);

    await checkAccessibility(page, 'the project barometer');
    await screenshot(page, 'barometer-project-1280');

    // A member's note on a figure (dissent), shown next to it.
    const quorum = page.locator('#figure-quorum_rate');
    await quorum.locator('.rt-notes summary').click();
    await quorum.getByLabel('Your note on “Decisions with every required group”').fill('The hard meetings were the ones the council skipped.');
    await quorum.getByRole('button', { name: 'Add note' }).click();
    await quorum.locator('.rt-note', { hasText: 'The hard meetings were the ones the council skipped.' }).waitFor();
    assert.match(await quorum.locator('.rt-note').first().innerText(), /Grace Mensah/);
    await checkAccessibility(page, 'the project barometer, trend and note open');

    // At 390px nothing scrolls sideways.
    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page is ${width}px wide at 390px`);
    await screenshot(page, 'barometer-project-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('an alert\'s link leads to the page that fixes it', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const id = await projectIdOf(page, lateProject);
    await page.goto(`/projects/${id}/barometer`);
    await settle(page);
    const alert = page.locator('#barometer-alerts [data-alert="group_not_invited"]').first();
    assert.match(await alert.innerText(), /No one has been invited yet from this group: Service users and carers\./);
    await alert.getByRole('link', { name: 'Review invitations' }).click();
    await page.locator('h1', { hasText: 'Invitations' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/projects/${id}/invitations`);
    // And the invited-late alert to the timeline.
    await page.goto(`/projects/${id}/barometer`);
    await settle(page);
    await page.locator('#barometer-alerts [data-alert="invited_late"]').getByRole('link', { name: 'Look at the timeline' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${id}/timeline`);
    await settle(page);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member rates the project on the ladder and sees their own rating', async () => {
    const page = await world.signInInEnglish(accounts.member);
    let id = null;
    for (const project of (await api(page, 'GET', '/api/v1/projects')).body.items) {
      const barometer = await api(page, 'GET', `/api/v1/projects/${project.id}/barometer`);
      if (barometer.body?.ladder?.can_rate) id = project.id;
    }
    assert.ok(id, 'Joan can rate one of the demo projects');
    await page.goto(`/projects/${id}/barometer`);
    await settle(page);
    assert.match(await page.locator('#ladder-mine').innerText(), /You have not rated/);
    await page.locator('#ladder-rate-link').click();
    await page.locator('h1', { hasText: 'Rate the project on the ladder of co-production' }).waitFor();
    await settle(page);
    // Seven rungs, lowest first, each with what it means.
    const labels = await page.locator('.govuk-radios__label').allInnerTexts();
    assert.deepEqual(labels.map((label) => label.trim()), ['1. Coercion', '2. Educating', '3. Informing', '4. Consulting', '5. Engaging', '6. Co-designing', '7. Co-producing']);
    assert.equal(await page.locator('.govuk-radios__hint').count(), 7);
    // Nothing chosen: the error summary links to the radios.
    await page.getByRole('button', { name: 'Save my rating' }).click();
    await page.locator('.govuk-error-summary a', { hasText: 'Choose the rung' }).waitFor();
    await checkAccessibility(page, 'the ladder form with an error');
    await page.getByLabel('4. Consulting').check();
    await page.getByLabel('Anything you want to add? (optional)').fill('We are asked, but the decisions are made elsewhere.');
    await page.getByRole('button', { name: 'Save my rating' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your rating has been saved: Consulting' }).waitFor();
    await settle(page);
    assert.match(await page.locator('#ladder-mine').innerText(), /Your rating for this stage: Consulting \(rung 4 of 7\)\. Only you can see it\./);
    // One rating is fewer than five: no averages are shown.
    assert.match(await page.locator('#ladder').innerText(), /Fewer than 5 people answered/);
    await checkAccessibility(page, 'the barometer after rating');
    // Coming back shows the rating chosen.
    await page.goto(`/projects/${id}/ladder`);
    await settle(page);
    assert.equal(await page.getByLabel('4. Consulting').isChecked(), true);
    assert.match(await page.locator('#ladder-current').innerText(), /Consulting/);
    await screenshot(page, 'barometer-ladder-1280');

    assertNoProblems(page);
    await page.context().close();
  });

  test('the partnership overview: every project one row, its states, a link to its barometer', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/');
    await settle(page);
    // The overview is one of the partnership's pages, behind "Partnership" in the menu.
    await page.locator('.govuk-service-navigation').getByRole('link', { name: 'Partnership' }).click();
    await page.locator('#partnership-parts').getByRole('link', { name: 'Barometer' }).click();
    await page.locator('h1', { hasText: 'Co-production barometer' }).waitFor();
    await settle(page);
    const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
    assert.equal(await page.locator('#barometer-overview tbody tr').count(), projects.length);
    const row = page.locator('#barometer-overview tbody tr', { hasText: lateProject });
    assert.match(await row.innerText(), /Needs attention/);
    await checkAccessibility(page, 'the overview');
    // Eight columns fit the page at 1280 px: nothing scrolls sideways.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1280);
    await screenshot(page, 'barometer-overview-1280');
    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
    await screenshot(page, 'barometer-overview-390');
    await row.getByRole('link', { name: lateProject }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/barometer') && url.pathname.startsWith('/projects/'));
    await settle(page);
    assertNoProblems(page);
    await page.context().close();
  });

  test('settings: the form refuses an invalid threshold and an impossible baseline, linked to the field', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/barometer/settings');
    await settle(page);
    // The defaults are shown.
    assert.match(await page.locator('#settings-thresholds-earliest_stage-hint').innerText(), /Default: 80%/);
    await page.locator('#settings-thresholds-earliest_stage').fill('150');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    const link = page.locator('.govuk-error-summary a', { hasText: 'Enter a threshold for “Groups involved at the drawing board”' });
    await link.waitFor();
    await checkAccessibility(page, 'settings with an error');
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'settings-thresholds-earliest_stage');
    await screenshot(page, 'barometer-settings-error-1280');

    // The server's refusal (ages adding up to more than everyone) in the same summary.
    await page.locator('#settings-thresholds-earliest_stage').fill('80');
    await page.getByLabel('Aged 16 to 24').fill('60');
    await page.getByLabel('Aged 25 to 44').fill('60');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.locator('.govuk-error-summary', { hasText: 'add up to more than' }).waitFor();

    // A valid baseline saves, and a figure for the age band appears under reach.
    await page.getByLabel('Aged 25 to 44').fill('25');
    await page.getByLabel('Aged 75 or over').fill('9.5');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'settings have been saved' }).waitFor();
    const saved = (await api(page, 'GET', '/api/v1/barometer/settings')).body;
    assert.equal(saved.baseline['age:75_plus'], 0.095);
    assert.equal(await page.locator('#settings-baseline-age-75_plus').inputValue(), '9.5');
    assertNoProblems(page);
    await page.context().close();

    // Someone who is not a convener reads them.
    const member = await world.signInInEnglish(accounts.member);
    await member.goto('/barometer/settings');
    await settle(member);
    assert.equal(await member.locator('form').count(), 0);
    assert.match(await member.locator('#settings-baseline').innerText(), /Aged 75 or over\s*9\.5%/);
    await checkAccessibility(member, 'settings, read only');
    await member.context().close();
  });

  test('About you (optional): a person\'s own answers, only counts ever shown', async () => {
    const page = await world.signInInEnglish(accounts.member);
    await page.goto('/profile');
    await settle(page);
    await page.locator('#about-you-summary').waitFor();
    assert.match(await page.locator('#about-you-heading').innerText(), /About you \(optional\)/);
    await page.locator('#about-you-link').click();
    await page.locator('h1', { hasText: 'About you (optional)' }).waitFor();
    await settle(page);
    assert.match(await page.locator('main').innerText(), /only ever sees counts/);
    await page.getByRole('group', { name: 'Your age' }).getByLabel('Aged 75 or over').check();
    await page.getByRole('group', { name: 'Do you consider yourself disabled?' }).getByLabel('Prefer not to say').check();
    await checkAccessibility(page, 'about you');
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your answers about you have been saved' }).waitFor();
    await page.locator('#about-you-summary', { hasText: 'Aged 75 or over' }).waitFor();
    const mine = (await api(page, 'GET', '/api/v1/me/demographics')).body;
    assert.deepEqual(mine, { age: '75_plus', disability: 'prefer_not_to_say', carer: null, ethnicity: null });
    assertNoProblems(page);
    await page.context().close();
  });

  test('in Arabic, right to left', async () => {
    const page = await world.signInAs(accounts.convener, { language: 'ar' });
    const id = await projectIdOf(page, lateProject);
    await page.goto(`/projects/${id}/barometer`);
    await settle(page);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('h1').innerText(), 'مقياس الإنتاج المشترك');
    // The English title keeps its own direction.
    assert.equal(await page.locator('.govuk-caption-l bdi').innerText(), lateProject);
    // An alert in Arabic from its key and params.
    assert.match(await page.locator('#barometer-alerts [data-alert="group_not_invited"]').first().innerText(), /لم تتم دعوة أحد بعد من هذه المجموعة/);
    // How each figure is worked out, in Arabic: the formula (by the figure's
    // key), the counts' names and what was missing (from its parts), and the
    // reason a figure has not enough data. No Latin letters but the entropy's
    // notation (H(p), ln, p, k); nothing marked as the server's English.
    // (The isolate marks around the values put into messages are left out.)
    for (const summary of await page.locator('details[id^="how-"] > summary').all()) await summary.click();
    const worked = await page.evaluate(() => [...document.querySelectorAll('.rt-figure')].map((figure) => ({
      id: figure.id,
      text: [...figure.querySelectorAll('.rt-figure__value, details[id^="how-"] .govuk-details__text')].map((part) => part.innerText).join('\n').replace(/[\u2066-\u2069]/g, ''),
    })));
    assert.equal(worked.length, 19); // the 19 figures of src/modules/barometer/settings.cpp, community_delivery_share among them
    for (const { id, text } of worked) {
      const words = text.replace(/H\(p\)|\bln\b|\b[pk]\b/g, '');
      assert.doesNotMatch(words, /[A-Za-z]/, `${id} has Latin letters: ${text}`);
    }
    assert.equal(await page.locator('.rt-figure [lang="en"]').count(), 0);
    const byId = Object.fromEntries(worked.map(({ id, text }) => [id, text]));
    // A required group not invited yet, counted as the days so far.
    assert.match(byId['figure-invitation_lag_days'], /لم يحدث ذلك بعد لهذه المجموعات: مستخدمو الخدمات ومقدمو الرعاية؛ وحُسبت لها المدة حتى الآن: \d+/);
    assert.match(byId['figure-earliest_stage'], /لم تكن أول مشاركة لها في مرحلة الاستكشاف \(جاءت لاحقًا أو لم تأتِ بعد\): .*القطاع التطوعي والمجتمعي/);
    assert.match(byId['figure-earliest_stage'], /مجموعات شاركت لأول مرة في مرحلة الاستكشاف/);
    assert.match(byId['figure-quorum_rate'], /لا توجد قرارات بعد\./);
    assert.match(byId['figure-voice_balance'], /الإنتروبيا المعيارية/);
    assert.match(byId['figure-median_days_to_payment'], /المطالبات المدفوعة/);
    // Zero days is plural: "0 أيام", never "0 يوم".
    assert.doesNotMatch(await page.locator('main').innerText(), /(^|[^\d.,])0 يوم/);
    // The charts: one image each, described in Arabic; Plot's English names for its marks are gone.
    await page.waitForFunction(() => document.querySelector('#chart-invitation_lag_days svg'));
    assert.equal(await page.locator('.rt-chart svg [aria-label], .rt-chart svg[aria-label], .rt-chart [aria-description]').count(), 0);
    for (const label of await page.locator('.rt-chart').evaluateAll((charts) => charts.map((chart) => chart.getAttribute('aria-label')))) {
      assert.doesNotMatch(label, /[A-Za-z]/, label);
    }
    await checkAccessibility(page, 'the project barometer in Arabic, how each figure is worked out open');
    await screenshot(page, 'barometer-project-ar-1280');
    await page.setViewportSize(phone);
    await page.waitForTimeout(300);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
    await screenshot(page, 'barometer-project-ar-390');
    await page.goto('/barometer');
    await settle(page);
    await checkAccessibility(page, 'the overview in Arabic at 390px');
    await page.goto('/barometer/settings');
    await settle(page);
    await checkAccessibility(page, 'the settings in Arabic at 390px');
    assertNoProblems(page);
    await page.context().close();
  });

  // The trend reads the daily snapshots the server takes as it starts.
  test('a figure\'s trend: the daily snapshots as a line and a table', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const id = await projectIdOf(page, lateProject);
    await page.goto(`/projects/${id}/barometer`);
    await settle(page);
    const lag = page.locator('#figure-invitation_lag_days');
    await lag.locator('#trend-invitation_lag_days summary').click();
    await lag.locator('.rt-trend-table tbody tr').first().waitFor({ timeout: 10_000 });
    assert.match(await lag.locator('.rt-trend-table').innerText(), /days/);
    await page.waitForFunction(() => document.querySelector('#trend-chart-invitation_lag_days svg'));
    assert.equal(await page.locator('#trend-chart-invitation_lag_days').getAttribute('role'), 'img');
    await checkAccessibility(page, 'the barometer with a trend open');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the experience questions: anonymous, once per stage, then thanks', async () => {
    const page = await world.signInInEnglish(accounts.member);
    let id = null;
    for (const project of (await api(page, 'GET', '/api/v1/projects')).body.items) {
      const answer = await api(page, 'GET', `/api/v1/projects/${project.id}/barometer`);
      if (answer.body?.experience?.can_answer) id = project.id;
    }
    assert.ok(id, 'Joan is offered the questions on one of the demo projects');
    // The project page offers them.
    await page.goto(`/projects/${id}`);
    await settle(page);
    await page.locator('#project-experience-offer').getByRole('link', { name: 'Answer five short questions (anonymous)' }).click();
    await page.locator('h1', { hasText: 'How was it for you?' }).waitFor();
    await settle(page);
    const barometer = (await api(page, 'GET', `/api/v1/projects/${id}/barometer`)).body;
    // The experience questions, when offered: anonymous, once per stage.
    assert.match(await page.locator('#experience-anonymous').innerText(), /anonymous/);
    if (barometer.experience.can_answer) {
      assert.equal(await page.locator('fieldset').count(), 5);
      await page.getByRole('group', { name: 'My views were listened to.' }).getByLabel('4 – Agree').check();
      await page.getByRole('group', { name: 'Decisions were made together.' }).getByLabel('2 – Disagree').check();
      await checkAccessibility(page, 'the experience questions');
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.locator('h1', { hasText: 'Thank you for your answers' }).waitFor({ timeout: 10_000 });
      const again = await api(page, 'PUT', `/api/v1/projects/${id}/experience`, { answers: { listened_to: 3 } });
      assert.equal(again.status, 409);
      await page.goto(`/projects/${id}/experience`);
      await settle(page);
      assert.match(await page.locator('#experience-answered').innerText(), /already answered/);
    } else {
      assert.equal(await page.locator('form').count(), 0, 'no form when the questions are not offered');
      await checkAccessibility(page, 'the experience page, not offered');
    }
    assertNoProblems(page);
    await page.context().close();
  });
});
