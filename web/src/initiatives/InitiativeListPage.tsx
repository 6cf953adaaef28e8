import { useState } from 'preact/hooks';
import { listInitiatives } from '../api/initiatives';
import { listAllProjects } from '../api/projects';
import type { PageProps } from '../router/page';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { Button, Radios, Select } from '../components/Fields';
import { takeFlash } from '../components/flash';
import { useUrlFilter } from '../components/ListPage';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { NotificationBanner } from '../components/NotificationBanner';
import { Title } from '../components/Title';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { textDirection } from '../text/direction';
import { hoursText, initiativePath, PeopleWithGroups, StatusTag } from './shared';

const filterKeys = ['show', 'project'] as const;

async function load(show: string, project: string) {
  const [initiatives, projects] = await Promise.all([
    listInitiatives({ mine: show === 'mine', recruiting: show === 'recruiting', project_id: project || undefined }),
    listAllProjects(),
  ]);
  return { initiatives: initiatives.items, projects };
}

// Every initiative the reader may see, as summary cards (one a row of words
// on a phone as on a wide screen: nothing scrolls sideways), filtered in the
// address: all, mine, those looking for volunteers, a project's.
export function InitiativeListPage(_: PageProps) {
  const { t } = useI18n();
  const [flash] = useState(takeFlash);
  const filter = useUrlFilter('/initiatives', filterKeys);
  const { show, project } = filter.applied;
  const loaded = useResource(() => load(show, project), [show, project]);
  useLoadingPageTitle(loaded, t('initiatives.heading'));
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { initiatives, projects } = loaded.data;
  const projectTitles = new Map(projects.map((item) => [item.id, item.title]));
  return (
    <>
      <HomeBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('initiatives.heading')}</h1>
      <p class="govuk-body">{t('initiatives.intro')}</p>
      <Link class="govuk-button" href="/initiatives/new" role="button" draggable={false} id="initiatives-propose">
        {t('initiatives.propose')}
      </Link>
      <form onSubmit={filter.apply} id="initiatives-filter">
        <Radios
          id="initiatives-show"
          name="show"
          label={t('initiatives.filter.show')}
          {...filter.field('show')}
          choices={[
            { value: '', text: t('initiatives.filter.all') },
            { value: 'mine', text: t('initiatives.filter.mine') },
            { value: 'recruiting', text: t('initiatives.filter.recruiting') },
          ]}
        />
        <Select
          id="initiatives-project"
          name="project"
          label={t('initiatives.filter.project')}
          {...filter.field('project')}
          emptyChoice={t('initiatives.filter.anyProject')}
          choices={projects.map((item) => ({ value: item.id, text: item.title }))}
        />
        <div class="govuk-button-group">
          <Button secondary>{t('initiatives.filter.apply')}</Button>
          {filter.filtered ? (
            <Link class="govuk-link" href={filter.clearHref}>
              {t('initiatives.filter.clear')}
            </Link>
          ) : null}
        </div>
      </form>
      {initiatives.length === 0 ? (
        <p class="govuk-body" id="initiatives-none">
          {filter.filtered ? t('initiatives.noneMatch') : t('initiatives.none')}
        </p>
      ) : (
        <ul class="govuk-list" id="initiatives-list">
          {initiatives.map((initiative) => (
            <li key={initiative.id} class="govuk-summary-card" data-initiative-id={initiative.id}>
              <div class="govuk-summary-card__title-wrapper">
                <h2 class="govuk-summary-card__title">
                  <Link class="govuk-link" href={initiativePath(initiative.id)}>
                    <Title text={initiative.title} />
                  </Link>
                </h2>
                <StatusTag status={initiative.status} />
              </div>
              <div class="govuk-summary-card__content">
                <dl class="govuk-summary-list">
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('initiatives.forWhom')}</dt>
                    <dd class="govuk-summary-list__value" dir={textDirection(initiative.for_whom)}>
                      {initiative.for_whom}
                    </dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('initiatives.leads')}</dt>
                    <dd class="govuk-summary-list__value"><PeopleWithGroups people={initiative.leads} /></dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('initiatives.project')}</dt>
                    <dd class="govuk-summary-list__value">
                      {initiative.project_id ? <Title text={projectTitles.get(initiative.project_id) ?? ''} /> : t('initiatives.noProject')}
                    </dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('initiatives.roles.heading')}</dt>
                    <dd class="govuk-summary-list__value">{initiative.volunteers}</dd>
                  </div>
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{t('initiatives.hours.heading')}</dt>
                    <dd class="govuk-summary-list__value">{hoursText(t, initiative.hours.total_minutes)}</dd>
                  </div>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
