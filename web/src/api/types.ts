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
  created_at: string;
  updated_at: string;
  invite_url?: string | null;
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
};
