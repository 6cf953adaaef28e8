// Projects from the drawing board (issue 4): a convener starts a project, checks
// the invitations Roundtable prepared, sends them; an invited resident accepts;
// the timeline shows when each group was involved; the stage gate names the
// groups still missing. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  assertNoProblems,
  checkAccessibility,
  partnershipName,
  screenshot,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Lunch clubs and company for older people';
const removedOrganisation = 'Polish Community Centre Riverside';
const silverThreadsVolunteer = 'beth.morgan@silverthreads.example';

// The page title is set just after the page renders, so wait for it.

// The body row of a table whose first cell (or row header) has this text.
function rowFor(page, table, name) {
  return table.locator('tbody tr').filter({ has: page.locator('th:first-child, td:first-child', { hasText: name }) });
}

// Whether the first element matching `first` comes before the first matching `second` on the page.
async function comesBefore(page, first, second) {
  return page.evaluate(({ first, second }) => {
    const a = document.querySelector(first);
    const b = document.querySelector(second);
    if (!a || !b) throw new Error(`missing ${a ? second : first}`);
    return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, { first, second });
}

describe('projects', () => {
  const world = theDemoPartnership('projects');
  let projectPath = '';

  test('the convener starts a project; the form shows client and server errors', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.locator('h1', { hasText: 'Projects' }).waitFor();
    await page.locator('table.govuk-table, p:has-text("no projects")').first().waitFor();
    await waitForTitle(page, `Projects – ${partnershipName}`);
    await checkAccessibility(page, 'projects list');

    await page.getByRole('button', { name: 'Start a project' }).click();
    await page.locator('h1', { hasText: 'Start a project' }).waitFor();
    await page.locator('#project-title').waitFor();
    await checkAccessibility(page, 'start a project');
    // Every group must be at the table unless the convener says otherwise.
    assert.equal(await page.locator('input[name="required_groups"]').count(), 7);
    assert.equal(await page.locator('input[name="required_groups"]:checked').count(), 7);
    assert.equal(await page.locator('#project-decision-rule').isChecked(), true, 'consent is the default rule');

    // Nothing filled in: the summary takes focus and links to each field.
    await page.getByRole('button', { name: 'Start project' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    await waitForTitle(page, /^Error: Start a project/);
    for (const id of ['project-title', 'project-summary', 'project-interests']) {
      assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `the summary links to ${id}`);
      assert.equal(await page.locator(`#${id}-error`).count(), 1, `${id} shows its error`);
    }
    await checkAccessibility(page, 'start a project with errors');

    await page.locator('#project-title').fill(projectTitle);
    await page.locator('#project-summary').fill('Older people told us the lunch clubs are where they see friends. We want to keep them going and reach people who are alone at home.');
    await page.locator('#project-need').fill('Two lunch clubs may close next year.');
    await page.locator('#project-population').fill('Older people in the borough, and their carers');
    // Interests are chosen by name (issue 13, item 6); co-leads are chosen later, from the partners who accept (item 7).
    await page.locator('[data-tag-chooser="interests"]').getByLabel('Older people', { exact: true }).check();
    assert.equal(await page.locator('[id^="project-co-lead-"]').count(), 0, 'no co-lead fields');
    await page.locator('#project-co-leads-later').waitFor();
    await page.getByLabel('Consensus').check();
    await page.getByLabel('The co-leads take turns').check();
    await screenshot(page, 'project-start-en');
    await page.getByRole('button', { name: 'Start project' }).click();

    // The convener lands on the invitations Roundtable prepared, to check them.
    await page.waitForURL(/\/projects\/[^/]+\/invitations$/);
    projectPath = new URL(page.url()).pathname.replace(/\/invitations$/, '');
    await page.locator('.govuk-notification-banner--success', { hasText: `${projectTitle} has started` }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener reviews the matches, removes one, adds one by hand and sends them', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(`${projectPath}/invitations`);
    await page.locator('h1', { hasText: 'Invitations' }).waitFor();
    const table = page.locator('table.govuk-table');
    await table.waitFor();
    await waitForTitle(page, `Invitations: ${projectTitle} – ${partnershipName}`);
    await checkAccessibility(page, 'invitations before sending');

    // The demo partnership: several organisations and residents care about older people.
    for (const name of ["Silver Threads Older People's Club", 'Riverside Community Health NHS Trust', 'Meadowbank Care', removedOrganisation, 'Joan Price']) {
      const row = rowFor(page, table, name);
      assert.equal(await row.count(), 1, `${name} is invited`);
      assert.match(await row.innerText(), /Older people/);
      assert.match(await row.innerText(), /Not sent yet/);
    }
    // Kofi works in home care, not with older people: not matched.
    assert.equal(await rowFor(page, table, 'Kofi Mensah').count(), 0);
    const matched = await table.locator('tbody tr').count();

    await page.getByRole('button', { name: `Remove ${removedOrganisation}` }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `${removedOrganisation} has been removed from the list` }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    assert.equal(await rowFor(page, table, removedOrganisation).count(), 0);
    assert.equal(await table.locator('tbody tr').count(), matched - 1);

    // Sam was not matched; the convener invites him by hand.
    await page.locator('#invite-person').selectOption({ label: 'Sam Okoro' });
    await page.getByRole('button', { name: 'Invite person' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Sam Okoro has been added to the list' }).waitFor();
    assert.match(await rowFor(page, table, 'Sam Okoro').innerText(), /Added by hand/);
    // Choosing nobody is caught before anything is sent.
    await page.getByRole('button', { name: 'Invite organisation' }).click();
    await page.locator('#invite-organisation-error').waitFor();
    await checkAccessibility(page, 'invitations with an error');

    await page.getByRole('button', { name: 'Send invitations' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `Invitations sent: ${matched}` }).waitFor();
    await page.getByText('Every invitation has been sent.').waitFor();
    assert.equal(await table.getByText('Not sent yet').count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Remove / }).count(), 0, 'sent invitations cannot be removed');
    assert.equal(await table.getByText('Waiting for an answer').count(), matched);
    await checkAccessibility(page, 'invitations after sending');
    await screenshot(page, 'project-invitations-en');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the project page shows the charter and the groups still missing', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto('/projects');
    await page.getByRole('link', { name: projectTitle }).click();
    await page.locator('h1', { hasText: projectTitle }).waitFor();
    await waitForTitle(page, `${projectTitle} – ${partnershipName}`);
    assert.equal(await page.locator('main .govuk-tag', { hasText: 'Discover' }).count(), 1);
    const facts = await page.locator('.govuk-summary-list').allInnerTexts();
    assert.match(facts.join('\n'), /Consensus/);
    assert.match(facts.join('\n'), /The co-leads take turns/);
    assert.match(facts.join('\n'), /Co-leads\s+Not chosen yet/);
    // Nobody has answered yet: every group is still to join.
    const missing = page.locator('.govuk-notification-banner', { hasText: 'Not every group is at the table yet' });
    await missing.waitFor();
    for (const group of ['Local authority', 'Health', 'Service users and carers']) assert.match(await missing.innerText(), new RegExp(group));
    // The notice is there on every visit, so the title comes first, then the stage it is about.
    assert.equal(await comesBefore(page, 'main h1', '[aria-labelledby="missing-groups-title"]'), true, 'the title comes before the notice');
    assert.equal(await comesBefore(page, 'main .govuk-tag', '[aria-labelledby="missing-groups-title"]'), true, 'so does the stage');
    for (const name of ['Invitations', 'Members', 'Timeline: when each group was involved']) {
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, `links to ${name}`);
    }
    await checkAccessibility(page, 'project page');
    await screenshot(page, 'project-en');
    assertNoProblems(page);
    await page.context().close();
  });

  test('an invited resident accepts; a volunteer declines for her organisation', async () => {
    const page = await world.signInAs(accounts.member);
    // The home page and the menu say there are invitations waiting.
    const waiting = page.locator('.govuk-notification-banner', { hasText: 'You have invitations to join projects' });
    await waiting.waitFor();
    await checkAccessibility(page, 'home with invitations');
    await page.getByRole('link', { name: 'My invitations', exact: true }).click();
    await page.locator('h1', { hasText: 'My invitations' }).waitFor();
    const card = page.locator('section', { has: page.locator('h2', { hasText: projectTitle }) });
    await card.waitFor();
    assert.match(await card.innerText(), /Service users and carers/);
    await checkAccessibility(page, 'my invitations');
    await card.getByRole('button', { name: `Accept ${projectTitle}` }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `You have joined ${projectTitle}` }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    assert.equal(await page.locator('section', { has: page.locator('h2', { hasText: projectTitle }) }).count(), 0);
    await checkAccessibility(page, 'my invitations after accepting');

    // A member sees the members, but not their access needs or languages.
    await page.getByRole('link', { name: `Go to ${projectTitle}` }).click();
    await page.locator('h1', { hasText: projectTitle }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Invitations', exact: true }).count(), 0, 'only conveners and co-leads see invitations');
    assert.equal(await page.getByRole('button', { name: 'Move project' }).count(), 0);
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.locator('h1', { hasText: 'Members' }).waitFor();
    await page.locator('caption', { hasText: 'Service users and carers' }).waitFor();
    assert.equal(await page.locator('th', { hasText: 'Access needs' }).count(), 0);
    await checkAccessibility(page, 'members as a member');
    assert.equal(await page.locator('#member-person').count(), 0, 'only conveners and co-leads add members');

    // Going straight to the addresses explains rather than failing.
    await page.goto('/projects/new');
    await page.locator('h1', { hasText: 'You cannot do this' }).waitFor();
    await page.goto(`${projectPath}/invitations`);
    // The server's own reason, not a generic "You do not have permission" (issue 13, item 2).
    await page.getByText("Only conveners and the project's co-leads can see all its invitations.").waitFor();
    await checkAccessibility(page, 'invitations as a member');
    assertNoProblems(page);
    await page.context().close();

    // Beth acts for Silver Threads, which was invited as an organisation.
    const volunteer = await world.signInAs(silverThreadsVolunteer);
    await volunteer.goto('/invitations');
    const invitation = volunteer.locator('section', { has: volunteer.locator('h2', { hasText: projectTitle }) });
    await invitation.waitFor();
    assert.match(await invitation.innerText(), /Silver Threads Older People's Club, which you act for/);
    await invitation.getByRole('button', { name: `Decline ${projectTitle}` }).click();
    await volunteer.locator('.govuk-notification-banner--success', { hasText: `You have declined the invitation to ${projectTitle}` }).waitFor();
    assertNoProblems(volunteer);
    await volunteer.context().close();
  });

  test('the timeline shows when each group was invited and joined', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(projectPath);
    await page.getByRole('link', { name: 'Timeline: when each group was involved' }).click();
    await page.locator('h1', { hasText: 'Timeline' }).waitFor();
    const groups = page.locator('table', { has: page.locator('caption', { hasText: 'When each group was involved' }) });
    await groups.waitFor();
    await waitForTitle(page, `Timeline: ${projectTitle} – ${partnershipName}`);

    const carers = (await rowFor(page, groups, 'Service users and carers').innerText()).split('\t');
    assert.match(carers[1], /During: Discover/);
    assert.match(carers[1], /\d+(\.\d)? days? after the start/);
    assert.match(carers[2], /During: Discover/, 'Joan accepted while the project was in discover');
    assert.match(carers[2], /after the start/);
    assert.match(carers[3], /Not taken part yet/);
    // Nobody in staff was matched: "not invited yet", never "0 days".
    const staff = (await rowFor(page, groups, 'Staff').innerText()).split('\t');
    assert.match(staff[1], /Not invited yet/);
    assert.match(staff[2], /Not joined yet/);
    assert.doesNotMatch(staff.join(' '), /days? after the start/);

    const events = page.locator('table', { has: page.locator('caption', { hasText: 'Everything that has happened' }) });
    await events.getByText('Joan Price accepted').waitFor();
    await events.getByText("Silver Threads Older People's Club declined").waitFor();
    await checkAccessibility(page, 'timeline');

    // The demo's late project: a group invited days after the start shows the lag.
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Support at home after a hospital stay' }).click();
    await page.getByRole('link', { name: 'Timeline: when each group was involved' }).click();
    const late = page.locator('table', { has: page.locator('caption', { hasText: 'When each group was involved' }) });
    await late.waitFor();
    assert.match(await late.innerText(), /[1-9]\d*(\.\d)? days after the start/);
    await checkAccessibility(page, 'timeline of the late demo project');
    await screenshot(page, 'project-timeline-late-en');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the stage gate names the missing groups; a convener can override with a reason', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(projectPath);
    await page.locator('h1', { hasText: projectTitle }).waitFor();

    // No reason: caught before asking the server.
    await page.getByLabel('Design', { exact: true }).check();
    await page.getByRole('button', { name: 'Move project' }).click();
    await page.locator('#stage-reason-error').waitFor();

    await page.locator('#stage-reason').fill('We have heard enough to start designing.');
    await page.getByRole('button', { name: 'Move project' }).click();
    const summary = page.locator('.govuk-error-summary', { hasText: 'cannot move to Design yet' });
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    const text = await summary.innerText();
    for (const group of ['Health', 'Service providers', 'Residents', 'Staff']) assert.match(text, new RegExp(group), `names ${group}`);
    assert.doesNotMatch(text, /Service users and carers/, 'Joan accepted for service users and carers');
    assert.doesNotMatch(text, /health|service_users/, 'groups are named in plain words, not codes');
    assert.match(text, /It also needs two co-leads from two different groups/);
    await waitForTitle(page, /^Error: /);
    assert.equal(await page.locator('main .govuk-tag', { hasText: 'Discover' }).count(), 1);
    await checkAccessibility(page, 'project with the missing-groups error');
    await screenshot(page, 'project-stage-gate-en');

    await page.getByLabel('Move on anyway').check();
    await page.locator('#stage-reason').fill('The design workshop is booked; the missing groups are invited to it.');
    await page.getByRole('button', { name: 'Move project' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The project has moved to Design' }).waitFor();
    await page.locator('main .govuk-tag', { hasText: 'Design' }).waitFor();
    // A one-off success message stays above the title, where GOV.UK puts it.
    assert.equal(await comesBefore(page, '.govuk-notification-banner--success', 'main h1'), true, 'the success message comes before the title');
    assert.equal(await page.locator('.govuk-error-summary').count(), 0);
    assert.equal(await page.getByText('Not every group is at the table yet').count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener adds a member directly and the timeline records it', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(`${projectPath}/members`);
    await page.locator('h1', { hasText: 'Members' }).waitFor();
    await page.locator('#member-person').waitFor();
    // Conveners see access needs and languages, to plan meetings.
    const carers = page.locator('table', { has: page.locator('caption', { hasText: 'Service users and carers' }) });
    assert.match(await rowFor(page, carers, 'Joan Price').innerText(), /Large print/);
    assert.match(await rowFor(page, carers, 'Joan Price').innerText(), /Accepted an invitation/);
    await checkAccessibility(page, 'members as the convener');

    await page.locator('#member-person').selectOption({ label: 'Kofi Mensah' });
    assert.equal(await page.locator('#member-group').inputValue(), 'staff');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Kofi Mensah has joined as Staff' }).waitFor();
    const staff = page.locator('table', { has: page.locator('caption', { hasText: 'Staff' }) });
    assert.match(await rowFor(page, staff, 'Kofi Mensah').innerText(), /Added by a convener or co-lead/);

    await page.goto(`${projectPath}/timeline`);
    const groups = page.locator('table', { has: page.locator('caption', { hasText: 'When each group was involved' }) });
    await groups.waitFor();
    const staffRow = (await rowFor(page, groups, 'Staff').innerText()).split('\t');
    assert.match(staffRow[1], /During: Design/, 'added directly counts as invited now, in design');
    assert.match(staffRow[2], /During: Design/);
    const changes = page.locator('table', { has: page.locator('caption', { hasText: 'Stage changes' }) });
    const change = await changes.locator('tbody tr').first().innerText();
    assert.match(change, /Discover to Design/);
    assert.match(change, /Override/);
    assert.match(change, /The design workshop is booked/);
    assert.match(change, /Groups missing at the time: .*Health/);
    await checkAccessibility(page, 'timeline after the override');
    await screenshot(page, 'project-timeline-en');

    // The same page in Arabic, right to left.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('h1', { hasText: 'الخط الزمني' }).waitFor();
    await checkAccessibility(page, 'timeline in Arabic');
    await screenshot(page, 'project-timeline-ar');
    assertNoProblems(page);
    await page.context().close();
  });
});
