import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { fetchProject, moveProject } from '../api/projects';
import type { FieldErrors, Project, ProjectStage } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, Radios, TextArea } from '../components/Fields';
import { takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { TagNames } from '../components/Tags';
import { useI18n } from '../i18n/i18n';
import { chairRotationName, decisionRuleName, groupName, stageName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { nextStages } from '../text/projects';
import { TranslatedText } from '../translations/TranslatedText';
import { StageTag } from './StageTag';
import { useSuccessBannerFocus } from './focus';
import { Title } from '../components/Title';
import { ProjectBarometerSummary } from '../barometer/ProjectBarometerSummary';
import { ProjectNext } from './ProjectNext';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const stageFieldIds = { to: 'stage-to', reason: 'stage-reason', override: 'stage-override' };


type StageFormProps = {
  project: Project;
  form: ReturnType<typeof useFormSubmission>;
  onStart: () => void;
  onMoved: (project: Project) => void;
};

function StageForm({ project, form, onStart, onMoved }: StageFormProps) {
  const { t, formatList } = useI18n();
  const field = fieldProps(form.errors, stageFieldIds);
  const { isConvener } = useSession();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const canOverride = isConvener && project.stage === 'discover';

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!to) clientErrors.to = [t('stage.toMissing')];
    if (!reason.trim()) clientErrors.reason = [override ? t('stage.overrideReasonMissing') : t('stage.reasonMissing')];
    const move = { to: to as ProjectStage, reason: reason.trim(), ...(canOverride && override ? { override: true } : {}) };
    // The gate's 409 names the groups still missing and, apart, the co-leads
    // not chosen (errors.co_leads): both are said in one message, in the
    // reader's language, since neither is a field of this form.
    const describe = (error: unknown) => {
      if (!(error instanceof ApiError) || (error.code !== 'groups_missing' && error.code !== 'co_leads_missing')) return null;
      const missing = error.problem.missing_groups ?? [];
      const coLeadsMissing = error.code === 'co_leads_missing' || new Set(project.charter.co_leads.map((lead) => lead.group)).size < 2;
      const parts: string[] = [];
      if (missing.length) {
        parts.push(t('stage.groupsMissing', { stage: stageName(t, to), groups: formatList(missing.map((group) => groupName(t, group))) }));
        if (coLeadsMissing) parts.push(t('stage.coLeadsAlso'));
      } else if (coLeadsMissing) {
        parts.push(t('stage.coLeadsMissing', { stage: stageName(t, to) }));
      }
      if (canOverride) parts.push(t('stage.groupsMissingOverride'));
      return parts.join(' ');
    };
    onStart();
    form.submit(async () => {
      const moved = await moveProject(project.id, move).catch((error: unknown) => {
        // Without its field errors, so the message above is the one shown.
        if (error instanceof ApiError && (error.code === 'groups_missing' || error.code === 'co_leads_missing')) {
          throw new ApiError(error.status, { ...error.problem, errors: undefined, detail: error.detail });
        }
        throw error;
      });
      setTo('');
      setReason('');
      setOverride(false);
      onMoved(moved);
    }, clientErrors, describe);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-m">{t('stage.heading')}</h2>
      <Radios
        {...field('to')}
        label={t('stage.to')}
        value={to}
        onValue={setTo}
        choices={nextStages(project.stage).map((value) => ({ value, text: stageName(t, value) }))}
      />
      <TextArea
        {...field('reason')}
        label={t('stage.reason')}
        hint={t('stage.reasonHint')}
        value={reason}
        onValue={setReason}
        rows={3}
      />
      {canOverride ? (
        <Checkboxes
          {...field('override')}
          label={t('stage.overrideLegend')}
          hint={t('stage.overrideHint')}
          values={override ? ['override'] : []}
          onValues={(values) => setOverride(values.includes('override'))}
          choices={[{ value: 'override', text: t('stage.override') }]}
        />
      ) : null}
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('stage.submit')}
      </Button>
    </form>
  );
}

export function ProjectPage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const { isConvener } = useSession();
  const [flash, setFlashState] = useState<Flash | null>(takeFlash);
  const loaded = useResource(() => fetchProject(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Project | null>(null);
  // The stage is kept, not the message, so a language switch translates it too.
  const [movedTo, setMovedTo] = useState<ProjectStage | null>(null);
  const form = useFormSubmission(t);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  const project = updated ?? loaded.data;
  useLoadingPageTitle(loaded, project?.title, hasErrors);

  useSuccessBannerFocus(updated);

  if (loaded.status !== 'ready' || !project) return <NotLoaded resource={loaded} />;

  const onMoved = (moved: Project) => {
    setUpdated(moved);
    setMovedTo(moved.stage);
  };

  const groupList = (groups: string[]) => (groups.length ? formatList(groups.map((group) => groupName(t, group))) : t('common.none'));
  const showMissing = project.stage === 'discover' && project.missing_groups.length > 0;
  const base = `/projects/${project.id}`;

  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('projects.title'), href: '/projects' }]} />
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={stageFieldIds} failureCount={form.failureCount} />
      {flash ? (
        <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)}>
          {flash.more ? (
            <p class="govuk-body" id="project-flash-more">
              {t(flash.more.key)}{' '}
              <Link class="govuk-notification-banner__link" href={flash.more.href}>
                {t(flash.more.link)}
              </Link>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      {movedTo ? <NotificationBanner kind="success" heading={t('stage.moved', { stage: stageName(t, movedTo) })} /> : null}
      <span class="govuk-caption-l">{t('project.caption')}</span>
      <h1 class="govuk-heading-l"><Title text={project.title} /></h1>
      <p class="govuk-body">
        {t('project.stage')}: <StageTag stage={project.stage} />
      </p>
      {/* NOTE: a one-off success message goes above the title, as GOV.UK places it; this notice
          stays for every visit while a group is missing, so it comes after the title and the stage it is about. */}
      {showMissing ? (
        <NotificationBanner heading={t('project.missingHeading')} titleId="missing-groups-title">
          <p class="govuk-body">{t('project.missingBody', { groups: groupList(project.missing_groups) })}</p>
          {project.can_manage ? (
            <p class="govuk-body">
              <Link class="govuk-notification-banner__link" href={`${base}/invitations`}>
                {t('project.missingAction')}
              </Link>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <ProjectNext project={project} />
      <dl class="govuk-summary-list">
        <SummaryRow label={t('project.summary')}>
          <TranslatedText
            subjectType="project"
            subjectId={project.id}
            field="summary"
            original={project.summary}
            manageHref={project.can_manage ? `/translations/project/${project.id}/summary` : null}
          />
        </SummaryRow>
        <SummaryRow label={t('project.need')}>
          <span class="rt-preserve-lines" dir={textDirection(project.need || t('common.none'))}>
            <Lines text={project.need || t('common.none')} />
          </span>
        </SummaryRow>
        <SummaryRow label={t('project.population')}>{project.population || t('common.none')}</SummaryRow>
        <SummaryRow label={t('project.interests')}><TagNames tags={project.interests} none={t('common.none')} /></SummaryRow>
        <SummaryRow label={t('project.communities')}>
          <TagNames tags={project.communities} none={t('common.none')} />
        </SummaryRow>
        <SummaryRow label={t('project.started')}>{formatDate(project.created_at, language)}</SummaryRow>
      </dl>
      {project.can_manage ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={`${base}/edit`} id="project-edit-link">
            {t('project.editLink')}
          </Link>
        </p>
      ) : null}

      <h2 class="govuk-heading-m">{t('project.charter')}</h2>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('project.requiredGroups')}>{groupList(project.charter.required_groups)}</SummaryRow>
        <SummaryRow label={t('project.decisionRule')}>{decisionRuleName(t, project.charter.decision_rule)}</SummaryRow>
        <SummaryRow label={t('project.chairRotation')}>{chairRotationName(t, project.charter.chair_rotation)}</SummaryRow>
        <SummaryRow label={t('project.coLeads')}>
          {project.charter.co_leads.length ? (
            <ul class="govuk-list" id="project-co-leads">
              {project.charter.co_leads.map((lead) => (
                <li key={`${lead.person_id}:${lead.group}`}>{t('project.coLeadLine', { name: lead.name, group: groupName(t, lead.group) })}</li>
              ))}
            </ul>
          ) : (
            <span id="project-co-leads">{t('project.coLeadsNone')}</span>
          )}
          {isConvener && project.stage !== 'closed' ? (
            <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              <Link class="govuk-link" href={`${base}/co-leads`} id="project-co-leads-link">
                {t(project.charter.co_leads.length ? 'project.coLeadsChange' : 'project.coLeadsChoose')}
              </Link>
            </p>
          ) : null}
        </SummaryRow>
      </dl>

      <h2 class="govuk-heading-m">{t('project.whoIsInvolved')}</h2>
      <ul class="govuk-list">
        {project.can_manage ? (
          <li>
            <Link class="govuk-link" href={`${base}/invitations`}>
              {t('project.invitationsLink')}
            </Link>{' '}
            <span class="govuk-body-s">
              {t('project.invitationCounts', {
                unsent: project.counts.unsent,
                pending: project.counts.pending,
                accepted: project.counts.accepted,
              })}
            </span>
          </li>
        ) : null}
        <li>
          <Link class="govuk-link" href={`${base}/members`}>
            {t('project.membersLink')}
          </Link>{' '}
          <span class="govuk-body-s">{t('project.memberCount', { count: project.counts.members })}</span>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/timeline`}>
            {t('project.timelineLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/translations-needed`}>
            {t('translations.needed.link')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/activities`}>
            {t('project.activitiesLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/budget`}>
            {t('resources.budget.projectLink')}
          </Link>
        </li>
      </ul>

      <h2 class="govuk-heading-m">{t('project.whatPeopleSay')}</h2>
      <ul class="govuk-list">
        <li>
          <Link class="govuk-link" href={`${base}/contributions`}>
            {t('project.contributionsLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/needs`}>
            {t('project.needsLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/surveys`}>
            {t('project.surveysLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/you-said-we-did`}>
            {t('project.youSaidWeDidLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`${base}/proposals`}>
            {t('decisions.projectLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href="/documents">
            {t('documents.projectLink')}
          </Link>
        </li>
        {project.can_manage ? (
          <li>
            <Link class="govuk-link" href={`/documents/new?project=${encodeURIComponent(project.id)}`} id="project-start-document">
              {t('documents.projectStart')}
            </Link>
          </li>
        ) : null}
      </ul>

      <ProjectBarometerSummary projectId={project.id} canManage={project.can_manage} />

      {project.can_manage && project.stage !== 'closed' ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <StageForm
              project={project}
              form={form}
              onStart={() => {
                setFlashState(null);
                setMovedTo(null);
              }}
              onMoved={onMoved}
            />
          </div>
        </div>
      ) : null}
    </>
  );
}
