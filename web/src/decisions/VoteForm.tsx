import { useState } from 'preact/hooks';
import { castVote } from '../api/decisions';
import type { Proposal } from '../api/decisions';
import type { FieldErrors, Project } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, Select, TextArea } from '../components/Fields';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { useSession } from '../session/session';
import { buildVote, dotsLeft, draftFrom, needsReason, positionsFor, voteSetAside } from '../text/decisions';
import type { VoteDraft, VoteProblem } from '../text/decisions';
import { RankingField } from '../components/Ordering';
import { groupsInProject } from '../projects/groups';

const scoreId = (index: number) => `vote-score-${index}`;
const dotsId = (index: number) => `vote-dots-${index}`;

function problemText(t: Translate, method: string, options: string[], perVoter: number, problem: VoteProblem): string {
  switch (problem.problem) {
    case 'position':
      return t('decisions.vote.positionMissing');
    case 'reason':
      return method === 'consensus' ? t('decisions.vote.reasonMissingBlock') : t('decisions.vote.reasonMissingObject');
    case 'score':
      return t('decisions.vote.scoreMissing', { option: options[Number(problem.field.split('.')[1])] ?? '' });
    case 'dots_whole':
      return t('decisions.vote.dotsWhole');
    case 'dots_none':
      return t('decisions.vote.dotsNone');
    default:
      return t('decisions.vote.dotsTooMany', { dots: perVoter });
  }
}

export function VoteForm({ proposal, project, onVoted }: { proposal: Proposal; project: Project; onVoted: (proposal: Proposal) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const myGroups = groupsInProject(project, me?.user.groups ?? []);
  const { method, options, dots_per_voter: perVoter } = proposal;
  const [draft, setDraft] = useState<VoteDraft>(() => draftFrom(options, proposal.my_vote, proposal.my_vote?.group ?? myGroups[0] ?? ''));
  const form = useFormSubmission(t);
  const set = <K extends keyof VoteDraft>(key: K) => (value: VoteDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const fieldIds: Record<string, string> = {
    position: 'vote-position',
    reason: 'vote-reason',
    ranking: 'vote-ranking',
    dots: dotsId(0),
    scores: scoreId(0),
    comment: 'vote-comment',
    group: 'vote-group',
  };
  options.forEach((_, index) => {
    fieldIds[`scores.${index}`] = scoreId(index);
    fieldIds[`dots.${index}`] = dotsId(index);
  });
  const field = fieldProps(form.errors, fieldIds);

  const objecting = proposal.objections?.some((objection) => objection.person?.id === me?.user.id && objection.status === 'standing') ?? false;
  const setAside = voteSetAside(proposal.my_vote, proposal.objections, me?.user.id);
  const withdrawing = objecting && !needsReason(method, draft.position);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const built = buildVote(method, options, perVoter, draft);
    const clientErrors: FieldErrors = {};
    for (const problem of built.problems) clientErrors[problem.field] = [problemText(t, method, options, perVoter, problem)];
    form.submit(async () => {
      const answer = await castVote(proposal.id, built.body);
      onVoted(answer);
    }, clientErrors);
  };

  const positionChoices =
    method === 'consent' || method === 'consensus' || method === 'majority'
      ? positionsFor[method].map((value) => ({
          value,
          text: lookUpValue(t, `decisions.position.${method}`, value),
          hint: lookUpValue(t, `decisions.positionHint.${method}`, value),
        }))
      : [];
  const left = dotsLeft(draft.dots, perVoter);

  return (
    <form onSubmit={onSubmit} noValidate id="vote-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{proposal.my_vote ? t('decisions.vote.changeHeading') : t('decisions.vote.heading')}</h2>
      {setAside ? (
        <div class="govuk-inset-text" id="vote-again">
          {t('decisions.vote.setAside')}
        </div>
      ) : null}
      {objecting ? (
        <div class="govuk-inset-text" id="withdraw-objection">
          <h3 class="govuk-heading-s">{t('decisions.vote.withdrawHeading')}</h3>
          <p class="govuk-body">{method === 'consensus' ? t('decisions.vote.withdrawTextBlock') : t('decisions.vote.withdrawText')}</p>
        </div>
      ) : null}
      {positionChoices.length ? (
        <Radios {...field('position')} label={t('decisions.vote.positionLabel')} value={draft.position} onValue={set('position')} choices={positionChoices} />
      ) : null}
      {method === 'consent' || method === 'consensus' ? (
        <TextArea
          {...field('reason')}
          label={t('decisions.vote.reasonLabel')}
          hint={method === 'consensus' ? t('decisions.vote.reasonHintBlock') : t('decisions.vote.reasonHint')}
          value={draft.reason}
          onValue={set('reason')}
          rows={3}
        />
      ) : null}
      {method === 'score' ? (
        <>
          <p class="govuk-body">{t('decisions.vote.scoreIntro')}</p>
          {messagesFor(form.errors, 'scores').length ? (
            <p class="govuk-error-message">
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {messagesFor(form.errors, 'scores').join(' ')}
            </p>
          ) : null}
          {options.map((option, index) => (
            <div key={option} dir="auto">
              <Radios
                id={scoreId(index)}
                name={scoreId(index)}
                label={option}
                value={draft.scores[option] ?? ''}
                onValue={(value) => setDraft((current) => ({ ...current, scores: { ...current.scores, [option]: value } }))}
                choices={[0, 1, 2, 3, 4, 5].map((value) => ({ value: String(value), text: value === 0 ? t('decisions.vote.scoreLowest') : value === 5 ? t('decisions.vote.scoreHighest') : String(value) }))}
                errors={messagesFor(form.errors, `scores.${index}`)}
              />
            </div>
          ))}
        </>
      ) : null}
      {method === 'ranked_choice' ? (
        <RankingField
          id="vote-ranking"
          label={t('decisions.vote.rankingLabel')}
          hint={t('decisions.vote.rankingHint')}
          items={draft.ranking}
          textOf={(option) => option}
          onItems={(ranking) => setDraft({ ...draft, ranking })}
          errors={messagesFor(form.errors, 'ranking')}
        />
      ) : null}
      {method === 'dot_vote' ? (
        <div class={messagesFor(form.errors, 'dots').length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
          <fieldset class="govuk-fieldset" aria-describedby="vote-dots-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('decisions.vote.dotsLabel')}</legend>
            <div class="govuk-hint" id="vote-dots-hint">
              {t('decisions.vote.dotsHint', { dots: perVoter })}
            </div>
            {messagesFor(form.errors, 'dots').map((message) => (
              <p class="govuk-error-message" key={message}>
                <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
              </p>
            ))}
            {options.map((option, index) => {
              const errors = messagesFor(form.errors, `dots.${index}`);
              return (
                <div class={errors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'} key={option}>
                  <label class="govuk-label" for={dotsId(index)} dir="auto">
                    {option}
                  </label>
                  {errors.map((message) => (
                    <p class="govuk-error-message" key={message} id={`${dotsId(index)}-error`}>
                      <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
                    </p>
                  ))}
                  <input
                    class={`govuk-input govuk-input--width-3${errors.length ? ' govuk-input--error' : ''}`}
                    id={dotsId(index)}
                    name={dotsId(index)}
                    type="text"
                    inputMode="numeric"
                    value={draft.dots[option] ?? '0'}
                    aria-describedby={errors.length ? `${dotsId(index)}-error` : undefined}
                    onInput={(event) => {
                      const value = (event.currentTarget as HTMLInputElement).value;
                      setDraft((current) => ({ ...current, dots: { ...current.dots, [option]: value } }));
                    }}
                  />
                </div>
              );
            })}
            <p class="govuk-body" id="vote-dots-left" aria-live="polite">
              {left < 0 ? t('decisions.vote.dotsOver', { dots: -left }) : t('decisions.vote.dotsLeft', { dots: left })}
            </p>
          </fieldset>
        </div>
      ) : null}
      <TextArea {...field('comment')} label={t('decisions.vote.commentLabel')} value={draft.comment} onValue={set('comment')} rows={3} />
      {myGroups.length > 1 ? (
        <Select
          {...field('group')}
          label={t('decisions.vote.groupLabel')}
          value={draft.group}
          onValue={set('group')}
          choices={myGroups.map((value) => ({ value, text: groupName(t, value) }))}
        />
      ) : null}
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {withdrawing ? t('decisions.vote.withdrawSubmit') : t('decisions.vote.submit')}
      </Button>
    </form>
  );
}
