// Issue 13, item 4: the project page leads with what is next in the project,
// before its list of links: a GOV.UK task list with the stage gate (the groups
// still to join, the co-leads), invitations, the next activity, open votes and
// contributions waiting. Organisers see what to do; a member sees what applies
// to them (their place at the next activity, their votes). The barometer's
// alerts stay below. axe on each page; no sideways scroll at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot, waitForTitle } from './harness.mjs';
import { theDemoPartnership, projectStarted } from './fixtures.mjs';

const projectTitle = 'Warm spaces this winter';
const demoProject = 'Redesigning day opportunities for older people';
const activityTitle = 'Warm spaces: where could they be?';

// The steps of the task list: [step key, name, status].
async function steps(page) {
  return page.locator('#project-next > li').evaluateAll((items) =>
    items.map((item) => [
      item.dataset.step,
      item.querySelector('.govuk-task-list__name-and-hint > :first-child').innerText.trim(),
      item.querySelector('.govuk-task-list__status').innerText.trim(),
    ]),
  );
}

describe('what is next in a project', () => {
  const world = theDemoPartnership('project-next');

  test('a convener sees the stage gate, the invitations to send and the next activity, before the links', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const project = await projectStarted(page, {
      title: projectTitle,
      summary: 'Some people cannot heat their homes. We want warm places to meet, chosen with them.',
      interests: ['older-people'],
    });
    assert.ok(project.counts.unsent > 0, 'the demo has people and organisations who care about older people');

    await page.goto(`/projects/${project.id}`);
    await page.locator('h1', { hasText: projectTitle }).waitFor();
    await page.locator('#project-next').waitFor();
    await waitForTitle(page, new RegExp(`^${projectTitle} – `));
    assert.deepEqual(await steps(page), [
      ['groups', 'Every group the project needs joins', 'To do'],
      ['coLeads', 'Choose the co-leads', 'To do'],
      ['move', 'Move the project on to design', 'Cannot start yet'],
      ['send', 'Send the invitations', 'To do'],
      ['planActivity', 'Plan the next activity', 'To do'],
    ]);
    const gate = page.locator('#project-next li[data-step="groups"]');
    assert.match(await gate.innerText(), /Still to join: Local authority, Health, Voluntary and community sector, Service providers, Service users and carers, Residents,? and Staff/);
    assert.equal(await gate.getByRole('link').getAttribute('href'), `/projects/${project.id}/invitations`);
    assert.equal(await page.locator('#project-next li[data-step="coLeads"] a').getAttribute('href'), `/projects/${project.id}/co-leads`);
    assert.match(await page.locator('#project-next li[data-step="send"]').innerText(), new RegExp(`Not sent yet: ${project.counts.unsent}`));
    // The task list comes before the project's links.
    const order = await page.evaluate(() => {
      const next = document.getElementById('project-next');
      const links = [...document.querySelectorAll('h2')].find((heading) => heading.textContent === 'Who is involved');
      return next.compareDocumentPosition(links) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, 'What is next comes before Who is involved');
    await checkAccessibility(page, 'a new project with what is next');

    // An activity is planned: it is the next step, with its date.
    const starts = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    starts.setUTCMinutes(0, 0, 0);
    const activity = await api(page, 'POST', `/api/v1/projects/${project.id}/activities`, {
      kind: 'tea_and_talk',
      title: activityTitle,
      purpose: 'We will talk about where people would like to go to keep warm.',
      starts_at: starts.toISOString().replace('.000', ''),
      ends_at: new Date(starts.getTime() + 2 * 3600 * 1000).toISOString().replace('.000', ''),
      venue: { address: 'Riverside Library, High Street', features: [] },
    });
    assert.equal(activity.status, 201, JSON.stringify(activity.body));
    await page.reload();
    await page.locator('#project-next li[data-step="activity"]').waitFor();
    const next = page.locator('#project-next li[data-step="activity"]');
    assert.match(await next.innerText(), new RegExp(activityTitle.replace('?', '\\?')));
    assert.match(await next.innerText(), /Next activity: /);
    assert.match(await next.locator('.govuk-task-list__status').innerText(), /Not signed up/);
    assert.equal(await next.getByRole('link').getAttribute('href'), `/activities/${activity.body.id}`);
    assert.equal(await page.locator('#project-next li[data-step="planActivity"]').count(), 0);
    await checkAccessibility(page, 'what is next with an activity');
    await screenshot(page, 'project-next-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await checkAccessibility(page, 'what is next at 390px');
    await screenshot(page, 'project-next-en-390');

    // In Arabic the list reads right to left, the title of the activity isolated.
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    await page.reload();
    await page.locator('#project-next-heading', { hasText: 'ما التالي' }).waitFor();
    await page.locator('#project-next li[data-step="activity"] bdi', { hasText: activityTitle }).waitFor();
    await fitsTheWidth(page, 390);
    await checkAccessibility(page, 'what is next in Arabic at 390px');
    await screenshot(page, 'project-next-ar-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'project-next-ar-1280');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a member sees what applies to them: their place at the next activity and their votes, and no organisers\' steps', async () => {
    const page = await world.signInInEnglish(accounts.member);
    const project = (await api(page, 'GET', '/api/v1/projects')).body.items.find((item) => item.title === demoProject);
    const now = Date.now();
    const activities = (await api(page, 'GET', `/api/v1/projects/${project.id}/activities?limit=200`)).body.items;
    const coming = activities.find((item) => item.status === 'scheduled' && Date.parse(item.ends_at) > now);
    assert.ok(coming, 'the demo project has an activity coming');
    const proposals = (await api(page, 'GET', `/api/v1/projects/${project.id}/proposals?limit=200`)).body.items;
    const toVote = proposals.filter((item) => item.status === 'open' && Date.parse(item.closes_at) > now && item.can_take_part && !item.my_vote);

    await page.goto(`/projects/${project.id}`);
    await page.locator('h1', { hasText: demoProject }).waitFor();
    await page.locator('#project-next').waitFor();
    const found = await steps(page);
    const keys = found.map(([key]) => key);
    for (const key of ['groups', 'coLeads', 'move', 'send', 'answers', 'planActivity', 'contributions']) {
      assert.ok(!keys.includes(key), `a member is not shown ${key}`);
    }
    const activity = found.find(([key]) => key === 'activity');
    assert.equal(activity[1], coming.title);
    const status = coming.my_signup?.status === 'place' ? 'You have a place' : coming.my_signup?.status === 'waiting' ? 'On the waiting list' : 'Not signed up';
    assert.equal(activity[2], status);
    assert.deepEqual(
      found.filter(([key]) => key === 'vote').map(([, name]) => name),
      toVote.slice(0, 3).map((item) => item.title),
    );
    // The barometer's alerts are still on the page, below.
    await page.locator('main').getByText(/Alerts: \d+/).waitFor();
    await checkAccessibility(page, "a member's project page");
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'project-next-member-en-390');
    assertNoProblems(page);
    await page.context().close();
  });
});
