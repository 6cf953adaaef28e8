import type { Project } from '../api/types';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { useI18n } from '../i18n/i18n';

// Home > Projects > the project, above each of a project's own pages.
export function ProjectBreadcrumbs({ project }: { project: Project }) {
  const { t } = useI18n();
  return (
    <Breadcrumbs
      label={t('common.breadcrumbLabel')}
      items={[
        { text: t('nav.home'), href: '/' },
        { text: t('projects.title'), href: '/projects' },
        { text: project.title, href: `/projects/${project.id}` },
      ]}
    />
  );
}
