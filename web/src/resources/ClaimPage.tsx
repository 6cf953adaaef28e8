import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { SummaryRow } from '../components/SummaryRow';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea, TextInput } from '../components/Fields';
import { messagesFor, useFormSubmission } from '../components/forms';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate, formatDateTime } from '../text/dates';
import { approveClaim, fetchClaim, markClaimPaid, rejectClaim } from './api';
import type { Claim, RefusalRule } from './api';
import { ClaimStatusTag, expenseKindName, Money, paymentMethodName } from './shared';
import { Table, TableHead } from '../components/Table';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { DateInput } from '../components/DateInput';
import { dateFromIso, isBlankDate, isoFromDate } from '../text/activities';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

async function load(id: string) {
  return { claim: await fetchClaim(id) };
}

function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

function ClaimDetails({ claim }: { claim: Claim }) {
  const { t, language } = useI18n();
  return (
    <>
      <dl class="govuk-summary-list" id="claim-details">
        <SummaryRow label={t('resources.column.activity')}>
          <Link class="govuk-link" href={`/activities/${claim.activity_id}`}>
            {claim.activity_title}
          </Link>
        </SummaryRow>
        <SummaryRow label={t('resources.column.person')}>
          {claim.person_name}
          {claim.organisation ? ` (${claim.organisation.name})` : ''}
        </SummaryRow>
        <SummaryRow label={t('resources.column.group')}>{groupName(t, claim.group)}</SummaryRow>
        <SummaryRow label={t('resources.column.time')}>
          {claim.time_pence > 0 ? (
            <>
              {t('resources.claimPage.minutes', { minutes: claim.minutes })}: <Money pence={claim.time_pence} />
            </>
          ) : (
            t('resources.claimPage.expensesOnly')
          )}
        </SummaryRow>
        <SummaryRow label={t('resources.column.expenses')}>
          <Money pence={claim.expenses_pence} />
        </SummaryRow>
        <SummaryRow label={t('resources.column.amount')}>
          <strong id="claim-total">
            <Money pence={claim.total_pence} />
          </strong>
        </SummaryRow>
        <SummaryRow label={t('resources.column.method')}>{paymentMethodName(t, claim.payment_method)}</SummaryRow>
        <SummaryRow label={t('resources.column.status')}>
          <ClaimStatusTag status={claim.status} />
          {claim.over_budget ? <p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t('resources.claimPage.overBudgetRecorded')}</p> : null}
        </SummaryRow>
        <SummaryRow label={t('resources.column.submitted')}>{formatDateTime(claim.submitted_at, language)}</SummaryRow>
        {claim.decided_at ? <SummaryRow label={t('resources.claimPage.decided')}>{formatDateTime(claim.decided_at, language)}</SummaryRow> : null}
        {claim.reason ? (
          <SummaryRow label={t('resources.claimPage.reason')}>
            <span class="rt-preserve-lines" dir={textDirection(claim.reason)}>
              <Lines text={claim.reason} />
            </span>
          </SummaryRow>
        ) : null}
        {claim.paid_on ? <SummaryRow label={t('resources.column.paidOn')}>{formatDate(claim.paid_on, language, 'UTC')}</SummaryRow> : null}
        {claim.reference ? <SummaryRow label={t('resources.column.reference')}>{claim.reference}</SummaryRow> : null}
      </dl>
      {claim.expenses.length > 0 ? (
        <Table id="claim-expenses">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('resources.claim.expensesHeading')}</caption>
          <TableHead columns={[t('resources.claim.kind'), t('resources.claimPage.detail'), { text: t('resources.column.amount'), numeric: true }]} />
          <tbody class="govuk-table__body">
            {claim.expenses.map((line, index) => (
              <tr class="govuk-table__row" key={index}>
                <th scope="row" class="govuk-table__header">
                  {expenseKindName(t, line.kind)}
                </th>
                <td class="govuk-table__cell">
                  {line.miles ? t('resources.claimPage.miles', { miles: line.miles }) : ''}
                  {line.receipt_id ? (
                    <>
                      {line.miles ? ' ' : ''}
                      <a class="govuk-link" href={`/api/v1/receipts/${encodeURIComponent(line.receipt_id)}`} target="_blank" rel="noopener">
                        {t('resources.claimPage.receipt')}
                      </a>
                    </>
                  ) : null}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric">
                  <Money pence={line.amount_pence} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}

function DecideForms({ claim, onDone }: { claim: Claim; onDone: (claim: Claim, message: MessageKey) => void }) {
  const { t } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const approve = useFormSubmission(t);
  const reject = useFormSubmission(t);
  const [overBudget, setOverBudget] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  usePageTitle(t('resources.claimPage.title', { activity: claim.activity_title }), Object.keys(reject.errors).length > 0 || !!reject.generalError || !!approve.generalError);

  const onApprove = (confirm: boolean) => {
    if (approve.submitting) return;
    approve.submit(
      async () => {
        try {
          onDone(await approveClaim(claim.id, confirm), 'resources.claimPage.approved');
        } catch (error) {
          if (error instanceof ApiError && error.code === 'over_budget') {
            setOverBudget(error.detail || t('resources.claimPage.overBudget'));
            focusAfterRender('over-budget');
            return;
          }
          throw error;
        }
      },
    );
  };

  const onReject = (event: Event) => {
    event.preventDefault();
    if (reject.submitting) return;
    const errors: FieldErrors = {};
    if (!reason.trim()) errors.reason = [t('resources.claimPage.reasonMissing')];
    reject.submit(async () => onDone(await rejectClaim(claim.id, reason.trim()), 'resources.claimPage.rejected'), errors);
  };

  return (
    <>
      <h2 class="govuk-heading-m">{t('resources.claimPage.decideHeading')}</h2>
      <ErrorSummary errors={approve.errors} generalError={approve.generalError} fieldIds={{}} failureCount={approve.failureCount} />
      {overBudget ? (
        <div class="govuk-warning-text" id="over-budget" tabIndex={-1}>
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('resources.warning')}</span>
            {overBudget}
          </strong>
        </div>
      ) : null}
      <div class="govuk-button-group">
        {overBudget ? (
          <button type="button" class="govuk-button govuk-button--warning" onClick={() => onApprove(true)}>
            {t('resources.claimPage.approveAnyway')}
          </button>
        ) : (
          <button type="button" class="govuk-button" onClick={() => onApprove(false)}>
            {t('resources.claimPage.approve')}
          </button>
        )}
      </div>
      <form onSubmit={onReject} noValidate>
        <ErrorSummary errors={reject.errors} generalError={reject.generalError} fieldIds={{ reason: 'reject-reason' }} failureCount={reject.failureCount} />
        <TextArea id="reject-reason" name="reason" label={t('resources.claimPage.reasonLabel')} hint={t('resources.claimPage.reasonHint')} value={reason} onValue={setReason} rows={3} errors={messagesFor(reject.errors, 'reason')} />
        <Button warning busy={reject.submitting} busyText={t('common.saving')}>
          {t('resources.claimPage.reject')}
        </Button>
      </form>
    </>
  );
}

function PaidForm({ claim, onDone }: { claim: Claim; onDone: (claim: Claim, message: MessageKey) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  const [paidOn, setPaidOn] = useState(() => dateFromIso(todayInLondon()));
  const [reference, setReference] = useState('');
  usePageTitle(t('resources.claimPage.title', { activity: claim.activity_title }), Object.keys(form.errors).length > 0 || !!form.generalError);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    const paidDate = isoFromDate(paidOn);
    if (!paidDate) errors.paid_on = [t(isBlankDate(paidOn) ? 'resources.claimPage.paidOnMissing' : 'dateInput.invalid')];
    if (!reference.trim()) errors.reference = [t('resources.claimPage.referenceMissing')];
    form.submit(async () => onDone(await markClaimPaid(claim.id, paidDate ?? '', reference.trim()), 'resources.claimPage.paid'), errors);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-m">{t('resources.claimPage.paidHeading')}</h2>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ paid_on: 'paid-on-day', reference: 'paid-reference' }} failureCount={form.failureCount} />
      <DateInput id="paid-on" name="paid_on" legend={t('resources.claimPage.paidOn')} date={paidOn} onDate={setPaidOn} errors={messagesFor(form.errors, 'paid_on')} />
      <TextInput id="paid-reference" name="reference" label={t('resources.claimPage.reference')} hint={t('resources.claimPage.referenceHint')} value={reference} onValue={setReference} widthClass="govuk-input--width-20" errors={messagesFor(form.errors, 'reference')} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('resources.claimPage.markPaid')}
      </Button>
    </form>
  );
}

// Why a reader with the finance role may not approve, reject or pay this
// claim: the server names the rule (`cannot_decide_because`).
const decideRuleMessages: Partial<Record<RefusalRule, MessageKey>> = {
  own_claim: 'resources.claimPage.ownClaim',
  sent_by_them: 'resources.claimPage.sentClaim',
  paid_to_their_organisation: 'resources.claimPage.organisationClaim',
  same_email: 'resources.claimPage.sameEmail',
  shared_organisation: 'resources.claimPage.sharedOrganisation',
  invitation_chain: 'resources.claimPage.invitationChain',
  fresh_account: 'resources.claimPage.freshAccount',
  not_finance: 'resources.finance.only',
};
export function whyNotDecider(claim: Claim): MessageKey {
  return (claim.cannot_decide_because && decideRuleMessages[claim.cannot_decide_because]) || 'resources.claimPage.someoneElseDecides';
}

export function ClaimPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { me, isFinance: finance } = useSession();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<{ claim: Claim; message: MessageKey } | null>(null);
  const claim = updated?.claim ?? loaded.data?.claim;
  useLoadingPageTitle(loaded, claim && t('resources.claimPage.title', { activity: claim.activity_title }));

  if (loaded.status !== 'ready' || !claim) return <NotLoaded resource={loaded} />;
  const mine = me?.user.id === claim.person_id;
  const onDone = (saved: Claim, message: MessageKey) => {
    setUpdated({ claim: saved, message });
    window.setTimeout(focusSuccessBanner, 0);
  };

  return (
    <>
      <HomeBreadcrumbs
        items={[
          finance && !mine ? { text: t('resources.finance.title'), href: '/finance' } : { text: t('resources.payments.title'), href: '/payments' },
        ]}
      />
      {updated ? (
        <NotificationBanner kind="success" heading={t(updated.message, { name: claim.person_name, amount: claim.total })} />
      ) : flash ? (
        <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} />
      ) : null}
      <span class="govuk-caption-l">{claim.person_name}</span>
      <h1 class="govuk-heading-l">{t('resources.claimPage.title', { activity: claim.activity_title })}</h1>
      <ClaimDetails claim={claim} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {finance && !claim.can_decide && (claim.status === 'submitted' || claim.status === 'approved') ? (
            <p class="govuk-inset-text" id="claim-not-yours-to-decide">
              {t(whyNotDecider(claim))}
            </p>
          ) : null}
          {claim.can_decide && claim.status === 'submitted' ? <DecideForms key={claim.status} claim={claim} onDone={onDone} /> : null}
          {claim.can_decide && claim.status === 'approved' ? <PaidForm claim={claim} onDone={onDone} /> : null}
        </div>
      </div>
    </>
  );
}
