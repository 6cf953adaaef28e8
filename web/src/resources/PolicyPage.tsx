import { useState } from 'preact/hooks';
import { activityKinds } from '../api/types';
import type { FieldErrors } from '../api/types';
import { activityKindName } from '../activities/shared';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, TextArea } from '../components/Fields';
import { exactMessages, fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { focusSuccessBanner } from '../projects/focus';
import { useSession } from '../session/session';
import { formatPence, parsePounds, penceToInput } from '../text/money';
import { expenseKinds, fetchPolicy, paymentMethods, savePolicy } from './api';
import type { ExpenseKind, PaymentMethod, Policy, Rates } from './api';
import { PoundsInput } from './BudgetPage';
import { BenefitsNote, capText, expenseKindName, paymentMethodName } from './shared';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

const rateFields = ['hourly_pence', 'half_day_pence', 'day_pence'] as const;
const rateLabels = { hourly_pence: 'resources.policy.hourly', half_day_pence: 'resources.policy.halfDay', day_pence: 'resources.policy.day' } as const;
const rateInputs = (rates: Rates): Record<string, string> => Object.fromEntries(rateFields.map((field) => [field, penceToInput(rates[field])]));

function PolicyForm({ policy, onSaved }: { policy: Policy; onSaved: (policy: Policy) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  usePageTitle(t('resources.policy.title'), Object.keys(form.errors).length > 0 || !!form.generalError);
  const [rates, setRates] = useState<Record<string, string>>(() => rateInputs(policy.rates));
  // Kinds of activity with rates of their own; the others use the rates above.
  const [ownKinds, setOwnKinds] = useState<string[]>(activityKinds.filter((kind) => policy.rates_by_kind[kind]));
  const [kindRates, setKindRates] = useState<Record<string, Record<string, string>>>(() =>
    Object.fromEntries(activityKinds.map((kind) => [kind, rateInputs(policy.rates_by_kind[kind] ?? policy.rates)])),
  );
  const [paid, setPaid] = useState<string[]>(expenseKinds.filter((kind) => policy.expenses[kind]?.reimbursed));
  const [caps, setCaps] = useState<Record<string, string>>(() => Object.fromEntries(expenseKinds.map((kind) => [kind, penceToInput(policy.expenses[kind]?.cap_pence ?? 0)])));
  const [mileage, setMileage] = useState(penceToInput(policy.mileage_pence_per_mile));
  const [backfill, setBackfill] = useState(penceToInput(policy.backfill_day_pence));
  const [methods, setMethods] = useState<string[]>(policy.payment_methods);
  const [note, setNote] = useState(policy.benefits_note);

  const fieldIds: Record<string, string> = {
    rates: 'policy-hourly_pence',
    expenses: 'policy-paid',
    mileage_pence_per_mile: 'policy-mileage',
    backfill_day_pence: 'policy-backfill',
    payment_methods: 'policy-methods',
    benefits_note: 'policy-note',
  };
  rateFields.forEach((field) => (fieldIds[`rates.${field}`] = `policy-${field}`));
  fieldIds.rates_by_kind = 'policy-kinds';
  activityKinds.forEach((kind) => rateFields.forEach((field) => (fieldIds[`rates_by_kind.${kind}.${field}`] = `policy-${kind}-${field}`)));
  expenseKinds.forEach((kind) => (fieldIds[`expenses.${kind}`] = `policy-cap-${kind}`));
  const field = fieldProps(form.errors, fieldIds);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    const money = (field: string, text: string): number => {
      const pence = parsePounds(text);
      if (pence === null) errors[field] = [t('resources.money.invalid')];
      return pence ?? 0;
    };
    const next: Policy = {
      ...policy,
      rates: {
        hourly_pence: money('rates.hourly_pence', rates.hourly_pence),
        half_day_pence: money('rates.half_day_pence', rates.half_day_pence),
        day_pence: money('rates.day_pence', rates.day_pence),
      },
      rates_by_kind: Object.fromEntries(
        activityKinds
          .filter((kind) => ownKinds.includes(kind))
          .map((kind) => {
            const typed = kindRates[kind];
            const field = (name: (typeof rateFields)[number]) => money(`rates_by_kind.${kind}.${name}`, typed[name]);
            return [kind, { hourly_pence: field('hourly_pence'), half_day_pence: field('half_day_pence'), day_pence: field('day_pence') }];
          }),
      ),
      expenses: Object.fromEntries(
        expenseKinds.map((kind) => [kind, { reimbursed: paid.includes(kind), cap_pence: money(`expenses.${kind}.cap_pence`, caps[kind]) }]),
      ) as Policy['expenses'],
      mileage_pence_per_mile: money('mileage_pence_per_mile', mileage),
      backfill_day_pence: money('backfill_day_pence', backfill),
      payment_methods: paymentMethods.filter((method) => methods.includes(method)) as PaymentMethod[],
      benefits_note: note.trim(),
    };
    if (next.payment_methods.length === 0) errors.payment_methods = [t('resources.policy.methodsMissing')];
    form.submit(async () => onSaved(await savePolicy(next)), errors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('resources.policy.ratesHeading')}</h2>
      <p class="govuk-body">{t('resources.policy.ratesIntro')}</p>
      {rateFields.map((field) => (
        <PoundsInput key={field} id={`policy-${field}`} label={t(rateLabels[field])} value={rates[field]} onValue={(value) => setRates((current) => ({ ...current, [field]: value }))} errors={exactMessages(form.errors, `rates.${field}`)} />
      ))}
      <Checkboxes
        id="policy-kinds"
        name="rates_by_kind"
        label={t('resources.policy.kinds')}
        hint={t('resources.policy.kindsHint')}
        values={ownKinds}
        onValues={setOwnKinds}
        choices={activityKinds.map((kind) => ({ value: kind, text: activityKindName(t, kind) }))}
        errors={exactMessages(form.errors, 'rates_by_kind')}
      />
      {activityKinds
        .filter((kind) => ownKinds.includes(kind))
        .map((kind) => (
          <fieldset class="govuk-fieldset rt-question" key={kind} id={`policy-${kind}`}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('resources.policy.kindRates', { kind: activityKindName(t, kind) })}</legend>
            {rateFields.map((field) => (
              <PoundsInput
                key={field}
                id={`policy-${kind}-${field}`}
                label={t(rateLabels[field])}
                value={kindRates[kind][field]}
                onValue={(value) => setKindRates((current) => ({ ...current, [kind]: { ...current[kind], [field]: value } }))}
                errors={exactMessages(form.errors, `rates_by_kind.${kind}.${field}`)}
              />
            ))}
          </fieldset>
        ))}
      <h2 class="govuk-heading-m">{t('resources.policy.expensesHeading')}</h2>
      <Checkboxes
        id="policy-paid"
        name="paid"
        label={t('resources.policy.paidKinds')}
        values={paid}
        onValues={setPaid}
        choices={expenseKinds.map((kind) => ({ value: kind, text: expenseKindName(t, kind) }))}
        errors={form.errors.expenses ?? []}
      />
      {expenseKinds.map((kind: ExpenseKind) => (
        <PoundsInput
          key={kind}
          id={`policy-cap-${kind}`}
          label={t('resources.policy.cap', { kind: expenseKindName(t, kind) })}
          hint={t('resources.policy.capHint')}
          value={caps[kind]}
          onValue={(value) => setCaps((current) => ({ ...current, [kind]: value }))}
          errors={Object.entries(form.errors).filter(([key]) => key.replace(/\[(\w+)\]/g, '.$1').startsWith(`expenses.${kind}`)).flatMap(([, list]) => list)}
        />
      ))}
      <PoundsInput {...field('mileage_pence_per_mile')} label={t('resources.policy.mileage')} hint={t('resources.policy.mileageHint')} value={mileage} onValue={setMileage} />
      <PoundsInput {...field('backfill_day_pence')} label={t('resources.policy.backfill')} hint={t('resources.policy.backfillHint')} value={backfill} onValue={setBackfill} />
      <Checkboxes
        {...field('payment_methods')}
        label={t('resources.policy.methods')}
        hint={t('resources.policy.methodsHint', { none: paymentMethodName(t, 'none') })}
        values={methods}
        onValues={setMethods}
        choices={paymentMethods.map((method) => ({ value: method, text: paymentMethodName(t, method) }))}
      />
      <TextArea {...field('benefits_note')} label={t('resources.policy.note')} hint={t('resources.policy.noteHint')} value={note} onValue={setNote} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('resources.policy.save')}
      </Button>
    </form>
  );
}

function PolicySummary({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  return (
    <>
      <ul class="govuk-list govuk-list--bullet" id="policy-summary">
        {rateFields.map((field) => (
          <li key={field}>
            {t(rateLabels[field])}: {penceToInput(policy.rates[field]) === '0.00' ? t('resources.policy.notSet') : `£${penceToInput(policy.rates[field])}`}
          </li>
        ))}
        {activityKinds
          .filter((kind) => policy.rates_by_kind[kind])
          .map((kind) => {
            const rates = policy.rates_by_kind[kind];
            return (
              <li key={kind}>
                {t('resources.policy.kindRates', { kind: activityKindName(t, kind) })}:{' '}
                {t('resources.claim.rates', { hourly: formatPence(rates.hourly_pence), halfDay: formatPence(rates.half_day_pence), day: formatPence(rates.day_pence) })}
              </li>
            );
          })}
        {expenseKinds.map((kind) => (
          <li key={kind}>
            {expenseKindName(t, kind)}: {capText(t, policy, kind)}
          </li>
        ))}
        <li>
          {t('resources.policy.methods')}: {policy.payment_methods.map((method) => paymentMethodName(t, method)).join(', ')}
        </li>
      </ul>
      <BenefitsNote policy={policy} />
    </>
  );
}

export function PolicyPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const loaded = useResource(fetchPolicy, []);
  const [saved, setSaved] = useState<Policy | null>(null);
  usePageTitle(t('resources.policy.title'));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const policy = saved ?? loaded.data;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('resources.payments.title'), href: '/payments' }]} />
      {saved ? <NotificationBanner kind="success" heading={t('resources.policy.saved')} /> : null}
      <h1 class="govuk-heading-l">{t('resources.policy.title')}</h1>
      <p class="govuk-body">{t('resources.policy.intro')}</p>
      {isConvener ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <PolicyForm
              key={saved ? 'saved' : 'loaded'}
              policy={policy}
              onSaved={(answer) => {
                setSaved(answer);
                focusSuccessBanner();
              }}
            />
          </div>
        </div>
      ) : (
        <PolicySummary policy={policy} />
      )}
    </>
  );
}
