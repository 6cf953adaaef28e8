// Issue 13, item 6: tags people can read. Interests and communities are
// chosen from the partnership's tags by their names (not typed as a comma
// list), with a way to add a new one; conveners name tags in each language on
// /tags; everywhere a tag is shown it is shown by its name in the reader's
// language, never as a slug ("older-people") inside Arabic text. axe on every
// page; no sideways scroll at 390px on the new pages.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot, waitForTitle } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const organisationName = "Silver Threads Older People's Club";

describe('tags people can read', () => {
  const world = theDemoPartnership('tags');
  let organisation;

  test('the convener chooses an existing tag and adds a new one on an organisation', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    organisation = (await api(page, 'GET', '/api/v1/organisations?limit=200')).body.items.find((item) => item.name === organisationName);
    assert.ok(!organisation.communities.includes('carers'));
    await page.goto(`/organisations/${organisation.id}/edit`);
    const communities = page.locator('[data-tag-chooser="communities"]');
    await communities.waitFor();
    const interests = page.locator('[data-tag-chooser="interests"]');
    // The tags it has are ticked, by name; there is no comma list to type.
    assert.equal(await interests.getByLabel('Older people', { exact: true }).isChecked(), true);
    assert.equal(await page.locator('input#organisation-interests[type="text"]').count(), 0);
    assert.equal(await interests.getByText('older-people', { exact: true }).count(), 0, 'no slugs');
    await checkAccessibility(page, 'the organisation form with tags to choose');

    // An existing tag, chosen by its name.
    await communities.getByLabel('Unpaid carers', { exact: true }).check();
    // A new one, from words: nothing typed is said next to the box.
    await communities.getByRole('button', { name: 'Add Communities served' }).click();
    // The example is a community, not the interests' food bank.
    await communities.locator('.govuk-error-message', { hasText: 'Type the new one in words, like Kurdish people' }).waitFor();
    assert.match(await communities.locator('.rt-tag-add .govuk-hint').innerText(), /Kurdish people/);
    assert.match(await interests.locator('.rt-tag-add .govuk-hint').innerText(), /Food bank/);
    // The common ones each offers are of its kind: no topics among the
    // communities, no communities among the interests.
    // Folded away: read as text, not as drawn.
    const commonCommunities = (await communities.locator('.rt-tag-common label').allTextContents()).map((text) => text.trim());
    const commonInterests = (await interests.locator('.rt-tag-common label').allTextContents()).map((text) => text.trim());
    const peopleAndCommunities = ['Older people', 'Carers', 'Unpaid carers', 'People living in the borough', 'Refugees', 'Somali people', 'Eritrean people', 'Ethiopian people', 'Disabled people', 'Polish people'];
    // (The demo uses nearly every shipped tag: arabic-first-day.test.mjs sees the full lists, on a new partnership.)
    for (const name of commonCommunities) assert.ok(peopleAndCommunities.includes(name), `${name} is offered as a community`);
    for (const name of commonInterests) assert.ok(!peopleAndCommunities.includes(name), `${name} is offered as an interest`);
    await communities.getByLabel('Add a new one, in words').fill('Food bank users');
    await communities.getByLabel('Add a new one, in words').press('Enter');
    const added = communities.getByLabel('Food bank users', { exact: true });
    await added.waitFor();
    assert.equal(await added.isChecked(), true, 'a new tag is added ticked');
    assert.equal(await communities.getByLabel('Add a new one, in words').inputValue(), '');
    await checkAccessibility(page, 'the organisation form with a new tag');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'tags-chooser-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Save changes' }).click();
    // The edit page's heading ("Change Silver Threads…") holds the name too:
    // wait for the saved organisation's page and its message, not a heading
    // that is there before the save has finished.
    await page.waitForURL((url) => url.pathname === `/organisations/${organisation.id}`);
    await page.getByText('Changes saved').waitFor();
    await page.locator('h1', { hasText: organisationName }).waitFor();
    const saved = (await api(page, 'GET', `/api/v1/organisations/${organisation.id}`)).body;
    assert.ok(saved.communities.includes('unpaid-carers'));
    assert.ok(saved.communities.includes('food-bank-users'), JSON.stringify(saved.communities));
    const shown = await page.locator('main .govuk-summary-list').innerText();
    assert.match(shown, /Unpaid carers/);
    assert.match(shown, /Food bank users/);
    assert.doesNotMatch(shown, /food-bank-users|unpaid-carers|older-people/);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener names the new tag in Arabic on /tags', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.goto('/');
    await page.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await page.locator('#partnership-parts').getByRole('link', { name: 'Tags', exact: true }).click();
    await page.locator('h1', { hasText: 'Tags and their names' }).waitFor();
    await waitForTitle(page, /^Tags and their names – /);
    const row = page.locator('table#tags tr[data-tag="food-bank-users"]');
    await row.waitFor();
    assert.match(await row.innerText(), /Food bank users[\s\S]*food-bank-users[\s\S]*1/);
    assert.match(await page.locator('table#tags tr[data-tag="older-people"]').innerText(), /Older people/);
    await checkAccessibility(page, 'the tags page');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'tags-list-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'tags-list-en-1280');

    await row.getByRole('link', { name: /Food bank users/ }).click();
    await page.locator('h1', { hasText: 'Names for a tag' }).waitFor();
    await page.getByLabel('Name in Arabic').fill('مستخدمو بنك الطعام');
    await checkAccessibility(page, 'naming a tag');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'tags-label-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: /Save names/ }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Names saved for Food bank users' }).waitFor();
    const tags = (await api(page, 'GET', '/api/v1/tags?limit=200')).body.items;
    assert.deepEqual(tags.find((item) => item.tag === 'food-bank-users').labels, { ar: 'مستخدمو بنك الطعام' });
    assert.match(await page.locator('table#tags tr[data-tag="food-bank-users"]').innerText(), /Arabic/);

    // A member cannot name tags.
    const member = await world.signInInEnglish(accounts.member);
    await member.goto('/tags/food-bank-users');
    await member.locator('h1', { hasText: 'You cannot do this' }).waitFor();
    await member.locator('#navigation').getByRole('link', { name: 'Partnership', exact: true }).click();
    await member.locator('#partnership-parts').waitFor();
    assert.equal(await member.locator('#partnership-parts').getByRole('link', { name: 'Tags', exact: true }).count(), 0);
    assertNoProblems(member);
    await member.context().close();
    assertNoProblems(page);
    await page.context().close();
  });

  test('an Arabic page shows the tags by their names, never as slugs', async () => {
    const page = await world.signInInEnglish(accounts.arabicMember);
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.goto(`/organisations/${organisation.id}`);
    await page.locator('h1', { hasText: organisationName }).waitFor();
    const list = page.locator('main .govuk-summary-list');
    await list.getByText('مستخدمو بنك الطعام').waitFor();
    const text = await list.innerText();
    // The partnership's label, and the labels shipped with the app.
    assert.match(text, /مقدمو الرعاية دون أجر/);
    assert.match(text, /كبار السن/);
    assert.doesNotMatch(text, /food-bank|Food bank|unpaid-carers|older-people|Older people/);
    await checkAccessibility(page, 'an organisation in Arabic');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a convener adding a tag in Arabic words names it with those words', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    const people = (await api(page, 'GET', '/api/v1/people?limit=200')).body.items;
    const layla = people.find((person) => person.name === 'Layla Haddad');
    await page.goto(`/people/${layla.id}/edit`);
    const interests = page.locator('[data-tag-chooser="interests"]');
    await interests.waitFor();
    await interests.locator('input[type="text"]').fill('حديقة المجتمع');
    await interests.getByRole('button', { name: /أضف/ }).click();
    await interests.getByLabel('حديقة المجتمع', { exact: true }).waitFor();
    await checkAccessibility(page, 'a person form in Arabic with a new tag');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'tags-chooser-ar-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === `/people/${layla.id}`);
    const saved = (await api(page, 'GET', `/api/v1/people/${layla.id}`)).body;
    const tag = saved.interests.find((item) => !layla.interests.includes(item));
    assert.match(tag, /^[a-z0-9-]+$/, 'the server made a tag from the Arabic words');
    const labels = (await api(page, 'GET', '/api/v1/tags?limit=200')).body.items.find((item) => item.tag === tag).labels;
    assert.deepEqual(labels, { ar: 'حديقة المجتمع' });
    await page.locator('main').getByText('حديقة المجتمع').first().waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(tag));
    assertNoProblems(page);
    await page.context().close();
  });
});
