import { useState } from 'preact/hooks';
import { listAllPeople } from '../api/people';
import { fetchProject, listMembers, setCoLeads } from '../api/projects';
import { stakeholderGroups } from '../api/types';
import type { FieldErrors, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { ErrorSummary } from '../components/ErrorSummary';
import { FieldErrorMessages, FormActions } from '../components/Fields';
import { setFlash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link, navigate } from '../router/router';
import { useSession } from '../session/session';
import { candidateKey, coLeadCandidates, coLeadCountProblem } from '../text/coLeads';
import type { Candidate } from '../text/coLeads';
import { groupItems } from '../text/projects';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

const fieldIds = { co_leads: 'co-leads' };

type Loaded = { project: Project; candidates: Candidate[] };

async function load(projectId: string): Promise<Loaded> {
  const [project, members, people] = await Promise.all([fetchProject(projectId), listMembers(projectId), listAllPeople()]);
  return { project, candidates: coLeadCandidates(members.items, people, stakeholderGroups) };
}

function CoLeadsForm({ project, candidates }: Loaded) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[]>(() => project.charter.co_leads.map((lead) => candidateKey(lead.person_id, lead.group)));
  const form = useFormSubmission(t);
  const errors = messagesFor(form.errors, 'co_leads');
  const hasErrors = errors.length > 0 || !!form.generalError;
  usePageTitle(t('coLeads.title'), hasErrors);
  const base = `/projects/${project.id}`;

  const toggle = (key: string, on: boolean) => setChosen((current) => (on ? [...current.filter((item) => item !== key), key] : current.filter((item) => item !== key)));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    const problem = coLeadCountProblem(chosen.length);
    if (problem === 'only_one') clientErrors.co_leads = [t('coLeads.onlyOne')];
    if (problem === 'too_many') clientErrors.co_leads = [t('coLeads.tooMany')];
    const leads = candidates
      .filter((candidate) => chosen.includes(candidate.key))
      .map((candidate) => ({ person_id: candidate.person_id, group: candidate.group as StakeholderGroup }));
    form.submit(async () => {
      const saved = await setCoLeads(project.id, leads);
      setFlash({ key: saved.charter.co_leads.length ? 'coLeads.saved' : 'coLeads.cleared' });
      navigate(base);
    }, clientErrors);
  };

  const describedBy = ['co-leads-hint', errors.length ? 'co-leads-error' : ''].filter(Boolean).join(' ');
  let index = 0;

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <h1 class="govuk-heading-l">{t('coLeads.title')}</h1>
          <p class="govuk-body">{t('coLeads.intro')}</p>
          {project.stage === 'closed' ? (
            <p class="govuk-body">{t('coLeads.closed')}</p>
          ) : candidates.length === 0 ? (
            <div class="govuk-inset-text" id="co-leads-nobody">
              <p class="govuk-body">{t('coLeads.nobody')}</p>
              <Link class="govuk-link" href={`${base}/invitations`}>
                {t('coLeads.nobodyLink')}
              </Link>
            </div>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <div class={errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
                <fieldset class="govuk-fieldset" aria-describedby={describedBy}>
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('coLeads.legend')}</legend>
                  <div id="co-leads-hint" class="govuk-hint">
                    {t('coLeads.hint')}
                  </div>
                  <FieldErrorMessages id="co-leads" errors={errors} />
                  {groupItems(candidates, stakeholderGroups).map(({ group, items }) => (
                    <div class="rt-co-lead-group" key={group} data-group={group}>
                      <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{groupName(t, group)}</p>
                      <div class="govuk-checkboxes govuk-checkboxes--small">
                        {items.map((candidate) => {
                          const id = index === 0 ? fieldIds.co_leads : `co-leads-${index + 1}`;
                          index += 1;
                          return (
                            <div class="govuk-checkboxes__item" key={candidate.key}>
                              <input
                                class="govuk-checkboxes__input"
                                id={id}
                                name="co_leads"
                                type="checkbox"
                                value={candidate.key}
                                checked={chosen.includes(candidate.key)}
                                onChange={(event) => toggle(candidate.key, (event.currentTarget as HTMLInputElement).checked)}
                              />
                              <label class="govuk-label govuk-checkboxes__label" for={id}>
                                {candidate.organisation ? t('coLeads.forOrganisation', { name: candidate.name, organisation: candidate.organisation }) : candidate.name}
                              </label>
                            </div>
                          );
                        })}
                      </div>
                    </div>
                  ))}
                </fieldset>
              </div>
              <FormActions busy={form.submitting} cancelHref={base}>{t('coLeads.save')}</FormActions>
            </form>
          )}
        </div>
      </div>
    </>
  );
}

export function CoLeadsPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const loaded = useResource(() => (isConvener ? load(parameters.id) : Promise.resolve(null)), [parameters.id, isConvener]);
  usePageTitle(loaded.status === 'loading' ? t('common.loading') : null);
  if (!isConvener) return <ConvenersOnly />;
  if (!loaded.data) return <NotLoaded resource={loaded} />;
  return <CoLeadsForm project={loaded.data.project} candidates={loaded.data.candidates} />;
}
