// Shared set-ups for the browser tests: the world a file's tests share, so a
// test says which world it needs by name and arguments, not by repeating the
// steps that build it.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, demoPassword, launchBrowser, openPage, signIn, startServer } from './harness.mjs';

// A server on a fresh database and a Chromium of its own for the tests of one
// describe block: call it at the top of the block. Both start before its first
// test and stop after its last; `server` and `browser` are set by then.
function serverAndBrowser(name, options) {
  const world = {
    server: undefined,
    browser: undefined,
    // A new page with cookies and storage of its own, signed out.
    newPage: (pageOptions) => openPage(world.browser, world.server.baseUrl, pageOptions),
    // A new page signed in as `email` (with the demo's password unless given);
    // with `language`, the page's language chosen as the language switcher does.
    signInAs: async (email, { password = demoPassword, language, ...pageOptions } = {}) => {
      const page = await world.newPage(pageOptions);
      await signIn(page, email, password);
      if (language) await page.evaluate((language) => window.localStorage.setItem('roundtable.language', language), language);
      return page;
    },
    // The person an invitation link was made for sets their password with it,
    // in a page of their own (closed again once they are signed in).
    acceptInvitation: async (link, password) => {
      const page = await world.newPage();
      await page.goto(link);
      await page.locator('#password').fill(password);
      await page.locator('#password-confirmation').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForFunction(() => window.location.pathname === '/');
      await page.context().close();
    },
    // A new page signed in as `email`, in English whatever their own language.
    signInInEnglish: (email, options = {}) => world.signInAs(email, { ...options, language: 'en' }),
  };
  before(async () => {
    world.server = await startServer(name, options);
    world.browser = await launchBrowser();
  });
  after(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}

// The demo's Riverside partnership (`roundtable demo`): its people,
// organisations, projects and activities; everyone's password is demoPassword.
export function theDemoPartnership(name) {
  return serverAndBrowser(name);
}

// A partnership with nothing in it yet (`roundtable init`) but its convener:
// { partnership, email, name, password }.
export function anEmptyPartnership(name, convener) {
  return serverAndBrowser(name, { empty: convener });
}

// Set-ups through the API, from a page someone is signed in on (harness api()):
// each fails the test there and then, with the server's answer, when refused.

async function created(page, path, body) {
  const answer = await api(page, 'POST', path, body);
  assert.equal(answer.status, 201, `POST ${path}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

// The partnership's people (the first 200), by name.
export async function peopleByName(page) {
  const people = (await api(page, 'GET', '/api/v1/people?limit=200')).body.items;
  return new Map(people.map((person) => [person.name, person]));
}

// A person added to the partnership ({ name, email, groups, role, preferred_language, ... }),
// as the server answers: their id, and an invite_url when they have an email address.
export function personAdded(page, person) {
  return created(page, '/api/v1/people', person);
}

// A project started with { title, summary, interests, charter }: with no charter,
// every group must be at the table and there are no co-leads yet.
export function projectStarted(page, project) {
  return created(page, '/api/v1/projects', { charter: {}, ...project });
}

// A project whose table is set already: only `groups` are required, it decides
// by consent with a new chair each meeting, and `coLeads` and `members` map
// the names of people in the partnership to the group each is there for.
export async function projectWithMembers(page, { title, summary, interests, groups, coLeads = {}, members = {} }) {
  const people = await peopleByName(page);
  const seat = ([name, group]) => ({ person_id: people.get(name).id, group });
  const project = await projectStarted(page, {
    title,
    summary,
    interests,
    communities: [],
    charter: { required_groups: groups, decision_rule: 'consent', chair_rotation: 'each_meeting', co_leads: Object.entries(coLeads).map(seat) },
  });
  await membersAdded(page, project.id, members);
  return project;
}

// People in the partnership join a project: `members` maps each one's name
// to the group they are there for.
export async function membersAdded(page, projectId, members) {
  const people = await peopleByName(page);
  for (const [name, group] of Object.entries(members)) {
    await created(page, `/api/v1/projects/${projectId}/members`, { person_id: people.get(name).id, group });
  }
}

// An invitation to a project, not sent yet: { person_id, group } or { organisation_id }.
export function invitationAdded(page, projectId, invitee) {
  return created(page, `/api/v1/projects/${projectId}/invitations`, invitee);
}
