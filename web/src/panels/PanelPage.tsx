import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { addCandidate, declareConflict, fetchPanel, saveScores } from '../api/panels';
import type { Candidate, Panel } from '../api/panels';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { SummaryRow } from '../components/SummaryRow';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, TextArea, TextInput } from '../components/Fields';
import { takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

export function PanelBreadcrumbs({ panel }: { panel?: Panel }) {
  const { t } = useI18n();
  const items = [
    { text: t('nav.home'), href: '/' },
    { text: t('panels.heading'), href: '/panels' },
  ];
  if (panel) items.push({ text: panel.title, href: `/panels/${panel.id}` });
  return <Breadcrumbs label={t('common.breadcrumbLabel')} items={items} />;
}

function CandidateForm({ panel, onAdded }: { panel: Panel; onAdded: (name: string) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [details, setDetails] = useState('');
  const form = useFormSubmission(t);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = name.trim() ? {} : { name: [t('panels.candidate.nameMissing')] };
    form.submit(async () => {
      const candidate = await addCandidate(panel.id, { name: name.trim(), details: details.trim() });
      onAdded(candidate.name);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate id="candidate-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ name: 'candidate-name', details: 'candidate-details' }} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('panels.candidate.addHeading')}</h2>
      <TextInput id="candidate-name" name="name" label={t('panels.candidate.nameLabel')} value={name} onValue={setName} errors={messagesFor(form.errors, 'name')} />
      <TextArea id="candidate-details" name="details" label={t('panels.candidate.detailsLabel')} hint={t('panels.candidate.detailsHint')} value={details} onValue={setDetails} rows={4} errors={messagesFor(form.errors, 'details')} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('panels.candidate.add')}
      </Button>
    </form>
  );
}

function ScoreForm({ panel, candidate, index, onSaved }: { panel: Panel; candidate: Candidate; index: number; onSaved: (flash: Flash) => void }) {
  const { t } = useI18n();
  const mine = panel.my_scores?.[candidate.id] ?? {};
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(panel.criteria.map((criterion) => [criterion.id, criterion.id in mine ? String(mine[criterion.id]) : ''])),
  );
  const form = useFormSubmission(t);
  const id = (at: number) => `score-${index}-${at}`;
  const fieldIds: Record<string, string> = { scores: id(0) };
  panel.criteria.forEach((criterion, at) => (fieldIds[criterion.id] = id(at)));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    panel.criteria.forEach((criterion) => {
      if (scores[criterion.id] === '') clientErrors[criterion.id] = [t('panels.score.missing', { criterion: criterion.name })];
    });
    form.submit(
      async () => {
        await saveScores(panel.id, { candidate_id: candidate.id, scores: Object.fromEntries(Object.entries(scores).map(([key, value]) => [key, Number(value)])) });
        onSaved({ key: 'panels.score.saved', parameters: { name: candidate.name } });
      },
      clientErrors,
      (error) => (error instanceof ApiError && error.code === 'conflict_of_interest' ? t('panels.conflict.cannotScore') : null),
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h3 class="govuk-heading-s">{t('panels.score.heading', { name: candidate.name })}</h3>
      <p class="govuk-body">{t('panels.score.intro')}</p>
      {messagesFor(form.errors, 'scores').map((message) => (
        <p class="govuk-error-message" key={message}>
          <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
        </p>
      ))}
      {panel.criteria.map((criterion, at) => (
        <Radios
          key={criterion.id}
          id={id(at)}
          name={id(at)}
          label={t('panels.score.criterionLabel', { criterion: criterion.name, name: candidate.name })}
          value={scores[criterion.id]}
          onValue={(value) => setScores((current) => ({ ...current, [criterion.id]: value }))}
          choices={[0, 1, 2, 3, 4, 5].map((value) => ({ value: String(value), text: value === 0 ? t('panels.score.lowest') : value === 5 ? t('panels.score.highest') : String(value) }))}
          errors={messagesFor(form.errors, criterion.id)}
        />
      ))}
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('panels.score.submit', { name: candidate.name })}
      </Button>
    </form>
  );
}

function ConflictForm({ panel, candidate, index, onSaved }: { panel: Panel; candidate: Candidate; index: number; onSaved: (flash: Flash) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const form = useFormSubmission(t);
  const id = `conflict-${index}`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = reason.trim() ? {} : { reason: [t('panels.conflict.reasonMissing')] };
    form.submit(async () => {
      await declareConflict(panel.id, { candidate_id: candidate.id, reason: reason.trim() });
      onSaved({ key: 'panels.conflict.saved', parameters: { name: candidate.name } });
    }, clientErrors);
  };
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t('panels.conflict.summary', { name: candidate.name })}</span>
      </summary>
      <div class="govuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ reason: id }} failureCount={form.failureCount} />
          <p class="govuk-body">{t('panels.conflict.intro')}</p>
          <TextArea id={id} name="reason" label={t('panels.conflict.reasonLabel')} value={reason} onValue={setReason} rows={3} errors={messagesFor(form.errors, 'reason')} />
          <Button busy={form.submitting} busyText={t('common.saving')} warning>
            {t('panels.conflict.submit')}
          </Button>
        </form>
      </div>
    </details>
  );
}

export function PanelPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const [flash, setFlashState] = useState<Flash | null>(takeFlash);
  const [changed, setChanged] = useState(0);
  const loaded = useResource(() => fetchPanel(parameters.id), [parameters.id, changed]);
  const panel = loaded.data;
  useLoadingPageTitle(loaded, panel?.title);
  useEffect(() => {
    if (changed && loaded.status === 'ready') focusSuccessBanner();
  }, [changed, loaded.status]);
  if (!panel) return <NotLoaded resource={loaded} />;
  const member = panel.members.some((entry) => entry.person_id === me?.user.id);
  const convener = me?.user.role === 'convener';
  const conflicts = new Set(panel.my_conflicts ?? []);
  const after = (next: Flash) => {
    setFlashState(next);
    setChanged((value) => value + 1);
  };
  return (
    <>
      <PanelBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l">{lookUpValue(t, 'panels.kind', panel.kind)}</span>
      <h1 class="govuk-heading-l" dir="auto">
        <Title text={panel.title} />
      </h1>
      {panel.purpose ? (
        <p class="govuk-body rt-preserve-lines" dir={textDirection(panel.purpose)}>
          <Lines text={panel.purpose} />
        </p>
      ) : null}
      <div class="govuk-inset-text">{t('panels.privacy')}</div>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('panels.membersLabel')}>
          <ul class="govuk-list">
            {panel.members.map((entry) => (
              <li key={entry.person_id}>{t('decisions.nameAndGroup', { name: entry.name, group: groupName(t, entry.group) })}</li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label={t('panels.criteriaLabel')}>
          <ul class="govuk-list">
            {panel.criteria.map((criterion) => (
              <li key={criterion.id}>{t('panels.criterionWithWeight', { criterion: criterion.name, weight: criterion.weight })}</li>
            ))}
          </ul>
        </SummaryRow>
      </dl>
      <p class="govuk-body">
        <Link class="govuk-link" href={`/panels/${panel.id}/results`}>
          {t('panels.resultsLink')}
        </Link>
      </p>
      <h2 class="govuk-heading-m">{t('panels.candidatesHeading')}</h2>
      {(panel.candidates ?? []).length === 0 ? <p class="govuk-body">{t('panels.noCandidates')}</p> : null}
      {(panel.candidates ?? []).map((candidate, index) => (
        <div class="govuk-summary-card" key={candidate.id}>
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title" dir="auto">
              {candidate.name}
            </h3>
          </div>
          <div class="govuk-summary-card__content">
            <p class="govuk-body rt-preserve-lines" dir={textDirection(candidate.details || t('panels.noDetails'))}>
              <Lines text={candidate.details || t('panels.noDetails')} />
            </p>
            {member ? (
              conflicts.has(candidate.id) ? (
                <div class="govuk-inset-text rt-conflict" id={`conflict-note-${index}`}>
                  {t('panels.conflict.declared', { name: candidate.name })}
                </div>
              ) : (
                <>
                  {panel.my_scores?.[candidate.id] ? <p class="govuk-body">{t('panels.score.already')}</p> : null}
                  <ScoreForm panel={panel} candidate={candidate} index={index} onSaved={after} />
                  <ConflictForm panel={panel} candidate={candidate} index={index} onSaved={after} />
                </>
              )
            ) : null}
          </div>
        </div>
      ))}
      {convener ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <CandidateForm panel={panel} onAdded={(name) => after({ key: 'panels.candidate.added', parameters: { name } })} />
          </div>
        </div>
      ) : null}
      <p class="govuk-body">
        <Link class="govuk-link" href="/panels">
          {t('panels.backToList')}
        </Link>
      </p>
    </>
  );
}
