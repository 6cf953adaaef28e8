import { useState } from 'preact/hooks';
import { fetchPlan, markArranged } from '../api/activities';
import type { Plan } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button } from '../components/Fields';
import { useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useLanguageText } from '../components/LanguagePicker';
import { useI18n } from '../i18n/i18n';
import { accessNeedName } from '../i18n/values';
import { useSuccessBannerFocus } from '../projects/focus';
import { OrganisersOnly } from './ActivityFormPage';
import { ActivityBreadcrumbs, BackToActivity, loadActivity, venueFeatureName } from './shared';
import type { ActivityWithProject } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = ActivityWithProject & { plan: Plan | null };

async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  if (!loaded.activity.can_organise) return { ...loaded, plan: null };
  return { ...loaded, plan: await fetchPlan(id) };
}

// What was marked arranged, kept as the key and what it names so a language switch translates it.
type Arranged = { kind: 'need'; need: string } | { kind: 'interpreter'; language: string };

function ArrangedTag() {
  const { t } = useI18n();
  return <strong class="govuk-tag govuk-tag--green">{t('plan.arranged')}</strong>;
}

function MarkButton({ label, onMark, busy }: { label: string; onMark: () => void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onMark();
      }}
      noValidate
    >
      <Button secondary busy={busy} busyText={t('common.saving')} class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" aria-label={label}>
        {t('plan.markArranged')}
      </Button>
    </form>
  );
}

export function PlanPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const languageText = useLanguageText();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [arranged, setArranged] = useState<Arranged | null>(null);
  const [busyKey, setBusyKey] = useState('');
  const form = useFormSubmission(t);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('plan.title', { title: data.activity.title }), !!form.generalError);

  useSuccessBannerFocus(arranged);

  if (!data) return <NotLoaded resource={loaded} />;
  if (!data.activity.can_organise || !data.plan) return <OrganisersOnly />;
  const { activity, project } = data;
  const current = plan ?? data.plan;

  const mark = (key: string, done: Arranged) => {
    if (form.submitting) return;
    setArranged(null);
    setBusyKey(key);
    form.submit(async () => {
      setPlan(await markArranged(activity.id, key));
      setArranged(done);
    });
  };

  const arrangedHeading = (done: Arranged) =>
    done.kind === 'need'
      ? t('plan.markedNeed', { need: accessNeedName(t, done.need) })
      : t('plan.markedInterpreter', { language: languageText(done.language) });

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      <ErrorSummary errors={{}} generalError={form.generalError} fieldIds={{}} failureCount={form.failureCount} />
      {arranged ? <NotificationBanner kind="success" heading={arrangedHeading(arranged)} /> : null}
      {current.flagged ? (
        <NotificationBanner heading={t('plan.flagged')} titleId="plan-flagged-title">
          <p class="govuk-body">{t('plan.flaggedBody')}</p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l"><Title text={activity.title} /></span>
      <h1 class="govuk-heading-l">{t('plan.heading')}</h1>
      <p class="govuk-body">{t('plan.intro')}</p>
      <p class="govuk-body">{t('plan.peopleComing', { count: current.people_coming })}</p>

      <h2 class="govuk-heading-m">{t('plan.needsHeading')}</h2>
      {current.needs.length === 0 ? (
        <p class="govuk-body">{t('plan.noNeeds')}</p>
      ) : (
        <Table id="plan-needs">
          <caption class="govuk-visually-hidden">{t('plan.needsHeading')}</caption>
          <TableHead columns={[t('plan.need'), { text: t('plan.count'), numeric: true }, t('plan.state')]} />
          <tbody class="govuk-table__body">
            {current.needs.map((need) => (
              <tr class="govuk-table__row" key={need.need}>
                <th scope="row" class="govuk-table__header">
                  {accessNeedName(t, need.need)}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{need.count}</td>
                <td class="govuk-table__cell">
                  {need.met_by_venue ? (
                    <strong class="govuk-tag govuk-tag--blue">{t('plan.metByVenue')}</strong>
                  ) : need.arranged ? (
                    <ArrangedTag />
                  ) : (
                    <MarkButton
                      label={t('plan.markNeedLabel', { need: accessNeedName(t, need.need) })}
                      busy={form.submitting && busyKey === need.need}
                      onMark={() => mark(need.need, { kind: 'need', need: need.need })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 class="govuk-heading-m">{t('plan.interpretersHeading')}</h2>
      {current.interpreters.length === 0 ? (
        <p class="govuk-body">{t('plan.noInterpreters')}</p>
      ) : (
        <Table id="plan-interpreters">
          <caption class="govuk-visually-hidden">{t('plan.interpretersHeading')}</caption>
          <TableHead columns={[t('signup.language'), { text: t('plan.count'), numeric: true }, t('plan.state')]} />
          <tbody class="govuk-table__body">
            {current.interpreters.map((interpreter) => (
              <tr class="govuk-table__row" key={interpreter.key}>
                <th scope="row" class="govuk-table__header">
                  {languageText(interpreter.language)}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{interpreter.count}</td>
                <td class="govuk-table__cell">
                  {interpreter.arranged ? (
                    <ArrangedTag />
                  ) : (
                    <MarkButton
                      label={t('plan.markInterpreterLabel', { language: languageText(interpreter.language) })}
                      busy={form.submitting && busyKey === interpreter.key}
                      onMark={() => mark(interpreter.key, { kind: 'interpreter', language: interpreter.language })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 class="govuk-heading-m">{t('plan.gapsHeading')}</h2>
      {activity.venue === null ? (
        <p class="govuk-body">{t('plan.online')}</p>
      ) : current.venue_gaps.length === 0 ? (
        <p class="govuk-body">{t('plan.noGaps')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet" id="plan-gaps">
          {current.venue_gaps.map((gap) => (
            <li key={gap.need}>
              {t('plan.gap', { feature: venueFeatureName(t, gap.feature), count: gap.count })}
            </li>
          ))}
        </ul>
      )}
      <BackToActivity activity={activity} />
    </>
  );
}
