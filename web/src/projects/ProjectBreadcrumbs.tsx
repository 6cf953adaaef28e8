import { useI18n } from '../i18n/i18n';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';

type Crumb = { text: string; href: string };

// Home > Projects > the project, above each of a project's own pages, and
// `more` for the pages within it (Home > Projects > the project > Surveys > the survey).
export function ProjectBreadcrumbs({ project, more = [] }: { project: { id: string; title: string }; more?: Crumb[] }) {
  const { t } = useI18n();
  return (
    <HomeBreadcrumbs items={[{ text: t('projects.title'), href: '/projects' }, { text: project.title, href: `/projects/${project.id}` }, ...more]} />
  );
}
