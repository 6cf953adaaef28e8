import { fetchNext } from '../api/home';
import type { Next, NextSection } from '../api/home';
import { FailureMessage } from '../components/FailureMessage';
import { Loading } from '../components/Loading';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDateTime } from '../text/dates';
import { Title } from '../components/Title';

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

// One kind of waiting work as a summary card: how many, the first few, and
// the next step (the first item) as the one clear action.
function SectionCard({ section }: { section: NextSection }) {
  const { t, language } = useI18n();
  const first = section.items[0];
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
                    <bdi>{item.title}</bdi>
                  </Link>
                  {/* On its own line, without brackets: a Latin title inside Arabic text would pull brackets out of place. */}
                  {item.project_title ? (
                    <span class="govuk-hint govuk-!-margin-bottom-0" dir="auto">
                      <Title text={item.project_title} />
                    </span>
                  ) : null}
                  {item.at && (section.key === 'activities' || section.key === 'arrangements' || section.key === 'votes') ? (
                    <span class="govuk-hint govuk-!-margin-bottom-0">{formatDateTime(item.at, language)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {section.count > section.items.length ? <p class="govuk-body-s">{t('home.next.more', { count: section.count - section.items.length })}</p> : null}
            {first ? (
              <Link class="govuk-button govuk-!-margin-bottom-0" href={first.href}>
                {t('home.next.step', { title: first.title })}
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
  if (next.status === 'loading') return <Loading />;
  if (next.status === 'failed') return <FailureMessage error={next.error} />;
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
      {/* The kinds with something waiting come first; the empty ones say so below them. */}
      {[...waiting, ...next.data.sections.filter((section) => section.count === 0)].map((section) => (
        <SectionCard key={section.key} section={section} />
      ))}
    </section>
  );
}
