// Engagement activities (issue 5): the convener plans a tea-and-talk at a venue
// without a hearing loop; a resident signs up and adds a BSL interpreter on the
// sign-up form; the planning view shows the need, the venue's gap and the
// 3-day flag; the convener marks the interpreter arranged and records that she
// attended; the project's timeline shows her group took part; the convener
// publishes minutes, the resident reads the summary and actions (not the full
// minutes) and gives up her place. Every page is scanned with axe-core.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  openProjectPage,
  partnershipName,
  recordOnRegister,
  screenshot,
  waitForTitle,
} from './harness.mjs';
import { theDemoPartnership, personAdded } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const activityTitle = 'Tea and talk at Meadow Road';


function rowFor(page, table, name) {
  return table.locator('tbody tr').filter({ has: page.locator('th:first-child, td:first-child', { hasText: name }) });
}

// The date two days from now in London: inside the 3-day window, so an
// unarranged need flags the activity.
function soonInLondon() {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.now() + 2 * 24 * 3600 * 1000));
  const value = (type) => parts.find((part) => part.type === type).value;
  return { day: value('day'), month: value('month'), year: value('year') };
}

describe('activities', () => {
  const world = theDemoPartnership('activities');
  let activityPath = '';

  test('the convener plans a tea-and-talk; the form shows client and server errors', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProjectPage(page, projectTitle, 'Activities', 'Activities');
    await waitForTitle(page, `Activities: ${projectTitle} – ${partnershipName}`);
    await checkAccessibility(page, 'activities of a project');

    await page.getByRole('button', { name: 'Plan an activity' }).click();
    await page.locator('h1', { hasText: 'Plan an activity' }).waitFor();
    await page.locator('#activity-title').waitFor();
    await checkAccessibility(page, 'plan an activity');

    // Nothing filled in: the summary takes focus and links to each field.
    await page.getByRole('button', { name: 'Plan activity' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    await waitForTitle(page, /^Error: Plan an activity/);
    for (const id of ['activity-kind', 'activity-title', 'activity-purpose', 'activity-date-day', 'activity-start-time', 'activity-end-time', 'activity-where']) {
      assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `the summary links to ${id}`);
    }
    await checkAccessibility(page, 'plan an activity with errors');

    const date = soonInLondon();
    await page.getByLabel('Tea and talk').check();
    await page.locator('#activity-title').fill(activityTitle);
    await page.locator('#activity-purpose').fill('Come and tell us what a good day out looks like for you. What you say shapes the new day opportunities.');
    await page.locator('#activity-date-day').fill(date.day);
    await page.locator('#activity-date-month').fill(date.month);
    await page.locator('#activity-date-year').fill(date.year);
    await page.locator('#activity-start-time').fill('14:00');
    await page.locator('#activity-end-time').fill('15:30');
    assert.equal(await page.locator('#activity-timezone').inputValue(), 'Europe/London');
    await page.getByLabel('In person, at a venue').check();
    // No address yet: caught here, before anything is sent.
    await page.getByRole('button', { name: 'Plan activity' }).click();
    await page.locator('#activity-address-error').waitFor();
    assert.equal(await summary.locator('a[href="#activity-address"]').count(), 1);
    // "Day opportunities" is jargon: publishing it asks for a tick (issue 8).
    assert.equal(await summary.locator('a[href="#plain-language-confirm"]').count(), 1);
    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    await page.locator('#activity-address').fill('Meadow Road Community Centre, 4 Meadow Road, Riverside');
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByRole('checkbox', { name: 'Accessible toilet' }).check();
    // Run in English and Arabic: Marek, who speaks Polish, will need an interpreter
    // (none is counted for people whose language the activity runs in).
    await page.locator('#activity-languages').fill('Arabic');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.locator('#activity-languages-chosen-list li[data-language="ar"]').waitFor();
    // No places at all: the server refuses (1 to 10000) and names `capacity`.
    await page.locator('#activity-capacity').fill('0');
    await page.getByRole('button', { name: 'Plan activity' }).click();
    await page.locator('#activity-capacity-error').waitFor();
    assert.equal(await summary.locator('a[href="#activity-capacity"]').count(), 1);
    assert.equal(await page.locator('#activity-address-error').count(), 0);
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    await checkAccessibility(page, 'plan an activity with a server error');

    await page.locator('#activity-capacity').fill('12');
    await page.getByRole('button', { name: 'Plan activity' }).click();
    await page.waitForURL((url) => /^\/activities\/[^/]+$/.test(url.pathname));
    activityPath = new URL(page.url()).pathname;
    await page.locator('.govuk-notification-banner--success', { hasText: `${activityTitle} has been planned` }).waitFor();
    await page.locator('h1', { hasText: activityTitle }).waitFor();
    const details = await page.locator('.govuk-summary-list').innerText();
    assert.match(details, /14:00 to 15:30/);
    // Named in words, not as the zone's id.
    assert.match(details, /Times are in United Kingdom Time/);
    assert.doesNotMatch(details, /Europe\/London/);
    assert.match(details, /Step-free access and Accessible toilet/);
    assert.match(details, /English and Arabic/);
    assert.match(details, /0 of 12/);
    for (const name of ['Who is coming', 'Planning: needs and arrangements', 'Attendance']) {
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, `links to ${name}`);
    }
    await checkAccessibility(page, 'activity page for the organiser');

    // The list shows it with the venue and the places.
    await page.getByRole('link', { name: "Back to the project's activities" }).click();
    const table = page.locator('table.govuk-table');
    await table.waitFor();
    const row = (await rowFor(page, table, activityTitle).innerText()).split('\t');
    assert.match(row[1], /Tea and talk/);
    assert.match(row[2], /14:00 to 15:30/);
    assert.match(row[3], /Meadow Road Community Centre/);
    assert.match(row[4], /0 of 12/);
    assert.match(row[5], /0/);
    await checkAccessibility(page, 'activities list with the new activity');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a resident signs up and adds a BSL interpreter for this activity', async () => {
    const page = await world.signInAs(accounts.member);
    await page.goto(activityPath);
    await page.locator('h1', { hasText: activityTitle }).waitFor();
    await waitForTitle(page, `${activityTitle} – ${partnershipName}`);
    // Residents do not organise: no links to the organisers' pages.
    assert.equal(await page.getByRole('link', { name: 'Who is coming' }).count(), 0);
    // Her profile fills the form: large print, a hearing loop, step-free access; English.
    for (const name of ['Large print', 'Hearing loop', 'Step-free access']) {
      assert.equal(await page.getByRole('checkbox', { name }).isChecked(), true, `${name} comes from her profile`);
    }
    assert.equal(await page.getByRole('checkbox', { name: 'British Sign Language interpreter' }).isChecked(), false);
    // The language picker shows the profile's language by name (English: `en`).
    await page.locator('#signup-language-chosen', { hasText: 'Chosen: English' }).waitFor();
    assert.equal(await page.locator('#signup-language').inputValue(), 'English');
    await checkAccessibility(page, 'activity page with the sign-up form');

    await page.getByRole('checkbox', { name: 'British Sign Language interpreter' }).check();
    await page.getByRole('button', { name: 'Sign me up' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'You have a place' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner'));
    assert.equal(await page.getByRole('button', { name: 'Sign me up' }).count(), 0);
    assert.match(await page.locator('.govuk-summary-list').innerText(), /1 of 12/);
    await checkAccessibility(page, 'activity page after signing up');
    await screenshot(page, 'activity-en');

    // The organisers' pages are not hers.
    await page.goto(`${activityPath}/plan`);
    await page.locator('h1', { hasText: 'You cannot do this' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener sees who is coming and signs someone up', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(activityPath);
    await page.getByRole('link', { name: 'Who is coming' }).click();
    await page.locator('h1', { hasText: 'Who is coming' }).waitFor();
    const table = page.locator('table.govuk-table');
    await table.waitFor();
    await waitForTitle(page, `Who is coming: ${activityTitle} – ${partnershipName}`);
    const joan = (await rowFor(page, table, 'Joan Price').innerText()).split('\t');
    assert.match(joan[1], /Service users and carers/);
    assert.match(joan[2], /Has a place/);
    assert.match(joan[3], /British Sign Language interpreter/);
    assert.match(joan[4], /English/);
    assert.match(joan[5], /No/);
    await checkAccessibility(page, 'who is coming');

    // Marek, a walk-in; his needs and language (Polish) come from his profile.
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.locator('#signup-person-error').waitFor();
    await page.locator('#signup-person').selectOption({ label: 'Marek Nowak' });
    await page.getByRole('checkbox', { name: 'They came on the day without signing up' }).check();
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Marek Nowak has a place' }).waitFor();
    const marek = (await rowFor(page, table, 'Marek Nowak').innerText()).split('\t');
    assert.match(marek[4], /Polish/);
    assert.match(marek[5], /Yes/);
    await checkAccessibility(page, 'who is coming after a walk-in');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the planning view shows the BSL need, the venue gap and the flag; the convener arranges the interpreter', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(activityPath);
    await page.getByRole('link', { name: 'Planning: needs and arrangements' }).click();
    await page.locator('h1', { hasText: 'What this activity needs' }).waitFor();
    await waitForTitle(page, `Planning: ${activityTitle} – ${partnershipName}`);
    const flag = page.locator('.govuk-notification-banner', { hasText: 'This activity starts within 3 days and something is not arranged yet' });
    await flag.waitFor();
    const needs = page.locator('#plan-needs');
    assert.match(await rowFor(page, needs, 'British Sign Language interpreter').innerText(), /1\s+Mark as arranged/);
    assert.match(await rowFor(page, needs, 'Step-free access').innerText(), /Met by the venue/);
    assert.match(await rowFor(page, needs, 'Large print').innerText(), /Mark as arranged/);
    // The venue has no hearing loop, and Joan needs one.
    assert.match(await page.locator('#plan-gaps').innerText(), /Hearing loop \(people who need it: 1\)/);
    // Marek asks for a spoken-language interpreter in his profile: one for Polish.
    assert.match(await rowFor(page, page.locator('#plan-interpreters'), 'Polish').innerText(), /1\s+Mark as arranged/);
    await checkAccessibility(page, 'planning view');

    await page.getByRole('button', { name: 'Mark British Sign Language interpreter as arranged' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'British Sign Language interpreter is arranged' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner--success'));
    assert.match(await rowFor(page, needs, 'British Sign Language interpreter').innerText(), /Arranged/);
    assert.equal(await page.getByRole('button', { name: 'Mark British Sign Language interpreter as arranged' }).count(), 0);
    // Large print and the hearing loop are still to arrange, so the flag stays.
    assert.equal(await flag.count(), 1);
    await checkAccessibility(page, 'planning view after arranging');
    await screenshot(page, 'activity-plan-en');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener records attendance; the timeline shows the group took part', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(activityPath);
    await page.getByRole('link', { name: 'Attendance', exact: true }).click();
    await page.locator('h1', { hasText: 'Attendance' }).waitFor();
    await page.locator('#register-walk-in').waitFor();
    await waitForTitle(page, `Attendance: ${activityTitle} – ${partnershipName}`);
    await page.getByText('Nobody has been recorded as attending yet.').waitFor();
    await checkAccessibility(page, 'attendance');

    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.locator('#register-entries-error').waitFor();
    // The activity is two days away: only a convener records it now, saying why (issue 13).
    await page.getByText('This activity has not started yet.').waitFor();
    await page.locator('#attended-early-reason').fill('Joan helped set up the room and cannot come on the day.');
    await recordOnRegister(page, 'Joan Price');
    await page.locator('.govuk-notification-banner--success', { hasText: 'Joan Price took part for Service users and carers' }).waitFor();
    const table = page.locator('table#attended');
    assert.match(await rowFor(page, table, 'Joan Price').innerText(), /Service users and carers/);
    await checkAccessibility(page, 'attendance after recording');

    await page.getByRole('link', { name: "See the project's timeline" }).click();
    await page.locator('h1', { hasText: 'Timeline' }).waitFor();
    const groups = page.locator('table', { has: page.locator('caption', { hasText: 'When each group was involved' }) });
    await groups.waitFor();
    const carers = (await rowFor(page, groups, 'Service users and carers').innerText()).split('\t');
    assert.doesNotMatch(carers[3], /Not taken part yet/);
    assert.match(carers[3], /after the start/);
    const events = page.locator('table', { has: page.locator('caption', { hasText: 'Everything that has happened' }) });
    await events.getByText('Joan Price took part').waitFor();
    await checkAccessibility(page, 'timeline after attendance');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener writes the minutes with a summary and an action', async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(activityPath);
    await page.getByRole('link', { name: 'Minutes and actions' }).click();
    await page.locator('h1', { hasText: 'Minutes and actions' }).waitFor();
    await waitForTitle(page, `Minutes: ${activityTitle} – ${partnershipName}`);
    await page.getByText('No minutes yet.').waitFor();
    await checkAccessibility(page, 'minutes before any are written');

    // An action without its due date: the summary names the row's date field.
    await page.locator('#minutes-text').fill('Present: Grace Mensah, Joan Price and 9 residents.\n\n- Transport is the biggest barrier.\n- Joan raised the cost of taxis.');
    // Plain words: each action has its own check, and one below the target asks for the tick first.
    await page.locator('#minutes-action-0-text').fill('Ask the council when the bus runs');
    await page.locator('#minutes-action-0-owner').fill('Grace Mensah');
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    // Focus moves to the summary just after it is drawn.
    await summary.page().waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), null, { timeout: 5_000 });
    for (const id of ['minutes-summary', 'minutes-action-0-due-on-day']) {
      assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `the summary links to ${id}`);
    }
    await page.locator('#minutes-action-0-due-on-error').waitFor();
    await checkAccessibility(page, 'minutes with errors');

    await page.locator('#minutes-summary').fill('Transport is what stops most people going out. We will ask about the community bus.');
    await page.locator('#minutes-action-0-due-on-day').fill('31');
    await page.locator('#minutes-action-0-due-on-month').fill('1');
    await page.locator('#minutes-action-0-due-on-year').fill('2030');
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The minutes have been published' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner--success'));
    assert.match(await page.locator('#minutes-published-summary').innerText(), /community bus/);
    const actions = page.locator('#minutes-actions');
    const row = (await rowFor(page, actions, 'Ask the council').innerText()).split('\t');
    assert.match(row[1], /Grace Mensah/);
    assert.match(row[2], /31 January 2030/);
    assert.match(await page.locator('#minutes-full').innerText(), /cost of taxis/);
    await checkAccessibility(page, 'minutes after publishing');
    assertNoProblems(page);
    await page.context().close();
  });

  test("each action's words get the plain language check next to its input, and count for the tick", async () => {
    const page = await world.signInAs(accounts.convener);
    await page.goto(`${activityPath}/minutes`);
    await page.locator('#minutes-action-1-text').waitFor();

    // The second row's check, right after the second row's input: not the summary's, not the first row's.
    await page.locator('#minutes-action-1-text').fill('We will triangulate the KPIs');
    const panel = page.locator('#minutes-action-1-text-check');
    await page.waitForFunction(() => /below the target/.test(document.getElementById('minutes-action-1-text-check-summary')?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    const jargon = await panel.locator('.rt-language-check__jargon li').allInnerTexts();
    assert.equal(jargon.length, 2, jargon.join('\n'));
    assert.match(jargon[0], /“triangulate”: try “check against other sources”/);
    assert.match(jargon[1], /KPIs/);
    assert.equal(
      await page.evaluate(() => document.getElementById('minutes-action-1-text').closest('.govuk-form-group').nextElementSibling?.id),
      'minutes-action-1-text-check',
      'the check comes straight after the action’s input',
    );
    assert.equal(await page.locator('#minutes-summary-check .rt-language-check__jargon').count(), 0, 'the summary has no jargon');
    assert.equal(await page.locator('#minutes-action-0-text-check .rt-language-check__jargon').count(), 0, 'the first action has none');
    await checkAccessibility(page, 'minutes with jargon in an action');

    // The plain words replace the term in the action's own input.
    await panel.getByRole('button', { name: "Use 'check against other sources'" }).click();
    assert.equal(await page.locator('#minutes-action-1-text').inputValue(), 'We will check against other sources the KPIs');
    await page.waitForFunction(() => document.activeElement?.id === 'minutes-action-1-text', null, { timeout: 5_000 });

    // An action below the target asks for the tick before publishing, as the summary does.
    await page.locator('#minutes-action-1-owner').fill('Tom Reid');
    // Typed on an Arabic keyboard: 28 2 2030 in Arabic-Indic digits (the browser's date box dropped them).
    await page.locator('#minutes-action-1-due-on-day').fill('٢٨');
    await page.locator('#minutes-action-1-due-on-month').fill('٢');
    await page.locator('#minutes-action-1-due-on-year').fill('٢٠٣٠');
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    await page.locator('.govuk-error-summary a[href="#plain-language-confirm"]').waitFor();
    await checkAccessibility(page, 'minutes asking for the tick for an action');
    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    await page.getByRole('button', { name: 'Publish minutes' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The minutes have been published' }).waitFor();
    await rowFor(page, page.locator('#minutes-actions'), 'check against other sources').waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('a resident reads the summary and actions, not the full minutes, and gives up her place', async () => {
    const page = await world.signInAs(accounts.member);
    await page.goto(`${activityPath}/minutes`);
    await page.locator('h1', { hasText: 'Minutes and actions' }).waitFor();
    await page.locator('#minutes-published-summary').waitFor();
    assert.match(await page.locator('#minutes-published-summary').innerText(), /community bus/);
    assert.match(await rowFor(page, page.locator('#minutes-actions'), 'Ask the council').innerText(), /Grace Mensah/);
    assert.equal(await page.locator('#minutes-full').count(), 0);
    assert.equal(await page.getByText('cost of taxis').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Publish minutes' }).count(), 0);
    await checkAccessibility(page, 'minutes for a participant');

    // The activity page knows she has a place, without the sign-up form.
    await page.getByRole('link', { name: 'Back to the activity' }).click();
    await page.locator('h1', { hasText: activityTitle }).waitFor();
    await page.locator('h2', { hasText: 'You have a place' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sign me up' }).count(), 0);
    await checkAccessibility(page, 'activity page with a place');
    await page.getByRole('button', { name: 'Give up my place' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'You have given up your place' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner--success'));
    await page.getByRole('button', { name: 'Sign me up' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Give up my place' }).count(), 0);
    await checkAccessibility(page, 'activity page after giving up a place');
    assertNoProblems(page);
    await page.context().close();
  });

  // PATCH and calendar.ics came to the server after the rest; this runs when they answer.
  test('the convener changes the times and cancels; the calendar file follows', async (context) => {
    const page = await world.signInAs(accounts.convener);
    const calendarUrl = `/api/v1${activityPath}/calendar.ics`;
    const first = await page.request.get(calendarUrl);
    if (first.status() !== 200) {
      context.skip(`calendar.ics answers ${first.status()}`);
      await page.context().close();
      return;
    }
    assert.match(first.headers()['content-type'], /text\/calendar/);
    const ics = await first.text();
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, new RegExp(`SUMMARY:${activityTitle}`));
    const uid = ics.match(/UID:(.+)/)[1].trim();
    const sequence = Number(ics.match(/SEQUENCE:(\d+)/)[1]);

    await page.goto(activityPath);
    await page.getByRole('link', { name: 'Add to your calendar (.ics file)' }).waitFor();
    await page.getByRole('link', { name: 'Change the details' }).click();
    await page.locator('h1', { hasText: 'Change the activity' }).waitFor();
    assert.equal(await page.locator('#activity-title').inputValue(), activityTitle);
    assert.equal(await page.locator('#activity-start-time').inputValue(), '14:00');
    assert.equal(await page.locator('#activity-end-time').inputValue(), '15:30');
    await checkAccessibility(page, 'change an activity');
    await page.locator('#activity-end-time').fill('16:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The purpose still says "day opportunities": saving it again asks for the tick (issue 8).
    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: `${activityTitle} has been changed` }).waitFor();
    assert.match(await page.locator('.govuk-summary-list').innerText(), /14:00 to 16:00/);

    const changed = await (await page.request.get(calendarUrl)).text();
    assert.equal(changed.match(/UID:(.+)/)[1].trim(), uid, 'the UID stays');
    assert.ok(Number(changed.match(/SEQUENCE:(\d+)/)[1]) > sequence, 'SEQUENCE rises');

    // Cancelling asks first, on its own page (issue 13).
    await page.getByRole('link', { name: 'Cancel this activity' }).click();
    await page.locator('h1', { hasText: 'Are you sure you want to cancel' }).waitFor();
    await page.getByRole('button', { name: 'Yes, cancel this activity' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'The activity has been cancelled' }).waitFor();
    await page.locator('h1 .govuk-tag', { hasText: 'Cancelled' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Cancel this activity' }).count(), 0);
    assert.match(await (await page.request.get(calendarUrl)).text(), /STATUS:CANCELLED/);
    await checkAccessibility(page, 'cancelled activity');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the convener plans a monthly forum of three meetings, chaired by a resident', async () => {
    const page = await world.signInAs(accounts.convener);
    await openProjectPage(page, projectTitle, 'Activities', 'Activities');
    await page.getByRole('button', { name: 'Plan an activity' }).click();
    await page.locator('#activity-title').waitFor();
    await page.getByLabel('Forum').check();
    await page.locator('#activity-title').fill('Older people\'s forum');
    await page.locator('#activity-purpose').fill('A monthly forum where older people and carers check how the new day opportunities are going.');
    await page.locator('#activity-date-day').fill('14');
    await page.locator('#activity-date-month').fill('1');
    await page.locator('#activity-date-year').fill('2030');
    await page.locator('#activity-start-time').fill('10:00');
    await page.locator('#activity-end-time').fill('12:00');
    await page.getByLabel('Online', { exact: true }).check();
    await page.locator('#activity-online-url').fill('https://meet.example/older-peoples-forum');
    await page.getByLabel('Every month').check();
    await page.locator('#activity-repeat-count').fill('30');
    await page.locator('#activity-chair-person').selectOption({ label: 'Joan Price' });
    // Too many meetings and no group for the chair: both caught here.
    await page.getByRole('button', { name: 'Plan activity' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    for (const id of ['activity-repeat-count', 'activity-chair-group']) {
      assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1, `the summary links to ${id}`);
    }
    await checkAccessibility(page, 'plan a series with errors');
    await page.getByLabel('I have checked the wording and want to publish it anyway').check();
    await page.locator('#activity-repeat-count').fill('3');
    await page.locator('#activity-chair-group').selectOption({ label: 'Service users and carers' });
    await page.getByRole('button', { name: 'Plan activity' }).click();
    await page.waitForURL((url) => /^\/activities\/[^/]+$/.test(url.pathname) && url.pathname !== activityPath);
    await page.locator('h1', { hasText: 'Older people' }).waitFor();
    const details = await page.locator('.govuk-summary-list').innerText();
    assert.match(details, /A meeting of a series that meets every month\. Meetings in the series: 3/);
    await checkAccessibility(page, 'a meeting of a series');

    await page.getByRole('link', { name: "Back to the project's activities" }).click();
    const table = page.locator('table.govuk-table');
    await table.waitFor();
    assert.equal(await rowFor(page, table, 'Older people').count(), 3, 'one activity per meeting');
    assertNoProblems(page);
    await page.context().close();
  });

  // Issue 13: the chair's group is inferred when the person has only one; the
  // form asks only when they have several, and offers only their own groups.
  test('a chair with one group chairs for it without being asked; one with two is asked which', async () => {
    const page = await world.signInAs(accounts.convener);
    // Someone with no group cannot chair for one: they are not offered.
    await personAdded(page, { name: 'Nobody Groupless' });
    await openProjectPage(page, projectTitle, 'Activities', 'Activities');
    await page.getByRole('button', { name: 'Plan an activity' }).click();
    await page.locator('#activity-title').waitFor();
    await page.getByLabel('Workshop').check();
    await page.locator('#activity-title').fill('Planning the garden');
    await page.locator('#activity-purpose').fill('We plan what to grow in the day centre garden.');
    await page.locator('#activity-date-day').fill('3');
    await page.locator('#activity-date-month').fill('3');
    await page.locator('#activity-date-year').fill('2030');
    await page.locator('#activity-start-time').fill('14:00');
    await page.locator('#activity-end-time').fill('15:30');
    await page.getByLabel('Online', { exact: true }).check();
    await page.locator('#activity-online-url').fill('https://meet.example/garden');
    const chairNames = await page.locator('#activity-chair-person option').allInnerTexts();
    assert.ok(chairNames.includes('Layla Haddad'), chairNames.join(', '));
    assert.ok(!chairNames.includes('Nobody Groupless'), 'someone with no group is not offered as chair');

    // Joan is a carer and a resident: she is asked which, from her own two groups only.
    await page.locator('#activity-chair-person').selectOption({ label: 'Joan Price' });
    const groupChoices = await page.locator('#activity-chair-group option').allInnerTexts();
    assert.deepEqual(groupChoices.slice(1).sort(), ['Residents', 'Service users and carers']);
    assert.equal(await page.locator('#activity-chair-group-inferred').count(), 0);

    // Layla is a resident only: no question, the form says which group she chairs for.
    await page.locator('#activity-chair-person').selectOption({ label: 'Layla Haddad' });
    assert.equal(await page.locator('#activity-chair-group').count(), 0);
    assert.match(await page.locator('#activity-chair-group-inferred').innerText(), /Layla Haddad chairs for Residents, the one group they belong to/);
    await checkAccessibility(page, 'plan an activity with a chair of one group');
    await page.getByRole('button', { name: 'Plan activity' }).click();
    // Should the purpose be below the plain language target, the box is ticked; no other error is allowed.
    const isActivity = (url) => /^\/activities\/[^/]+$/.test(url.pathname);
    const confirm = page.getByLabel('I have checked the wording and want to publish it anyway');
    await Promise.race([page.waitForURL(isActivity), confirm.waitFor()]);
    if (!isActivity(new URL(page.url()))) {
      assert.deepEqual(await page.locator('.govuk-error-summary a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), ['#plain-language-confirm']);
      await confirm.check();
      await page.getByRole('button', { name: 'Plan activity' }).click();
      await page.waitForURL(isActivity);
    }
    const activityId = new URL(page.url()).pathname.split('/').pop();
    const saved = await api(page, 'GET', `/api/v1/activities/${activityId}`);
    assert.equal(saved.body.chair?.group, 'residents', JSON.stringify(saved.body.chair));
    assertNoProblems(page);
    await page.context().close();
  });

  test('a resident gets a private calendar address for her activities', async () => {
    const page = await world.signInAs(accounts.member);
    await page.goto('/profile');
    await page.locator('h2', { hasText: 'Calendar address' }).waitFor();
    await page.getByText('Keep this address private').waitFor();
    await checkAccessibility(page, 'my profile with the calendar address');
    await page.getByRole('button', { name: 'Get my calendar address' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Your calendar address is ready' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-notification-banner--success'));
    const url = (await page.locator('#calendar-feed-url').innerText()).trim();
    assert.ok(url.startsWith(`${new URL(page.url()).origin}/`), `${url} is absolute, on this server`);
    const feed = await page.request.get(url);
    assert.equal(feed.status(), 200);
    assert.match(feed.headers()['content-type'], /text\/calendar/);
    assert.match(await feed.text(), /BEGIN:VCALENDAR/);
    await page.getByRole('button', { name: 'Get a new calendar address' }).waitFor();
    await checkAccessibility(page, 'my profile with a calendar address');
    assertNoProblems(page);
    await page.context().close();
  });
});
