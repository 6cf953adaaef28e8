// What a project still needs translating (issue 8): the published texts
// lacking a language its members read, and those whose translation is of an
// earlier wording ("Out of date"), by language, each with a link to the
// translation page.

import { listActivities } from '../api/activities';
import { listContributions } from '../api/contributions';
import { listProposals } from '../api/decisions';
import { fetchProject } from '../api/projects';
import { listSurveys } from '../api/surveys';
import type { PageProps } from '../router/page';
import { useResource } from '../components/useResource';
import { shortText } from '../contributions/shared';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { buildPath } from '../text/paths';
import type { TranslationNeeded } from './api';
import { fetchTranslationsNeeded } from './api';
import { request } from '../api/client';
import type { components } from '../api/openapi';
import { neededByLanguage } from './choose';
import { languageLabel } from './names';
import { Table, TableHead } from '../components/Table';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Schemas = components['schemas'];

// The subject types and fields the translation page takes (TranslatePage.tsx).
const translatable = new Set(['project summary', 'activity purpose', 'minutes summary', 'proposal text', 'contribution_response response', 'survey description', 'document_section body']);

// The sections of the project's living documents, for their headings; none when the list fails.
async function projectDocuments(projectId: string): Promise<{ id: string; heading: string }[]> {
  const documents = await request<Schemas['DocumentList']>('GET', '/api/v1/documents?limit=200').catch(() => ({ items: [] }));
  return (documents.items ?? []).filter((document) => document.project_id === projectId).flatMap((document) => document.sections);
}

// The titles that say which text each row is; a list that fails leaves its
// rows named by kind only.
async function load(projectId: string) {
  const [project, needed, activities, proposals, surveys, contributions, sections] = await Promise.all([
    fetchProject(projectId),
    fetchTranslationsNeeded(projectId),
    listActivities(projectId).catch(() => ({ items: [] })),
    listProposals(projectId).catch(() => ({ items: [] })),
    listSurveys(projectId).catch(() => ({ items: [] })),
    listContributions(projectId).catch(() => ({ items: [] })),
    projectDocuments(projectId),
  ]);
  const titles = new Map<string, string>([
    ...activities.items.map((activity) => [`activity-${activity.id}`, activity.title] as const),
    ...proposals.items.map((proposal) => [`proposal-${proposal.id}`, proposal.title] as const),
    ...surveys.items.map((survey) => [`survey-${survey.id}`, survey.title] as const),
    ...contributions.items.map((contribution) => [`contribution-${contribution.id}`, shortText(contribution.text, 60)] as const),
    ...sections.map((section) => [`section-${section.id}`, section.heading] as const),
  ]);
  return { project, needed, titles };
}

export function TranslationsNeededPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  useLoadingPageTitle(loaded, loaded.data && t('translations.needed.title'));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { project, needed, titles } = loaded.data;
  const groups = neededByLanguage(needed.items);

  const title = (kind: string, id: string) => titles.get(`${kind}-${id}`) ?? '';
  const describe = (item: TranslationNeeded) => {
    const kind = `${item.subject_type} ${item.field}`;
    if (kind === 'project summary') return t('translations.field.projectSummary');
    if (kind === 'activity purpose') return t('translations.needed.activityPurpose', { title: title('activity', item.subject_id) });
    if (kind === 'minutes summary') return t('translations.needed.minutesSummary', { title: title('activity', item.subject_id) });
    if (kind === 'proposal text') return t('translations.needed.proposalText', { title: title('proposal', item.subject_id) });
    if (kind === 'contribution_response response') return t('translations.needed.contributionResponse', { text: title('contribution', item.subject_id) });
    if (kind === 'survey description') return t('translations.needed.surveyDescription', { title: title('survey', item.subject_id) });
    if (kind === 'survey questions') return t('translations.needed.surveyQuestions', { title: title('survey', item.subject_id) });
    if (kind === 'document_section body') return t('translations.needed.documentSection', { title: title('section', item.subject_id) });
    return kind;
  };
  // Survey questions are translated question by question in the survey, so
  // their row leads to the survey; the others to the translation page.
  const action = (item: TranslationNeeded, language: string, name: string, outdated: boolean) => {
    if (item.subject_type === 'survey' && item.field === 'questions')
      return { href: `/surveys/${item.subject_id}`, text: t('translations.needed.seeSurvey') };
    // Only conveners and the project's organisers add translations.
    if (!project.can_manage || !translatable.has(`${item.subject_type} ${item.field}`)) return null;
    return {
      href: buildPath(`/translations/${item.subject_type}/${item.subject_id}/${item.field}`, { language }),
      text: t(outdated ? 'translations.needed.update' : 'translations.needed.add', { language: name }),
    };
  };

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <ProjectHeading project={project}>{t('translations.needed.title')}</ProjectHeading>
      <p class="govuk-body">
        {t('translations.needed.memberLanguages', {
          languages: formatList(needed.member_languages.map((code) => languageLabel(t, language, code))),
        })}
      </p>
      {groups.length === 0 ? <p class="govuk-body">{t('translations.needed.none')}</p> : null}
      {groups.some((group) => group.outdated.length > 0) ? (
        <p class="govuk-body" id="needed-outdated-intro">
          {t('translations.needed.outdatedIntro')}
        </p>
      ) : null}
      {groups.map((group) => {
        const name = languageLabel(t, language, group.language);
        return (
          <section key={group.language} aria-labelledby={`needed-${group.language}`}>
            <h2 class="govuk-heading-m" id={`needed-${group.language}`}>
              {name}
            </h2>
            <Table class="rt-translations-needed" data-language={group.language}>
              <caption class="govuk-table__caption govuk-visually-hidden">{t('translations.needed.caption', { language: name })}</caption>
              <TableHead
                columns={[
                  t('translations.needed.text'),
                  t('translations.needed.published'),
                  t('translations.needed.status'),
                  { text: t('translations.needed.action'), hidden: true },
                ]}
              />
              <tbody class="govuk-table__body">
                {[...group.items.map((item) => ({ item, outdated: false })), ...group.outdated.map((item) => ({ item, outdated: true }))].map(({ item, outdated }) => {
                  const link = action(item, group.language, name, outdated);
                  return (
                    <tr
                      class="govuk-table__row"
                      key={`${item.subject_type}-${item.subject_id}-${item.field}-${outdated ? 'outdated' : 'missing'}`}
                      data-status={outdated ? 'outdated' : 'missing'}
                    >
                      <td class="govuk-table__cell">{describe(item)}</td>
                      <td class="govuk-table__cell">{formatDate(item.published_at, language)}</td>
                      <td class="govuk-table__cell">
                        {outdated ? (
                          <strong class="govuk-tag govuk-tag--yellow">{t('translations.needed.outdated')}</strong>
                        ) : (
                          <strong class="govuk-tag govuk-tag--grey">{t('translations.needed.missing')}</strong>
                        )}
                      </td>
                      <td class="govuk-table__cell">
                        {link ? (
                          <Link class="govuk-link" href={link.href}>
                            {link.text}
                            <span class="govuk-visually-hidden">: {describe(item)}</span>
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
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
