// Issue 13, item 5: attendance is a register. Everyone who signed up for the
// demo's tea-and-talk (three weeks ago) is a line with a box to tick, their
// group and "paid by their employer" filled in; walk-ins are added from the
// partnership; five people are recorded at once; a line the server refuses
// shows its error on that line, and nothing is written. An activity that has
// not started (the design workshop, in two days) needs a convener's reason.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, openAttendance, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const projectTitle = 'Redesigning day opportunities for older people';
const teaTitle = 'Tea and talk: what makes a good day?';
const workshopTitle = 'Design workshop: a week of day opportunities';
const signedUp = ['Joan Price', 'Marek Nowak', 'Sam Okoro', 'Beth Morgan'];

describe('attendance register', () => {
  const world = theDemoPartnership('attendance-register');

  test('the convener ticks five people (two of them walk-ins) and records them at once; a refused line shows its error', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    const people = new Map((await api(page, 'GET', '/api/v1/people?limit=100')).body.items.map((person) => [person.name, person.id]));
    await openAttendance(page, projectTitle, teaTitle);
    const register = page.locator('table#register');
    const line = (name) => register.locator(`tr[data-person="${people.get(name)}"]`);

    // Everyone who signed up is on the register, not ticked yet, with their group and who pays filled in.
    assert.deepEqual(
      (await register.locator('tbody tr .govuk-checkboxes__label').allInnerTexts()).map((text) => text.trim()).sort(),
      [...signedUp].sort(),
    );
    for (const name of signedUp) assert.equal(await page.getByLabel(name, { exact: true }).isChecked(), false, `${name} not ticked yet`);
    assert.equal(await page.getByLabel('Group Joan Price took part for').inputValue(), 'service_users_carers');
    assert.equal(await page.getByLabel('Group Beth Morgan took part for').inputValue(), 'vcs');
    assert.equal(await page.getByLabel("Does Joan Price's employer pay them to be here?").inputValue(), 'no');
    await checkAccessibility(page, 'the attendance register');

    // Two walk-ins: a resident, and a council officer whose employer pays her to be there.
    for (const name of ['Layla Haddad', 'Priya Raman']) {
      await page.locator('#register-walk-in').selectOption({ label: name });
      await page.getByRole('button', { name: 'Add to the register' }).click();
      await line(name).waitFor();
      assert.equal(await page.getByLabel(name, { exact: true }).isChecked(), true, `${name} is added ticked`);
      assert.match(await line(name).innerText(), /Walk-in/);
      // Whoever is on the register is not offered again as a walk-in.
      assert.equal(await page.locator('#register-walk-in option', { hasText: name }).count(), 0);
    }
    assert.equal(await page.getByLabel("Does Priya Raman's employer pay them to be here?").inputValue(), 'yes');
    for (const name of signedUp) await page.getByLabel(name, { exact: true }).check();
    // Sam is there for his forum, which pays him: changed by hand.
    await page.getByLabel("Does Sam Okoro's employer pay them to be here?").selectOption('yes');
    await checkAccessibility(page, 'the register with six people ticked');
    await screenshot(page, 'attendance-register-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await checkAccessibility(page, 'the register at 390px');
    await screenshot(page, 'attendance-register-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Meanwhile another organiser records Marek: the register's line for him is refused, and nothing is written.
    const marek = await api(page, 'POST', `/api/v1/activities/${await activityId(page)}/attendance`, { person_id: people.get('Marek Nowak') });
    assert.equal(marek.status, 201);
    await page.getByRole('button', { name: 'Record attendance' }).click();
    const marekError = line('Marek Nowak').locator('.govuk-error-message');
    await marekError.waitFor();
    assert.match(await marekError.innerText(), /Marek Nowak is already recorded as attending/);
    assert.equal(await line('Marek Nowak').locator('.govuk-form-group--error').count(), 1);
    assert.equal(await line('Joan Price').locator('.govuk-error-message').count(), 0, 'the other lines have no error');
    await page.locator('.govuk-error-summary').getByRole('link', { name: /Marek Nowak is already recorded/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), `register-${people.get('Marek Nowak')}`, 'the summary leads to his line');
    const before = await api(page, 'GET', `/api/v1/activities/${await activityId(page)}/attendance`);
    assert.equal(before.body.items.length, 1, 'only Marek, recorded by the other organiser');
    await checkAccessibility(page, 'the register with an error on one line');

    // Without Marek, five at once.
    await page.getByLabel('Marek Nowak', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Record attendance' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.locator('.govuk-notification-banner__heading', { hasText: 'People recorded as attending: 5' }).waitFor();
    // The five named once each, in a list (the register's order: people who signed up in the same moment may come either way).
    const named = (await banner.innerText()).split('\n').find((text) => text.includes('Joan Price')) ?? '';
    assert.match(named, /^[^,]+(, [^,]+){3},? and [^,]+$/, `a list of five: ${named}`);
    assert.deepEqual(named.replace(/,? and /, ', ').split(', ').sort(), ['Beth Morgan', 'Joan Price', 'Layla Haddad', 'Priya Raman', 'Sam Okoro']);

    const attended = page.locator('table#attended');
    await attended.locator('caption', { hasText: 'People who attended: 6' }).waitFor();
    const rows = Object.fromEntries(
      await attended.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].innerText.trim(), [tr.cells[1].innerText.trim(), tr.cells[2].innerText.trim()]])),
    );
    assert.deepEqual(rows, {
      'Marek Nowak': ['Service users and carers', 'No'],
      'Joan Price': ['Service users and carers', 'No'],
      'Sam Okoro': ['Voluntary and community sector', 'Yes'],
      'Beth Morgan': ['Voluntary and community sector', 'No'],
      'Layla Haddad': ['Residents', 'No'],
      'Priya Raman': ['Local authority', 'Yes'],
    });
    // Everyone on the register is recorded now (Marek by the other organiser), so it has gone.
    assert.equal(await register.count(), 0);
    await page.getByText('Everyone who signed up has been recorded.').waitFor();
    await checkAccessibility(page, 'attendance after recording the register');
    assertNoProblems(page);
    await page.context().close();
  });

  test('before an activity starts the convener gives a reason; a co-lead is told only a convener can', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    await openAttendance(page, projectTitle, workshopTitle);
    await page.getByText('This activity has not started yet. Only a convener can record attendance now, and must say why.').waitFor();
    // Nothing ticked: said next to the register.
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.locator('#register-entries-error', { hasText: 'Tick at least one person who was there' }).waitFor();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Tick at least one person who was there' }).waitFor();
    const first = page.locator('table#register tbody tr .govuk-checkboxes__input').first();
    await first.check();
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.locator('#attended-early-reason-error', { hasText: 'Say why you are recording attendance before the activity starts' }).waitFor();
    await checkAccessibility(page, 'the register before the start, with the reason missing');
    await page.locator('#attended-early-reason').fill('She set the room up the day before and cannot come on the day.');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'took part for' }).waitFor();
    await page.locator('table#attended caption', { hasText: 'People who attended: 1' }).waitFor();
    assertNoProblems(page);
    await page.context().close();

    // Priya is a co-lead of the project, not a convener.
    const colead = await world.signInInEnglish('priya.raman@riverside-council.example');
    await colead.goto('/projects');
    await colead.getByRole('link', { name: projectTitle }).click();
    await colead.locator('h1', { hasText: projectTitle }).waitFor();
    await colead.getByRole('link', { name: 'Activities', exact: true }).click();
    await colead.getByRole('link', { name: workshopTitle }).first().click();
    await colead.getByRole('link', { name: 'Attendance', exact: true }).click();
    await colead.getByText('This activity has not started yet. Only a convener can record attendance before it starts.').waitFor();
    assert.equal(await colead.getByRole('button', { name: 'Record attendance' }).count(), 0);
    await checkAccessibility(colead, 'the register before the start, for a co-lead');
    assertNoProblems(colead);
    await colead.context().close();
  });
});

// The activity's id from the attendance page's address (/activities/:id/attendance).
async function activityId(page) {
  return new URL(page.url()).pathname.split('/')[2];
}

