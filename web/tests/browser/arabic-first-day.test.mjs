// A refugee community group's convener's first day, in Arabic on a phone
// (390px), on a partnership made by `roundtable init`: what a tester walking
// it found, each checked here. The tag choosers offer common tags of their own
// kind; the organisations' interest filter is chosen by the names the page
// shows; an activity is planned with dates, times and a capacity typed in
// Arabic-Indic digits, and Tigrinya found as "تغرينية", without the article;
// its three-line address keeps each line's own direction; the timeline words
// the chair. axe on every page; no sideways scroll at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot } from './harness.mjs';
import { anEmptyPartnership, personAdded, projectStarted } from './fixtures.mjs';

const arabic = JSON.parse(readFileSync(new URL('../../src/i18n/ar.json', import.meta.url), 'utf8'));
const english = JSON.parse(readFileSync(new URL('../../src/i18n/en.json', import.meta.url), 'utf8'));
const convener = { partnership: 'Northfield Together', email: 'amal.haddad@northfield-refugees.example', name: 'Amal Haddad', password: 'first-day-password-1' };
const phone = { width: 390, height: 844 };
const communityTags = ['older-people', 'carers', 'unpaid-carers', 'borough-residents', 'refugees', 'somali', 'eritrean', 'ethiopian', 'disabled-people', 'polish'];
const shippedTags = Object.keys(english).filter((key) => key.startsWith('tag.')).map((key) => key.slice(4));

// 2027 -> "٢٠٢٧": what an Arabic phone keyboard types.
const arabicIndic = (text) => String(text).replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

describe("a convener's first day in Arabic, on a phone", () => {
  const world = anEmptyPartnership('arabic-first-day', convener);
  let projectId = '';
  let activityPath = '';

  async function inArabic() {
    const page = await world.signInAs(convener.email, { password: convener.password, viewport: phone, language: 'ar' });
    return page;
  }

  test('each tag chooser offers common tags of its own kind, with an example of its kind', async () => {
    const page = await inArabic();
    await page.goto('/organisations/new');
    const interests = page.locator('[data-tag-chooser="interests"]');
    const communities = page.locator('[data-tag-chooser="communities"]');
    await communities.waitFor();
    // The common tags come once the partnership's tags have loaded.
    await communities.locator('.rt-tag-common label').first().waitFor({ state: 'attached' });
    await interests.locator('.rt-tag-common label').first().waitFor({ state: 'attached' });
    const offered = async (chooser) => (await chooser.locator('.rt-tag-common label').allTextContents()).map((text) => text.trim()).sort();
    const names = (tags) => tags.map((tag) => arabic[`tag.${tag}`]).sort();
    // A new partnership has no tags of its own: every shipped one is offered, each in its chooser.
    assert.deepEqual(await offered(communities), names(communityTags));
    assert.deepEqual(await offered(interests), names(shippedTags.filter((tag) => !communityTags.includes(tag))));
    const communitiesHint = await communities.locator('.rt-tag-add .govuk-hint').innerText();
    assert.match(communitiesHint, /الأكراد/);
    assert.doesNotMatch(communitiesHint, /بنك الطعام/, 'not the interests example');
    await communities.locator('.rt-tag-common summary').click();
    await checkAccessibility(page, 'the organisation form in Arabic, common communities open');
    await fitsTheWidth(page, phone.width);
    await screenshot(page, 'arabic-first-day-tag-kinds-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the organisations are filtered by an interest chosen by its Arabic name', async () => {
    const page = await inArabic();
    for (const organisation of [
      { name: 'Northfield Refugee Advice', sector: 'vcs', interests: ['refugees', 'advice'] },
      { name: 'Northfield Council Housing', sector: 'local_authority', interests: ['housing'] },
    ]) {
      const added = await api(page, 'POST', '/api/v1/organisations', { ...organisation, communities: [] });
      assert.equal(added.status, 201, JSON.stringify(added.body));
    }
    await page.goto('/organisations');
    const filter = page.locator('#filter-interest');
    await filter.waitFor();
    await page.locator('#filter-interest option', { hasText: arabic['tag.refugees'] }).waitFor({ state: 'attached' });
    // Found walking: a box for the tag's code ("مثلًا: older-people"), where the Arabic name found nothing.
    assert.doesNotMatch(await page.locator('main').innerText(), /older-people/);
    await filter.selectOption({ label: arabic['tag.refugees'] });
    await page.getByRole('button', { name: arabic['common.applyFilter'] }).click();
    await page.waitForURL((url) => url.search === '?interest=refugees');
    await page.getByRole('link', { name: 'Northfield Refugee Advice' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Northfield Council Housing' }).count(), 0);
    assert.equal(await filter.inputValue(), 'refugees', 'the choice stays shown');
    await checkAccessibility(page, 'organisations filtered by an interest, in Arabic');
    await fitsTheWidth(page, phone.width);
    await screenshot(page, 'arabic-first-day-organisations-filter-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('an activity planned in Arabic-Indic digits, Tigrinya found without "ال"', async () => {
    const page = await inArabic();
    projectId = (await projectStarted(page, {
      title: 'Getting to see a doctor',
      summary: 'How people new to Northfield get to see a doctor.',
      interests: ['refugees'],
    })).id;
    await personAdded(page, { name: 'مريم يوسف', groups: ['residents'] });

    await page.goto(`/projects/${projectId}/activities/new`);
    await page.locator('#activity-title').waitFor();
    await page.locator('input[name="kind"][value="tea_and_talk"]').check();
    await page.locator('#activity-title').fill('شاي وحديث: كيف نحجز موعدًا مع الطبيب؟');
    await page.locator('#activity-purpose').fill('Come for tea and tell us how you book a doctor.');
    // 14 January next year, 10:30 to 12:30, 20 places: all typed in Arabic-Indic digits.
    const year = new Date().getFullYear() + 1;
    await page.locator('#activity-date-day').fill('١٤');
    await page.locator('#activity-date-month').fill('١');
    await page.locator('#activity-date-year').fill(arabicIndic(year));
    await page.locator('#activity-start-time').fill('١٠:٣٠');
    await page.locator('#activity-end-time').fill('١٢:٣٠');
    await page.locator('input[name="where"][value="venue"]').check();
    await page.locator('#activity-address').fill('مركز نورثفيلد المجتمعي\n12 High Street\nNorthfield NF1 2AB');
    await page.locator('#activity-capacity').fill('٢٠');

    // The language picker: nothing is said while a name is being typed,
    // and the name without its article is found.
    const box = page.locator('#activity-languages');
    const said = page.locator('#activity-languages-chosen');
    await box.pressSequentially('تغري');
    await page.waitForTimeout(300);
    assert.equal((await said.innerText()).trim(), '', 'no "not found" on the way to a name');
    await box.pressSequentially('نية');
    await said.filter({ hasText: arabic['languagePicker.chosen'].replace(' {language}', '') }).waitFor();
    assert.match(await said.innerText(), /التغرينية/);
    await page.getByRole('button', { name: arabic['languagePicker.add'] }).click();
    await page.locator('#activity-languages-chosen-list li[data-language="ti"]').waitFor();
    // Words that name no language are said so on leaving the box.
    await box.fill('كلينغونية');
    await box.press('Tab');
    await said.filter({ hasText: 'كلينغونية' }).waitFor();
    await box.fill('');

    await page.locator('#activity-chair-person').selectOption({ label: 'مريم يوسف' });
    await checkAccessibility(page, 'the activity form in Arabic, filled in Arabic-Indic digits');
    await fitsTheWidth(page, phone.width);
    await page.locator('form button[type="submit"]').click();
    const confirm = page.locator('#plain-language-confirm');
    await Promise.race([page.waitForURL((url) => /^\/activities\/[^/]+$/.test(url.pathname)), confirm.waitFor()]);
    if (!/^\/activities\//.test(new URL(page.url()).pathname)) {
      await confirm.check();
      await page.locator('form button[type="submit"]').click();
    }
    // Found walking: "أدخل تاريخًا صحيحًا" (enter a real date), and the time and capacity refused.
    await page.waitForURL((url) => /^\/activities\/[^/]+$/.test(url.pathname));
    activityPath = new URL(page.url()).pathname;
    const activity = (await api(page, 'GET', `/api/v1${activityPath}`)).body;
    assert.equal(activity.capacity, 20);
    assert.match(activity.starts_at, new RegExp(`^${year}-01-14T10:30:00`));
    assert.match(activity.ends_at, new RegExp(`^${year}-01-14T12:30:00`));
    assert.deepEqual(activity.languages, ['en', 'ti']);
    await screenshot(page, 'arabic-first-day-activity-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test("the venue's address keeps each line's own direction on an Arabic page", async () => {
    const page = await inArabic();
    await page.goto(activityPath);
    const address = page.locator('#activity-address-lines');
    await address.waitFor();
    assert.equal(await address.getAttribute('dir'), 'rtl', 'the block goes by its first letter, Arabic');
    assert.deepEqual(await address.locator('span[dir="auto"]').allTextContents(), ['مركز نورثفيلد المجتمعي', '12 High Street', 'Northfield NF1 2AB']);
    // Drawn, not only written: "12" is to the left of "Street", as in
    // "12 High Street" (one right-to-left block drew "High Street 12").
    const order = await address.evaluate((element) => {
      const line = [...element.querySelectorAll('span')].find((span) => span.textContent === '12 High Street').firstChild;
      const box = (start, end) => {
        const range = document.createRange();
        range.setStart(line, start);
        range.setEnd(line, end);
        return range.getBoundingClientRect().left;
      };
      return { number: box(0, 2), street: box(8, 14) };
    });
    assert.ok(order.number < order.street, JSON.stringify(order));
    await checkAccessibility(page, 'the activity page in Arabic');
    await fitsTheWidth(page, phone.width);
    await screenshot(page, 'arabic-first-day-address-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the timeline words the chair in Arabic, not "chaired"', async () => {
    const page = await inArabic();
    await page.goto(`/projects/${projectId}/timeline`);
    const events = page.locator('table', { has: page.locator('caption', { hasText: arabic['timeline.events'] }) });
    await events.waitFor();
    const text = await events.innerText();
    assert.match(text, /يرأس\s*\u2068?مريم يوسف\u2069?\s*نشاطًا/);
    assert.doesNotMatch(text, /chaired|took_part|decided/);
    await checkAccessibility(page, 'the timeline in Arabic');
    await fitsTheWidth(page, phone.width);
    await screenshot(page, 'arabic-first-day-timeline-390');
    assertNoProblems(page);
    await page.context().close();
  });
});
