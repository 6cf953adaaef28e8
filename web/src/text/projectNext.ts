// What is next in a project for the person reading its page (issue 13,
// item 4): the steps of a GOV.UK task list, worked out from what the page
// loaded. Pure, so it is unit tested without a browser. Organisers (conveners
// and co-leads) are shown what to do; members what applies to them.

export type StepStatus = 'done' | 'todo' | 'waiting' | 'cannot';

export type StepKey =
  | 'groups'
  | 'coLeads'
  | 'move'
  | 'send'
  | 'answers'
  | 'myInvitation'
  | 'activity'
  | 'planActivity'
  | 'noActivity'
  | 'vote'
  | 'votesOpen'
  | 'contributions'
  | 'myContributions';

// `statusKey` names a status more exact than the general one ("You have a place").
export type Step = {
  key: StepKey;
  id: string;
  status: StepStatus;
  statusKey?: 'place' | 'waitingList' | 'notSignedUp' | 'voted';
  href: string | null;
  parameters: Record<string, string>;
};

export type NextInput = {
  projectId: string;
  stage: string;
  missingGroups: string[];
  coLeads: number;
  organiser: boolean;
  convener: boolean;
  unsent: number;
  pending: number;
  myInvitationId: string | null;
  nextActivity: { id: string; title: string; startsAt: string; signup: 'place' | 'waiting' | null } | null;
  openProposals: { id: string; title: string; voted: boolean; canTakePart: boolean }[];
  // Organisers: contributions not answered yet; members: their own not answered yet.
  contributionsWaiting: number;
};

// The votes listed one by one; the rest are counted on the proposals page.
const votesListed = 3;

export function projectNextSteps(input: NextInput): Step[] {
  const base = `/projects/${input.projectId}`;
  const steps: Step[] = [];
  const step = (key: StepKey, status: StepStatus, href: string | null, parameters: Record<string, string> = {}, more: Partial<Step> = {}) =>
    steps.push({ key, id: more.id ?? key, status, href, parameters, ...more });

  if (input.stage === 'closed') return steps;

  if (input.stage === 'discover') {
    const groupsDone = input.missingGroups.length === 0;
    step('groups', groupsDone ? 'done' : input.organiser ? 'todo' : 'waiting', input.organiser ? `${base}/invitations` : null, {
      count: String(input.missingGroups.length),
    });
    const coLeadsDone = input.coLeads >= 2;
    step('coLeads', coLeadsDone ? 'done' : input.convener ? 'todo' : 'waiting', input.convener ? `${base}/co-leads` : null, {
      count: String(input.coLeads),
    });
    if (input.organiser) step('move', groupsDone && coLeadsDone ? 'todo' : 'cannot', groupsDone && coLeadsDone ? '#stage-to' : null);
  }

  if (input.organiser && input.unsent > 0) step('send', 'todo', `${base}/invitations`, { count: String(input.unsent) });
  if (input.organiser && input.pending > 0) step('answers', 'waiting', `${base}/invitations`, { count: String(input.pending) });
  if (input.myInvitationId) step('myInvitation', 'todo', `/invitations/${input.myInvitationId}/answer`);

  const activity = input.nextActivity;
  if (activity) {
    const signup = activity.signup;
    step('activity', signup === 'place' ? 'done' : signup === 'waiting' ? 'waiting' : 'todo', `/activities/${activity.id}`, {
      title: activity.title,
      startsAt: activity.startsAt,
    }, { statusKey: signup === 'place' ? 'place' : signup === 'waiting' ? 'waitingList' : 'notSignedUp' });
  } else if (input.organiser) {
    step('planActivity', 'todo', `${base}/activities/new`);
  } else {
    step('noActivity', 'cannot', null);
  }

  const toVote = input.openProposals.filter((proposal) => proposal.canTakePart && !proposal.voted);
  for (const proposal of toVote.slice(0, votesListed)) {
    step('vote', 'todo', `/proposals/${proposal.id}`, { title: proposal.title }, { id: `vote-${proposal.id}` });
  }
  const notListed = input.openProposals.length - Math.min(toVote.length, votesListed);
  if (notListed > 0) {
    const allVoted = toVote.length === 0 && input.openProposals.every((proposal) => proposal.voted);
    step('votesOpen', allVoted ? 'done' : 'waiting', `${base}/proposals`, { count: String(input.openProposals.length) }, allVoted ? { statusKey: 'voted' } : {});
  }

  if (input.contributionsWaiting > 0) {
    if (input.organiser) step('contributions', 'todo', `${base}/contributions`, { count: String(input.contributionsWaiting) });
    else step('myContributions', 'waiting', '/me/you-said-we-did', { count: String(input.contributionsWaiting) });
  }
  return steps;
}
