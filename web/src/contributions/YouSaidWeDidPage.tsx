import { fetchMyYouSaidWeDid, fetchProjectYouSaidWeDid } from '../api/contributions';
import { fetchProject } from '../api/projects';
import type { ContributionDetail } from '../api/types';
import type { PageProps } from '../router/page';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { Link } from '../router/router';
import { formatDate } from '../text/dates';
import { TranslatedText } from '../translations/TranslatedText';
import { ShapedItem } from './ContributionPage';
import { kindName, StatusTag, statusName, whoText } from './shared';
import { Table, TableHead } from '../components/Table';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { BackToProject } from '../projects/BackToProject';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

// "We did": the organisers' response in the reader's language when it has
// been translated. Each response has its own ids on the page.
function Response({ contribution, manage }: { contribution: ContributionDetail; manage: boolean }) {
  const { t } = useI18n();
  if (!contribution.response) return <>{t('contribution.noResponse')}</>;
  return (
    <TranslatedText
      subjectType="contribution_response"
      subjectId={contribution.id}
      field="response"
      original={contribution.response}
      idBase={`response-${contribution.id}`}
      manageHref={manage ? `/translations/contribution_response/${contribution.id}/response` : null}
    />
  );
}

async function loadProject(projectId: string) {
  const [project, answer] = await Promise.all([fetchProject(projectId), fetchProjectYouSaidWeDid(projectId)]);
  return { project, groups: answer.groups };
}

export function ProjectYouSaidWeDidPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => loadProject(parameters.id), [parameters.id]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('ysd.projectTitle', { title: data.project.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { project, groups } = data;
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <ProjectHeading project={project}>{t('ysd.heading')}</ProjectHeading>
      <p class="govuk-body">{t('ysd.projectIntro')}</p>
      {total === 0 ? <p class="govuk-body">{t('ysd.none')}</p> : null}
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.status} id={`ysd-${group.status}`}>
            <h2 class="govuk-heading-m">{t('ysd.statusHeading', { status: statusName(t, group.status), count: group.items.length })}</h2>
            <Table>
              <caption class="govuk-table__caption govuk-visually-hidden">{statusName(t, group.status)}</caption>
              <TableHead columns={[t('ysd.youSaid'), t('contribution.who'), t('ysd.weDid')]} />
              <tbody class="govuk-table__body">
                {group.items.map((contribution) => (
                  <tr class="govuk-table__row" key={contribution.id}>
                    <td class="govuk-table__cell rt-preserve-lines" dir={textDirection(contribution.text)}>
                      <Link class="govuk-link" href={`/contributions/${contribution.id}`}>
                        <Lines text={contribution.text} />
                      </Link>
                    </td>
                    <td class="govuk-table__cell">
                      {whoText(t, contribution)}
                      <div class="govuk-body-s govuk-!-margin-0">{groupName(t, contribution.group)}</div>
                    </td>
                    <td class="govuk-table__cell">
                      <Response contribution={contribution} manage={project.can_manage} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        ))}
      <BackToProject project={project} />
    </>
  );
}

function MyContribution({ contribution }: { contribution: ContributionDetail }) {
  const { t, language } = useI18n();
  const needs = contribution.needs ?? [];
  const shaped = contribution.shaped ?? [];
  return (
    <div class="govuk-summary-card" data-contribution={contribution.id}>
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title">
          {t('ysd.cardTitle', { kind: kindName(t, contribution.kind), project: contribution.project_title ?? '' })}
        </h2>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t('ysd.youSaid')}</dt>
            <dd class="govuk-summary-list__value rt-preserve-lines" dir={textDirection(contribution.text)}>
              <Lines text={contribution.text} />
            </dd>
          </div>
          <SummaryRow label={t('contribution.status')}>
            <StatusTag status={contribution.status} />
            {contribution.anonymous ? <p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{t('ysd.anonymousNote')}</p> : null}
          </SummaryRow>
          <SummaryRow label={t('ysd.weDid')}>
            <Response contribution={contribution} manage={false} />
          </SummaryRow>
          <SummaryRow label={t('ysd.linkedTo')}>
            {needs.length === 0 && shaped.length === 0 ? (
              t('ysd.notLinked')
            ) : (
              <ul class="govuk-list govuk-!-margin-0">
                {needs.map((need) => (
                  <li key={`need-${need.id}`}>{t('ysd.evidenceFor', { title: need.title })}</li>
                ))}
                {shaped
                  .filter((link) => !(link.from_type === 'need' && needs.some((need) => need.id === link.from_id)))
                  .map((link) => (
                    <ShapedItem key={`${link.from_type}-${link.from_id}`} link={link} />
                  ))}
              </ul>
            )}
          </SummaryRow>
          <SummaryRow label={t('contribution.received')}>
            {formatDate(contribution.created_at, language)}{' '}
            <Link class="govuk-link" href={`/contributions/${contribution.id}`}>
              {t('ysd.seeMore')}
            </Link>
          </SummaryRow>
        </dl>
      </div>
    </div>
  );
}

export function MyYouSaidWeDidPage(_props: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => fetchMyYouSaidWeDid(), []);
  usePageTitle(loaded.status === 'loading' ? t('common.loading') : t('ysd.myHeading'));
  if (!loaded.data) return <NotLoaded resource={loaded} />;
  const items = loaded.data.items;
  return (
    <>
      <HomeBreadcrumbs />
      <h1 class="govuk-heading-l">{t('ysd.myHeading')}</h1>
      <p class="govuk-body">{t('ysd.myIntro')}</p>
      {items.length === 0 ? (
        <p class="govuk-body">{t('ysd.myNone')}</p>
      ) : (
        items.map((contribution) => <MyContribution key={contribution.id} contribution={contribution} />)
      )}
    </>
  );
}

