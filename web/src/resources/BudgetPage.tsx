import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { fetchProject } from '../api/projects';
import { stakeholderGroups } from '../api/types';
import type { FieldErrors, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, FieldErrorMessages } from '../components/Fields';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { parsePounds, penceToInput } from '../text/money';
import { takeFlash } from '../components/flash';
import { claimForPath, fetchBudget, fetchUnpaid, saveBudget, unpaidStatuses } from './api';
import type { Budget, Unpaid, UnpaidStatus } from './api';
import { Money, unpaidStatusName, UnpaidStatusTag } from './shared';
import { Table, TableHead } from '../components/Table';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load(id: string) {
  const [project, budget] = await Promise.all([fetchProject(id), fetchBudget(id)]);
  let unpaid: Unpaid | null = null;
  try {
    unpaid = await fetchUnpaid(id);
  } catch (error) {
    if (!(error instanceof ApiError && (error.status === 403 || error.status === 404))) throw error;
  }
  return { project, budget, unpaid };
}

// A money field with a £ prefix, as GOV.UK shows prices.
export function PoundsInput({ id, label, hint, value, onValue, errors }: { id: string; label: string; hint?: string; value: string; onValue: (value: string) => void; errors: string[] }) {
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      {hint ? (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldErrorMessages id={id} errors={errors} />
      <div class="govuk-input__wrapper">
        <div class="govuk-input__prefix" aria-hidden="true">
          £
        </div>
        <input
          class={`govuk-input govuk-input--width-10${errors.length ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          spellcheck={false}
          value={value}
          aria-describedby={describedBy}
          onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}

function BudgetTable({ budget }: { budget: Budget }) {
  const { t } = useI18n();
  const groups = stakeholderGroups.filter(
    (group) => budget.by_group[group] !== undefined || budget.committed_by_group[group] !== undefined || budget.spent_by_group[group] !== undefined,
  );
  return (
    <>
      <dl class="govuk-summary-list" id="budget-summary">
        {[
          ['resources.budget.total', budget.total_pence],
          ['resources.budget.committed', budget.committed_pence],
          ['resources.budget.spent', budget.spent_pence],
          ['resources.budget.remaining', budget.remaining_pence],
        ].map(([key, pence]) => (
          <div class="govuk-summary-list__row" key={key}>
            <dt class="govuk-summary-list__key">{t(key as 'resources.budget.total')}</dt>
            <dd class="govuk-summary-list__value">
              <Money pence={pence as number} />
            </dd>
          </div>
        ))}
      </dl>
      {groups.length > 0 ? (
        <Table id="budget-groups">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('resources.budget.byGroup')}</caption>
          <TableHead
            columns={[
              t('resources.column.group'),
              { text: t('resources.budget.budget'), numeric: true },
              { text: t('resources.budget.committed'), numeric: true },
              { text: t('resources.budget.spent'), numeric: true },
              { text: t('resources.budget.remaining'), numeric: true },
            ]}
          />
          <tbody class="govuk-table__body">
            {groups.map((group) => {
              const set = budget.by_group[group];
              const committed = budget.committed_by_group[group] ?? 0;
              return (
                <tr class="govuk-table__row" key={group}>
                  <th scope="row" class="govuk-table__header">
                    {groupName(t, group)}
                  </th>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{set !== undefined ? <Money pence={set} /> : t('resources.budget.noGroupBudget')}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    <Money pence={committed} />
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    <Money pence={budget.spent_by_group[group] ?? 0} />
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{set !== undefined ? <Money pence={set - committed} /> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}

function BudgetForm({ project, budget, onSaved }: { project: Project; budget: Budget; onSaved: (budget: Budget) => void }) {
  const { t } = useI18n();
  const form = useFormSubmission(t);
  usePageTitle(t('resources.budget.title', { project: project.title }), Object.keys(form.errors).length > 0 || !!form.generalError);
  const [total, setTotal] = useState(budget.set ? penceToInput(budget.total_pence) : '');
  const [groups, setGroups] = useState<Record<string, string>>(() =>
    Object.fromEntries(stakeholderGroups.map((group) => [group, budget.by_group[group] !== undefined ? penceToInput(budget.by_group[group]!) : ''])),
  );
  const fieldIds: Record<string, string> = { total_pence: 'budget-total', by_group: `budget-group-${stakeholderGroups[0]}` };
  stakeholderGroups.forEach((group) => (fieldIds[`by_group.${group}`] = `budget-group-${group}`));
  const field = fieldProps(form.errors, fieldIds);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    const totalPence = parsePounds(total);
    if (totalPence === null) errors.total_pence = [t('resources.money.invalid')];
    const byGroup: Partial<Record<StakeholderGroup, number>> = {};
    for (const group of stakeholderGroups) {
      if (!groups[group].trim()) continue;
      const pence = parsePounds(groups[group]);
      if (pence === null) errors[`by_group.${group}`] = [t('resources.money.invalid')];
      else byGroup[group] = pence;
    }
    form.submit(async () => onSaved(await saveBudget(project.id, { total_pence: totalPence ?? 0, by_group: byGroup })), errors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-m">{t('resources.budget.setHeading')}</h2>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <PoundsInput {...field('total_pence')} label={t('resources.budget.total')} hint={t('resources.money.hint')} value={total} onValue={setTotal} />
      <div class={messagesFor(form.errors, 'by_group').length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('resources.budget.byGroup')}</legend>
          <div class="govuk-hint">{t('resources.budget.byGroupHint')}</div>
          {form.errors.by_group ? (
            <p class="govuk-error-message">
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {form.errors.by_group.join(' ')}
            </p>
          ) : null}
          {stakeholderGroups.map((group) => (
            <PoundsInput
              key={group}
              id={`budget-group-${group}`}
              label={groupName(t, group)}
              value={groups[group]}
              onValue={(value) => setGroups((current) => ({ ...current, [group]: value }))}
              errors={form.errors[`by_group.${group}`] ?? []}
            />
          ))}
        </fieldset>
      </div>
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('resources.budget.save')}
      </Button>
    </form>
  );
}

// Where a convener can still claim on the person's behalf.
const claimable: UnpaidStatus[] = ['not_offered', 'unanswered', 'accepted'];

function UnpaidSection({ unpaid, canClaim }: { unpaid: Unpaid; canClaim: boolean }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="unpaid-heading">
      <h2 class="govuk-heading-m" id="unpaid-heading">
        {t('resources.unpaid.heading')}
      </h2>
      <p class="govuk-body">{t('resources.unpaid.intro')}</p>
      <ul class="govuk-list" id="unpaid-counts">
        {unpaidStatuses.map((status) => (
          <li key={status}>
            {unpaidStatusName(t, status)}: {unpaid.counts[status] ?? 0}
          </li>
        ))}
      </ul>
      {unpaid.unpaid_participation > 0 ? <p class="govuk-inset-text">{t('resources.unpaid.neverOffered', { count: unpaid.unpaid_participation })}</p> : null}
      {unpaid.items.length === 0 ? (
        <p class="govuk-body">{t('resources.unpaid.none')}</p>
      ) : (
        <Table id="unpaid">
          <caption class="govuk-table__caption govuk-visually-hidden">{t('resources.unpaid.heading')}</caption>
          <TableHead
            columns={[
              t('resources.column.person'),
              t('resources.column.activity'),
              t('resources.column.group'),
              t('resources.column.attended'),
              t('resources.column.status'),
              canClaim ? t('resources.column.action') : null,
            ]}
          />
          <tbody class="govuk-table__body">
            {unpaid.items.map((row) => (
              <tr class="govuk-table__row" key={`${row.person_id}-${row.activity_id}`}>
                <th scope="row" class="govuk-table__header">
                  {row.name}
                </th>
                <td class="govuk-table__cell">
                  <Link class="govuk-link" href={`/activities/${row.activity_id}`}>
                    {row.activity_title}
                  </Link>
                </td>
                <td class="govuk-table__cell">{groupName(t, row.group)}</td>
                <td class="govuk-table__cell">{formatDate(row.attended_at, language)}</td>
                <td class="govuk-table__cell">
                  <UnpaidStatusTag status={row.status} />
                </td>
                {canClaim ? (
                  <td class="govuk-table__cell">
                    {claimable.includes(row.status) ? (
                      <Link class="govuk-link" href={claimForPath(row.activity_id, row.person_id)}>
                        {t('resources.claim.forThem')}
                        <span class="govuk-visually-hidden">: {row.name}, {row.activity_title}</span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export function BudgetPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener, isFinance } = useSession();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [saved, setSaved] = useState<Budget | null>(null);
  // "Claim sent for ..." after claiming on someone's behalf.
  const [flash] = useState(takeFlash);
  const project = loaded.data?.project;
  useLoadingPageTitle(loaded, project && t('resources.budget.title', { project: project.title }));

  if (loaded.status !== 'ready' || !project) return <NotLoaded resource={loaded} />;
  const budget = saved ?? loaded.data.budget;

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      {saved ? (
        <NotificationBanner kind="success" heading={t('resources.budget.saved')} />
      ) : flash ? (
        <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} />
      ) : null}
      <ProjectHeading project={project}>{t('resources.budget.heading')}</ProjectHeading>
      {budget.set ? <BudgetTable budget={budget} /> : <p class="govuk-body" id="budget-not-set">{t('resources.budget.notSet')}</p>}
      {isFinance ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={`/finance?status=all&project=${encodeURIComponent(project.id)}`}>
            {t('resources.budget.claimsLink')}
          </Link>
        </p>
      ) : null}
      {isConvener ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <BudgetForm
              project={project}
              budget={budget}
              onSaved={(answer) => {
                setSaved(answer);
                focusSuccessBanner();
              }}
            />
          </div>
        </div>
      ) : null}
      {loaded.data.unpaid ? <UnpaidSection unpaid={loaded.data.unpaid} canClaim={isConvener} /> : null}
    </>
  );
}
