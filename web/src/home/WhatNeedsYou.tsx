import { fetchNext } from '../api/home';
import type { Next, NextSection } from '../api/home';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDate, formatDateTime } from '../text/dates';
import { Title } from '../components/Title';
import { NotLoaded } from '../components/NotLoaded';

// The set-up steps as a GOV.UK task list: each step links to where it is done.
function SetupSteps({ steps }: { steps: NonNullable<Next['setup']> }) {
  const { t } = useI18n();
  return (
    <>
      <h2 class="govuk-heading-m">{t('home.setup.heading')}</h2>
      <ul class="govuk-task-list">
        {steps.map((step) => (
          <li class="govuk-task-list__item govuk-task-list__item--with-link" key={step.key}>
            <div class="govuk-task-list__name-and-hint">
              <Link class="govuk-link govuk-task-list__link" href={step.href} aria-describedby={`setup-${step.key}-status`}>
                {t(`home.setup.${step.key}`)}
              </Link>
            </div>
            <div class="govuk-task-list__status" id={`setup-${step.key}-status`}>
              {step.done ? t('home.setup.done') : <strong class="govuk-tag govuk-tag--blue">{t('home.setup.todo')}</strong>}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

const translatedFieldKeys: Record<string, MessageKey | undefined> = {
  'project.summary': 'translations.field.projectSummary',
  'activity.purpose': 'translations.field.activityPurpose',
  'minutes.summary': 'translations.field.minutesSummary',
  'proposal.text': 'translations.field.proposalText',
  'contribution_response.response': 'translations.field.contributionResponse',
  'survey.description': 'translations.field.surveyDescription',
  'survey.questions': 'translations.field.surveyQuestions',
  'document_section.body': 'translations.field.documentSection',
};

// One kind of waiting work as a summary card: how many, the first few, and
// the next step (the first item) as the one clear action.
function SectionCard({ section }: { section: NextSection }) {
  const { t, language } = useI18n();
  const first = section.items[0];
  // A text to translate is named by what it is ("Project summary"); the
  // server sends which text as "subject_type.field".
  const itemTitle = (item: NextSection['items'][number]) => {
    if (section.key !== 'translations') return item.title;
    const key = translatedFieldKeys[item.title];
    return key ? t(key) : item.title;
  };
  return (
    <div class="govuk-summary-card" data-section={section.key}>
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">{t(`home.next.${section.key}`)}</h3>
        <ul class="govuk-summary-card__actions">
          <li class="govuk-summary-card__action">
            <strong class={`govuk-tag ${section.count ? 'govuk-tag--blue' : 'govuk-tag--grey'}`}>{t('home.next.count', { count: section.count })}</strong>
          </li>
        </ul>
      </div>
      <div class="govuk-summary-card__content">
        {section.count === 0 ? (
          <p class="govuk-body">{t('home.next.none')}</p>
        ) : (
          <>
            <ul class="govuk-list">
              {section.items.map((item) => (
                <li key={item.id}>
                  <Link class="govuk-link" href={item.href}>
                    <bdi>{itemTitle(item)}</bdi>
                  </Link>
                  {/* On its own line, without brackets: a Latin title inside Arabic text would pull brackets out of place. */}
                  {item.project_title ? (
                    <div class="govuk-hint govuk-!-margin-bottom-0">
                      <Title text={item.project_title} />
                    </div>
                  ) : null}
                  {item.at && (section.key === 'activities' || section.key === 'arrangements' || section.key === 'votes') ? (
                    <div class="govuk-hint govuk-!-margin-bottom-0">{formatDateTime(item.at, language)}</div>
                  ) : null}
                  {section.key === 'tasks' ? (
                    <div class="govuk-hint govuk-!-margin-bottom-0" dir="auto">
                      {t('home.next.taskOf', { initiative: item.detail })}
                      {item.at ? ` · ${formatDate(item.at, language, 'UTC')}` : ''}
                    </div>
                  ) : null}
                  {/* A review's date is a day (YYYY-MM-DD), and the document it belongs to. */}
                  {section.key === 'reviews' ? (
                    <div class="govuk-hint govuk-!-margin-bottom-0" dir="auto">
                      {t('home.next.reviewOf', { document: item.detail, date: formatDate(item.at ?? '', language, 'UTC') })}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            {section.count > section.items.length ? <p class="govuk-body-s">{t('home.next.more', { count: section.count - section.items.length })}</p> : null}
            {first ? (
              <Link class="govuk-button govuk-!-margin-bottom-0" href={first.href}>
                {t('home.next.step', { title: itemTitle(first) })}
              </Link>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

export function WhatNeedsYou({ isConvener }: { isConvener: boolean }) {
  const { t } = useI18n();
  const next = useResource(fetchNext, []);
  if (next.status !== 'ready') return <NotLoaded resource={next} />;
  const waiting = next.data.sections.filter((section) => section.count > 0);
  return (
    <section aria-labelledby="what-needs-you">
      {next.data.setup ? <SetupSteps steps={next.data.setup} /> : null}
      <h2 class="govuk-heading-m" id="what-needs-you">
        {t('home.next.heading')}
      </h2>
      {waiting.length === 0 ? (
        <div class="govuk-inset-text" data-testid="nothing-waiting">
          <p class="govuk-body">{t('home.next.nothing')}</p>
          <Link class="govuk-link" href={isConvener ? '/projects/new' : '/projects'}>
            {isConvener ? t('home.next.nothingConvener') : t('home.next.nothingMember')}
          </Link>
        </div>
      ) : null}
      {/* The kinds with something waiting come first; the empty ones say so below them.
          With nothing waiting at all, six empty cards would only push the partnership off the screen. */}
      {waiting.length === 0
        ? null
        : [...waiting, ...next.data.sections.filter((section) => section.count === 0)].map((section) => <SectionCard key={section.key} section={section} />)}
    </section>
  );
}
