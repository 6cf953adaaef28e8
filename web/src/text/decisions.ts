// Pure helpers for proposals and votes (issue 7); unit tested without a browser.
// It imports only other such helpers: tests/unit loads it without a bundler.

import { latinDigits } from './digits';

export type Method = 'consent' | 'consensus' | 'majority' | 'score' | 'ranked_choice' | 'dot_vote';

// The positions a person can take, in the order the form shows them.
export const positionsFor: Record<'consent' | 'consensus' | 'majority', string[]> = {
  consent: ['agree', 'abstain', 'concern', 'object'],
  consensus: ['agree', 'stand_aside', 'block'],
  majority: ['yes', 'no', 'abstain'],
};

export const usesOptions = (method: string) => method === 'score' || method === 'ranked_choice' || method === 'dot_vote';

// The columns of a count: the positions of the method, or the options.
export function choicesFor(method: string, options: readonly string[]): string[] {
  if (method in positionsFor) return [...positionsFor[method as keyof typeof positionsFor]];
  return [...options];
}

// A position that needs a reason: an objection or a block.
export const needsReason = (method: string, position: string) =>
  (method === 'consent' && position === 'object') || (method === 'consensus' && position === 'block');

// Dots not yet placed; never below zero. Blank or unreadable entries count as none.
export function dotsPlaced(dots: Record<string, string | number>): number {
  let total = 0;
  for (const value of Object.values(dots)) {
    const number = typeof value === 'number' ? value : Number(latinDigits(String(value)).trim() || '0');
    if (Number.isInteger(number) && number > 0) total += number;
  }
  return total;
}

export function dotsLeft(dots: Record<string, string | number>, perVoter: number): number {
  return perVoter - dotsPlaced(dots);
}

export type VoteDraft = {
  position: string;
  reason: string;
  scores: Record<string, string>;
  ranking: string[];
  dots: Record<string, string>;
  comment: string;
  group: string;
};

// A draft from my current vote, or an empty one (ranking in the order the options were given).
export function draftFrom(
  options: readonly string[],
  myVote: { position?: string; reason?: string; scores?: Record<string, number>; ranking?: string[]; dots?: Record<string, number>; comment?: string; group?: string } | null,
  defaultGroup: string,
): VoteDraft {
  const scores: Record<string, string> = {};
  const dots: Record<string, string> = {};
  for (const option of options) {
    scores[option] = myVote?.scores && option in myVote.scores ? String(myVote.scores[option]) : '';
    dots[option] = myVote?.dots && option in myVote.dots ? String(myVote.dots[option]) : '0';
  }
  const ranked = (myVote?.ranking ?? []).filter((option) => options.includes(option));
  const ranking = [...ranked, ...options.filter((option) => !ranked.includes(option))];
  return {
    position: myVote?.position ?? '',
    reason: myVote?.reason ?? '',
    scores,
    ranking,
    dots,
    comment: '',
    group: myVote?.group ?? defaultGroup,
  };
}

export type VoteProblem = { field: string; problem: 'position' | 'reason' | 'score' | 'dots_whole' | 'dots_none' | 'dots_too_many' };
export type BuiltVote = { body: Record<string, unknown>; problems: VoteProblem[] };

// The request body for the method, or the problems found before sending.
export function buildVote(method: string, options: readonly string[], perVoter: number, draft: VoteDraft): BuiltVote {
  const problems: VoteProblem[] = [];
  const body: Record<string, unknown> = {};
  if (method === 'consent' || method === 'consensus' || method === 'majority') {
    if (!positionsFor[method].includes(draft.position)) problems.push({ field: 'position', problem: 'position' });
    else body.position = draft.position;
    const reason = draft.reason.trim();
    if (needsReason(method, draft.position) && !reason) problems.push({ field: 'reason', problem: 'reason' });
    if (method !== 'majority' && reason) body.reason = reason;
  } else if (method === 'score') {
    const scores: Record<string, number> = {};
    options.forEach((option, index) => {
      const value = latinDigits(draft.scores[option] ?? '').trim();
      const number = Number(value);
      if (value === '' || !Number.isInteger(number) || number < 0 || number > 5) {
        problems.push({ field: `scores.${index}`, problem: 'score' });
      } else scores[option] = number;
    });
    body.scores = scores;
  } else if (method === 'ranked_choice') {
    body.ranking = draft.ranking.filter((option) => options.includes(option));
  } else if (method === 'dot_vote') {
    const dots: Record<string, number> = {};
    options.forEach((option, index) => {
      const raw = latinDigits(String(draft.dots[option] ?? '')).trim() || '0';
      const number = Number(raw);
      if (!Number.isInteger(number) || number < 0) problems.push({ field: `dots.${index}`, problem: 'dots_whole' });
      else if (number > 0) dots[option] = number;
    });
    if (problems.length === 0) {
      const placed = dotsPlaced(dots);
      if (placed === 0) problems.push({ field: 'dots', problem: 'dots_none' });
      else if (placed > perVoter) problems.push({ field: 'dots', problem: 'dots_too_many' });
    }
    body.dots = dots;
  }
  const comment = draft.comment.trim();
  if (comment) body.comment = comment;
  if (draft.group) body.group = draft.group;
  return { body, problems };
}

// A share (0.6667) as a whole percentage ("67%"); figures above 1 (mean scores) as they are, to one decimal.
export function shareText(value: number | undefined | null, isShare: boolean): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (isShare) return `${Math.round(value * 100)}%`;
  return String(Math.round(value * 10) / 10);
}

// Whether a tally's group figures are shares of the group (everything but score, which is a mean score).
export const figuresAreShares = (method: string) => method !== 'score';

// Top-level comments with their replies under them, both oldest first.
export function threadComments<C extends { id: string; parent_id: string | null }>(comments: readonly C[]): { comment: C; replies: C[] }[] {
  const top = comments.filter((comment) => !comment.parent_id || !comments.some((other) => other.id === comment.parent_id));
  return top.map((comment) => ({ comment, replies: comments.filter((reply) => reply.parent_id === comment.id) }));
}

// Option rows in the proposal form: blank rows are dropped, the rest trimmed.
export function cleanOptions(rows: readonly string[]): string[] {
  return rows.map((row) => row.trim()).filter(Boolean);
}

// Over this many votes a proposal's page shows the count but not who voted (docs/api.md, `votes_shown`).
export const votesShownUpTo = 1000;

// Why the page shows no names: too many votes, or the reader is outside the project
// (then `votes_shown` is false with no more than 1,000 votes). null when the names are shown.
export function whyVotesHidden(votesShown: boolean | undefined, voters: number, canTakePart = true): 'many' | 'outsider' | null {
  if (votesShown !== false) return null;
  // The server says whether the reader is in the project; without it, fall back to the count.
  if (!canTakePart) return 'outsider';
  return voters > votesShownUpTo ? 'many' : 'outsider';
}

// An amendment answered my objection and set my vote aside: I have not voted on the new wording yet.
export function voteSetAside(
  myVote: unknown,
  objections: readonly { person: { id: string } | null; status: string }[] | undefined,
  myId: string | undefined,
): boolean {
  if (myVote || !myId) return false;
  return (objections ?? []).some((objection) => objection.person?.id === myId && objection.status === 'resolved_by_amendment');
}

// Why the count stands as it does, as message keys to put in the reader's
// language (issue 13, item 11): the server's own explanation is English.
// Null when a figure it needs is not known (a decided majority vote keeps no
// threshold in its record), so the page shows the server's words instead.
export type ExplanationPart = { key: string; parameters?: Record<string, string | number> };

export function explainTally(
  tally: { passed: boolean; quorum: boolean; result: string; totals: Record<string, number>; rounds: readonly unknown[] },
  method: string,
  weighting: string,
  threshold: number | undefined,
  standing: number,
): ExplanationPart[] | null {
  const parts: ExplanationPart[] = [];
  if (!tally.quorum) parts.push({ key: 'decisions.explain.noQuorum' });
  const groups = weighting !== 'per_person';
  if (method === 'consent' || method === 'consensus') {
    if (standing > 0) parts.push({ key: method === 'consent' ? 'decisions.explain.objections' : 'decisions.explain.blocks', parameters: { count: standing } });
    else if (tally.passed) parts.push({ key: method === 'consent' ? 'decisions.explain.consentPasses' : 'decisions.explain.consensusPasses' });
    return parts;
  }
  if (method === 'majority') {
    if (threshold === undefined) return null;
    const share = ((tally.totals.yes ?? 0) * 100).toFixed(1);
    parts.push({ key: groups ? 'decisions.explain.majorityGroups' : 'decisions.explain.majorityPeople', parameters: { share, threshold: Math.round(threshold * 100) } });
    return parts;
  }
  // Score, dots and ranked choice name the option that came first, once anyone voted.
  if (tally.result === 'not passed' || !tally.result) return parts;
  if (method === 'ranked_choice') parts.push({ key: 'decisions.explain.ranked', parameters: { option: tally.result, rounds: tally.rounds.length } });
  else if (method === 'score') parts.push({ key: groups ? 'decisions.explain.scoreGroups' : 'decisions.explain.scorePeople', parameters: { option: tally.result } });
  else if (method === 'dot_vote') parts.push({ key: groups ? 'decisions.explain.dotsGroups' : 'decisions.explain.dotsPeople', parameters: { option: tally.result } });
  return parts;
}
