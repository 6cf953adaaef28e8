import { request } from './client';
import { fetchAllPages } from './pages';
import type { Answer, Contribution, ContributionKind, ImportResult, Page, StakeholderGroup, Survey, SurveyCreate, SurveyResponse, SurveyResults } from './types';

const surveyPath = (id: string) => `/api/v1/surveys/${encodeURIComponent(id)}`;

export function listSurveys(projectId: string): Promise<{ items: Survey[] }> {
  return fetchAllPages<Survey>(`/api/v1/projects/${encodeURIComponent(projectId)}/surveys`);
}

export function createSurvey(projectId: string, fields: SurveyCreate): Promise<Survey> {
  return request<Survey>('POST', `/api/v1/projects/${encodeURIComponent(projectId)}/surveys`, { body: fields });
}

export function fetchSurvey(id: string): Promise<Survey> {
  return request<Survey>('GET', surveyPath(id));
}

export function answerSurvey(id: string, body: { group?: StakeholderGroup; answers: Answer[] }): Promise<{ id: string; group: StakeholderGroup }> {
  return request('POST', `${surveyPath(id)}/responses`, { body });
}

// One page of responses (a survey may have very many): the page shows them a page at a time.
export function listResponses(id: string, after?: string): Promise<Page<SurveyResponse>> {
  return request<Page<SurveyResponse>>('GET', `${surveyPath(id)}/responses`, { query: { after } });
}

export function fetchResults(id: string): Promise<SurveyResults> {
  return request<SurveyResults>('GET', `${surveyPath(id)}/results`);
}

// The address of the responses as a CSV file, for a plain download link.
export function responsesCsvPath(id: string): string {
  return `${surveyPath(id)}/responses.csv`;
}

export function importResponses(id: string, csv: string, group?: string): Promise<ImportResult> {
  return request<ImportResult>('POST', `${surveyPath(id)}/responses/import`, { rawBody: csv, contentType: 'text/csv', query: { group } });
}

export function turnIntoContribution(id: string, responseId: string, body: { question_id: string; kind: ContributionKind }): Promise<Contribution> {
  return request<Contribution>('POST', `${surveyPath(id)}/responses/${encodeURIComponent(responseId)}/contribution`, { body });
}
