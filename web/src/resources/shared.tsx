import type { ComponentChildren } from 'preact';
import { translatorFor, useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';
import { formatPence } from '../text/money';
import type { ClaimStatus, ExpenseKind, OfferStatus, Policy, UnpaidStatus } from './api';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';

export const expenseKindName = (t: Translate, kind: string) => lookUpValue(t, 'resources.expenseKind', kind);
export const paymentMethodName = (t: Translate, method: string) => lookUpValue(t, 'resources.paymentMethod', method);
export const claimStatusName = (t: Translate, status: string) => lookUpValue(t, 'resources.claimStatus', status);
export const offerStatusName = (t: Translate, status: string) => lookUpValue(t, 'resources.offerStatus', status);
export const unpaidStatusName = (t: Translate, status: string) => lookUpValue(t, 'resources.unpaidStatus', status);

const claimColours: Record<ClaimStatus, string> = {
  submitted: 'govuk-tag--blue',
  approved: 'govuk-tag--turquoise',
  rejected: 'govuk-tag--red',
  paid: 'govuk-tag--green',
};

const offerColours: Record<OfferStatus, string> = {
  pending: 'govuk-tag--yellow',
  accepted: 'govuk-tag--blue',
  declined: 'govuk-tag--grey',
  claimed: 'govuk-tag--green',
};

const unpaidColours: Record<UnpaidStatus, string> = {
  not_offered: 'govuk-tag--red',
  unanswered: 'govuk-tag--yellow',
  accepted: 'govuk-tag--blue',
  declined: 'govuk-tag--grey',
  claimed: 'govuk-tag--turquoise',
  paid: 'govuk-tag--green',
};

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${claimColours[status] ?? 'govuk-tag--grey'}`}>{claimStatusName(t, status)}</strong>;
}

export function OfferStatusTag({ status }: { status: OfferStatus }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${offerColours[status] ?? 'govuk-tag--grey'}`}>{offerStatusName(t, status)}</strong>;
}

export function UnpaidStatusTag({ status }: { status: UnpaidStatus }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${unpaidColours[status] ?? 'govuk-tag--grey'}`}>{unpaidStatusName(t, status)}</strong>;
}

// "Up to £100.00", "No limit" or "Not paid" for one kind of expense.
export function capText(t: Translate, policy: Policy, kind: ExpenseKind): string {
  const rule = policy.expenses[kind];
  if (!rule || !rule.reimbursed) return t('resources.cap.notPaid');
  return rule.cap_pence > 0 ? t('resources.cap.upTo', { amount: formatPence(rule.cap_pence) }) : t('resources.cap.noLimit');
}

// The note for people on benefits, shown where they choose how to be paid.
// Roundtable's own wording, which the partnership has not changed, is shown
// in the reader's language (issue 13, item 11); a note of the partnership's
// own is shown as they wrote it.
export function BenefitsNote({ policy, children }: { policy: Policy; children?: ComponentChildren }) {
  const { t } = useI18n();
  if (!policy.benefits_note.trim()) return null;
  const shipped = policy.benefits_note.trim() === translatorFor('en')('resources.benefits.defaultNote');
  return (
    <div class="govuk-inset-text" id="benefits-note">
      <h2 class="govuk-heading-s govuk-!-margin-bottom-2">{t('resources.benefits.heading')}</h2>
      <p class="govuk-body rt-preserve-lines" dir={textDirection(shipped ? t('resources.benefits.defaultNote') : policy.benefits_note)}>
        <Lines text={shipped ? t('resources.benefits.defaultNote') : policy.benefits_note} />
      </p>
      {children}
    </div>
  );
}

export function Money({ pence }: { pence: number }) {
  return <span class="rt-money">{formatPence(pence)}</span>;
}
