import type { Project } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

// The way back at the foot of each of a project's own pages.
export function BackToProject({ project }: { project: Pick<Project, 'id'> }) {
  const { t } = useI18n();
  return (
    <p class="govuk-body">
      <Link class="govuk-link" href={`/projects/${project.id}`}>
        {t('invitations.backToProject')}
      </Link>
    </p>
  );
}
