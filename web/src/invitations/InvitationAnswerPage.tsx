// An organiser records the answer someone gave on paper, by phone or in
// person (issue 13, item 8): many people have no email, and an invitation
// nobody can answer online would stay "waiting" for ever. The record says
// how the answer came and who took it.

import { useState } from 'preact/hooks';
import { fetchInvitationLetter, recordAnswer } from '../api/invitations';
import type { RecordedAnswer } from '../api/invitations';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, TextArea } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, useFormSubmission } from '../components/forms';
import { Title } from '../components/Title';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link, navigate } from '../router/router';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

const fieldIds = { answer: 'answer-answer', via: 'answer-via', note: 'answer-note', reason: 'answer-reason' };

export function InvitationAnswerPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const loaded = useResource(() => fetchInvitationLetter(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const [draft, setDraft] = useState<{ answer: string; via: string; note: string; reason: string }>({ answer: '', via: '', note: '', reason: '' });
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  const invitation = loaded.data?.invitation;
  useLoadingPageTitle(loaded, invitation && t('invitationAnswer.title', { name: invitation.invitee_name }), hasErrors);

  if (loaded.status !== 'ready' || !invitation) return <NotLoaded resource={loaded} />;
  const invitationsHref = `/projects/${invitation.project_id}/invitations`;
  const set = (key: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!draft.answer) clientErrors.answer = [t('invitationAnswer.answerMissing')];
    if (!draft.via) clientErrors.via = [t('invitationAnswer.viaMissing')];
    form.submit(async () => {
      await recordAnswer(invitation.id, {
        answer: draft.answer as RecordedAnswer['answer'],
        via: draft.via as RecordedAnswer['via'],
        note: draft.note.trim(),
        reason: draft.answer === 'declined' ? draft.reason.trim() : '',
      });
      setFlash({ key: draft.answer === 'accepted' ? 'invitationAnswer.savedYes' : 'invitationAnswer.savedNo', parameters: { name: invitation.invitee_name } });
      navigate(invitationsHref);
    }, clientErrors);
  };

  const answered = invitation.status !== 'pending';
  return (
    <>
      <ProjectBreadcrumbs project={{ id: invitation.project_id, title: invitation.project_title }} more={[{ text: t('invitations.heading'), href: invitationsHref }]} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <span class="govuk-caption-l">
            <Title text={invitation.project_title} />
          </span>
          <h1 class="govuk-heading-l">{t('invitationAnswer.heading', { name: invitation.invitee_name })}</h1>
          {answered ? (
            <p class="govuk-body" id="already-answered">
              {t('invitationAnswer.already')}
            </p>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <p class="govuk-body">{t('invitationAnswer.intro', { group: groupName(t, invitation.group) })}</p>
              {invitation.short_code ? (
                <p class="govuk-body" id="answer-code">
                  {t('invitationAnswer.code')} <strong dir="ltr">{invitation.short_code}</strong>
                </p>
              ) : null}
              <Radios
                {...field('answer')}
                label={t('invitationAnswer.answerLabel')}
                value={draft.answer}
                onValue={set('answer')}
                choices={[
                  { value: 'accepted', text: t('invitationAnswer.yes') },
                  { value: 'declined', text: t('invitationAnswer.no') },
                ]}
              />
              <Radios
                {...field('via')}
                label={t('invitationAnswer.viaLabel')}
                value={draft.via}
                onValue={set('via')}
                choices={[
                  { value: 'phone', text: t('invitationAnswer.via.phone') },
                  { value: 'paper', text: t('invitationAnswer.via.paper') },
                  { value: 'in_person', text: t('invitationAnswer.via.in_person') },
                ]}
              />
              {draft.answer === 'declined' ? (
                <TextArea
                  {...field('reason')}
                  label={t('invitationAnswer.reasonLabel')}
                  hint={t('invitationAnswer.reasonHint')}
                  value={draft.reason}
                  onValue={set('reason')}
                  rows={3}
                />
              ) : null}
              <TextArea
                {...field('note')}
                label={t('invitationAnswer.noteLabel')}
                hint={t('invitationAnswer.noteHint')}
                value={draft.note}
                onValue={set('note')}
                rows={3}
              />
              <Button busy={form.submitting} busyText={t('common.saving')}>
                {t('invitationAnswer.save')}
              </Button>
            </form>
          )}
          <p class="govuk-body">
            <Link class="govuk-link" href={invitationsHref}>
              {t('invitationAnswer.back')}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
