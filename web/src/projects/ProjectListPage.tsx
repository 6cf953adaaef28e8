import { useState } from 'preact/hooks';
import { listProjects } from '../api/projects';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { ListResults, useUrlFilter } from '../components/ListPage';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { StageTag } from './StageTag';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';

export function ProjectListPage(_: PageProps) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const pages = useUrlFilter('/projects', []);
  const [flash] = useState(takeFlash);
  usePageTitle(t('projects.title'));
  const projects = useResource(() => listProjects({ after: pages.after }), [pages.after]);

  return (
    <>
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('projects.title')}</h1>
      <p class="govuk-body">{t('projects.intro')}</p>
      {isConvener ? (
        <Link href="/projects/new" role="button" draggable={false} class="govuk-button">
          {t('projects.start')}
        </Link>
      ) : null}
      <ListResults list={projects} filtered={false} nextHref={pages.nextHref} none={t('projects.none')}>
        {(items) => (
          <Table>
            <caption class="govuk-table__caption govuk-table__caption--m">{t('projects.tableCaption')}</caption>
            <TableHead columns={[t('project.title'), t('project.stage'), t('project.started')]} />
            <tbody class="govuk-table__body">
              {items.map((project) => (
                <tr class="govuk-table__row" key={project.id}>
                  <td class="govuk-table__cell">
                    <Link class="govuk-link" href={`/projects/${project.id}`}>
                      <Title text={project.title} />
                    </Link>
                  </td>
                  <td class="govuk-table__cell">
                    <StageTag stage={project.stage} />
                  </td>
                  <td class="govuk-table__cell">{formatDate(project.created_at, language)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListResults>
    </>
  );
}
