// Proposals, votes, comments and decisions (issue 7), as described in docs/api.md.
import { request } from './client';
import { fetchAllPages } from './pages';
import type { StakeholderGroup } from './types';

export const decisionMethods = ['consent', 'consensus', 'majority', 'score', 'ranked_choice', 'dot_vote'] as const;
export type DecisionMethod = (typeof decisionMethods)[number];
export const weightings = ['equal_groups', 'per_person'] as const;
export type Weighting = (typeof weightings)[number];

export type ProposalCreate = {
  title: string;
  text: string;
  method?: DecisionMethod;
  weighting?: Weighting;
  options?: string[];
  threshold?: number;
  dots_per_voter?: number;
  closes_at: string;
  contribution_ids?: string[];
  need_ids?: string[];
  group?: StakeholderGroup;
};

export type VoteBody = {
  position?: string;
  reason?: string;
  scores?: Record<string, number>;
  ranking?: string[];
  dots?: Record<string, number>;
  comment?: string;
  group?: StakeholderGroup;
};

export type Vote = {
  person: { id: string; name: string };
  group: StakeholderGroup;
  position?: string;
  ranking?: string[];
  scores?: Record<string, number>;
  dots?: Record<string, number>;
  reason: string;
  comment: string;
  version: number;
  updated_at: string;
};

export type ObjectionStatus = 'standing' | 'withdrawn' | 'resolved_by_amendment';

export type Objection = {
  // null for someone outside the project: they see the group and the reason, not who objected.
  person: { id: string; name: string } | null;
  group: StakeholderGroup;
  // Not in docs/api.md: `object` (consent) or `block` (consensus).
  kind?: string;
  reason: string;
  version: number;
  status: ObjectionStatus;
  raised_at: string;
  resolved_at: string | null;
};

export type Round = { tallies: Record<string, number>; eliminated: string | null; exhausted: number };

export type Tally = {
  passed: boolean;
  result: string;
  quorum: boolean;
  // Sent by the server though not in docs/api.md.
  voters?: number;
  missing_groups: StakeholderGroup[];
  counts: Record<string, Record<string, number>>;
  group_positions: Record<string, Record<string, number>>;
  totals: Record<string, number>;
  rounds: Round[];
  explanation: string;
};

export type Proposal = {
  id: string;
  project_id: string;
  title: string;
  text: string;
  method: DecisionMethod;
  weighting: Weighting;
  options: string[];
  threshold: number;
  dots_per_voter: number;
  closes_at: string;
  contribution_ids: string[];
  need_ids: string[];
  status: 'open' | 'closed';
  version: number;
  proposer: { id: string; name: string; group: StakeholderGroup };
  required_groups: StakeholderGroup[];
  voters: number;
  my_vote: (Omit<Vote, 'person'> & { person?: Vote['person'] }) | null;
  can_close: boolean;
  decision_id: string | null;
  created_at: string;
  updated_at: string;
  votes?: Vote[];
  // On GET /proposals/{id}: false over 1,000 votes, or for someone outside the project (then `votes` is empty).
  votes_shown?: boolean;
  // A member or organiser of the project: votes, comments, sees who voted.
  can_take_part?: boolean;
  objections?: Objection[];
  tally?: Tally;
};

export type Decision = Tally & {
  id: string;
  proposal_id: string;
  project_id: string;
  title: string;
  // Not in docs/api.md: the proposal's text, options and required groups as decided.
  text?: string;
  options?: string[];
  required_groups?: StakeholderGroup[];
  method: DecisionMethod;
  weighting: Weighting;
  objections: Objection[];
  rationale: string;
  closed_by: { id: string; name: string; group: StakeholderGroup };
  version: number;
  contribution_ids: string[];
  need_ids: string[];
  created_at: string;
};

export type ProposalComment = {
  id: string;
  parent_id: string | null;
  author: { id: string; name: string };
  group: StakeholderGroup;
  text: string;
  created_at: string;
};

const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;
const proposalPath = (id: string) => `/api/v1/proposals/${encodeURIComponent(id)}`;

export function listProposals(projectId: string): Promise<{ items: Proposal[] }> {
  return fetchAllPages<Proposal>(`${projectPath(projectId)}/proposals`);
}

export function createProposal(projectId: string, fields: ProposalCreate): Promise<Proposal> {
  return request<Proposal>('POST', `${projectPath(projectId)}/proposals`, { body: fields });
}

export function fetchProposal(id: string): Promise<Proposal> {
  return request<Proposal>('GET', proposalPath(id));
}

export function amendProposal(id: string, fields: { title?: string; text?: string }): Promise<Proposal> {
  return request<Proposal>('PATCH', proposalPath(id), { body: fields });
}

export function castVote(id: string, vote: VoteBody): Promise<Proposal> {
  return request<Proposal>('POST', `${proposalPath(id)}/votes`, { body: vote });
}

export function listComments(id: string): Promise<{ items: ProposalComment[] }> {
  return fetchAllPages<ProposalComment>(`${proposalPath(id)}/comments`);
}

export function addComment(id: string, comment: { text: string; parent_id?: string }): Promise<ProposalComment> {
  return request<ProposalComment>('POST', `${proposalPath(id)}/comments`, { body: comment });
}

export function closeProposal(id: string, fields: { rationale: string; close_without_quorum?: boolean }): Promise<Decision> {
  return request<Decision>('POST', `${proposalPath(id)}/close`, { body: fields });
}

export function fetchDecision(id: string): Promise<Decision> {
  return request<Decision>('GET', `/api/v1/decisions/${encodeURIComponent(id)}`);
}
