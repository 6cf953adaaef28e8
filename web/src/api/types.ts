// Shapes of the Roundtable API v1. The answers and request bodies are the
// types generated from the server's OpenAPI document (openapi.d.ts, made by
// `npm run api:types` from the snapshot openapi.json), named here so that the
// rest of the app imports them from one place. What is written by hand: the
// lists of values the forms offer (each checked against the document's
// values where it has them), the forms' drafts, and the few shapes the
// document cannot give (said where they are).

import type { components } from './openapi';

type Schemas = components['schemas'];

// True when a list holds every value of a union and nothing else. Each
// `true satisfies ...` below stops the build when a list and the document
// part ways (a group added on the server and not offered by a form).
type HoldsExactly<List extends readonly unknown[], Union> = [List[number]] extends [Union]
  ? [Union] extends [List[number]]
    ? true
    : false
  : false;

export const sectors = ['local_authority', 'health', 'vcs', 'provider', 'other'] as const;
export type Sector = Schemas['Sector'];
true satisfies HoldsExactly<typeof sectors, Sector>;

export const stakeholderGroups = [
  'local_authority',
  'health',
  'vcs',
  'provider',
  'service_users_carers',
  'residents',
  'staff',
] as const;
export type StakeholderGroup = Schemas['Group'];
true satisfies HoldsExactly<typeof stakeholderGroups, StakeholderGroup>;

export const roles = ['convener', 'member'] as const;
export type Role = Schemas['Role'];
true satisfies HoldsExactly<typeof roles, Role>;

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

export type Person = Schemas['Person'];
export type GroupChange = Schemas['GroupChange'];
export type PartnershipBrief = Schemas['PartnershipBrief'];
export type Me = Schemas['Me'];
export type PartnershipSummary = Schemas['PartnershipSummary'];
export type Partnership = Schemas['Partnership'];
export type Organisation = Schemas['Organisation'];

// The organisation form's draft: no sector is chosen at first.
export type OrganisationFields = {
  name: string;
  sector: Sector | '';
  interests: string[];
  communities: string[];
  description: string;
  website: string;
};

// The person form's draft, sent as PersonCreate or PersonUpdate.
export type PersonFields = {
  name: string;
  email?: string;
  role?: Role;
  groups: StakeholderGroup[];
  organisation_ids?: string[];
  interests: string[];
  preferred_language: string;
  access_needs: string[];
  // When adding someone with an email: send their sign-in link now (the default) or later.
  send_sign_in_link?: boolean;
};

// Every list answers a page of this shape; the document names one schema for
// each list, and TypeScript's own generic reads better at the call.
export type Page<T> = {
  items: T[];
  next_cursor: string | null;
};

export type FieldErrors = NonNullable<Schemas['Problem']['errors']>;

// Any field may be missing: the client makes one of these for answers that
// were not problem details at all (a network failure, a proxy's error page).
export type ProblemDetails = Partial<Schemas['Problem']>;

// Projects (issue 4), as described in docs/api.md.

export const projectStages = ['discover', 'design', 'deliver', 'review', 'closed'] as const;
export type ProjectStage = Schemas['Stage'];
true satisfies HoldsExactly<typeof projectStages, ProjectStage>;

export const decisionRules = ['consent', 'consensus', 'majority', 'score', 'ranked_choice', 'dot_vote'] as const;
export type DecisionRule = Schemas['DecisionRule'];
true satisfies HoldsExactly<typeof decisionRules, DecisionRule>;

export const chairRotations = ['each_meeting', 'each_stage', 'co_leads_take_turns'] as const;
export type ChairRotation = Schemas['ChairRotation'];
true satisfies HoldsExactly<typeof chairRotations, ChairRotation>;

// Groups whose people are invited as themselves, not for an organisation.
export const livedExperienceGroups = ['service_users_carers', 'residents', 'staff'] as const satisfies readonly StakeholderGroup[];

// A co-lead being chosen on a form, before their group is.
export type CoLeadChoice = { person_id: string; group: StakeholderGroup | '' };
export type CoLead = Schemas['CoLead'];

export type ProjectCreate = Schemas['ProjectCreate'];
export type ProjectCounts = Schemas['ProjectCounts'];
export type Project = Schemas['Project'];

export type Invitation = Schemas['Invitation'];
export type InvitationStatus = Invitation['status'];

// How an answer given on someone's behalf reached the organiser.
export type AnswerVia = NonNullable<Schemas['Answer']['via']>;

export type InvitationLetter = Schemas['Letter'];

export type Member = Schemas['Member'];
export type MemberVia = Member['via'];

export type Moment = Schemas['Moment'];
export type TimelineGroup = Schemas['TimelineGroup'];
export type StageChange = Schemas['StageChange'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type TimelineEventKind = TimelineEvent['kind'];
export type Timeline = Schemas['Timeline'];

// Activities (issue 5), as described in docs/api.md.

export const activityKinds = ['tea_and_talk', 'meeting', 'workshop', 'forum', 'focus_group', 'online_discussion', 'other'] as const;
export type ActivityKind = Schemas['ActivityKind'];
true satisfies HoldsExactly<typeof activityKinds, ActivityKind>;

export const venueFeatures = ['step-free', 'hearing-loop', 'accessible-toilet', 'quiet-room', 'parking'] as const;
export type VenueFeature = Schemas['VenueFeature'];
true satisfies HoldsExactly<typeof venueFeatures, VenueFeature>;

export type Venue = Schemas['Venue'];
export type ActivityCreate = Schemas['ActivityCreate'];
export type Activity = Schemas['Activity'];
export type ActivityStatus = Activity['status'];

export type Signup = Schemas['SignupResult'];
export type SignupStatus = Signup['status'];
export type MySignup = Schemas['MySignup'];

export type MinutesRequest = Schemas['MinutesSave'];
export type MinutesAction = NonNullable<MinutesRequest['actions']>[number];
// `minutes`, the full text, comes to organisers only.
export type Minutes = Schemas['Minutes'];

export type SignupRequest = Schemas['Signup'];

export type Plan = Schemas['Plan'];
export type PlanNeed = Plan['needs'][number];
export type PlanInterpreter = Plan['interpreters'][number];
export type VenueGap = Plan['venue_gaps'][number];

export type Attendance = Schemas['AttendanceRecord'];

// Contributions, needs and "you said, we did" (issue 6), as described in docs/api.md.

export const contributionKinds = ['need', 'idea', 'concern', 'experience', 'question', 'feedback'] as const;
export type ContributionKind = Schemas['ContributionKind'];
true satisfies HoldsExactly<typeof contributionKinds, ContributionKind>;
export const contributionSources = ['online', 'activity', 'survey', 'on_behalf'] as const;
export type ContributionSource = Schemas['Contribution']['source'];
true satisfies HoldsExactly<typeof contributionSources, ContributionSource>;
export const contributionStatuses = ['received', 'considered', 'adopted', 'partly_adopted', 'not_adopted'] as const;
export type ContributionStatus = Schemas['ContributionStatus'];
true satisfies HoldsExactly<typeof contributionStatuses, ContributionStatus>;
// The statuses an organiser can move a contribution to (never back to received).
export const responseStatuses = ['considered', 'adopted', 'partly_adopted', 'not_adopted'] as const;
true satisfies HoldsExactly<typeof responseStatuses, Schemas['ContributionResponse']['status']>;

export type ContributionCreate = Schemas['ContributionCreate'];

export type ContributionDetail = Schemas['ContributionDetail'];
export type HistoryEntry = ContributionDetail['history'][number];
export type Link = Schemas['Shaped'];

export type Contribution = Schemas['Contribution'];

export type Need = Schemas['Need'];
export type Priority = Schemas['Priority'];

// Surveys (issue 6).

export const questionKinds = ['single_choice', 'multiple_choice', 'free_text', 'scale', 'ranking'] as const;
export type QuestionKind = Schemas['QuestionKind'];
true satisfies HoldsExactly<typeof questionKinds, QuestionKind>;

export type QuestionTranslation = Schemas['QuestionTranslation'];
export type SurveyQuestion = Schemas['SurveyQuestion'];
export type SurveyCreate = Schemas['SurveyCreate'];
export type Survey = Schemas['Survey'];

export type AnswerValue = Schemas['AnswerValue'];
export type Answer = Schemas['SurveyAnswer']['answers'][number];
export type SurveyResponse = Schemas['SurveyResponse'];
export type SurveyResults = Schemas['SurveyResults'];

export type ImportResult = Schemas['SurveyImport'];
export type ImportRowError = NonNullable<Schemas['Problem']['rows']>[number];

// Living documents and the golden thread (issue 17).

export const documentKinds = ['strategy', 'service_specification', 'values', 'charter', 'plan', 'other'] as const;
export type DocumentKind = Schemas['DocumentKind'];
true satisfies HoldsExactly<typeof documentKinds, DocumentKind>;
export const sectionKinds = ['vision', 'value', 'objective', 'action', 'text'] as const;
export type SectionKind = Schemas['SectionKind'];
true satisfies HoldsExactly<typeof sectionKinds, SectionKind>;
export const sectionStatuses = ['not_started', 'on_track', 'at_risk', 'done', 'dropped'] as const;
export type SectionStatus = Schemas['SectionStatus'];
true satisfies HoldsExactly<typeof sectionStatuses, SectionStatus>;
export const sourceKinds = ['contribution', 'need', 'decision', 'survey_question', 'activity', 'section'] as const;
export type SourceKind = Schemas['SourceKind'];
true satisfies HoldsExactly<typeof sourceKinds, SourceKind>;

export type LivingDocument = Schemas['Document'];
export type DocumentCreate = Schemas['DocumentCreate'];
export type DocumentChange = Schemas['DocumentChange'];
export type Section = Schemas['Section'];
export type SectionInDocument = Schemas['SectionInDocument'];
export type SectionLinkWithSource = SectionInDocument['links'][number];
export type SectionLink = Schemas['SectionLink'];
export type LinkedSource = Schemas['LinkedSource'];
export type SectionProgress = Schemas['Progress'];
export type SectionCreate = Schemas['SectionCreate'];
export type SectionChange = Schemas['SectionChange'];
export type DocumentVersion = Schemas['Version'];
export type Difference = Schemas['Difference'];
export type SectionDifference = Difference['sections'][number];
export type WordRun = Schemas['WordRun'];
export type Thread = Schemas['Thread'];
// A comment or suggested wording on a section of a draft open for comment.
export type SectionResponse = Schemas['SectionResponse'];
export type ThreadEntry = Thread['story'][number];
export type SuspectList = Schemas['SuspectList'];
export type ProgressNote = Schemas['ProgressNote'];
export type ProgressCreate = Schemas['ProgressCreate'];

// Community-led initiatives (issue 18).
export type Initiative = Schemas['Initiative'];
export type InitiativeStatus = Schemas['InitiativeStatus'];
export type InitiativeCreate = Schemas['InitiativeCreate'];
export type InitiativeChange = Schemas['InitiativeChange'];
export type InitiativeSettings = Schemas['InitiativeSettings'];
export type InitiativeBudget = Schemas['InitiativeBudget'];
export type InitiativePhoto = Schemas['InitiativePhoto'];
export type PersonInGroup = Schemas['PersonInGroup'];
export type Task = Schemas['Task'];
export type TaskCreate = Schemas['TaskCreate'];
export type TaskChange = Schemas['TaskChange'];
export type TaskStatus = Schemas['TaskStatus'];
export const taskStatuses = ['to_do', 'doing', 'done'] as const;
true satisfies HoldsExactly<typeof taskStatuses, TaskStatus>;
export type VolunteerRole = Schemas['VolunteerRole'];
export type RoleCreate = Schemas['RoleCreate'];
export type HoursCreate = Schemas['HoursCreate'];
export type Hours = Schemas['Hours'];
export type HelperCreate = Schemas['HelperCreate'];
export type OfflineHelper = Schemas['OfflineHelper'];
export type OutcomeCreate = Schemas['OutcomeCreate'];
export type Outcome = Schemas['Outcome'];
export type StoryCreate = Schemas['StoryCreate'];
export type Story = Schemas['Story'];
// The groups whose members lead initiatives (the server refuses others, naming `leads`).
export const leadGroups = ['service_users_carers', 'residents', 'vcs'] as const satisfies readonly StakeholderGroup[];
