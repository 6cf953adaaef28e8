// Real answers of the server match the OpenAPI document the web app's types
// are generated from. The real server runs on a fresh demo database (with a
// little added that the demo lacks: a survey with an answer, minutes, a
// panel, a claim, bank details, a calendar feed); every GET in the document is
// then asked for, with each id found in the lists before it, by the demo
// convener and by a member, and every answer is checked against the
// document's schema for its status. Objects are checked closed: a field the
// server sends that the document does not name fails too, as the generated
// types would lack it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, demoPassword, startServer } from '../browser/harness.mjs';
import { readSnapshot, schemaValidator, signIn } from './support.mjs';

const document = readSnapshot();
const errorsOf = schemaValidator(document, { closed: true });

// Query strings for the GETs that need one to answer 200; `found` holds what
// the walk has seen so far (ids by collection, short codes, figures).
const queries = {
  '/api/v1/tags/slug': () => 'words=Older people',
  '/api/v1/invitations/find': (found) => found.codes[0] && `code=${found.codes[0]}`,
  '/api/v1/translations': (found) => found.projects?.[0] && `subject_type=project&subject_id=${found.projects[0]}`,
  '/api/v1/projects/{id}/barometer/trend': (found) => found.figures[0] && `figure=${found.figures[0]}`,
  '/api/v1/documents/{id}/diff': () => 'from=1&to=2',
};

// GETs the walk cannot make, and why.
const notWalked = {
  '/api/v1/unsubscribe': 'its token comes only in an email',
  '/api/v1/receipts/{id}': 'a receipt is a file uploaded as its own bytes',
  '/public/documents/{token}': 'an HTML page for people, not JSON (tests/api/documents_test.cpp reads it)',
  '/api/v1/initiative-photos/{id}': 'a photo is its own bytes (image/jpeg or image/png), not JSON (tests/browser/initiatives.test.mjs reads one)',
};

// How many of a collection's ids the walk uses for each path: enough to meet
// different states (sent and unsent invitations, past and future activities).
const idsPerPath = 25;

describe('answers match the OpenAPI document', () => {
  let server;
  let convener;
  let member;
  // What the set-up made that the walk cannot find in a list, and what was
  // wrong with the set-up's own answers.
  const made = { calendarTokens: [], problems: [] };

  before(async () => {
    server = await startServer('schema-responses', { web: false });
    convener = await signIn(server.baseUrl, accounts.convener, demoPassword);
    member = await signIn(server.baseUrl, accounts.member, demoPassword);
    await addWhatTheDemoLacks(convener, member, made);
  });

  after(async () => {
    await server?.stop();
  });

  test('every GET the demo convener makes', async () => {
    const { problems, walked } = await walk(convener, made);
    const missed = getPaths().filter((path) => !walked.has(path) && !(path in notWalked));
    assert.equal(missed.length, 0, `GETs the walk found no ids for (give it data, or say in notWalked why not):\n${missed.join('\n')}`);
    assert.equal(problems.length, 0, `answers that do not match the document:\n${problems.join('\n')}`);
  });

  test('every GET a member makes', async () => {
    const { problems } = await walk(member, made);
    assert.equal(problems.length, 0, `answers that do not match the document:\n${problems.join('\n')}`);
  });

  test('the answers to the set-up requests', () => {
    assert.equal(made.problems.length, 0, `answers that do not match the document:\n${made.problems.join('\n')}`);
  });
});

function getPaths() {
  return Object.keys(document.paths).filter((path) => document.paths[path].get);
}

// Checks one answer against the operation's documented responses; answers
// what does not match, in words, one line for each kind of mistake (not one
// for each item of a list, nor for each id the path was asked with).
function check(method, path, answer) {
  const operation = document.paths[path][method.toLowerCase()];
  const label = `${method} ${path} ${answer.status}`;
  const documented = operation.responses[String(answer.status)];
  if (!documented) return [`${method} ${path} answered ${answer.status}, which the document does not list: ${brief(answer.body)}`];
  if (!documented.content) {
    // NOTE: a route's docs name JSON schemas only, so the calendars and CSV
    // files are documented without a body; only a JSON body is a mistake here.
    return answer.type.endsWith('json') ? [`${label}: a JSON body the document does not describe`] : [];
  }
  const mediaType = Object.keys(documented.content)[0];
  if (answer.type !== mediaType) return [`${label}: ${answer.type}, the document says ${mediaType}`];
  if (!mediaType.endsWith('json')) return [];
  const errors = errorsOf(documented.content[mediaType].schema, answer.body);
  return errors.map((error) => `${label}: ${error.replace(/\/\d+(?=\/|\s)/g, '/*')}`);
}

function brief(body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

// Asks for every GET, in rounds: a path with {id} waits until a list has
// given ids of its collection (the name before {id}: /projects/{id}/...).
async function walk(client, made) {
  const found = { codes: [], figures: [], calendar: made.calendarTokens };
  // Each problem once, with the first address that showed it.
  const problems = new Map();
  const walked = new Set();
  for (let progress = true; progress; ) {
    progress = false;
    for (const path of getPaths()) {
      if (walked.has(path) || path in notWalked) continue;
      const targets = fill(path, found);
      if (!targets) continue;
      const query = queries[path];
      const queryText = query ? query(found) : '';
      if (query && !queryText) continue;
      walked.add(path);
      progress = true;
      const pages = (document.paths[path].get.parameters ?? []).some((parameter) => parameter.name === 'limit');
      const search = [queryText, pages ? 'limit=200' : ''].filter(Boolean).join('&');
      for (const target of targets) {
        const answer = await client.get(search ? `${target}?${search}` : target);
        for (const problem of check('GET', path, answer)) if (!problems.has(problem)) problems.set(problem, target);
        if (answer.status === 200 && typeof answer.body === 'object') collect(path, answer.body, found);
      }
    }
  }
  return { problems: [...problems].map(([problem, target]) => `${problem} (${target})`), walked };
}

// The paths to ask for: the path itself, or one for each id found of the
// collection its {id} (or {token}) belongs to; null while there is none.
function fill(path, found) {
  const match = path.match(/\/([a-z-]+)\/\{(id|token)\}/);
  if (!match) return path.includes('{') ? null : [path];
  const ids = found[match[1]];
  if (!ids?.length) return null;
  // A document's versions are numbered from 1; the set-up publishes two.
  return ids.slice(0, idsPerPath).map((id) => path.replace(match[0], `/${match[1]}/${id}`).replace('{number}', '1'));
}

// Ids from a list's items, by the collection the list's path ends with, and
// the few other things later GETs need.
function collect(path, body, found) {
  const collection = path
    .split('/')
    .filter((part) => part && !part.startsWith('{'))
    .pop();
  const remember = (name, value) => {
    if (typeof value !== 'string' || !value) return;
    found[name] ??= [];
    if (!found[name].includes(value)) found[name].push(value);
  };
  for (const item of Array.isArray(body.items) ? body.items : []) {
    remember(collection, item?.id);
    remember('decisions', item?.decision_id);
    remember('codes', item?.short_code);
  }
  // A document's sections, for their threads.
  for (const item of [body, ...(Array.isArray(body.items) ? body.items : [])])
    for (const section of Array.isArray(item?.sections) ? item.sections : []) remember('sections', section?.id);
  for (const barrier of Array.isArray(body.barriers) ? body.barriers : [])
    for (const figure of Array.isArray(barrier?.figures) ? barrier.figures : []) remember('figures', figure?.key);
}

// Adds, through the API, what the demo data has none of, so that those GETs
// answer with something to check. The answers are checked too.
async function addWhatTheDemoLacks(convener, member, made) {
  const send = async (client, method, path, target, body, expected) => {
    const answer = await client[method.toLowerCase()](target, body);
    assert.equal(answer.status, expected, `${method} ${target}: ${brief(answer.body)}`);
    made.problems.push(...check(method, path, answer).map((problem) => `${problem} (${target})`));
    return answer.body;
  };

  const projects = (await convener.get('/api/v1/projects?limit=200')).body.items;
  // The member's project: the survey is answered by them.
  const memberProjects = new Set((await member.get('/api/v1/projects?limit=200')).body.items.map((project) => project.id));
  const project = projects.find((item) => memberProjects.has(item.id)) ?? projects[0];
  const activities = (await convener.get(`/api/v1/projects/${project.id}/activities?limit=200`)).body.items;
  assert.ok(activities.length > 0, `the demo project ${project.title} has no activities`);
  const activity = activities[0];

  const survey = await send(convener, 'POST', '/api/v1/projects/{id}/surveys', `/api/v1/projects/${project.id}/surveys`, {
    title: 'How do you get to our meetings?',
    description: 'Tell us so we can choose places near you.',
    opens_at: '2020-01-01T00:00:00Z',
    closes_at: '2099-01-01T00:00:00Z',
    questions: [
      { kind: 'single_choice', text: 'How do you travel?', options: ['Bus', 'Car', 'On foot'] },
      { kind: 'free_text', text: 'What would help you come?', required: false },
    ],
  }, 201);
  await send(member, 'POST', '/api/v1/surveys/{id}/responses', `/api/v1/surveys/${survey.id}/responses`, {
    answers: [
      { question_id: survey.questions[0].id, value: 'Bus' },
      { question_id: survey.questions[1].id, value: 'A bus stop nearer.' },
    ],
  }, 201);

  await send(convener, 'PUT', '/api/v1/activities/{id}/minutes', `/api/v1/activities/${activity.id}/minutes`, {
    minutes: 'We met and talked about the bus.',
    summary: 'We talked about the bus.',
    actions: [{ text: 'Ask about the bus times.', owner: 'Grace', due_on: '2030-01-31' }],
  }, 200);

  const people = (await convener.get('/api/v1/people?limit=200')).body.items;
  // A panel has members from at least two groups.
  const panelMembers = [];
  for (const person of people) {
    const group = person.groups.find((candidate) => !panelMembers.some((chosen) => chosen.group === candidate));
    if (group && panelMembers.length < 2) panelMembers.push({ person_id: person.id, group });
  }
  const panel = await send(convener, 'POST', '/api/v1/panels', '/api/v1/panels', {
    title: 'Volunteer of the year',
    kind: 'award',
    members: panelMembers,
    criteria: [{ name: 'Kindness', weight: 2 }],
  }, 201);
  await send(convener, 'POST', '/api/v1/panels/{id}/candidates', `/api/v1/panels/${panel.id}/candidates`, { name: 'Sam Green' }, 201);

  const me = convener.me.user;
  await send(convener, 'POST', '/api/v1/activities/{id}/attendance', `/api/v1/activities/${activity.id}/attendance`, {
    person_id: me.id,
    early_reason: 'Recorded from the sign-in sheet.',
  }, 201);
  await send(convener, 'POST', '/api/v1/claims', '/api/v1/claims', {
    activity_id: activity.id,
    payment_method: 'voucher',
    early_reason: 'Claimed with the sign-in sheet.',
  }, 201);

  await send(convener, 'PUT', '/api/v1/me/bank-details', '/api/v1/me/bank-details', {
    account_name: 'G Mensah',
    sort_code: '123456',
    account_number: '12345678',
  }, 200);

  // A living document, linked to what was said, published twice, with progress.
  const contributions = (await convener.get(`/api/v1/projects/${project.id}/contributions?limit=200`)).body.items;
  assert.ok(contributions.length > 0, `the demo project ${project.title} has no contributions`);
  const strategy = await send(convener, 'POST', '/api/v1/documents', '/api/v1/documents', {
    title: 'Our day opportunities strategy',
    kind: 'strategy',
    project_id: project.id,
  }, 201);
  const objective = await send(convener, 'POST', '/api/v1/documents/{id}/sections', `/api/v1/documents/${strategy.id}/sections`, {
    kind: 'objective',
    heading: 'More to do in the day',
    body: 'People choose what they do each day.',
    owner_group: 'service_users_carers',
    due_on: '2030-03-31',
  }, 201);
  const action = await send(convener, 'POST', '/api/v1/documents/{id}/sections', `/api/v1/documents/${strategy.id}/sections`, {
    kind: 'action',
    heading: 'Start a Friday club',
    parent_id: objective.id,
  }, 201);
  await send(convener, 'POST', '/api/v1/sections/{id}/links', `/api/v1/sections/${action.id}/links`, {
    source_kind: 'contribution',
    source_id: contributions[0].id,
  }, 201);
  await send(convener, 'POST', '/api/v1/documents/{id}/publish', `/api/v1/documents/${strategy.id}/publish`, { note: 'First' }, 201);
  await send(convener, 'PATCH', '/api/v1/documents/{id}/sections/{section_id}', `/api/v1/documents/${strategy.id}/sections/${objective.id}`, {
    body: 'People choose what they do every day, with friends.',
  }, 200);
  await send(convener, 'POST', '/api/v1/documents/{id}/publish', `/api/v1/documents/${strategy.id}/publish`, {}, 201);
  await send(convener, 'POST', '/api/v1/sections/{id}/progress', `/api/v1/sections/${action.id}/progress`, {
    status: 'on_track',
    note: 'The hall is booked.',
  }, 201);
  // Open for comment: the member comments and suggests wording; one suggestion is accepted.
  await send(convener, 'POST', '/api/v1/documents/{id}/consultation', `/api/v1/documents/${strategy.id}/consultation`, {
    closes_at: '2099-01-01T00:00:00Z',
  }, 200);
  await send(member, 'POST', '/api/v1/sections/{id}/comments', `/api/v1/sections/${objective.id}/comments`, { text: 'Fridays suit me.' }, 201);
  const suggestion = await send(member, 'POST', '/api/v1/sections/{id}/suggestions', `/api/v1/sections/${action.id}/suggestions`, {
    body: 'Start a Friday and Saturday club.',
    reason: 'Carers work on Fridays.',
  }, 201);
  await send(convener, 'POST', '/api/v1/suggestions/{id}/accept', `/api/v1/suggestions/${suggestion.id}/accept`, undefined, 200);

  // A community-led initiative: the member (a resident) proposes it for the
  // project and leads it, the convener approves it; a task, a volunteer role
  // she volunteers in, her time, people reached and a story.
  const joan = (await member.get('/api/v1/me')).body.user;
  const leadGroup = joan.groups.find((group) => ['service_users_carers', 'residents', 'vcs'].includes(group));
  assert.ok(leadGroup, `the demo member is in no community group: ${joan.groups}`);
  const initiative = await send(member, 'POST', '/api/v1/initiatives', '/api/v1/initiatives', {
    title: 'Tea on the green',
    purpose: 'A cup of tea and a chat on the green each Friday.',
    for_whom: 'Neighbours who are on their own',
    leads: [{ person_id: joan.id, group: leadGroup }],
    project_id: project.id,
  }, 201);
  await send(convener, 'POST', '/api/v1/initiatives/{id}/approve', `/api/v1/initiatives/${initiative.id}/approve`, undefined, 200);
  await send(member, 'POST', '/api/v1/initiatives/{id}/tasks', `/api/v1/initiatives/${initiative.id}/tasks`, {
    title: 'Buy the tea', milestone: 'First Friday', owner_id: joan.id, due_on: '2030-01-10',
  }, 201);
  const role = await send(member, 'POST', '/api/v1/initiatives/{id}/roles', `/api/v1/initiatives/${initiative.id}/roles`, { title: 'Makes the tea' }, 201);
  await send(member, 'POST', '/api/v1/roles/{id}/volunteers', `/api/v1/roles/${role.id}/volunteers`, {}, 204);
  await send(member, 'POST', '/api/v1/initiatives/{id}/hours', `/api/v1/initiatives/${initiative.id}/hours`, {
    role_id: role.id, minutes: 90, on: '2026-01-09',
  }, 201);
  await send(member, 'POST', '/api/v1/initiatives/{id}/offline-helpers', `/api/v1/initiatives/${initiative.id}/offline-helpers`, { name: 'Friends of the green', count: 3 }, 201);
  await send(member, 'POST', '/api/v1/initiatives/{id}/outcomes', `/api/v1/initiatives/${initiative.id}/outcomes`, { measure: 'People reached', value: 40, note: 'Over four Fridays' }, 201);
  await send(member, 'POST', '/api/v1/initiatives/{id}/stories', `/api/v1/initiatives/${initiative.id}/stories`, { text: 'Ten neighbours came the first week.' }, 201);

  const feed = await send(convener, 'POST', '/api/v1/me/calendar-feed', '/api/v1/me/calendar-feed', undefined, 201);
  made.calendarTokens.push(feed.url.split('/').pop());
}
