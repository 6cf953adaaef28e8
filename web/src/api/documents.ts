// Living documents and the golden thread (issue 17), as described in
// docs/api.md and docs/documents.md.
import { request } from './client';
import { fetchAllPages } from './pages';
import type {
  Difference,
  DocumentChange,
  DocumentCreate,
  DocumentVersion,
  LivingDocument,
  ProgressCreate,
  ProgressNote,
  Section,
  SectionChange,
  SectionCreate,
  SectionLink,
  SectionResponse,
  SourceKind,
  SuspectList,
  Thread,
} from './types';

const documentPath = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}`;
const sectionPath = (id: string) => `/api/v1/sections/${encodeURIComponent(id)}`;
const linkPath = (id: string) => `/api/v1/links/${encodeURIComponent(id)}`;

export function listDocuments(): Promise<{ items: LivingDocument[] }> {
  return fetchAllPages<LivingDocument>('/api/v1/documents');
}

export function createDocument(fields: DocumentCreate): Promise<LivingDocument> {
  return request<LivingDocument>('POST', '/api/v1/documents', { body: fields });
}

export function fetchDocument(id: string): Promise<LivingDocument> {
  return request<LivingDocument>('GET', documentPath(id));
}

export function changeDocument(id: string, fields: DocumentChange): Promise<LivingDocument> {
  return request<LivingDocument>('PATCH', documentPath(id), { body: fields });
}

export function addSection(id: string, fields: SectionCreate): Promise<Section> {
  return request<Section>('POST', `${documentPath(id)}/sections`, { body: fields });
}

export function changeSection(id: string, sectionId: string, fields: SectionChange): Promise<Section> {
  return request<Section>('PATCH', `${documentPath(id)}/sections/${encodeURIComponent(sectionId)}`, { body: fields });
}

export function removeSection(id: string, sectionId: string): Promise<void> {
  return request<void>('DELETE', `${documentPath(id)}/sections/${encodeURIComponent(sectionId)}`);
}

export function publishDocument(id: string, note: string): Promise<DocumentVersion> {
  return request<DocumentVersion>('POST', `${documentPath(id)}/publish`, { body: note ? { note } : {} });
}

export function listVersions(id: string): Promise<{ items: DocumentVersion[] }> {
  return fetchAllPages<DocumentVersion>(`${documentPath(id)}/versions`);
}

export function fetchVersion(id: string, number: string): Promise<DocumentVersion> {
  return request<DocumentVersion>('GET', `${documentPath(id)}/versions/${encodeURIComponent(number)}`);
}

// `from` and `to`: version numbers, or "draft" (writers only).
export function fetchDifference(id: string, from: string, to: string): Promise<Difference> {
  return request<Difference>('GET', `${documentPath(id)}/diff`, { query: { from, to } });
}

export function fetchSuspect(id: string): Promise<SuspectList> {
  return request<SuspectList>('GET', `${documentPath(id)}/suspect`);
}

export function addLink(sectionId: string, source: { source_kind: SourceKind; source_id: string }): Promise<SectionLink> {
  return request<SectionLink>('POST', `${sectionPath(sectionId)}/links`, { body: source });
}

export function removeLink(linkId: string): Promise<void> {
  return request<void>('DELETE', linkPath(linkId));
}

export function clearLink(linkId: string, reason: string): Promise<SectionLink> {
  return request<SectionLink>('POST', `${linkPath(linkId)}/clear`, { body: { reason } });
}

export function fetchThread(sectionId: string): Promise<Thread> {
  return request<Thread>('GET', `${sectionPath(sectionId)}/thread`);
}

export function addProgress(sectionId: string, fields: ProgressCreate): Promise<ProgressNote> {
  return request<ProgressNote>('POST', `${sectionPath(sectionId)}/progress`, { body: fields });
}

// Consultation on a draft: writers open it until a closing date; members then
// comment on a section or suggest its wording; writers answer suggestions.
export function openConsultation(id: string, closesAt: string): Promise<LivingDocument> {
  return request<LivingDocument>('POST', `${documentPath(id)}/consultation`, { body: { closes_at: closesAt } });
}

export function commentOn(sectionId: string, text: string): Promise<SectionResponse> {
  return request<SectionResponse>('POST', `${sectionPath(sectionId)}/comments`, { body: { text } });
}

export function suggestWording(sectionId: string, body: string, reason: string): Promise<SectionResponse> {
  return request<SectionResponse>('POST', `${sectionPath(sectionId)}/suggestions`, { body: reason ? { body, reason } : { body } });
}

export function listResponses(id: string): Promise<{ items: SectionResponse[] }> {
  return fetchAllPages<SectionResponse>(`${documentPath(id)}/responses`);
}

export function acceptSuggestion(id: string): Promise<SectionResponse> {
  return request<SectionResponse>('POST', `/api/v1/suggestions/${encodeURIComponent(id)}/accept`);
}

export function declineSuggestion(id: string, reason: string): Promise<SectionResponse> {
  return request<SectionResponse>('POST', `/api/v1/suggestions/${encodeURIComponent(id)}/decline`, { body: { reason } });
}

// The latest published version at a public address (conveners); stopping it makes the address answer 404.
export function makePublic(id: string): Promise<LivingDocument> {
  return request<LivingDocument>('POST', `${documentPath(id)}/public`);
}

export function stopPublic(id: string): Promise<void> {
  return request<void>('DELETE', `${documentPath(id)}/public`);
}
