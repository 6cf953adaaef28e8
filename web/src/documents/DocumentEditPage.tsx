// The draft's editor for a document's writers (issue 17): sections added,
// changed, moved among their siblings and removed; each linked to what
// shaped it; progress recorded for objectives and actions.

import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listContributions, listNeeds } from '../api/contributions';
import { listProposals } from '../api/decisions';
import { listActivities } from '../api/activities';
import { listSurveys } from '../api/surveys';
import { formatDate } from '../text/dates';
import { addLink, addProgress, addSection, changeDocument, changeSection, removeLink, removeSection } from '../api/documents';
import { listAllProjects } from '../api/projects';
import { sectionKinds, sectionStatuses, stakeholderGroups } from '../api/types';
import type { DocumentKind, FieldErrors, LivingDocument, SectionChange, SectionInDocument, SectionKind, SectionStatus, SourceKind, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { FailureMessage } from '../components/FailureMessage';
import { Button, Radios, Select, TextArea, TextInput } from '../components/Fields';
import { takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { exactMessages, fieldProps, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { useSuccessBannerFocus } from '../projects/focus';
import { Link } from '../router/router';
import { dateFromIso, isBlankDate, isoFromDate } from '../text/activities';
import type { LocalDate } from '../text/activities';
import { depthsOf, selfAndBeneath, siblingsOf, sourceLabel } from '../text/documents';
import { DocumentBreadcrumbs, DocumentCaption, documentKindChoices, documentPath, loadDocument, sectionKindName, sourceKindName, StatusTag, threadPath } from './shared';
import type { DocumentWithProject } from './shared';

const withFacts = (kind: string) => kind === 'objective' || kind === 'action';

function sectionFieldIds(key: string): Record<string, string> {
  const id = (field: string) => `section-${key}-${field}`;
  return {
    kind: id('kind'),
    heading: id('heading'),
    body: id('body'),
    parent_id: id('parent'),
    owner_group: id('owner'),
    due_on: `${id('due')}-day`,
    review_on: `${id('review')}-day`,
    measure: id('measure'),
  };
}

type SectionFormProps = {
  document: LivingDocument;
  section?: SectionInDocument;
  onSaved: (heading: string, added: boolean) => void;
  onCancel?: () => void;
};

// Adds a section, or changes one: the same fields.
function SectionForm({ document, section, onSaved, onCancel }: SectionFormProps) {
  const { t, language } = useI18n();
  const key = section ? section.id : 'new';
  const ids = sectionFieldIds(key);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, ids as Record<keyof ReturnType<typeof sectionFieldIds>, string>);
  const [kind, setKind] = useState<string>(section?.kind ?? '');
  const [heading, setHeading] = useState(section?.heading ?? '');
  const [body, setBody] = useState(section?.body ?? '');
  const [parent, setParent] = useState(section?.parent_id ?? '');
  const [owner, setOwner] = useState(section?.owner_group ?? '');
  const [due, setDue] = useState<LocalDate>(dateFromIso(section?.due_on));
  const [review, setReview] = useState<LocalDate>(dateFromIso(section?.review_on));
  const [measure, setMeasure] = useState(section?.measure ?? '');
  const bodyCheck = useLanguageCheck(body, language);
  const excluded = section ? selfAndBeneath(document.sections, section.id) : new Set<string>();
  const depths = depthsOf(document.sections);
  const parents = document.sections.filter((candidate) => !excluded.has(candidate.id));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!kind) clientErrors.kind = [t('documents.edit.kindMissing')];
    if (!heading.trim()) clientErrors.heading = [t('documents.edit.headingMissing')];
    else if (heading.trim().length > 200) clientErrors.heading = [t('documents.edit.headingTooLong')];
    const facts = withFacts(kind);
    const dueOn = isBlankDate(due) ? null : isoFromDate(due);
    const reviewOn = isBlankDate(review) ? null : isoFromDate(review);
    if (facts && !isBlankDate(due) && !dueOn) clientErrors.due_on = [t('dateInput.invalid')];
    if (facts && !isBlankDate(review) && !reviewOn) clientErrors.review_on = [t('dateInput.invalid')];
    const fields: SectionChange = { kind: kind as SectionKind, heading: heading.trim(), body };
    if (!section || (section.parent_id ?? '') !== parent) fields.parent_id = parent || null;
    if (facts) {
      fields.owner_group = (owner || null) as StakeholderGroup | null;
      fields.due_on = dueOn;
      fields.review_on = reviewOn;
      fields.measure = measure.trim();
    }
    form.submit(async () => {
      if (section) await changeSection(document.id, section.id, fields);
      else await addSection(document.id, { ...fields, kind: kind as SectionKind, heading: heading.trim() });
      onSaved(heading.trim(), !section);
      if (!section) {
        setKind('');
        setHeading('');
        setBody('');
        setMeasure('');
        setParent('');
        setOwner('');
        setDue(dateFromIso(''));
        setReview(dateFromIso(''));
      }
    }, clientErrors);
  };

  return (
    <form onSubmit={onSubmit} noValidate class="rt-section-form" id={`section-${key}-form`}>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
      <Radios
        {...field('kind')}
        label={t('documents.edit.kindLabel')}
        value={kind}
        onValue={setKind}
        choices={sectionKinds.map((value) => ({ value, text: sectionKindName(t, value), hint: t(`documents.sectionKindHint.${value}` as MessageKey) }))}
      />
      <TextInput {...field('heading')} label={t('documents.edit.headingLabel')} value={heading} onValue={setHeading} />
      <TextArea {...field('body')} label={t('documents.edit.bodyLabel')} hint={t('documents.edit.bodyHint')} value={body} onValue={setBody} rows={6} />
      <PlainLanguageCheck check={bodyCheck} fieldId={ids.body} onText={setBody} />
      <Select
        {...field('parent_id')}
        label={t('documents.edit.parentLabel')}
        hint={t('documents.edit.parentHint')}
        value={parent}
        onValue={setParent}
        emptyChoice={t('documents.edit.topLevel')}
        choices={parents.map((candidate) => ({
          value: candidate.id,
          text: `${'\u2003'.repeat(Math.min(depths.get(candidate.id) ?? 0, 4))}${sectionKindName(t, candidate.kind)}: ${candidate.heading}`,
        }))}
      />
      {withFacts(kind) ? (
        <>
          <Select
            {...field('owner_group')}
            label={t('documents.edit.ownerLabel')}
            hint={t('documents.edit.ownerHint')}
            value={owner}
            onValue={setOwner}
            emptyChoice={t('documents.edit.noOwner')}
            choices={stakeholderGroups.map((group) => ({ value: group, text: groupName(t, group) }))}
          />
          <DateInput
            id={`section-${key}-due`}
            name="due_on"
            legend={t('documents.edit.dueLabel')}
            hint={t('documents.edit.dateOptional')}
            date={due}
            onDate={setDue}
            errors={exactMessages(form.errors, 'due_on')}
          />
          <DateInput
            id={`section-${key}-review`}
            name="review_on"
            legend={t('documents.edit.reviewLabel')}
            hint={t('documents.edit.dateOptional')}
            date={review}
            onDate={setReview}
            errors={exactMessages(form.errors, 'review_on')}
          />
          <TextArea {...field('measure')} label={t('documents.edit.measureLabel')} hint={t('documents.edit.measureHint')} value={measure} onValue={setMeasure} rows={2} />
        </>
      ) : null}
      <div class="govuk-button-group">
        <Button busy={form.submitting} busyText={t('common.saving')}>
          {section ? t('documents.edit.saveChange') : t('documents.edit.addSubmit')}
        </Button>
        {onCancel ? (
          <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

type Option = { value: string; text: string };

// What a section can be linked to, from the project: what people said, needs, decisions, survey questions, activities' notes; or another section.
async function loadOptions(kind: string, projectId: string, document: LivingDocument, section: SectionInDocument, t: (key: MessageKey, parameters?: Record<string, string | number>) => string, language: string): Promise<Option[]> {
  const linked = new Set(section.links.filter((link) => link.source_kind === kind).map((link) => link.source_id));
  const fresh = (options: Option[]) => options.filter((option) => !linked.has(option.value));
  if (kind === 'section') {
    return fresh(document.sections.filter((other) => other.id !== section.id).map((other) => ({ value: other.id, text: `${sectionKindName(t, other.kind)}: ${other.heading}` })));
  }
  if (!projectId) return [];
  if (kind === 'contribution') {
    const { items } = await listContributions(projectId);
    return fresh(items.map((item) => ({ value: item.id, text: t('documents.link.contributionOption', { group: groupName(t, item.group), text: item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text }) })));
  }
  if (kind === 'need') {
    const { items } = await listNeeds(projectId);
    return fresh(items.map((item) => ({ value: item.id, text: item.title })));
  }
  if (kind === 'survey_question') {
    // A question shapes a part through its results: SURVEY_ID/QUESTION_ID.
    const { items } = await listSurveys(projectId);
    return fresh(items.flatMap((survey) => survey.questions.map((question) => ({ value: `${survey.id}/${question.id}`, text: `${survey.title}: ${question.text}` }))));
  }
  if (kind === 'activity') {
    // Through its notes: only an activity that has happened can have them.
    const { items } = await listActivities(projectId);
    const now = Date.now();
    return fresh(items
      .filter((activity) => activity.status !== 'cancelled' && Date.parse(activity.starts_at) <= now)
      .map((activity) => ({ value: activity.id, text: `${activity.title} (${formatDate(activity.starts_at, language, activity.timezone)})` })));
  }
  const { items } = await listProposals(projectId);
  return fresh(items.filter((item) => item.decision_id).map((item) => ({ value: item.decision_id as string, text: item.title })));
}

const linkKinds = ['contribution', 'need', 'decision', 'survey_question', 'activity', 'section'] as const;

function LinkForm({ document, section, onLinked }: { document: LivingDocument; section: SectionInDocument; onLinked: (heading: string) => void }) {
  const { t, language } = useI18n();
  const ids = { source_kind: `link-${section.id}-kind`, project: `link-${section.id}-project`, source_id: `link-${section.id}-source` };
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, ids);
  const [kind, setKind] = useState('');
  const [projectId, setProjectId] = useState(document.project_id ?? '');
  const [source, setSource] = useState('');
  const projects = useResource(() => (document.project_id ? Promise.resolve([]) : listAllProjects()), [document.project_id]);
  const options = useResource(() => (kind ? loadOptions(kind, projectId, document, section, t, language) : Promise.resolve([])), [kind, projectId, section.links.length]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!kind) clientErrors.source_kind = [t('documents.link.kindMissing')];
    else if (kind !== 'section' && !projectId) clientErrors.project = [t('documents.link.projectMissing')];
    else if (!source) clientErrors.source_id = [t('documents.link.sourceMissing')];
    form.submit(
      async () => {
        await addLink(section.id, { source_kind: kind as SourceKind, source_id: source });
        setSource('');
        onLinked(section.heading);
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.status === 409 ? t('documents.link.already') : null),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate class="rt-link-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
      <Radios
        {...field('source_kind')}
        label={t('documents.link.kindLabel')}
        value={kind}
        onValue={(value) => {
          setKind(value);
          setSource('');
        }}
        choices={linkKinds.map((value) => ({ value, text: sourceKindName(t, value) }))}
      />
      {kind && kind !== 'section' && !document.project_id ? (
        projects.status === 'ready' ? (
          <Select
            {...field('project')}
            label={t('documents.link.projectLabel')}
            value={projectId}
            onValue={(value) => {
              setProjectId(value);
              setSource('');
            }}
            emptyChoice={t('documents.new.chooseProject')}
            choices={projects.data.map((project) => ({ value: project.id, text: project.title }))}
          />
        ) : (
          <Loading />
        )
      ) : null}
      {kind && (kind === 'section' || projectId) ? (
        options.status === 'ready' ? (
          options.data.length === 0 ? (
            <p class="govuk-body" id={ids.source_id}>
              {t('documents.link.nothing')}
            </p>
          ) : (
            <Select
              {...field('source_id')}
              label={t(`documents.link.sourceLabel.${kind}` as MessageKey)}
              value={source}
              onValue={setSource}
              emptyChoice={t('documents.link.choose')}
              choices={options.data}
            />
          )
        ) : options.status === 'failed' ? (
          <FailureMessage error={options.error} />
        ) : (
          <Loading />
        )
      ) : null}
      <Button busy={form.submitting} busyText={t('common.saving')} secondary>
        {t('documents.link.submit')}
        <span class="govuk-visually-hidden"> {t('documents.edit.toSection', { heading: section.heading })}</span>
      </Button>
    </form>
  );
}

function ProgressForm({ section, onSaved }: { section: SectionInDocument; onSaved: (heading: string) => void }) {
  const { t } = useI18n();
  const ids = { status: `progress-${section.id}-status`, note: `progress-${section.id}-note` };
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, ids);
  const [status, setStatus] = useState<string>(section.status ?? 'not_started');
  const [note, setNote] = useState('');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (status === 'dropped' && !note.trim()) clientErrors.note = [t('documents.progressForm.whyDropped')];
    form.submit(async () => {
      await addProgress(section.id, { status: status as SectionStatus, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      onSaved(section.heading);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate class="rt-progress-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
      <Radios {...field('status')} label={t('documents.progressForm.statusLabel')} value={status} onValue={setStatus} choices={sectionStatuses.map((value) => ({ value, text: t(`documents.status.${value}` as MessageKey) }))} />
      <TextArea
        {...field('note')}
        label={status === 'dropped' ? t('documents.progressForm.noteRequired') : t('documents.progressForm.noteLabel')}
        hint={t('documents.progressForm.noteHint')}
        value={note}
        onValue={setNote}
        rows={3}
      />
      <Button busy={form.submitting} busyText={t('common.saving')} secondary>
        {t('documents.progressForm.submit')}
        <span class="govuk-visually-hidden"> {t('documents.edit.toSection', { heading: section.heading })}</span>
      </Button>
    </form>
  );
}

type CardProps = {
  data: DocumentWithProject;
  section: SectionInDocument;
  depth: number;
  onChanged: (flash: Flash) => void;
  actions: ReturnType<typeof useFormSubmission>;
};

function SectionCard({ data, section, depth, onChanged, actions }: CardProps) {
  const { t } = useI18n();
  const { document } = data;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const siblings = siblingsOf(document.sections, section);
  const at = siblings.findIndex((sibling) => sibling.id === section.id);
  const parent = section.parent_id ? document.sections.find((other) => other.id === section.parent_id) : undefined;
  const hidden = <span class="govuk-visually-hidden"> {t('documents.edit.toSection', { heading: section.heading })}</span>;

  const move = (to: number) =>
    actions.submit(async () => {
      await changeSection(document.id, section.id, { position: siblings[to].position });
      onChanged({ key: 'documents.edit.moved', parameters: { heading: section.heading } });
    });
  const remove = () =>
    actions.submit(
      async () => {
        await removeSection(document.id, section.id);
        onChanged({ key: 'documents.edit.removed', parameters: { heading: section.heading } });
      },
      {},
      (error) => (error instanceof ApiError && error.status === 409 ? t('documents.edit.removeHasChildren', { heading: section.heading }) : null),
    );
  const unlink = (linkId: string) =>
    actions.submit(async () => {
      await removeLink(linkId);
      onChanged({ key: 'documents.edit.unlinked', parameters: { heading: section.heading } });
    });

  return (
    <li class={`rt-edit-section rt-edit-section--depth-${Math.min(depth, 4)}`} data-section-id={section.id}>
      <h3 class="govuk-heading-s rt-edit-section__heading" id={`edit-${section.id}`}>
        <span class="govuk-caption-s">{sectionKindName(t, section.kind)}</span>
        <bdi>{section.heading}</bdi>
      </h3>
      {parent ? (
        <p class="govuk-body-s">
          {t('documents.edit.under')} <bdi>{parent.heading}</bdi>
        </p>
      ) : null}
      {section.status ? (
        <p class="govuk-body-s">
          <StatusTag status={section.status} />
        </p>
      ) : null}
      {editing ? (
        <SectionForm
          document={document}
          section={section}
          onCancel={() => setEditing(false)}
          onSaved={(heading) => {
            setEditing(false);
            onChanged({ key: 'documents.edit.changed', parameters: { heading } });
          }}
        />
      ) : (
        <div class="govuk-button-group rt-edit-section__buttons">
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setEditing(true)}>
            {t('documents.edit.change')}
            {hidden}
          </button>
          {at > 0 ? (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => move(at - 1)}>
              {t('documents.edit.moveUp')}
              {hidden}
            </button>
          ) : null}
          {at < siblings.length - 1 ? (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => move(at + 1)}>
              {t('documents.edit.moveDown')}
              {hidden}
            </button>
          ) : null}
          {confirming ? null : (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(true)}>
              {t('documents.edit.remove')}
              {hidden}
            </button>
          )}
        </div>
      )}
      {confirming ? (
        <div class="govuk-warning-text rt-confirm" role="group" aria-labelledby={`confirm-${section.id}`}>
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('common.warning')}</span>
            <span id={`confirm-${section.id}`}>{t('documents.edit.removeConfirm', { heading: section.heading })}</span>
            <div class="govuk-button-group govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              <button type="button" class="govuk-button govuk-button--warning" onClick={remove}>
                {t('documents.edit.removeYes')}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                {t('documents.edit.removeNo')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
      <h4 class="govuk-heading-s govuk-!-margin-bottom-1">{t('documents.edit.shapedHeading')}</h4>
      {section.links.length === 0 ? (
        <p class="govuk-body-s">{withFacts(section.kind) || section.kind === 'vision' || section.kind === 'value' ? t('documents.noTrace') : t('documents.edit.noLinks')}</p>
      ) : (
        <ul class="govuk-list rt-links" id={`links-${section.id}`}>
          {section.links.map((link) => (
            <li key={link.id} class="rt-link">
              <span class="govuk-body-s rt-link__kind">{sourceKindName(t, link.source_kind)}</span>{' '}
              {link.suspect ? <strong class="govuk-tag govuk-tag--orange">{t('documents.suspectTag')}</strong> : null}
              {link.source ? (
                <>
                  <q dir="auto" class="rt-link__text">
                    {sourceLabel(link.source_kind, link.source)}
                  </q>
                  {link.source_kind === 'contribution' && link.source.group ? <span class="govuk-body-s"> {t('documents.saidBy', { group: groupName(t, link.source.group) })}</span> : null}
                </>
              ) : (
                <span class="govuk-body-s"> {t('documents.sourceGone')}</span>
              )}{' '}
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 rt-link__remove" onClick={() => unlink(link.id)}>
                {t('documents.edit.unlink')}
                <span class="govuk-visually-hidden"> {t('documents.edit.unlinkHidden', { heading: section.heading })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            {t('documents.edit.linkSummary')}
            {hidden}
          </span>
        </summary>
        <div class="govuk-details__text">
          <LinkForm document={document} section={section} onLinked={(heading) => onChanged({ key: 'documents.edit.linked', parameters: { heading } })} />
        </div>
      </details>
      {withFacts(section.kind) ? (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              {t('documents.edit.progressSummary')}
              {hidden}
            </span>
          </summary>
          <div class="govuk-details__text">
            <ProgressForm section={section} onSaved={(heading) => onChanged({ key: 'documents.edit.progressSaved', parameters: { heading } })} />
          </div>
        </details>
      ) : null}
      <p class="govuk-body-s">
        <Link class="govuk-link" href={threadPath(section.id)}>
          {t('documents.whereFrom')}
          {hidden}
        </Link>
      </p>
    </li>
  );
}

// The document's title and kind, behind a disclosure at the top of the editor.
function DetailsForm({ document, onSaved }: { document: LivingDocument; onSaved: (title: string) => void }) {
  const { t } = useI18n();
  const ids = { title: 'document-change-title', kind: 'document-change-kind' };
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, ids);
  const [title, setTitle] = useState(document.title);
  const [kind, setKind] = useState<string>(document.kind);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('documents.new.titleMissing')];
    else if (title.trim().length > 200) clientErrors.title = [t('documents.new.titleTooLong')];
    form.submit(async () => {
      const changed = await changeDocument(document.id, { title: title.trim(), kind: kind as DocumentKind });
      onSaved(changed.title);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate id="document-details-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={ids} failureCount={form.failureCount} />
      <TextInput {...field('title')} label={t('documents.titleLabel')} value={title} onValue={setTitle} />
      <Radios {...field('kind')} label={t('documents.kindLabel')} value={kind} onValue={setKind} choices={documentKindChoices(t)} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('documents.edit.detailsSave')}
      </Button>
    </form>
  );
}

export function DocumentEditPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const [flash, setFlash] = useState<Flash | null>(takeFlash);
  const actions = useFormSubmission(t);
  const loaded = useResource(() => loadDocument(parameters.id), [parameters.id, reload]);
  const [data, setData] = useState<DocumentWithProject | null>(null);
  // The page keeps what it showed while it reloads after a change, so the
  // forms and their place on the page stay put.
  const shown = loaded.data ?? (loaded.status === 'loading' ? data : null);
  if (loaded.data && loaded.data !== data) setData(loaded.data);
  const hasErrors = Object.keys(actions.errors).length > 0 || !!actions.generalError;
  usePageTitle(shown ? t('documents.edit.title', { title: shown.document.title }) : loaded.status === 'loading' ? t('common.loading') : null, hasErrors);
  useSuccessBannerFocus(flash);
  if (!shown) return loaded.status === 'failed' ? <FailureMessage error={loaded.error} /> : <Loading />;
  const { document } = shown;
  if (!document.writer) {
    return (
      <>
        <DocumentBreadcrumbs document={document} />
        <h1 class="govuk-heading-l">{t('documents.edit.heading')}</h1>
        <p class="govuk-body">{t('documents.edit.writersOnly')}</p>
      </>
    );
  }
  const depths = depthsOf(document.sections);
  const changed = (next: Flash) => {
    setFlash(next);
    setReload((value) => value + 1);
  };
  return (
    <>
      <DocumentBreadcrumbs document={document} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <ErrorSummary errors={actions.errors} generalError={actions.generalError} fieldIds={{}} failureCount={actions.failureCount} />
      <DocumentCaption {...shown} />
      <h1 class="govuk-heading-l">
        {t('documents.edit.heading')}: <bdi>{document.title}</bdi>
      </h1>
      <p class="govuk-body">{t('documents.edit.intro')}</p>
      <p class="govuk-body">
        <Link class="govuk-link" href={documentPath(document.id)}>
          {t('documents.edit.read')}
        </Link>
      </p>
      <details class="govuk-details" id="document-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t('documents.edit.detailsSummary')}</span>
        </summary>
        <div class="govuk-details__text">
          <DetailsForm document={document} onSaved={(title) => changed({ key: 'documents.edit.detailsSaved', parameters: { title } })} />
        </div>
      </details>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">{t('documents.edit.sectionsHeading', { count: document.sections.length })}</h2>
          {document.sections.length === 0 ? (
            <p class="govuk-body">{t('documents.edit.none')}</p>
          ) : (
            <ol class="govuk-list rt-edit-sections" id="edit-sections">
              {document.sections.map((section) => (
                <SectionCard key={section.id} data={shown} section={section} depth={depths.get(section.id) ?? 0} onChanged={changed} actions={actions} />
              ))}
            </ol>
          )}
          <h2 class="govuk-heading-m" id="add-section-heading">
            {t('documents.edit.addHeading')}
          </h2>
          <SectionForm document={document} onSaved={(heading) => changed({ key: 'documents.edit.added', parameters: { heading } })} />
        </div>
      </div>
    </>
  );
}
