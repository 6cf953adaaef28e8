// Issue 13, item 8: people without email. The convener invites Elżbieta, who
// reads Polish and has no email, and Senait, who reads Tigrinya. She prints
// Elżbieta's letter (in Polish, with its code and a reply slip) and Senait's
// (in English, and the page says why). Elżbieta phones and reads her code;
// the convener finds the invitation by it and records the answer, which
// shows how it came and who took it. Each letter carries the invitation's own
// code and an address that opens the invitation: Marek, who reads Polish and
// has an account, types it in, signs in and finds his invitation there.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, api, assertNoProblems, checkAccessibility, fitsTheWidth, screenshot } from './harness.mjs';
import { theDemoPartnership, invitationAdded, personAdded, projectStarted } from './fixtures.mjs';

const projectTitle = 'Lunch club at the library';

describe('people without email: letters, codes and answers by phone', () => {
  const world = theDemoPartnership('letters');
  let projectId = '';
  const invitationOf = {};

  test('the convener invites two people without email and prints their letters', async () => {
    const page = await world.signInInEnglish(accounts.convener);
    projectId = (await projectStarted(page, {
      title: projectTitle,
      summary: 'A weekly lunch at the library, planned with the people who come.',
      interests: ['no-match-library'],
    })).id;
    for (const [name, language] of [['Elżbieta Kowalska', 'pl'], ['Senait Tesfay', 'ti'], ['Huda Saleh', 'ar']]) {
      const person = await personAdded(page, { name, groups: ['residents'], preferred_language: language });
      invitationOf[name] = (await invitationAdded(page, projectId, { person_id: person.id, group: 'residents' })).id;
    }
    // Marek Nowak, from the demo, reads Polish and can sign in.
    const marek = (await api(page, 'GET', '/api/v1/people?q=Marek%20Nowak')).body.items[0];
    assert.equal(marek.preferred_language, 'pl');
    invitationOf['Marek Nowak'] = (await invitationAdded(page, projectId, { person_id: marek.id, group: 'service_users_carers' })).id;

    await page.goto(`/projects/${projectId}/invitations`);
    await page.getByRole('button', { name: 'Send invitations' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    // The codes the server gave the invitations as it sent them.
    const codeOf = {};
    for (const item of (await api(page, 'GET', `/api/v1/projects/${projectId}/invitations`)).body.items) codeOf[item.invitee_name] = item.short_code;
    const invitationsAddress = `${world.server.baseUrl}/invitations`;
    const row = page.locator('tbody tr', { hasText: 'Elżbieta Kowalska' });
    await row.getByRole('link', { name: /Print a letter/ }).click();
    await page.locator('h1', { hasText: 'A letter to print for Elżbieta Kowalska' }).waitFor();
    assert.match(await page.locator('#letter-language').innerText(), /Polish/);
    const letter = page.locator('#letter');
    assert.equal(await letter.getAttribute('lang'), 'pl');
    const words = await letter.innerText();
    assert.match(words, /Zapraszamy do udziału/);
    assert.match(words, new RegExp(projectTitle));
    assert.match(words, /A weekly lunch at the library/);
    assert.match(words, /Grace Mensah/);
    const code = (await page.locator('#letter-code strong').innerText()).trim();
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(code, codeOf['Elżbieta Kowalska'], "the letter's code is her invitation's");
    assert.match(await page.locator('#letter-slip').innerText(), /Tak, wezmę udział/);
    assert.match(await page.locator('#letter-slip').innerText(), new RegExp(code), 'the reply slip carries the code too');
    // The address to answer online opens the invitations, written out as it is linked.
    const link = page.locator('#letter-link');
    assert.equal(await link.getAttribute('href'), invitationsAddress);
    assert.equal((await link.innerText()).trim(), invitationsAddress);
    await checkAccessibility(page, 'a letter in Polish');
    await screenshot(page, 'letters-polish-1280');
    // Printed, only the letter shows.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('h1').isVisible(), false);
    assert.equal(await letter.isVisible(), true);
    assert.equal(await link.evaluate((element) => getComputedStyle(element, '::after').content), 'none', 'the address is printed once');
    await page.emulateMedia({ media: 'screen' });

    // Printed, the language switcher does not show either.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.rt-language-switcher').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`/invitations/${invitationOf['Senait Tesfay']}/letter`);
    await page.locator('#letter-language', { hasText: 'cannot write letters in Tigrinya' }).waitFor();
    assert.equal(await page.locator('#letter').getAttribute('lang'), 'en');
    assert.match(await page.locator('#letter').innerText(), /You are invited to take part, for Residents/);
    // Dated; the phone number and address the convener types are on the letter.
    assert.match(await page.locator('#letter-date').innerText(), new RegExp(String(new Date().getFullYear())));
    assert.match(await page.locator('#letter-by-phone').innerText(), /by phone/);
    await page.getByLabel('Phone number to put on the letter (optional)').fill('020 7946 0321');
    assert.match(await page.locator('#letter-by-phone').innerText(), /Ring Grace Mensah on\s+020 7946 0321/);
    await page.getByLabel('Address for the reply slip (optional)').fill('Riverside Voluntary Action\n12 Mill Lane');
    assert.match(await page.locator('#letter-address-line').innerText(), /12 Mill Lane/);
    // Her community group reads Arabic too: the convener prints it in Arabic instead.
    await page.getByLabel('Language of the letter').selectOption('ar');
    assert.equal(await page.locator('#letter').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('#letter').getAttribute('dir'), 'rtl');
    assert.match(await page.locator('#letter-by-phone').innerText(), /020 7946 0321/);
    await checkAccessibility(page, 'a letter for a Tigrinya reader, printed in Arabic with a phone number');
    await page.getByLabel('Language of the letter').selectOption('en');
    await checkAccessibility(page, 'a letter in English for a Tigrinya reader');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'letters-english-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Huda reads Arabic: her letter is in Arabic, right to left, whatever the page's language.
    await page.goto(`/invitations/${invitationOf['Huda Saleh']}/letter`);
    await page.locator('#letter-language', { hasText: 'Arabic' }).waitFor();
    const arabic = page.locator('#letter');
    assert.equal(await arabic.getAttribute('lang'), 'ar');
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    assert.match(await arabic.innerText(), /ندعوك إلى المشاركة/);
    assert.equal((await page.locator('#letter-code strong').innerText()).trim(), codeOf['Huda Saleh']);
    assert.equal(await page.locator('#letter-link').getAttribute('href'), invitationsAddress);
    await checkAccessibility(page, 'a letter in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsTheWidth(page, 390);
    await screenshot(page, 'letters-arabic-390');

    // The answer page read in Arabic.
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'ar'));
    // Senait's English letter on the convener's Arabic page: its lists indent on its own (left) side, within the screen.
    await page.goto(`/invitations/${invitationOf['Senait Tesfay']}/letter`);
    await page.locator('html[dir="rtl"]').waitFor();
    await page.locator('#letter[lang="en"]').waitFor();
    await fitsTheWidth(page, 390);
    await screenshot(page, 'letters-english-on-arabic-390');
    await page.goto(`/invitations/${invitationOf['Senait Tesfay']}/answer`);
    await page.locator('html[dir="rtl"]').waitFor();
    await page.locator('h1', { hasText: 'سجّل رد' }).waitFor();
    await checkAccessibility(page, 'record an answer, in Arabic');
    await fitsTheWidth(page, 390);
    await screenshot(page, 'letters-record-answer-ar-390');
    await page.evaluate(() => window.localStorage.setItem('roundtable.language', 'en'));
    await page.setViewportSize({ width: 1280, height: 900 });

    // Elżbieta phones and reads her code, in lower case and without the dash.
    await page.goto(`/projects/${projectId}/invitations`);
    await page.locator('#find-code').fill(code.replace('-', '').toLowerCase());
    await page.getByRole('button', { name: 'Find' }).click();
    await page.locator('h1', { hasText: 'Record the answer of Elżbieta Kowalska' }).waitFor();
    assert.match(await page.locator('#answer-code').innerText(), new RegExp(code));
    await page.getByRole('button', { name: 'Save their answer' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    for (const id of ['answer-answer', 'answer-via']) assert.equal(await summary.locator(`a[href="#${id}"]`).count(), 1);
    await checkAccessibility(page, 'record an answer with errors');
    await page.getByLabel('Yes, they will take part').check();
    await page.getByLabel('By phone').check();
    await page.locator('#answer-note').fill('Rang the office on Tuesday morning.');
    await screenshot(page, 'letters-record-answer-1280');
    await page.getByRole('button', { name: 'Save their answer' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'Elżbieta Kowalska will take part' }).waitFor();
    const answered = page.locator('tbody tr', { hasText: 'Elżbieta Kowalska' });
    assert.match(await answered.innerText(), /Accepted[\s\S]*By phone, recorded by Grace Mensah/);
    assert.equal(await answered.getByRole('link', { name: /Record their answer/ }).count(), 0);
    await checkAccessibility(page, 'invitations with an answer taken by phone');

    // A code nobody has says so, next to the box.
    await page.locator('#find-code').fill('0000-0000');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.locator('#find-by-code [role="alert"]', { hasText: 'No invitation in this partnership has that code' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test("the address on Marek's letter opens his invitation once he signs in", async () => {
    const convener = await world.signInInEnglish(accounts.convener);
    await convener.goto(`/invitations/${invitationOf['Marek Nowak']}/letter`);
    const letter = convener.locator('#letter');
    await letter.waitFor();
    assert.equal(await letter.getAttribute('lang'), 'pl', 'in the language he reads');
    assert.match(await letter.innerText(), /Zapraszamy do udziału/);
    const code = (await convener.locator('#letter-code strong').innerText()).trim();
    const address = (await convener.locator('#letter-link').innerText()).trim();
    await convener.context().close();

    // Marek types the address from the paper, signed out.
    const page = await world.newPage();
    await page.goto(address);
    await page.waitForURL('**/sign-in?next=%2Finvitations');
    await page.locator('#email').fill(accounts.polishMember);
    await page.locator('#password').fill('demo-password-1');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/invitations');
    const invitation = page.locator(`section[aria-labelledby="invitation-${invitationOf['Marek Nowak']}"]`);
    await invitation.waitFor();
    assert.match(await invitation.innerText(), new RegExp(projectTitle));
    // The invitation he found is the one the code names.
    const found = await api(page, 'GET', `/api/v1/me/invitations`);
    assert.equal(found.body.items.find((item) => item.id === invitationOf['Marek Nowak']).short_code, code);
    await checkAccessibility(page, 'my invitations, from the letter');
    assertNoProblems(page);
    await page.context().close();
  });
});
