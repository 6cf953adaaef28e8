import { useEffect, useState } from 'preact/hooks';
import { fetchActivity } from '../api/activities';
import { ApiError } from '../api/client';
import { fetchOrganisation } from '../api/organisations';
import { fetchPerson } from '../api/people';
import type { FieldErrors, Me, Person } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, FieldErrorMessages, Radios, Select, TextArea, TextInput } from '../components/Fields';
import { describeFailure, exactMessages, fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { setFlash } from '../components/flash';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { formatPence, parseMiles, parseMinutes, parsePounds } from '../text/money';
import { claimPaymentMethods, createClaim, expenseKinds, fetchBankDetails, fetchOffers, fetchPolicy, receiptTypes, uploadReceipt } from './api';
import type { BankDetails, ExpenseKind, ExpenseLine, PaymentMethod, Policy, Rates } from './api';
import { BenefitsNote, capText, expenseKindName, paymentMethodName } from './shared';
import { isolate } from '../text/ordering';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

type LineDraft = { key: number; kind: string; amount: string; miles: string; receiptId: string; receiptName: string; uploading: boolean; uploadError: string };

const lineId = (index: number, field: string) => `claim-expense-${index}-${field}`;
let nextKey = 1;
const emptyLine = (): LineDraft => ({ key: nextKey++, kind: '', amount: '', miles: '', receiptId: '', receiptName: '', uploading: false, uploadError: '' });

type ActivityChoice = { activity_id: string; activity_title: string; starts_at: string };
// bank: my own bank details (null when none are saved), so the form can say
// where a bank transfer goes; not looked up for someone else's claim.
type Claimant = { person: Person; onBehalf: boolean; organisations: { id: string; name: string }[]; bank: BankDetails | null };

// The VCS organisations the person acts for: any of them can claim for the
// person's time (backfill). One that cannot be read is left out.
async function vcsOrganisations(person: Person) {
  const found = await Promise.all(person.organisation_ids.map((organisationId) => fetchOrganisation(organisationId).catch(() => null)));
  return found.filter((organisation) => organisation?.sector === 'vcs').map((organisation) => ({ id: organisation!.id, name: organisation!.name }));
}

// The activities I was offered payment for; an activity named in the address
// (?activity=) is added when it is not among them, and the server checks that
// the person took part. A convener claiming for someone else (?person=) sees
// only the activity named in the address: their offers are theirs to see.
async function load(activityId: string, personId: string, me: Me, isConvener: boolean) {
  const onBehalf = isConvener && !!personId && personId !== me.user.id;
  const [policy, offers, person, bank] = await Promise.all([
    fetchPolicy(),
    onBehalf ? Promise.resolve({ items: [] }) : fetchOffers(),
    onBehalf ? fetchPerson(personId) : Promise.resolve(me.user),
    onBehalf ? Promise.resolve(null) : fetchBankDetails(),
  ]);
  const open = offers.items.filter((offer) => offer.status === 'pending' || offer.status === 'accepted');
  const choices: ActivityChoice[] = open.map(({ activity_id, activity_title, starts_at }) => ({ activity_id, activity_title, starts_at }));
  if (activityId && !choices.some((choice) => choice.activity_id === activityId) && !offers.items.some((offer) => offer.activity_id === activityId)) {
    try {
      const activity = await fetchActivity(activityId);
      choices.push({ activity_id: activity.id, activity_title: activity.title, starts_at: activity.starts_at });
    } catch {
      // An unknown activity is simply not offered as a choice.
    }
  }
  const claimant: Claimant = { person, onBehalf, organisations: await vcsOrganisations(person), bank };
  return { policy, offers: choices, claimant };
}

const usesMiles = (line: LineDraft) => line.kind === 'travel' && line.miles.trim() !== '';

function minutesBetween(startsAt: string, endsAt: string): string {
  const minutes = Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60000);
  return Number.isFinite(minutes) && minutes > 0 ? String(Math.min(minutes, 1440)) : '';
}

function ClaimForm({ policy, offers, claimant, initialActivity }: { policy: Policy; offers: ActivityChoice[]; claimant: Claimant; initialActivity: string }) {
  const { t, language } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const { me, isConvener } = useSession();
  const [activityId, setActivityId] = useState(initialActivity);
  const [earlyReason, setEarlyReason] = useState('');
  const [time, setTime] = useState('time');
  const [minutes, setMinutes] = useState('');
  // The rates for the activity's kind, when the policy sets some.
  const [rates, setRates] = useState<Rates>(policy.rates);
  // "person", or the id of the organisation claiming for the person's time.
  const [payee, setPayee] = useState('person');
  const [lines, setLines] = useState<LineDraft[]>([]);
  // Not being paid is declining the offer, not a claim, so "none" is not offered here.
  const methods = claimPaymentMethods(policy.payment_methods);
  const [method, setMethod] = useState<string>(methods.length === 1 ? methods[0] : '');
  const form = useFormSubmission(t);
  usePageTitle(t('resources.claim.title'), Object.keys(form.errors).length > 0 || !!form.generalError);

  // The activity's length is the default time; it is looked up when the activity changes.
  useEffect(() => {
    if (!activityId) return;
    let cancelled = false;
    fetchActivity(activityId).then(
      (activity) => {
        if (cancelled) return;
        setMinutes(minutesBetween(activity.starts_at, activity.ends_at));
        setRates(policy.rates_by_kind[activity.kind] ?? policy.rates);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [activityId, policy]);

  // Claims are for time already given. Before the activity starts only a
  // convener records one, with a reason (docs/api.md, "Not before the
  // start"): the form asks for it, or tells anyone else, before they fill
  // anything in rather than after a refusal.
  const startsAt = offers.find((offer) => offer.activity_id === activityId)?.starts_at;
  const notStarted = !!startsAt && new Date(startsAt).getTime() > Date.now();

  const paidKinds = expenseKinds.filter((kind) => policy.expenses[kind]?.reimbursed);
  const change = (index: number, fields: Partial<LineDraft>) => setLines((current) => current.map((line, place) => (place === index ? { ...line, ...fields } : line)));

  const fieldIds: Record<string, string> = {
    activity_id: 'claim-activity',
    early_reason: 'claim-early-reason',
    include_time: 'claim-time',
    minutes: 'claim-minutes',
    backfill_organisation_id: 'claim-payee',
    payment_method: 'claim-method',
    expenses: 'claim-add-expense',
  };
  lines.forEach((line, index) => {
    fieldIds[`expenses.${index}`] = lineId(index, 'kind');
    fieldIds[`expenses.${index}.kind`] = lineId(index, 'kind');
    // A line given in miles has its amount worked out by the server, which
    // names the amount when it is over the cap: the error goes by the miles.
    fieldIds[`expenses.${index}.amount_pence`] = lineId(index, usesMiles(line) ? 'miles' : 'amount');
    fieldIds[`expenses.${index}.miles`] = lineId(index, 'miles');
    fieldIds[`expenses.${index}.receipt_id`] = lineId(index, 'receipt');
  });
  const field = fieldProps(form.errors, fieldIds);

  // Where the money goes, under each way of being paid. A bank transfer to
  // the person needs their bank details (the server refuses it otherwise), so
  // the form says so before they send it, with the way to add them.
  const methodHint = (value: string) => {
    if (value === 'voucher') return t('resources.claim.voucherHint');
    if (value !== 'bank_transfer') return undefined;
    if (payee !== 'person' && time === 'time') {
      const organisation = claimant.organisations.find((candidate) => candidate.id === payee);
      return t('resources.claim.bankToOrganisation', { organisation: organisation?.name ?? '' });
    }
    if (claimant.onBehalf) return t('resources.claim.bankForSomeone', { name: claimant.person.name });
    if (claimant.bank) return t('resources.claim.bankOnFile', { digits: claimant.bank.account_ending });
    return (
      <span id="claim-bank-missing">
        {t('resources.claim.bankMissing')}{' '}
        <Link class="govuk-link" href="/payments#bank-heading">
          {t('resources.claim.bankAddLink')}
        </Link>
      </span>
    );
  };

  const onFile = async (index: number, file: File | undefined) => {
    if (!file) return;
    if (!receiptTypes.includes(file.type)) {
      change(index, { uploadError: t('resources.claim.receiptType'), receiptId: '', receiptName: '' });
      return;
    }
    change(index, { uploading: true, uploadError: '' });
    try {
      const receipt = await uploadReceipt(file, me?.csrf_token ?? '');
      // The server keeps the name as sent (percent-encoded), so the file's own name is shown.
      change(index, { uploading: false, receiptId: receipt.id, receiptName: file.name });
    } catch (error) {
      const fileErrors = error instanceof ApiError ? error.errors.file ?? [] : [];
      change(index, { uploading: false, receiptId: '', receiptName: '', uploadError: fileErrors.length ? fileErrors.join(' ') : describeFailure(t, error) });
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    if (!activityId) errors.activity_id = [t('resources.claim.activityMissing')];
    if (notStarted && !isConvener) errors.activity_id = [t('resources.claim.notStartedOthers')];
    if (notStarted && isConvener && !earlyReason.trim()) errors.early_reason = [t('resources.claim.earlyReasonMissing')];
    const includeTime = time === 'time';
    const minutesValue = includeTime ? parseMinutes(minutes) : null;
    if (includeTime && minutesValue === null) errors.minutes = [t('resources.claim.minutesInvalid')];
    if (!method) errors.payment_method = [t('resources.claim.methodMissing')];
    const expenses: ExpenseLine[] = [];
    lines.forEach((line, index) => {
      if (!line.kind) {
        errors[`expenses.${index}.kind`] = [t('resources.claim.kindMissing')];
        return;
      }
      const expense: ExpenseLine = { kind: line.kind as ExpenseKind };
      if (usesMiles(line)) {
        const miles = parseMiles(line.miles);
        if (miles === null) errors[`expenses.${index}.miles`] = [t('resources.claim.milesInvalid')];
        else expense.miles = miles;
      } else {
        const pence = parsePounds(line.amount);
        if (pence === null || pence === 0) errors[`expenses.${index}.amount_pence`] = [t(line.kind === 'travel' ? 'resources.claim.amountOrMiles' : 'resources.claim.amountInvalid')];
        else expense.amount_pence = pence;
      }
      if (line.uploading) errors[`expenses.${index}.receipt_id`] = [t('resources.claim.stillUploading')];
      if (line.receiptId) expense.receipt_id = line.receiptId;
      expenses.push(expense);
    });
    if (!includeTime && lines.length === 0) errors.expenses = [t('resources.claim.nothingToClaim')];
    const backfill = includeTime && payee !== 'person' ? payee : '';
    form.submit(async () => {
      const claim = await createClaim({
        activity_id: activityId,
        ...(notStarted && isConvener ? { early_reason: earlyReason.trim() } : {}),
        ...(claimant.onBehalf ? { person_id: claimant.person.id } : {}),
        include_time: includeTime,
        ...(minutesValue !== null ? { minutes: minutesValue } : {}),
        ...(backfill ? { backfill_organisation_id: backfill } : {}),
        payment_method: method as PaymentMethod,
        expenses,
      });
      const amount = formatPence(claim.total_pence);
      if (claimant.onBehalf) {
        // Only the person and finance may open a claim, so the convener goes
        // back to the project's list of who has been paid.
        setFlash({ key: 'resources.claim.sentFor', parameters: { name: claim.person_name, amount, activity: claim.activity_title } });
        navigate(`/projects/${claim.project_id}/budget`);
        return;
      }
      setFlash({ key: 'resources.claim.sent', parameters: { amount, activity: claim.activity_title } });
      navigate(`/claims/${claim.id}`);
    }, errors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <Select
        {...field('activity_id')}
        label={t('resources.claim.activity')}
        hint={t('resources.claim.activityHint')}
        value={activityId}
        onValue={setActivityId}
        emptyChoice={t('resources.claim.activityChoose')}
        choices={offers.map((offer) => ({ value: offer.activity_id, text: `${isolate(offer.activity_title)} (${formatDate(offer.starts_at, language)})` }))}
      />
      {notStarted ? (
        <div class="govuk-warning-text" id="claim-not-started">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('language.warning')}</span>
            {t(isConvener ? 'resources.claim.notStarted' : 'resources.claim.notStartedOthers')}
          </strong>
        </div>
      ) : null}
      {notStarted && isConvener ? (
        <TextArea
          {...field('early_reason')}
          label={t('resources.claim.earlyReason')}
          hint={t('resources.claim.earlyReasonHint')}
          value={earlyReason}
          onValue={setEarlyReason}
          rows={3}
        />
      ) : null}
      <BenefitsNote policy={policy} />
      <Radios
        {...field('include_time')}
        label={t('resources.claim.timeQuestion')}
        value={time}
        onValue={setTime}
        choices={[
          { value: 'time', text: t('resources.claim.timeAndExpenses'), hint: t('resources.claim.rates', { hourly: formatPence(rates.hourly_pence), halfDay: formatPence(rates.half_day_pence), day: formatPence(rates.day_pence) }) },
          { value: 'expenses', text: t('resources.claim.expensesOnly'), hint: t('resources.claim.expensesOnlyHint') },
        ]}
      />
      {time === 'time' ? (
        <TextInput
          {...field('minutes')}
          label={t('resources.claim.minutes')}
          // Only conveners may claim for longer than the activity lasted (preparation or travel time).
          hint={t(isConvener ? 'resources.claim.minutesHint' : 'resources.claim.minutesHintUpToLength')}
          value={minutes}
          onValue={setMinutes}
          widthClass="govuk-input--width-4"
        />
      ) : null}
      {time === 'time' && claimant.organisations.length > 0 ? (
        <Radios
          {...field('backfill_organisation_id')}
          label={t('resources.claim.payee')}
          hint={t('resources.claim.payeeHint')}
          value={payee}
          onValue={setPayee}
          choices={[
            { value: 'person', text: claimant.onBehalf ? claimant.person.name : t('resources.claim.payeeMe') },
            ...claimant.organisations.map((organisation) => ({
              value: organisation.id,
              text: t('resources.claim.payeeOrganisation', { organisation: organisation.name }),
              hint: t('resources.claim.payeeOrganisationHint', { day: formatPence(policy.backfill_day_pence), halfDay: formatPence(Math.floor((policy.backfill_day_pence + 1) / 2)) }),
            })),
          ]}
        />
      ) : null}

      <h2 class="govuk-heading-m">{t('resources.claim.expensesHeading')}</h2>
      <p class="govuk-body">{t('resources.claim.expensesIntro', { mileage: formatPence(policy.mileage_pence_per_mile) })}</p>
      <ul class="govuk-list govuk-list--bullet" id="claim-caps">
        {paidKinds.map((kind) => (
          <li key={kind}>
            {expenseKindName(t, kind)}: {capText(t, policy, kind)}
          </li>
        ))}
      </ul>
      {lines.map((line, index) => {
        const lineErrors = exactMessages(form.errors, `expenses.${index}`);
        const kindErrors = [...lineErrors, ...exactMessages(form.errors, `expenses.${index}.kind`)];
        const serverAmountErrors = exactMessages(form.errors, `expenses.${index}.amount_pence`);
        const amountErrors = usesMiles(line) ? [] : serverAmountErrors;
        const milesErrors = [...exactMessages(form.errors, `expenses.${index}.miles`), ...(usesMiles(line) ? serverAmountErrors : [])];
        const receiptErrors = [...exactMessages(form.errors, `expenses.${index}.receipt_id`), ...(line.uploadError ? [line.uploadError] : [])];
        const receiptId = lineId(index, 'receipt');
        return (
          <fieldset class="govuk-fieldset rt-question" key={line.key} id={lineId(index, 'line')}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('resources.claim.line', { number: index + 1 })}</legend>
            <Select
              id={lineId(index, 'kind')}
              name={`expenses-${index}-kind`}
              label={t('resources.claim.kind')}
              value={line.kind}
              onValue={(kind) => change(index, { kind })}
              emptyChoice={t('resources.claim.kindChoose')}
              choices={paidKinds.map((kind) => ({ value: kind, text: `${expenseKindName(t, kind)} (${capText(t, policy, kind)})` }))}
              errors={kindErrors}
            />
            <div class={amountErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
              <label class="govuk-label govuk-label--s" for={lineId(index, 'amount')}>
                {t('resources.claim.amount')}
              </label>
              <div class="govuk-hint" id={`${lineId(index, 'amount')}-hint`}>
                {line.kind ? `${capText(t, policy, line.kind as ExpenseKind)}. ` : ''}
                {t('resources.claim.amountHint')}
              </div>
              <FieldErrorMessages id={lineId(index, 'amount')} errors={amountErrors} />
              <div class="govuk-input__wrapper">
                <div class="govuk-input__prefix" aria-hidden="true">
                  £
                </div>
                <input
                  class={`govuk-input govuk-input--width-5${amountErrors.length ? ' govuk-input--error' : ''}`}
                  id={lineId(index, 'amount')}
                  name={`expenses-${index}-amount`}
                  type="text"
                  inputMode="decimal"
                  spellcheck={false}
                  value={line.amount}
                  aria-describedby={`${lineId(index, 'amount')}-hint${amountErrors.length ? ` ${lineId(index, 'amount')}-error` : ''}`}
                  onInput={(event) => change(index, { amount: (event.currentTarget as HTMLInputElement).value })}
                />
              </div>
            </div>
            {line.kind === 'travel' ? (
              <TextInput
                id={lineId(index, 'miles')}
                name={`expenses-${index}-miles`}
                label={t('resources.claim.miles')}
                hint={t('resources.claim.milesHint', { mileage: formatPence(policy.mileage_pence_per_mile) })}
                value={line.miles}
                onValue={(miles) => change(index, { miles })}
                widthClass="govuk-input--width-4"
                errors={milesErrors}
              />
            ) : null}
            <div class={receiptErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
              <label class="govuk-label govuk-label--s" for={receiptId}>
                {t('resources.claim.receipt')}
              </label>
              <div class="govuk-hint" id={`${receiptId}-hint`}>
                {t('resources.claim.receiptHint')}
              </div>
              <FieldErrorMessages id={receiptId} errors={receiptErrors} />
              <input
                class={`govuk-file-upload${receiptErrors.length ? ' govuk-file-upload--error' : ''}`}
                id={receiptId}
                name={`expenses-${index}-receipt`}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby={`${receiptId}-hint${receiptErrors.length ? ` ${receiptId}-error` : ''}`}
                onChange={(event) => onFile(index, (event.currentTarget as HTMLInputElement).files?.[0])}
              />
              <p class="govuk-body-s govuk-!-margin-top-2" aria-live="polite" id={`${receiptId}-status`}>
                {line.uploading ? t('resources.claim.uploading') : line.receiptId ? t('resources.claim.uploaded', { name: line.receiptName }) : ''}
              </p>
            </div>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => {
                setLines((current) => current.filter((_, place) => place !== index));
                focusAfterRender('claim-add-expense');
              }}
            >
              {t('resources.claim.removeLine', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      {messagesFor(form.errors, 'expenses').length > 0 && lines.length === 0 ? (
        <p class="govuk-error-message" id="claim-add-expense-error">
          {messagesFor(form.errors, 'expenses').join(' ')}
        </p>
      ) : null}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        id="claim-add-expense"
        onClick={() => {
          const index = lines.length;
          setLines((current) => [...current, emptyLine()]);
          focusAfterRender(lineId(index, 'kind'));
        }}
      >
        {t('resources.claim.addLine')}
      </button>

      {methods.length > 0 ? (
        <Radios
          {...field('payment_method')}
          label={t('resources.claim.method')}
          value={method}
          onValue={setMethod}
          choices={methods.map((value) => ({ value, text: paymentMethodName(t, value), hint: methodHint(value) }))}
        />
      ) : (
        <p class="govuk-body" id="claim-method" tabIndex={-1}>
          {t('resources.claim.noMethods')}
        </p>
      )}
      {policy.payment_methods.includes('none') ? (
        // The policy lets people say no to payment: that is declining the offer, not a claim.
        <p class="govuk-body" id="claim-decline">
          {claimant.onBehalf ? (
            t('resources.claim.declineInsteadFor', { name: claimant.person.name })
          ) : (
            <>
              {t('resources.claim.declineInstead')}{' '}
              <Link class="govuk-link" href="/payments">
                {t('resources.claim.declineLink')}
              </Link>
            </>
          )}
        </p>
      ) : null}
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('resources.claim.submit')}
      </Button>
    </form>
  );
}

export function ClaimNewPage(_: PageProps) {
  const { t } = useI18n();
  const { me, isConvener } = useSession();
  const { search } = useLocation();
  const initialActivity = search.get('activity') ?? '';
  const personId = search.get('person') ?? '';
  // The page is for signed-in people only, so the session is there.
  const loaded = useResource(() => load(initialActivity, personId, me!, isConvener), [initialActivity, personId, me?.user.id, isConvener]);
  // Once the form shows, it sets the title itself ("Error: " first when it has errors).
  usePageTitle(loaded.status === 'ready' ? null : t('resources.claim.title'));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { policy, offers, claimant } = loaded.data;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('resources.payments.title'), href: '/payments' }]} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {claimant.onBehalf ? <span class="govuk-caption-l">{claimant.person.name}</span> : null}
          <h1 class="govuk-heading-l">{t('resources.claim.title')}</h1>
          <p class="govuk-body">{t('resources.claim.intro')}</p>
          {claimant.onBehalf ? (
            <p class="govuk-inset-text" id="claim-on-behalf">
              {t('resources.claim.onBehalf', { name: claimant.person.name })}
            </p>
          ) : null}
          <ClaimForm
            policy={policy}
            offers={offers}
            claimant={claimant}
            initialActivity={offers.some((offer) => offer.activity_id === initialActivity) ? initialActivity : ''}
          />
        </div>
      </div>
    </>
  );
}
