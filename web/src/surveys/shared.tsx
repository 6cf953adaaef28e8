import type { Project, Survey } from '../api/types';
import { fetchProject } from '../api/projects';
import { fetchSurvey } from '../api/surveys';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';

export type SurveyWithProject = { survey: Survey; project: Project };

export async function loadSurvey(id: string): Promise<SurveyWithProject> {
  const survey = await fetchSurvey(id);
  const project = await fetchProject(survey.project_id);
  return { survey, project };
}

export const surveyStatusName = (t: Translate, status: string) => lookUpValue(t, 'surveyStatus', status);

export function SurveyStatusTag({ status }: { status: Survey['status'] }) {
  const { t } = useI18n();
  const colour = status === 'open' ? 'govuk-tag--green' : status === 'closed' ? 'govuk-tag--grey' : 'govuk-tag--yellow';
  return <strong class={`govuk-tag ${colour}`}>{surveyStatusName(t, status)}</strong>;
}

// Home > Projects > the project > Surveys (> the survey).
export function SurveyBreadcrumbs({ project, survey }: { project: Project; survey?: Survey }) {
  const { t } = useI18n();
  const more = [{ text: t('surveys.heading'), href: `/projects/${project.id}/surveys` }];
  if (survey) more.push({ text: survey.title, href: `/surveys/${survey.id}` });
  return <ProjectBreadcrumbs project={project} more={more} />;
}
