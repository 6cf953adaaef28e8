// What a project still needs translating (issue 8): the published texts
// lacking a language its members read, by language, each with a link to add it.

import { listActivities } from '../api/activities';
import { fetchProject } from '../api/projects';
import type { PageProps } from '../app';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { FailureMessage } from '../components/FailureMessage';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { buildPath } from '../text/paths';
import type { TranslationNeeded } from './api';
import { fetchTranslationsNeeded } from './api';
import { neededByLanguage } from './choose';
import { languageLabel } from './names';

async function load(projectId: string) {
  const [project, needed, activities] = await Promise.all([
    fetchProject(projectId),
    fetchTranslationsNeeded(projectId),
    listActivities(projectId).catch(() => ({ items: [] })),
  ]);
  const activityTitles = new Map(activities.items.map((activity) => [activity.id, activity.title]));
  return { project, needed, activityTitles };
}

export function TranslationsNeededPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  usePageTitle(loaded.data ? t('translations.needed.title') : loaded.status === 'loading' ? t('common.loading') : null);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <FailureMessage error={loaded.error} />;
  const { project, needed, activityTitles } = loaded.data;
  const groups = neededByLanguage(needed.items);

  const describe = (item: TranslationNeeded) => {
    if (item.subject_type === 'project') return t('translations.field.projectSummary');
    if (item.subject_type === 'activity') return t('translations.needed.activityPurpose', { title: activityTitles.get(item.subject_id) ?? '' });
    return `${item.subject_type} ${item.field}`;
  };
  const canTranslate = (item: TranslationNeeded) =>
    (item.subject_type === 'project' && item.field === 'summary') || (item.subject_type === 'activity' && item.field === 'purpose');

  return (
    <>
      <Breadcrumbs
        label={t('common.breadcrumbLabel')}
        items={[
          { text: t('nav.home'), href: '/' },
          { text: t('projects.title'), href: '/projects' },
          { text: project.title, href: `/projects/${project.id}` },
        ]}
      />
      <span class="govuk-caption-l">{project.title}</span>
      <h1 class="govuk-heading-l">{t('translations.needed.title')}</h1>
      <p class="govuk-body">
        {t('translations.needed.memberLanguages', {
          languages: formatList(needed.member_languages.map((code) => languageLabel(t, language, code))),
        })}
      </p>
      {groups.length === 0 ? <p class="govuk-body">{t('translations.needed.none')}</p> : null}
      {groups.map((group) => {
        const name = languageLabel(t, language, group.language);
        return (
          <section key={group.language} aria-labelledby={`needed-${group.language}`}>
            <h2 class="govuk-heading-m" id={`needed-${group.language}`}>
              {name}
            </h2>
            <table class="govuk-table rt-translations-needed" data-language={group.language}>
              <caption class="govuk-table__caption govuk-visually-hidden">{t('translations.needed.caption', { language: name })}</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">{t('translations.needed.text')}</th>
                  <th scope="col" class="govuk-table__header">{t('translations.needed.published')}</th>
                  <th scope="col" class="govuk-table__header">
                    <span class="govuk-visually-hidden">{t('translations.needed.action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {group.items.map((item) => (
                  <tr class="govuk-table__row" key={`${item.subject_type}-${item.subject_id}-${item.field}`}>
                    <td class="govuk-table__cell">{describe(item)}</td>
                    <td class="govuk-table__cell">{formatDate(item.published_at, language)}</td>
                    <td class="govuk-table__cell">
                      {canTranslate(item) ? (
                        <Link
                          class="govuk-link"
                          href={buildPath(`/translations/${item.subject_type}/${item.subject_id}/${item.field}`, { language: group.language })}
                        >
                          {t('translations.needed.add', { language: name })}
                          <span class="govuk-visually-hidden">: {describe(item)}</span>
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}`}>
          {t('translations.needed.back', { title: project.title })}
        </Link>
      </p>
    </>
  );
}
