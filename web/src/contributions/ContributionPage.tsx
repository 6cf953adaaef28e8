import { useState } from 'preact/hooks';
import { fetchContribution, respondToContribution } from '../api/contributions';
import { fetchProject } from '../api/projects';
import { responseStatuses } from '../api/types';
import type { ContributionDetail, ContributionStatus, FieldErrors, Project } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, TextArea } from '../components/Fields';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { Translate } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { SummaryRow } from '../components/SummaryRow';
import { useSuccessBannerFocus } from '../projects/focus';
import { Link } from '../router/router';
import { threadPath } from '../documents/shared';
import { formatDate, formatDateTime } from '../text/dates';
import { TranslatedText } from '../translations/TranslatedText';
import { kindName, shortText, sourceName, StatusTag, statusName, whoText } from './shared';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = { contribution: ContributionDetail; project: Project };

async function load(id: string): Promise<Loaded> {
  const contribution = await fetchContribution(id);
  const project = await fetchProject(contribution.project_id);
  return { contribution, project };
}

const respondIds: Record<string, string> = { status: 'respond-status', response: 'respond-response', [confirmationField]: confirmationFieldId };

export function linkTypeName(t: Translate, type: string): string {
  return type === 'need' ? t('shaped.need') : type === 'decision' ? t('shaped.decision') : t('shaped.documentSection');
}

// One thing a contribution shaped. A part of a document links to its story,
// where the reader sees their words among the rest of what shaped it.
export function ShapedItem({ link }: { link: { from_type: string; from_id: string; title: string } }) {
  const { t } = useI18n();
  return (
    <li>
      {linkTypeName(t, link.from_type)}:{' '}
      {link.from_type === 'document_section' ? (
        <Link class="govuk-link" href={threadPath(link.from_id)}>
          <Title text={link.title} />
        </Link>
      ) : (
        <Title text={link.title} />
      )}
    </li>
  );
}

export function ContributionDetails({ contribution, project }: Loaded) {
  const { t, language } = useI18n();
  return (
    <>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('contribution.text')}>
          <span class="rt-preserve-lines" dir={textDirection(contribution.text)} id="contribution-text">
            <Lines text={contribution.text} />
          </span>
        </SummaryRow>
        <SummaryRow label={t('contribution.kind')}>{kindName(t, contribution.kind)}</SummaryRow>
        <SummaryRow label={t('contribution.group')}>{groupName(t, contribution.group)}</SummaryRow>
        <SummaryRow label={t('contribution.who')}>{whoText(t, contribution)}</SummaryRow>
        <SummaryRow label={t('contribution.source')}>
          {sourceName(t, contribution.source)}
          {contribution.activity_id ? (
            <>
              {' '}
              <Link class="govuk-link" href={`/activities/${contribution.activity_id}`}>
                {t('contribution.seeActivity')}
              </Link>
            </>
          ) : null}
          {contribution.survey_id ? (
            <>
              {' '}
              <Link class="govuk-link" href={`/surveys/${contribution.survey_id}`}>
                {t('contribution.seeSurvey')}
              </Link>
            </>
          ) : null}
          {contribution.recorded_by ? <div class="govuk-body-s govuk-!-margin-0">{t('contribution.recordedBy', { name: contribution.recorded_by.name })}</div> : null}
        </SummaryRow>
        <SummaryRow label={t('contribution.status')}>
          <StatusTag status={contribution.status} />
        </SummaryRow>
        <SummaryRow label={t('contribution.response')}>
          {contribution.response ? (
            <TranslatedText
              subjectType="contribution_response"
              subjectId={contribution.id}
              field="response"
              original={contribution.response}
              textId="contribution-response"
              manageHref={project.can_manage ? `/translations/contribution_response/${contribution.id}/response` : null}
            />
          ) : (
            <span id="contribution-response">{t('contribution.noResponse')}</span>
          )}
        </SummaryRow>
        <SummaryRow label={t('contribution.received')}>{formatDate(contribution.created_at, language)}</SummaryRow>
      </dl>

      <h2 class="govuk-heading-m">{t('contribution.historyHeading')}</h2>
      <ol class="govuk-list" id="contribution-history">
        {(contribution.history ?? []).map((entry, index) => (
          <li key={index}>
            <strong>{statusName(t, entry.status)}</strong> – {formatDateTime(entry.at, language)}
            {entry.response ? (
              <>
                {': '}
                <span class="rt-preserve-lines" dir={textDirection(entry.response)}>
                  <Lines text={entry.response} />
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ol>

      <h2 class="govuk-heading-m">{t('contribution.needsHeading')}</h2>
      {(contribution.needs ?? []).length === 0 ? (
        <p class="govuk-body">{t('contribution.noNeeds')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {(contribution.needs ?? []).map((need) => (
            <li key={need.id}>
              <Link class="govuk-link" href={`/projects/${project.id}/needs#need-${need.id}`}>
                <Title text={need.title} />
              </Link>
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">{t('contribution.shapedHeading')}</h2>
      {(contribution.shaped ?? []).length === 0 ? (
        <p class="govuk-body">{t('contribution.noShaped')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {(contribution.shaped ?? []).map((link) => (
            <ShapedItem key={`${link.from_type}-${link.from_id}`} link={link} />
          ))}
        </ul>
      )}
    </>
  );
}

function RespondForm({ contribution, onSaved }: { contribution: ContributionDetail; onSaved: (saved: ContributionDetail) => void }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState(contribution.status === 'received' ? '' : contribution.status);
  const [response, setResponse] = useState(contribution.response);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, respondIds);
  const responseCheck = useLanguageCheck(response, language);
  const confirmation = usePublishConfirmation();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!status) clientErrors.status = [t('respond.statusMissing')];
    if (await confirmation.blocks([responseCheck])) clientErrors[confirmationField] = [t('language.confirmMissing')];
    // The server checks that not_adopted has a reason too; its message is shown the same way.
    form.submit(async () => {
      onSaved(await respondToContribution(contribution.id, { status: status as ContributionStatus, response: response.trim() }));
    }, clientErrors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={respondIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('respond.heading')}</h2>
      <Radios
        {...field('status')}
        label={t('respond.statusLabel')}
        value={status}
        onValue={setStatus}
        choices={responseStatuses.map((value) => ({ value, text: statusName(t, value) }))}
      />
      <TextArea
        {...field('response')}
        label={t('respond.responseLabel')}
        hint={t('respond.responseHint')}
        value={response}
        onValue={setResponse}
      />
      <PlainLanguageCheck check={responseCheck} fieldId={respondIds.response} onText={setResponse} />
      <PublishConfirmation confirmation={confirmation} checks={[responseCheck]} errors={messagesFor(form.errors, confirmationField)} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('respond.submit')}
      </Button>
    </form>
  );
}

export function ContributionPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<ContributionDetail | null>(null);
  const data = loaded.data;
  const contribution = updated ?? data?.contribution;
  useLoadingPageTitle(loaded, contribution && t('contribution.title', { text: shortText(contribution.text, 40) }));

  useSuccessBannerFocus(updated);

  if (!data || !contribution) return <NotLoaded resource={loaded} />;
  const { project } = data;

  return (
    <>
      <ProjectBreadcrumbs project={project} more={[{ text: t('contributions.heading'), href: `/projects/${project.id}/contributions` }]} />
      {updated ? <NotificationBanner kind="success" heading={t('respond.saved', { status: statusName(t, updated.status) })} /> : null}
      <ProjectHeading project={project}>{t('contribution.heading', { kind: kindName(t, contribution.kind) })}</ProjectHeading>
      <ContributionDetails contribution={contribution} project={project} />
      {project.can_manage ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <RespondForm key={`${contribution.status}-${contribution.responded_at}`} contribution={contribution} onSaved={async () => setUpdated(await fetchContribution(contribution.id))} />
          </div>
        </div>
      ) : null}
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}/contributions`}>
          {t('contribution.backToList')}
        </Link>
      </p>
    </>
  );
}
