// Shapes of the Roundtable API v1, as described in docs/api.md.

export const sectors = ['local_authority', 'health', 'vcs', 'provider', 'other'] as const;
export type Sector = (typeof sectors)[number];

export const stakeholderGroups = [
  'local_authority',
  'health',
  'vcs',
  'provider',
  'service_users_carers',
  'residents',
  'staff',
] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

export const roles = ['convener', 'member'] as const;
export type Role = (typeof roles)[number];

export const commonAccessNeeds = [
  'bsl-interpreter',
  'spoken-language-interpreter',
  'easy-read',
  'large-print',
  'hearing-loop',
  'step-free-access',
  'companion',
  'childcare',
  'transport',
  'quiet-room',
] as const;

// Languages a person can name as preferred. The first three are the ones the
// interface ships in; the rest are common community languages for interpreters.
export const preferredLanguages = ['en', 'pl', 'ar', 'ur', 'pa', 'bn', 'so', 'ro', 'pt', 'uk'] as const;

export type Person = {
  id: string;
  name: string;
  email?: string | null;
  role: Role;
  groups: StakeholderGroup[];
  organisation_ids: string[];
  interests: string[];
  preferred_language: string;
  access_needs?: string[] | null;
  // Only on a single person (GET /people/{id} and create), not in lists or Me.
  has_account?: boolean;
  // On a single person, for conveners and the person themself: the latest
  // changes to their groups, newest first.
  group_changes?: GroupChange[];
  created_at: string;
  updated_at: string;
  invite_url?: string | null;
  // Where the account invitation was emailed, when it was.
  invitation_emailed_to?: string | null;
};

export type GroupChange = {
  changed_at: string;
  changed_by: { id: string; name: string };
  added: StakeholderGroup[];
  removed: StakeholderGroup[];
};

export type PartnershipBrief = {
  id: string;
  name: string;
  colour: string;
};

export type Me = {
  user: Person;
  partnership: PartnershipBrief;
  csrf_token: string;
  // A convener with the finance role (approves and pays claims).
  finance: boolean;
  // A new sign-in link someone asked for, not yet used: the person is told.
  password_reset?: { requested_at: string; requested_by: { id: string; name: string } | null } | null;
};

export type PartnershipSummary = {
  organisations_by_sector: Partial<Record<Sector, number>>;
  people_by_group: Partial<Record<StakeholderGroup, number>>;
  organisations: number;
  people: number;
};

export type Partnership = PartnershipBrief & {
  created_at: string;
  summary: PartnershipSummary;
};

export type Organisation = {
  id: string;
  name: string;
  sector: Sector;
  interests: string[];
  communities: string[];
  description: string;
  website: string;
  created_at: string;
  updated_at: string;
};

export type OrganisationFields = {
  name: string;
  sector: Sector | '';
  interests: string[];
  communities: string[];
  description: string;
  website: string;
};

export type PersonFields = {
  name: string;
  email?: string;
  role?: Role;
  groups: StakeholderGroup[];
  organisation_ids?: string[];
  interests: string[];
  preferred_language: string;
  access_needs: string[];
};

export type Page<T> = {
  items: T[];
  next_cursor: string | null;
};

export type FieldErrors = Record<string, string[]>;

export type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldErrors;
  // 409 `groups_missing` when a project cannot leave discover yet.
  missing_groups?: string[];
  // 409 `objectors_not_heard` when closing a proposal: the names of objectors yet to vote on the new wording.
  people?: string[];
  // 422 from a survey CSV import: every bad row by its line in the file.
  rows?: { line: number; column?: string; message: string }[];
};

// Projects (issue 4), as described in docs/api.md.

export const projectStages = ['discover', 'design', 'deliver', 'review', 'closed'] as const;
export type ProjectStage = (typeof projectStages)[number];

export const decisionRules = ['consent', 'consensus', 'majority', 'score', 'ranked_choice', 'dot_vote'] as const;
export type DecisionRule = (typeof decisionRules)[number];

export const chairRotations = ['each_meeting', 'each_stage', 'co_leads_take_turns'] as const;
export type ChairRotation = (typeof chairRotations)[number];

// Groups whose people are invited as themselves, not for an organisation.
export const livedExperienceGroups = ['service_users_carers', 'residents', 'staff'] as const;

export type CoLeadChoice = { person_id: string; group: StakeholderGroup | '' };
export type CoLead = { person_id: string; name: string; group: StakeholderGroup };

export type ProjectCreate = {
  title: string;
  summary: string;
  need: string;
  population: string;
  interests: string[];
  communities: string[];
  charter: {
    required_groups: StakeholderGroup[];
    decision_rule: DecisionRule;
    chair_rotation: ChairRotation;
    // Usually left out: co-leads are chosen later, from the partners who accepted.
    co_leads?: CoLeadChoice[];
  };
};

export type ProjectCounts = {
  unsent: number;
  pending: number;
  accepted: number;
  declined: number;
  members: number;
};

export type Project = {
  id: string;
  title: string;
  summary: string;
  need: string;
  population: string;
  interests: string[];
  communities: string[];
  stage: ProjectStage;
  charter: {
    required_groups: StakeholderGroup[];
    decision_rule: DecisionRule;
    chair_rotation: ChairRotation;
    co_leads: CoLead[];
  };
  missing_groups: StakeholderGroup[];
  counts: ProjectCounts;
  can_manage: boolean;
  // On a single project (GET /projects/{id}): the groups I propose and vote
  // for in it, and whether I facilitate it (I organise it with no group).
  my_groups?: StakeholderGroup[];
  facilitating?: boolean;
  created_at: string;
  updated_at: string;
};

export type InvitationStatus = 'pending' | 'accepted' | 'declined';

export type Invitation = {
  id: string;
  project_id: string;
  project_title: string;
  organisation_id: string | null;
  person_id: string | null;
  invitee_name: string;
  group: StakeholderGroup;
  status: InvitationStatus;
  matched_on: string[];
  created_at: string;
  sent_at: string | null;
  responded_at: string | null;
  // How the answer reached us (null while pending), and who recorded it.
  answered_via?: AnswerVia | 'online' | null;
  answer_note?: string;
  responded_by?: { id: string; name: string } | null;
  // Given when it is sent, to quote on the phone or read from a letter: "K7MQ-3XPA".
  short_code?: string | null;
  // In the organisers' list: whether anyone invited has an email address.
  reach?: 'email' | 'no_email' | 'no_contact' | null;
};

// How an answer given on someone's behalf reached the organiser.
export type AnswerVia = 'paper' | 'phone' | 'in_person';

export type InvitationLetter = {
  invitation: Invitation;
  project_summary: string;
  language: string;
  convener: { name: string; email: string | null };
  sign_in_url: string;
};

export type MemberVia = 'co_lead' | 'invitation' | 'direct';

export type Member = {
  id: string;
  project_id: string;
  person_id: string | null;
  organisation_id: string | null;
  name: string;
  group: StakeholderGroup;
  joined_at: string;
  via: MemberVia;
  // Only for conveners and co-leads.
  access_needs?: string[];
  preferred_language?: string;
};

export type Moment = { at: string; stage: ProjectStage; lag_days: number };

export type TimelineGroup = {
  group: StakeholderGroup;
  required: boolean;
  invited: Moment | null;
  accepted: Moment | null;
  took_part: Moment | null;
};

export type StageChange = {
  from: ProjectStage;
  to: ProjectStage;
  at: string;
  by_name: string;
  reason: string;
  override: boolean;
  missing_groups: StakeholderGroup[];
};

export type TimelineEventKind = 'invited' | 'accepted' | 'declined' | 'joined' | 'took_part';

export type TimelineEvent = {
  at: string;
  kind: TimelineEventKind;
  group: StakeholderGroup;
  stage: ProjectStage;
  name: string;
};

export type Timeline = {
  project_id: string;
  created_at: string;
  stage: ProjectStage;
  groups: TimelineGroup[];
  stage_changes: StageChange[];
  events: TimelineEvent[];
};

// Activities (issue 5), as described in docs/api.md.

export const activityKinds = ['tea_and_talk', 'meeting', 'workshop', 'forum', 'focus_group', 'online_discussion', 'other'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const venueFeatures = ['step-free', 'hearing-loop', 'accessible-toilet', 'quiet-room', 'parking'] as const;
export type VenueFeature = (typeof venueFeatures)[number];

export type Venue = { address: string; features: string[] };

export type ActivityCreate = {
  kind: ActivityKind;
  title: string;
  purpose: string;
  starts_at: string;
  ends_at: string;
  timezone?: string;
  venue?: Venue | null;
  online_url?: string | null;
  capacity?: number | null;
  languages?: string[];
  // Creates one activity per meeting; the answer is the first.
  repeat?: { every: 'week' | 'month'; count: number };
  chair?: { person_id: string; group: StakeholderGroup };
};

export type ActivityStatus = 'scheduled' | 'cancelled';

export type Activity = {
  id: string;
  project_id: string;
  kind: ActivityKind;
  title: string;
  purpose: string;
  starts_at: string;
  ends_at: string;
  timezone: string;
  venue: Venue | null;
  online_url: string | null;
  capacity: number | null;
  languages: string[];
  status: ActivityStatus;
  sequence?: number;
  // Activities of a series (a monthly forum) share series_id; not yet in docs/api.md.
  series_id?: string | null;
  recurrence?: string | null;
  chair?: { person_id: string; group: StakeholderGroup } | null;
  // The viewer's own sign-up, or null.
  my_signup?: MySignup | null;
  places_taken: number;
  waiting: number;
  can_organise: boolean;
  created_at: string;
  updated_at: string;
};

export type SignupStatus = 'place' | 'waiting';

export type Signup = {
  id: string;
  activity_id: string;
  person_id: string;
  name: string;
  group: StakeholderGroup;
  status: SignupStatus;
  access_needs: string[];
  language: string;
  walk_in: boolean;
  created_at: string;
};

export type MySignup = { status: SignupStatus; access_needs: string[]; language: string };

export type MinutesAction = { text: string; owner: string; due_on: string; done?: boolean };

// `minutes`, the full text, comes to organisers only.
export type Minutes = { summary: string; actions: MinutesAction[]; updated_at: string; minutes?: string | null };

export type MinutesRequest = { minutes?: string; summary: string; actions?: MinutesAction[] };

export type SignupRequest = { person_id?: string; access_needs?: string[]; language?: string; walk_in?: boolean };

export type PlanNeed = { need: string; count: number; arranged: boolean; met_by_venue: boolean };
export type PlanInterpreter = { language: string; count: number; arranged: boolean; key: string };
export type VenueGap = { need: string; feature: string; count: number };

export type Plan = {
  people_coming: number;
  needs: PlanNeed[];
  interpreters: PlanInterpreter[];
  venue_gaps: VenueGap[];
  flagged: boolean;
};

export type Attendance = { person_id: string; group: StakeholderGroup; recorded_at: string; paid_by_employer: boolean; early_reason?: string };

// Contributions, needs and "you said, we did" (issue 6), as described in docs/api.md.

export const contributionKinds = ['need', 'idea', 'concern', 'experience', 'question', 'feedback'] as const;
export type ContributionKind = (typeof contributionKinds)[number];
export const contributionSources = ['online', 'activity', 'survey', 'on_behalf'] as const;
export type ContributionSource = (typeof contributionSources)[number];
export const contributionStatuses = ['received', 'considered', 'adopted', 'partly_adopted', 'not_adopted'] as const;
export type ContributionStatus = (typeof contributionStatuses)[number];
// The statuses an organiser can move a contribution to (never back to received).
export const responseStatuses = ['considered', 'adopted', 'partly_adopted', 'not_adopted'] as const;

export type ContributionCreate = {
  kind: ContributionKind;
  text: string;
  group?: StakeholderGroup;
  source?: ContributionSource;
  activity_id?: string;
  person_id?: string;
  anonymous?: boolean;
  tags?: string[];
};

export type HistoryEntry = { status: ContributionStatus; response: string; at: string };
export type Link = {
  from_type: 'decision' | 'document_section' | 'need';
  from_id: string;
  title: string;
  via: 'contribution' | 'need';
  need_id: string | null;
  created_at: string;
};

export type Contribution = {
  id: string;
  project_id: string;
  kind: ContributionKind;
  text: string;
  group: StakeholderGroup;
  source: ContributionSource;
  activity_id: string | null;
  survey_id: string | null;
  anonymous: boolean;
  author: { id: string; name: string } | null;
  recorded_by: { id: string; name: string } | null;
  tags: string[];
  status: ContributionStatus;
  response: string;
  responded_at: string | null;
  created_at: string;
  mine: boolean;
  history?: HistoryEntry[];
  needs?: { id: string; title: string }[];
  shaped?: Link[];
  project_title?: string;
};

export type Need = {
  id: string;
  project_id: string;
  title: string;
  description: string;
  communities: string[];
  status: 'open' | 'merged';
  merged_into: string | null;
  contribution_ids: string[];
  evidence: { group: StakeholderGroup; count: number }[];
  rank: number | null;
  score: number | null;
  created_at: string;
};

export type Priority = {
  order: { need_id: string; title: string; rank: number; score: number; by_group: Partial<Record<StakeholderGroup, number>> }[];
  groups: { group: StakeholderGroup; rankers: number }[];
};

// Surveys (issue 6).

export const questionKinds = ['single_choice', 'multiple_choice', 'free_text', 'scale', 'ranking'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export type QuestionTranslation = { text: string; options: string[] };

export type SurveyQuestion = {
  id?: string;
  kind: QuestionKind;
  text: string;
  options: string[];
  required?: boolean;
  translations?: Record<string, QuestionTranslation>;
};

export type SurveyCreate = {
  title: string;
  description: string;
  anonymous?: boolean;
  opens_at: string;
  closes_at: string;
  language?: string;
  questions: SurveyQuestion[];
};

export type Survey = Omit<SurveyCreate, 'questions'> & {
  id: string;
  project_id: string;
  questions: (SurveyQuestion & { id: string })[];
  responses: number;
  status: 'not_open' | 'open' | 'closed';
  can_organise: boolean;
  my_response: boolean;
  created_at: string;
};

export type AnswerValue = string | string[] | number;
export type Answer = { question_id: string; value: AnswerValue };

export type SurveyResponse = {
  id: string;
  group: StakeholderGroup | null;
  respondent: { id: string; name: string } | null;
  // NOTE: the server sends an object keyed by question id; the contract's
  // request shape (a list of {question_id, value}) is accepted too.
  answers: Answer[] | Record<string, AnswerValue>;
  source: string;
  created_at: string;
};

export type SurveyResults = {
  responses: number;
  by_group: Partial<Record<StakeholderGroup, number>>;
  questions: {
    question_id: string;
    kind: QuestionKind;
    counts?: Record<string, number>;
    mean?: number | null;
    answers?: string[];
    // Sent by the server though not in docs/api.md: how many people answered.
    answered?: number;
    // Ranking questions (also not in docs/api.md): each option's average place, 1 = first.
    mean_rank?: Record<string, number>;
  }[];
};

export type ImportResult = { imported: number; unknown_columns: string[]; ignored_columns: string[] };
export type ImportRowError = { line: number; column?: string; message: string };
