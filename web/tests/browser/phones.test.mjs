// Issue 13, item 3: every page of the app on a 390px phone. Every route in
// the router's own table (src/router/routes.ts) is visited, the ones with an
// :id with real demo ids found through the API: as the convener, the
// member's pages as a member, the public ones signed out, and a handful in
// Arabic. A route with no address here fails the test, so a new page cannot
// be forgotten. A page fails when it is wider than the screen (the document
// scrolls sideways, or an element reaches past an edge), and axe scans every
// one. The menu is the service navigation's "Menu" button on a phone and one
// row on a wide screen, and the invitations table is shown as cards, one for
// each of six invitations to people and organisations in every state
// (screenshots at 390 and 1280px).

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accounts,
  api,
  assertNoProblems,
  checkAccessibility,
  screenshot,
  settle,
} from './harness.mjs';
import { theDemoPartnership, invitationAdded, personAdded, projectStarted } from './fixtures.mjs';
import { loadSource } from '../unit/load-typescript.mjs';

const { routePatterns } = await loadSource('router/routes.ts');
const { matchPath } = await loadSource('text/paths.ts');

const phone = { width: 390, height: 844 };

// The route the app draws a path with, found as its router finds it (the
// first pattern that matches); null for "page not found".
function patternOf(path) {
  const { pathname } = new URL(path, 'http://roundtable.invalid');
  return routePatterns.find((route) => matchPath(route.pattern, pathname))?.pattern ?? null;
}

// The routes each sweep below has opened.
const visited = new Set();

// The page has drawn its content: a heading, no loading message, and none of
// the app's requests in flight for 150 ms (long enough for a request that
// follows another, as when a page loads its project first). The app marks
// its requests on <html>; waiting for that, not for the network to be idle
// for half a second, saves minutes over some 300 pages.

// What is wider than the screen: the document itself, and the elements that
// reach past the left or right edge (outside any box that scrolls or clips
// its own content). Answers a list of sentences, empty when all is well.
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the document is ${document.documentElement.scrollWidth}px wide`);
    }
    const clipped = (element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (clipped(element)) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
      problems.push(`${name} runs from ${Math.round(box.left)} to ${Math.round(box.right)}px`);
      if (problems.length > 6) break;
    }
    return problems;
  });
}

// The ids a page route needs, from the demo data through the API.
async function demoIds(page) {
  const get = async (path) => {
    const answer = await api(page, 'GET', path);
    assert.equal(answer.status, 200, `GET ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const projects = (await get('/api/v1/projects')).items;
  assert.ok(projects.length >= 2, 'the demo has projects');
  const ids = { projects: projects.map((project) => project.id), activities: [], contributions: [], surveys: [], proposals: [], decisions: [], invitations: [] };
  for (const project of projects) {
    // One of each series: a monthly forum's later meetings are the same pages as its first.
    const activities = (await get(`/api/v1/projects/${project.id}/activities`)).items;
    const titles = new Set();
    for (const activity of activities) {
      if (titles.has(activity.title)) continue;
      titles.add(activity.title);
      ids.activities.push(activity.id);
    }
    ids.contributions.push(...(await get(`/api/v1/projects/${project.id}/contributions`)).items.slice(0, 1).map((item) => item.id));
    ids.surveys.push(...(await get(`/api/v1/projects/${project.id}/surveys`)).items.slice(0, 1).map((item) => item.id));
    const proposals = (await get(`/api/v1/projects/${project.id}/proposals`)).items;
    ids.proposals.push(...proposals.map((proposal) => proposal.id));
    ids.decisions.push(...proposals.map((proposal) => proposal.decision_id).filter(Boolean));
    const invitations = (await get(`/api/v1/projects/${project.id}/invitations`)).items;
    ids.invitations.push(...invitations.filter((invitation) => invitation.sent_at && invitation.status === 'pending').slice(0, 1).map((invitation) => invitation.id));
  }
  ids.people = (await get('/api/v1/people')).items.slice(0, 2).map((person) => person.id);
  ids.organisations = (await get('/api/v1/organisations')).items.slice(0, 2).map((organisation) => organisation.id);
  ids.panels = (await get('/api/v1/panels')).items.map((panel) => panel.id);
  ids.claims = (await get('/api/v1/claims')).items.slice(0, 2).map((claim) => claim.id);
  return ids;
}

// Every page route of app.tsx, each :id filled with real ids (each project
// and each activity: their pages differ by stage and by what is recorded).
function convenerPaths(ids) {
  const paths = ['/', '/partnership', '/organisations', '/organisations/new', '/people', '/people/new', '/projects', '/projects/new', '/panels',
    '/panels/new', '/glossary', '/payments', '/finance', '/finance/controls', '/participation-policy', '/invitations', '/profile', '/profile/edit',
    '/me/you-said-we-did', '/accessibility', '/no-such-page', '/barometer', '/barometer/settings', '/profile/about-you', '/notifications',
    '/notifications/preferences', '/tags', '/tags/older-people'];
  for (const id of ids.organisations) paths.push(`/organisations/${id}`, `/organisations/${id}/edit`, `/organisations/${id}/delete`);
  for (const id of ids.people) paths.push(`/people/${id}`, `/people/${id}/edit`);
  for (const id of ids.projects) {
    for (const tail of ['', '/edit', '/co-leads', '/invitations', '/members', '/timeline', '/translations-needed', '/activities', '/activities/new',
      '/contributions', '/needs', '/you-said-we-did', '/surveys', '/surveys/new', '/proposals', '/proposals/new', '/budget', '/barometer',
      '/ladder', '/experience']) {
      paths.push(`/projects/${id}${tail}`);
    }
    paths.push(`/translations/project/${id}/summary`);
  }
  for (const id of ids.activities) {
    for (const tail of ['', '/edit', '/cancel', '/people', '/plan', '/attendance', '/minutes']) paths.push(`/activities/${id}${tail}`);
    paths.push(`/claims/new?activity=${id}`);
  }
  for (const id of ids.contributions) paths.push(`/contributions/${id}`);
  for (const id of ids.surveys) paths.push(`/surveys/${id}`, `/surveys/${id}/results`, `/surveys/${id}/responses`);
  for (const id of ids.proposals) paths.push(`/proposals/${id}`);
  for (const id of ids.decisions) paths.push(`/decisions/${id}`);
  for (const id of ids.panels) paths.push(`/panels/${id}`, `/panels/${id}/results`);
  paths.push('/documents', '/documents/new', `/documents/new?project=${ids.projects[0]}`);
  for (const id of ids.documents) {
    for (const tail of ['', '/edit', '/versions', '/versions/1', '/diff', '/diff?from=1&to=draft', '/suspect', '/responses']) paths.push(`/documents/${id}${tail}`);
  }
  for (const id of ids.sections) paths.push(`/sections/${id}/thread`);
  paths.push('/initiatives', '/initiatives/new', '/initiatives?show=recruiting');
  for (const id of ids.initiatives) paths.push(`/initiatives/${id}`, `/translations/initiative/${id}/purpose`);
  for (const id of ids.claims) paths.push(`/claims/${id}`);
  for (const id of ids.invitations) paths.push(`/invitations/${id}/answer`, `/invitations/${id}/letter`);
  // Last, as it ends the session.
  paths.push('/sign-out');
  return paths;
}

// The pages a member reaches from the menu and from their projects.
function memberPaths(ids) {
  const paths = ['/', '/partnership', '/projects', '/panels', '/payments', '/invitations', '/profile', '/profile/edit', '/me/you-said-we-did', '/glossary',
    '/barometer', '/barometer/settings', '/profile/about-you', '/notifications', '/notifications/preferences'];
  for (const id of ids.projects) {
    for (const tail of ['', '/members', '/timeline', '/activities', '/contributions', '/needs', '/you-said-we-did', '/surveys', '/proposals', '/budget',
      '/barometer', '/ladder', '/experience']) {
      paths.push(`/projects/${id}${tail}`);
    }
  }
  for (const id of ids.activities) paths.push(`/activities/${id}`, `/activities/${id}/minutes`, `/claims/new?activity=${id}`);
  for (const id of ids.contributions) paths.push(`/contributions/${id}`);
  for (const id of ids.surveys) paths.push(`/surveys/${id}`, `/surveys/${id}/results`);
  for (const id of ids.proposals) paths.push(`/proposals/${id}`);
  for (const id of ids.decisions) paths.push(`/decisions/${id}`);
  for (const id of ids.panels) paths.push(`/panels/${id}`);
  paths.push('/documents');
  for (const id of ids.documents) {
    paths.push(`/documents/${id}`, `/documents/${id}/versions`, `/documents/${id}/versions/1`, `/documents/${id}/diff`, `/documents/${id}/responses`);
  }
  for (const id of ids.sections) paths.push(`/sections/${id}/thread`, `/sections/${id}/respond`);
  paths.push('/initiatives', '/initiatives/new');
  for (const id of ids.initiatives) paths.push(`/initiatives/${id}`);
  return paths;
}

// The pages for someone signed out (the sign-out page shows them that it is done).
const signedOutPaths = ['/sign-in', '/sign-out', '/accept-invite?token=not-a-real-token', '/unsubscribe?token=not-a-real-token', '/accessibility', '/no-such-page'];

// The routes of the router's table that no list above opens.
function routesLeftOut(paths) {
  const opened = new Set(paths.map(patternOf));
  return routePatterns.map((route) => route.pattern).filter((pattern) => !opened.has(pattern));
}

// Visits each path and answers the ones that were too wide, with why. Every
// path is measured (the data differs); axe, the slow part, scans each route
// once per sweep, since its markup is the same whatever the id.
async function visitAll(page, paths, who, scanned = new Set()) {
  const failures = [];
  for (const path of paths) {
    const answer = await page.goto(path);
    assert.ok(answer.ok(), path);
    await settle(page);
    visited.add(patternOf(path));
    const problems = await overflow(page);
    if (problems.length) failures.push(`${who} ${path}: ${problems.join('; ')}`);
    // One scan per route: /activities/<a>/plan and /activities/<b>/plan are the same markup.
    const route = patternOf(path) ?? path;
    if (!scanned.has(route)) {
      scanned.add(route);
      await checkAccessibility(page, `${who} at 390px: ${path}`);
    }
  }
  return failures;
}

describe('phones: every page at 390px', () => {
  const world = theDemoPartnership('phones');
  let ids;

  before(async () => {
    const page = await world.signInAs(accounts.convener);
    // The demo has no survey: one with a choice, a scale and a free-text
    // question, answered once, so its pages have something to show.
    const projects = (await api(page, 'GET', '/api/v1/projects')).body.items;
    const survey = await api(page, 'POST', `/api/v1/projects/${projects[0].id}/surveys`, {
      title: 'How should the day centre open at weekends?',
      description: 'Tell us what would help you come along.',
      opens_at: new Date(Date.now() - 86_400_000).toISOString(),
      closes_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      questions: [
        { kind: 'single_choice', text: 'Which day suits you best?', options: ['Saturday morning', 'Saturday afternoon', 'Sunday afternoon'] },
        { kind: 'scale', text: 'How much would weekend opening help you?' },
        { kind: 'free_text', text: 'What else should we know?', required: false },
      ],
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    const [choice, scale] = survey.body.questions;
    const answered = await api(page, 'POST', `/api/v1/surveys/${survey.body.id}/responses`, {
      answers: [{ question_id: choice.id, value: 'Sunday afternoon' }, { question_id: scale.id, value: 4 }],
    });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));
    // Nor a panel: one with the member on it and a candidate.
    const people = (await api(page, 'GET', '/api/v1/people?limit=200')).body.items;
    const joan = people.find((person) => person.name === 'Joan Price');
    const other = people.find((person) => person.groups.length && !person.groups.includes(joan.groups[0]));
    const panel = await api(page, 'POST', '/api/v1/panels', {
      title: 'Choosing the new befriending coordinator',
      kind: 'recruitment',
      members: [{ person_id: joan.id, group: joan.groups[0] }, { person_id: other.id, group: other.groups[0] }],
      criteria: [{ name: 'Listens to people', weight: 3 }, { name: 'Knows the area', weight: 2 }],
    });
    assert.equal(panel.status, 201, JSON.stringify(panel.body));
    const candidate = await api(page, 'POST', `/api/v1/panels/${panel.body.id}/candidates`, { name: 'Sam Candidate', details: 'Ran a lunch club for six years.' });
    assert.equal(candidate.status, 201, JSON.stringify(candidate.body));
    // Nor a claim the convener can open (only the claimant and finance do): she
    // took part in an activity that has happened and claims for it.
    const me = (await api(page, 'GET', '/api/v1/me')).body.user;
    const activities = (await api(page, 'GET', `/api/v1/projects/${projects[0].id}/activities`)).body.items;
    const past = activities.find((activity) => activity.status === 'scheduled' && new Date(activity.ends_at) < new Date());
    assert.ok(past, 'the demo has an activity that has happened');
    const attended = await api(page, 'POST', `/api/v1/activities/${past.id}/attendance`, { person_id: me.id });
    assert.ok([201, 409].includes(attended.status), JSON.stringify(attended.body));
    const claim = await api(page, 'POST', '/api/v1/claims', { activity_id: past.id, include_time: true, payment_method: 'voucher', expenses: [] });
    assert.equal(claim.status, 201, JSON.stringify(claim.body));
    // Nor a living document: a strategy for the first project, its parts
    // linked to what people said there, published once and changed since.
    const strategy = await api(page, 'POST', '/api/v1/documents', { title: 'Our strategy for day opportunities', kind: 'strategy', project_id: projects[0].id });
    assert.equal(strategy.status, 201, JSON.stringify(strategy.body));
    const part = async (fields) => {
      const answer = await api(page, 'POST', `/api/v1/documents/${strategy.body.id}/sections`, fields);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body;
    };
    const vision = await part({ kind: 'vision', heading: 'Older people lead full lives', body: 'Somewhere to go, near home.\n\nWith friends.' });
    const objective = await part({ kind: 'objective', heading: 'Groups close to home', body: 'Small groups in every neighbourhood.', parent_id: vision.id, owner_group: 'vcs', due_on: '2027-06-30', measure: 'Ten groups meet each week' });
    const action = await part({ kind: 'action', heading: 'Open the library halls on weekday mornings', parent_id: objective.id });
    const said = (await api(page, 'GET', `/api/v1/projects/${projects[0].id}/contributions`)).body.items[0];
    assert.equal((await api(page, 'POST', `/api/v1/sections/${objective.id}/links`, { source_kind: 'contribution', source_id: said.id })).status, 201);
    assert.equal((await api(page, 'POST', `/api/v1/sections/${action.id}/links`, { source_kind: 'section', source_id: objective.id })).status, 201);
    assert.equal((await api(page, 'POST', `/api/v1/documents/${strategy.body.id}/publish`, { note: 'The first version.' })).status, 201);
    assert.equal((await api(page, 'PATCH', `/api/v1/documents/${strategy.body.id}/sections/${objective.id}`, { body: 'Small friendly groups in every neighbourhood.' })).status, 200);
    // Open for comments, so a member's pages to comment and to see what they said open too.
    assert.equal((await api(page, 'POST', `/api/v1/documents/${strategy.body.id}/consultation`, { closes_at: '2099-12-31T23:59:59Z' })).status, 200);
    // Nor, maybe, a community-led initiative: one led by Joan for the
    // residents, approved, with a task, a volunteer role and a story.
    const initiative = await api(page, 'POST', '/api/v1/initiatives', {
      title: 'Soup on Fridays',
      purpose: 'We make soup together at the library each Friday.',
      for_whom: 'Older neighbours who live alone',
      leads: [{ person_id: joan.id, group: 'residents' }],
      project_id: projects[0].id,
    });
    assert.equal(initiative.status, 201, JSON.stringify(initiative.body));
    const initiativePath = `/api/v1/initiatives/${initiative.body.id}`;
    assert.equal((await api(page, 'POST', `${initiativePath}/approve`)).status, 200);
    // Its plan is its lead's to make: Joan adds them.
    const lead = await world.signInAs(accounts.member);
    assert.equal((await api(lead, 'POST', `${initiativePath}/tasks`, { title: 'Book the library room', milestone: 'First Friday', due_on: '2030-01-10' })).status, 201);
    assert.equal((await api(lead, 'POST', `${initiativePath}/roles`, { title: 'Makes the soup', description: 'Chop and stir, from 10am.' })).status, 201);
    assert.equal((await api(lead, 'POST', `${initiativePath}/outcomes`, { measure: 'People reached', value: 40 })).status, 201);
    await lead.context().close();
    ids = await demoIds(page);
    ids.initiatives = [initiative.body.id];
    ids.documents = [strategy.body.id];
    ids.sections = [objective.id];
    await page.context().close();
  });

  test('every route in the router\'s table has an address to open', () => {
    const left = routesLeftOut([...convenerPaths(ids), ...memberPaths(ids), ...signedOutPaths]);
    assert.deepEqual(left, [], `no address opens these routes: add one to convenerPaths, memberPaths or signedOutPaths`);
  });

  test('no page scrolls sideways for the convener, and axe finds nothing', async () => {
    const page = await world.signInInEnglish(accounts.convener, { viewport: phone });
    const paths = convenerPaths(ids);
    // Every kind of route with an id was found in the demo data.
    for (const kind of ['activities', 'contributions', 'surveys', 'proposals', 'decisions', 'panels', 'people', 'organisations', 'claims']) {
      assert.ok(ids[kind].length > 0, `the demo data has ${kind}`);
    }
    const failures = await visitAll(page, paths, 'convener');
    assert.deepEqual(failures, [], `${failures.length} of ${paths.length} pages are wider than 390px:\n${failures.join('\n')}`);
    assertNoProblems(page);
    await page.context().close();
  });

  test('no page scrolls sideways for a member', async () => {
    const page = await world.signInInEnglish(accounts.member, { viewport: phone });
    const paths = memberPaths(ids);
    const failures = await visitAll(page, paths, 'member');
    assert.deepEqual(failures, [], `${failures.length} of ${paths.length} pages are wider than 390px:\n${failures.join('\n')}`);
    assertNoProblems(page);
    await page.context().close();
  });

  test('signed out: sign in, accept an invitation, unsubscribe, the accessibility statement', async () => {
    const page = await world.newPage({ viewport: phone });
    const failures = await visitAll(page, signedOutPaths, 'signed out');
    assert.deepEqual(failures, []);
    await page.context().close();
  });

  test('in Arabic too, right to left', async () => {
    const page = await world.signInAs(accounts.convener, { viewport: phone, language: 'ar' });
    const [project] = ids.projects;
    const paths = ['/', '/glossary', '/payments', `/projects/${project}/invitations`, `/projects/${project}/members`, `/projects/${project}/timeline`,
      `/projects/${project}/budget`, `/activities/${ids.activities[0]}/attendance`, `/decisions/${ids.decisions[0]}`,
      `/projects/${project}/barometer`, `/projects/${project}/ladder`, '/barometer', '/barometer/settings', '/notifications', '/notifications/preferences',
      `/projects/${project}`, `/projects/${project}/co-leads`, '/projects/new', '/tags', '/tags/older-people',
      '/documents', `/documents/${ids.documents[0]}`, `/documents/${ids.documents[0]}/edit`, `/documents/${ids.documents[0]}/diff`,
      `/documents/${ids.documents[0]}/suspect`, `/sections/${ids.sections[0]}/thread`, '/initiatives', '/initiatives/new', `/initiatives/${ids.initiatives[0]}`];
    const failures = await visitAll(page, paths, 'convener in Arabic');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.deepEqual(failures, [], `${failures.length} of ${paths.length} pages are wider than 390px:\n${failures.join('\n')}`);
    await screenshot(page, 'phones-decision-ar-390');
    await page.goto(`/projects/${project}/invitations`);
    await settle(page);
    await screenshot(page, 'phones-invitations-ar-390');
    assertNoProblems(page);
    await page.context().close();
  });

  test('every route of the router\'s table was opened at 390px', () => {
    const left = routePatterns.map((route) => route.pattern).filter((pattern) => !visited.has(pattern));
    assert.deepEqual(left, [], 'routes no sweep opened');
  });

  test('the menu folds behind a "Menu" button on a phone, and shows in full on a wide screen', async () => {
    const page = await world.signInInEnglish(accounts.convener, { viewport: phone });
    await page.goto('/projects');
    await settle(page);
    const toggle = page.locator('.govuk-service-navigation__toggle');
    const menu = page.locator('#navigation');
    assert.equal(await toggle.isVisible(), true);
    // "Menu", with the unread count beside it when there is one (the Notifications link is behind the button).
    const visible = await toggle.evaluate((button) => (button.querySelector('[aria-hidden="true"]') ?? button).textContent.trim());
    assert.match(visible, /^Menu( \d+)?$/);
    assert.equal(await toggle.getAttribute('aria-controls'), 'navigation');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await menu.isVisible(), false);
    // The page's heading is near the top: the links no longer push it down.
    const headingTop = await page.locator('main h1').evaluate((heading) => heading.getBoundingClientRect().top);
    assert.ok(headingTop < 300, `the heading starts ${headingTop}px down`);

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await menu.isVisible(), true);
    await checkAccessibility(page, 'the open menu at 390px');
    await screenshot(page, 'phones-menu-open-390');
    // A link in the menu goes there and folds the menu again.
    await menu.getByRole('link', { name: 'Payments', exact: true }).click();
    await page.locator('h1', { hasText: 'Payments' }).waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await menu.isVisible(), false);

    // Keyboard: the button opens with Enter.
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.isVisible(), true);

    // On a wide screen the button hides and every link shows in a row.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => document.querySelector('.govuk-service-navigation__toggle')?.hidden === true);
    assert.equal(await toggle.isVisible(), false);
    assert.equal(await menu.isVisible(), true);
    assert.ok((await menu.getByRole('link').count()) >= 6);
    assertNoProblems(page);
    await page.context().close();
  });

  // The convener has the most links (with invitations waiting and a
  // notification unread, as in the demo): at 1280px they are one row in every
  // language, not two (govuk-frontend's service navigation keeps to a few).
  test('at 1280px the menu is one row, in English, Polish and Arabic', async () => {
    for (const language of ['en', 'pl', 'ar']) {
      const page = await world.signInAs(accounts.convener, { viewport: { width: 1280, height: 900 } });
      await page.evaluate((chosen) => window.localStorage.setItem('roundtable.language', chosen), language);
      await page.goto('/projects');
      await settle(page);
      // The invitations link and the unread count come with their own requests: wait for both.
      await page.locator('#navigation a[href="/invitations"]').waitFor();
      await page.locator('#navigation a[href="/notifications"] .rt-count').waitFor();
      const rows = await page.locator('#navigation > li').evaluateAll((items) => [...new Set(items.map((item) => Math.round(item.getBoundingClientRect().top)))]);
      const labels = await page.locator('#navigation > li').allInnerTexts();
      assert.equal(rows.length, 1, `${language}: the menu runs to ${rows.length} rows: ${labels.join(' | ')}`);
      if (language === 'en') await screenshot(page, 'phones-menu-1280');
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('the invitations table: cards with their actions on a phone, a table on a wide screen', async () => {
    const page = await world.signInInEnglish(accounts.convener, { viewport: phone });
    // A project of its own with invitations of every kind: people and organisations,
    // waiting for an answer, answered by phone or on paper, and not sent yet (with Remove buttons).
    const chosen = (await projectStarted(page, {
      title: 'Benches and toilets in the town centre',
      summary: 'Where people need somewhere to sit and a toilet on the way to the shops.',
      interests: ['town-centre'],
    })).id;
    const organisations = (await api(page, 'GET', '/api/v1/organisations?limit=100')).body.items;
    const organisationId = (name) => organisations.find((organisation) => organisation.name === name).id;
    const invite = (invitee) => invitationAdded(page, chosen, invitee);
    const newPerson = async (name, group) => (await personAdded(page, { name, groups: [group] })).id;
    const nadia = await invite({ person_id: await newPerson('Nadia Hassan', 'residents'), group: 'residents' });
    await invite({ person_id: await newPerson('Krzysztof Wiśniewski-Zieliński', 'service_users_carers'), group: 'service_users_carers' });
    await invite({ organisation_id: organisationId('Riverside Borough Council: Adult Social Care') });
    const nhs = await invite({ organisation_id: organisationId('Riverside Community Health NHS Trust') });
    assert.equal((await api(page, 'POST', `/api/v1/projects/${chosen}/invitations/send`)).status, 200);
    assert.equal((await api(page, 'POST', `/api/v1/invitations/${nadia.id}/accept`, { via: 'phone' })).status, 200);
    assert.equal((await api(page, 'POST', `/api/v1/invitations/${nhs.id}/decline`, { via: 'paper', reason: 'No one free this season' })).status, 200);
    await invite({ person_id: await newPerson('Amara Okafor', 'staff'), group: 'staff' });
    await invite({ organisation_id: organisationId('Silver Threads Older People\'s Club') });
    const invitationCount = (await api(page, 'GET', `/api/v1/projects/${chosen}/invitations`)).body.items.length;
    assert.equal(invitationCount, 6);
    await page.goto(`/projects/${chosen}/invitations`);
    await settle(page);
    const table = page.locator('table.rt-table').first();
    // One card for each invitation, each with its own status.
    assert.equal(await table.locator('tbody tr').count(), invitationCount);
    for (const status of ['Accepted', 'Declined', 'Waiting for an answer', 'Not sent']) {
      assert.equal(await table.locator('tbody tr', { hasText: status }).count() > 0, true, `a card says ${status}`);
    }
    // The column headings are hidden on a phone; each value says what it is.
    assert.equal(await table.locator('thead').evaluate((head) => head.getBoundingClientRect().height <= 1), true);
    const statusCell = table.locator('tbody tr').first().locator('td').nth(3);
    assert.equal(await statusCell.getAttribute('data-label'), 'Status');
    const label = await statusCell.evaluate((cell) => getComputedStyle(cell, '::before').content);
    assert.match(label, /Status/);
    const remove = table.getByRole('button', { name: /Remove/ }).first();
    const box = await remove.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= phone.width, `the Remove button is on screen (${JSON.stringify(box)})`);
    assert.deepEqual(await overflow(page), []);
    await checkAccessibility(page, 'invitations at 390px');
    await screenshot(page, 'phones-invitations-390');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('table.rt-table thead')).position !== 'absolute');
    // A real table again: the headings show, cells sit side by side, and no label is drawn before a value.
    assert.equal(await table.locator('thead').isVisible(), true);
    assert.equal(await statusCell.evaluate((cell) => getComputedStyle(cell).display), 'table-cell');
    assert.equal(await statusCell.evaluate((cell) => getComputedStyle(cell, '::before').content), 'none');
    assert.equal(await table.locator('tbody tr').count(), invitationCount);
    await checkAccessibility(page, 'invitations at 1280px');
    await screenshot(page, 'phones-invitations-1280');
    assertNoProblems(page);
    await page.context().close();
  });
});
