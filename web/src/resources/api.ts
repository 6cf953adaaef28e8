// The typed client for resources to take part (issue 9, docs/api.md
// "Resources: policy, budgets, claims, offers"). Money is integer pence.

import { ApiError, request } from '../api/client';
import { fetchAllPages } from '../api/pages';
import type { ProblemDetails, StakeholderGroup } from '../api/types';

export const expenseKinds = ['travel', 'care_cover', 'interpreter', 'subsistence', 'equipment', 'data_phone'] as const;
export type ExpenseKind = (typeof expenseKinds)[number];
export const paymentMethods = ['bank_transfer', 'voucher', 'none'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
// The ways a claim can be paid. "none" is a policy choice only: the server
// refuses it on a claim, because saying no to payment is declining the offer.
export const claimPaymentMethods = (methods: readonly PaymentMethod[]) => methods.filter((method) => method !== 'none');
export const claimStatuses = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const offerStatuses = ['pending', 'accepted', 'declined', 'claimed'] as const;
export type OfferStatus = (typeof offerStatuses)[number];
export const unpaidStatuses = ['not_offered', 'unanswered', 'accepted', 'declined', 'claimed', 'paid'] as const;
export type UnpaidStatus = (typeof unpaidStatuses)[number];

export type Rates = { hourly_pence: number; half_day_pence: number; day_pence: number };
export type ExpenseRule = { reimbursed: boolean; cap_pence: number };

export type Policy = {
  rates: Rates;
  rates_by_kind: Record<string, Rates>;
  expenses: Partial<Record<ExpenseKind, ExpenseRule>>;
  mileage_pence_per_mile: number;
  payment_methods: PaymentMethod[];
  backfill_day_pence: number;
  benefits_note: string;
};

export type Budget = {
  project_id: string;
  set: boolean;
  total_pence: number;
  by_group: Partial<Record<StakeholderGroup, number>>;
  committed_pence: number;
  spent_pence: number;
  remaining_pence: number;
  committed_by_group: Partial<Record<StakeholderGroup, number>>;
  spent_by_group: Partial<Record<StakeholderGroup, number>>;
};

export type ExpenseLine = { kind: ExpenseKind; amount_pence?: number; miles?: number; receipt_id?: string | null; note?: string };

export type ClaimCreate = {
  activity_id: string;
  // A convener recording a claim before the activity starts says why.
  early_reason?: string;
  // A convener claiming on someone's behalf.
  person_id?: string;
  // A VCS organisation the person acts for, paid for their time (backfill).
  backfill_organisation_id?: string;
  minutes?: number;
  include_time: boolean;
  payment_method: PaymentMethod;
  expenses: ExpenseLine[];
};

export type Claim = {
  id: string;
  project_id: string;
  activity_id: string;
  activity_title: string;
  person_id: string;
  person_name: string;
  organisation: { id: string; name: string } | null;
  group: StakeholderGroup;
  minutes: number;
  time_pence: number;
  expenses: (ExpenseLine & { amount_pence: number })[];
  expenses_pence: number;
  total_pence: number;
  total: string;
  payment_method: PaymentMethod;
  status: ClaimStatus;
  submitted_at: string;
  // Who sent it: the person, or a convener on their behalf.
  submitted_by: string;
  decided_at: string | null;
  reason: string;
  paid_on: string | null;
  reference: string;
  over_budget: boolean;
  // From GET /claims, GET /claims/{id} and the decisions: the reader has the
  // finance role and did not make, send or get paid by the claim, and does not
  // belong to the organisation it pays.
  can_decide?: boolean;
  // Why not, when the reader may not: one of the finance controls' rules.
  cannot_decide_because?: RefusalRule | null;
};

export type Offer = { id: string; activity_id: string; activity_title: string; starts_at: string; status: OfferStatus };
// paid_pence and approved_pence are over all my claims, whatever the page.
export type Payments = { items: Claim[]; next_cursor: string | null; paid_pence: number; approved_pence: number };
export type BankDetails = { account_name: string; account_ending: string; updated_at: string };
export type Receipt = { id: string; media_type: string; size: number; file_name: string };
export type UnpaidRow = {
  person_id: string;
  name: string;
  activity_id: string;
  activity_title: string;
  attended_at: string;
  group: StakeholderGroup;
  status: UnpaidStatus;
};
// counts and unpaid_participation are over every attendee, whatever the page.
export type Unpaid = { items: UnpaidRow[]; next_cursor: string | null; counts: Partial<Record<UnpaidStatus, number>>; unpaid_participation: number };

const id = encodeURIComponent;

export const fetchPolicy = () => request<Policy>('GET', '/api/v1/participation-policy');
export const savePolicy = (policy: Policy) => request<Policy>('PUT', '/api/v1/participation-policy', { body: policy });
// The finance role changes only when a second convener confirms (docs/api.md
// "Finance controls"): asking answers 202 with the request waiting.
export const refusalRules = [
  'not_finance',
  'own_claim',
  'sent_by_them',
  'paid_to_their_organisation',
  'same_email',
  'shared_organisation',
  'invitation_chain',
  'fresh_account',
  'self_grant',
  'own_request',
  'subject_of_request',
] as const;
export type RefusalRule = (typeof refusalRules)[number];
export type PersonRef = { id: string; name: string };
export type FinanceRequest = {
  id: string;
  person: PersonRef;
  give: boolean;
  reason: string;
  requested_by: PersonRef;
  requested_at: string;
  status: 'pending' | 'confirmed' | 'cancelled';
  decided_by: PersonRef | null;
  decided_at: string | null;
};
export type FinanceEvent = {
  id: string;
  at: string;
  kind: 'requested' | 'granted' | 'removed' | 'cancelled' | 'refused';
  // A refusal's rule; "set_up" on the grant made when the partnership was set up.
  rule: string | null;
  actor: PersonRef;
  person: PersonRef | null;
  claim_id: string | null;
  request_id: string | null;
};
export type FinanceControls = {
  holders: { person: PersonRef; granted_by: PersonRef | null; granted_at: string }[];
  pending: FinanceRequest[];
  items: FinanceEvent[];
  next_cursor: string | null;
};
export const requestFinanceChange = (personId: string, finance: boolean, reason: string) =>
  request<FinanceRequest>('POST', `/api/v1/people/${id(personId)}/finance`, { body: reason ? { finance, reason } : { finance } });
export const confirmFinanceRequest = (requestId: string) => request<FinanceRequest>('POST', `/api/v1/finance-requests/${id(requestId)}/confirm`);
export const cancelFinanceRequest = (requestId: string) => request<FinanceRequest>('POST', `/api/v1/finance-requests/${id(requestId)}/cancel`);
export const fetchFinanceControls = (after?: string) =>
  request<FinanceControls>('GET', '/api/v1/finance-controls', { query: { limit: 50, after } });

export const fetchBudget = (projectId: string) => request<Budget>('GET', `/api/v1/projects/${id(projectId)}/budget`);
export const saveBudget = (projectId: string, body: { total_pence: number; by_group: Partial<Record<StakeholderGroup, number>> }) =>
  request<Budget>('PUT', `/api/v1/projects/${id(projectId)}/budget`, { body });
export const fetchUnpaid = (projectId: string) => fetchAllPages<UnpaidRow, Unpaid>(`/api/v1/projects/${id(projectId)}/unpaid`);

export const createClaim = (claim: ClaimCreate) => request<Claim>('POST', '/api/v1/claims', { body: claim });
export const listClaims = (status?: string) => fetchAllPages<Claim>('/api/v1/claims', { status });
export const fetchClaim = (claimId: string) => request<Claim>('GET', `/api/v1/claims/${id(claimId)}`);
export const approveClaim = (claimId: string, confirmOverBudget: boolean) =>
  request<Claim>('POST', `/api/v1/claims/${id(claimId)}/approve`, { body: confirmOverBudget ? { confirm_over_budget: true } : {} });
export const rejectClaim = (claimId: string, reason: string) => request<Claim>('POST', `/api/v1/claims/${id(claimId)}/reject`, { body: { reason } });
export const markClaimPaid = (claimId: string, paidOn: string, reference: string) =>
  request<Claim>('POST', `/api/v1/claims/${id(claimId)}/paid`, { body: { paid_on: paidOn, reference } });

export const claimsExportPath = (projectId?: string) => (projectId ? `/api/v1/claims/export.csv?project_id=${id(projectId)}` : '/api/v1/claims/export.csv');
export const paymentsCsvPath = '/api/v1/me/payments?format=csv';
// The claim form for a convener claiming on someone's behalf.
export const claimForPath = (activityId: string, personId: string) => `/claims/new?activity=${id(activityId)}&person=${id(personId)}`;

export const fetchPayments = () => fetchAllPages<Claim, Payments>('/api/v1/me/payments');
export const fetchOffers = () => fetchAllPages<Offer>('/api/v1/me/offers');
export const answerOffer = (offerId: string, answer: 'accept' | 'decline') =>
  request<{ id: string; status: OfferStatus }>('POST', `/api/v1/offers/${id(offerId)}/${answer}`);

export async function fetchBankDetails(): Promise<BankDetails | null> {
  try {
    return await request<BankDetails>('GET', '/api/v1/me/bank-details');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
export const saveBankDetails = (details: { account_name: string; sort_code: string; account_number: string }) =>
  request<BankDetails>('PUT', '/api/v1/me/bank-details', { body: details });

export const receiptTypes = ['application/pdf', 'image/jpeg', 'image/png'];

// The file's own bytes with its Content-Type (the JSON client cannot send a
// file), so this sends the request itself with the session's CSRF token.
export async function uploadReceipt(file: File, csrfToken: string): Promise<Receipt> {
  let response: Response;
  try {
    response = await fetch('/api/v1/receipts', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': file.type,
        'X-CSRF-Token': csrfToken,
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new ApiError(0, { title: 'Network error' });
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (response.ok) return payload as Receipt;
  throw new ApiError(response.status, (payload ?? {}) as ProblemDetails);
}
