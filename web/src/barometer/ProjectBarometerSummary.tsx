// On the project page: a link to the project's barometer with its alerts
// (each with its way out), and, for a member who has not answered for this
// stage, the partners' experience questions.

import { fetchBarometer } from '../api/barometer';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { AlertList } from './shared';

// The alerts' links go to organisers' pages, so only organisers see them here.
export function ProjectBarometerSummary({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t } = useI18n();
  const loaded = useResource(() => fetchBarometer(projectId), [projectId]);
  const base = `/projects/${projectId}`;
  const alerts = loaded.status === 'ready' ? [...loaded.data.barriers.flatMap((barrier) => barrier.alerts), ...(loaded.data.reach.alerts ?? [])] : [];
  return (
    <section aria-labelledby="project-barometer-heading" id="project-barometer">
      <h2 class="govuk-heading-m" id="project-barometer-heading">{t('barometer.project.title')}</h2>
      <p class="govuk-body">{t('barometer.project.short')}</p>
      {loaded.status === 'ready' && loaded.data.experience.can_answer ? (
        <div class="govuk-inset-text" id="project-experience-offer">
          <p class="govuk-body">{t('barometer.experience.offer')}</p>
          <Link class="govuk-link" href={`${base}/experience`}>{t('barometer.experience.answer')}</Link>
        </div>
      ) : null}
      {alerts.length > 0 ? (
        <>
          <p class="govuk-body govuk-!-font-weight-bold">{t('barometer.project.alertCount', { count: alerts.length })}</p>
          <AlertList alerts={alerts} id="project-barometer-alerts" withActions={canManage} />
        </>
      ) : loaded.status === 'ready' ? <p class="govuk-body">{t('barometer.alerts.none')}</p> : null}
      <p class="govuk-body">
        <Link class="govuk-link" href={`${base}/barometer`} id="project-barometer-link">{t('barometer.project.link')}</Link>
      </p>
    </section>
  );
}
