import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { addComment, amendProposal, closeProposal, fetchProposal, listComments } from '../api/decisions';
import type { Proposal, ProposalComment } from '../api/decisions';
import { fetchProject } from '../api/projects';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { SummaryRow } from '../components/SummaryRow';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea, TextInput } from '../components/Fields';
import { setFlash, takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { focusSuccessBanner } from '../projects/focus';
import { Link, navigate } from '../router/router';
import { useSession } from '../session/session';
import { formatDateTime } from '../text/dates';
import { threadComments, voteSetAside, whyVotesHidden } from '../text/decisions';
import { TranslatedText } from '../translations/TranslatedText';
import { choiceName, DecisionBreadcrumbs, methodText, ObjectionList, ProposalStatusTag, TallyTables, weightingName } from './shared';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { VoteForm } from './VoteForm';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load(id: string) {
  const proposal = await fetchProposal(id);
  const [project, comments] = await Promise.all([fetchProject(proposal.project_id), listComments(id)]);
  return { proposal, project, comments: comments.items };
}

// My vote in words: "Object: too expensive", "A: 4, B: 2", "1. Tue 2. Mon".
export function voteText(t: Translate, proposal: Proposal, vote: NonNullable<Proposal['my_vote']>): string {
  if (vote.position) return `${choiceName(t, proposal.method, vote.position)}${vote.reason ? `: ${vote.reason}` : ''}`;
  if (vote.ranking) return vote.ranking.map((option, index) => `${index + 1}. ${option}`).join(', ');
  const figures = vote.scores ?? vote.dots ?? {};
  return Object.entries(figures)
    .map(([option, figure]) => `${option}: ${figure}`)
    .join(', ');
}

// Which groups have voted and, for the project's members and organisers, who. Without the
// names (over 1,000 votes, or a reader outside the project) the count says which groups voted.
function WhoHasVoted({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  const votes = proposal.votes ?? [];
  const missing = proposal.tally?.missing_groups ?? [];
  const hidden = whyVotesHidden(proposal.votes_shown, proposal.voters, proposal.can_take_part ?? true);
  const namesShown = hidden === null && proposal.votes !== undefined;
  return (
    <>
      <Table id="who-has-voted">
        <caption class="govuk-table__caption govuk-table__caption--s">{t('decisions.whoHasVotedCaption')}</caption>
        <TableHead columns={[t('decisions.group'), t('decisions.hasVoted'), namesShown ? t('decisions.whoVoted') : null]} />
        <tbody class="govuk-table__body">
          {proposal.required_groups.map((group) => {
            const names = votes.filter((vote) => vote.group === group).map((vote) => vote.person.name);
            const voted = !missing.includes(group) && (names.length > 0 || !namesShown);
            return (
              <tr class="govuk-table__row" key={group}>
                <th scope="row" class="govuk-table__header">{groupName(t, group)}</th>
                <td class="govuk-table__cell">
                  <strong class={`govuk-tag ${voted ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}>{voted ? t('decisions.voted') : t('decisions.notYet')}</strong>
                </td>
                {namesShown ? <td class="govuk-table__cell">{names.join(', ')}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
      {hidden ? (
        <p class="govuk-body" id="votes-hidden">
          {hidden === 'many' ? t('decisions.votesHiddenMany') : t('decisions.votesHiddenOutsider')}
        </p>
      ) : null}
    </>
  );
}

function AmendForm({ proposal, onAmended }: { proposal: Proposal; onAmended: (proposal: Proposal) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(proposal.title);
  const [text, setText] = useState(proposal.text);
  const form = useFormSubmission(t);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('decisions.new.titleMissing')];
    if (!text.trim()) clientErrors.text = [t('decisions.new.textMissing')];
    else if (text.trim() === proposal.text && title.trim() === proposal.title) clientErrors.text = [t('decisions.amend.unchanged')];
    form.submit(async () => {
      onAmended(await amendProposal(proposal.id, { title: title.trim(), text: text.trim() }));
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate id="amend-form">
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ title: 'amend-title', text: 'amend-text' }} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('decisions.amend.heading')}</h2>
      <div class="govuk-inset-text">{t('decisions.amend.objectionsNote')}</div>
      <TextInput id="amend-title" name="title" label={t('decisions.new.titleLabel')} value={title} onValue={setTitle} errors={messagesFor(form.errors, 'title')} />
      <TextArea id="amend-text" name="text" label={t('decisions.amend.textLabel')} value={text} onValue={setText} rows={8} errors={messagesFor(form.errors, 'text')} />
      <Button busy={form.submitting} busyText={t('common.saving')} secondary>
        {t('decisions.amend.submit')}
      </Button>
    </form>
  );
}

function CommentForm({ proposalId, parent, onAdded, onCancel }: { proposalId: string; parent?: ProposalComment; onAdded: () => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const form = useFormSubmission(t);
  const id = parent ? `reply-${parent.id}` : 'comment-text';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = text.trim() ? {} : { text: [t('decisions.comments.missing')] };
    form.submit(
      async () => {
        await addComment(proposalId, { text: text.trim(), ...(parent ? { parent_id: parent.id } : {}) });
        setText('');
        onAdded();
      },
      clientErrors,
      // Voting ended while the page was open.
      (error) => (error instanceof ApiError && error.code === 'closed' ? t('decisions.comments.closed') : null),
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ text: id }} failureCount={form.failureCount} />
      <TextArea
        id={id}
        name="text"
        label={parent ? t('decisions.comments.replyLabel', { name: parent.author.name }) : t('decisions.comments.label')}
        value={text}
        onValue={setText}
        rows={3}
        errors={messagesFor(form.errors, 'text')}
      />
      <div class="govuk-button-group">
        <Button busy={form.submitting} busyText={t('common.saving')} secondary={!!parent}>
          {parent ? t('decisions.comments.sendReply') : t('decisions.comments.submit')}
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

function CommentBody({ comment }: { comment: ProposalComment }) {
  const { t, language } = useI18n();
  return (
    <>
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        <strong>{comment.author.name}</strong> ({groupName(t, comment.group)}), {formatDateTime(comment.created_at, language, 'Europe/London')}
      </p>
      <p class="govuk-body rt-preserve-lines" dir={textDirection(comment.text)}>
        <Lines text={comment.text} />
      </p>
    </>
  );
}

// `taking` is 'open' while voting is (members and organisers add comments and replies), 'closed' after
// it (the comments stay, the form goes) and 'outside' for a reader outside the project.
function Comments({ proposalId, comments, taking, onAdded }: { proposalId: string; comments: ProposalComment[]; taking: 'open' | 'closed' | 'outside'; onAdded: () => void }) {
  const { t } = useI18n();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  useEffect(() => {
    if (replyingTo) document.getElementById(`reply-${replyingTo}`)?.focus();
  }, [replyingTo]);
  const threads = threadComments(comments);
  return (
    <section aria-labelledby="comments-heading">
      <h2 class="govuk-heading-m" id="comments-heading">
        {t('decisions.comments.heading')}
      </h2>
      {threads.length === 0 ? <p class="govuk-body">{t('decisions.comments.none')}</p> : null}
      <ul class="govuk-list" id="comments">
        {threads.map(({ comment, replies }) => (
          <li key={comment.id} class="rt-comment">
            <CommentBody comment={comment} />
            {replies.length ? (
              <ul class="govuk-list govuk-!-margin-left-6">
                {replies.map((reply) => (
                  <li key={reply.id} class="rt-comment rt-comment--reply">
                    <CommentBody comment={reply} />
                  </li>
                ))}
              </ul>
            ) : null}
            {replyingTo === comment.id ? (
              <div class="govuk-!-margin-left-6">
                <CommentForm
                  proposalId={proposalId}
                  parent={comment}
                  onAdded={() => {
                    setReplyingTo(null);
                    onAdded();
                  }}
                  onCancel={() => setReplyingTo(null)}
                />
              </div>
            ) : taking === 'open' ? (
              <p class="govuk-body">
                <a
                  class="govuk-link"
                  href={`#reply-${comment.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    setReplyingTo(comment.id);
                  }}
                >
                  {t('decisions.comments.reply')}
                  <span class="govuk-visually-hidden"> {t('decisions.comments.replyTo', { name: comment.author.name })}</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {taking === 'open' ? <CommentForm proposalId={proposalId} onAdded={onAdded} /> : null}
      {taking === 'closed' ? (
        <p class="govuk-body" id="comments-closed">
          {t('decisions.comments.closed')}
        </p>
      ) : null}
    </section>
  );
}

function CloseForm({ proposal }: { proposal: Proposal }) {
  const { t, formatList } = useI18n();
  const [rationale, setRationale] = useState('');
  const [missing, setMissing] = useState<string[] | null>(null);
  const [notHeard, setNotHeard] = useState<string[] | null>(null);
  const form = useFormSubmission(t);
  const notHeardText = (people: string[]) => t('decisions.close.objectorsNotHeard', { people: formatList(people) });
  const send = (withoutQuorum: boolean) => {
    if (form.submitting) return;
    const clientErrors: FieldErrors = rationale.trim() ? {} : { rationale: [t('decisions.close.rationaleMissing')] };
    form.submit(
      async () => {
        try {
          const decision = await closeProposal(proposal.id, { rationale: rationale.trim(), ...(withoutQuorum ? { close_without_quorum: true } : {}) });
          setFlash({ key: decision.passed ? 'decisions.close.donePassed' : 'decisions.close.doneNotPassed', parameters: { title: decision.title } } as Flash);
          navigate(`/decisions/${decision.id}`);
        } catch (error) {
          if (error instanceof ApiError && error.code === 'quorum_missing') {
            setMissing((error.problem.missing_groups ?? []).map(String));
            setNotHeard(null);
          }
          // NOTE: no "Close anyway" here: close_without_quorum would also pass over these objectors.
          if (error instanceof ApiError && error.code === 'objectors_not_heard') {
            setNotHeard((error.problem.people ?? []).map(String));
            setMissing(null);
          }
          throw error;
        }
      },
      clientErrors,
      (error) => {
        if (!(error instanceof ApiError)) return null;
        if (error.code === 'quorum_missing')
          return t('decisions.close.quorumMissing', { groups: formatList((error.problem.missing_groups ?? []).map((group) => groupName(t, group))) });
        if (error.code === 'objectors_not_heard') return notHeardText((error.problem.people ?? []).map(String));
        return null;
      },
    );
  };
  return (
    <form
      id="close-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
    >
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ rationale: 'close-rationale' }} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('decisions.close.heading')}</h2>
      <p class="govuk-body">{t('decisions.close.intro')}</p>
      <TextArea
        id="close-rationale"
        name="rationale"
        label={t('decisions.close.rationaleLabel')}
        hint={t('decisions.close.rationaleHint')}
        value={rationale}
        onValue={setRationale}
        rows={5}
        errors={messagesFor(form.errors, 'rationale')}
      />
      {notHeard ? (
        <div class="govuk-warning-text" id="objectors-not-heard">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('decisions.close.warning')}</span>
            {notHeardText(notHeard)}
          </strong>
        </div>
      ) : null}
      {missing ? (
        <div class="govuk-warning-text" id="quorum-missing">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t('decisions.close.warning')}</span>
            {t('decisions.close.quorumMissing', { groups: formatList(missing.map((group) => groupName(t, group))) })} {t('decisions.close.anywayExplained')}
          </strong>
        </div>
      ) : null}
      <div class="govuk-button-group">
        <Button busy={form.submitting} busyText={t('common.saving')}>
          {t('decisions.close.submit')}
        </Button>
        {missing ? (
          <button type="button" class="govuk-button govuk-button--warning" id="close-anyway" onClick={() => send(true)}>
            {t('decisions.close.anyway')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function ProposalPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const [flash, setFlashState] = useState<Flash | null>(takeFlash);
  const [version, setVersion] = useState(0);
  const [changed, setChanged] = useState<'voted' | 'amended' | null>(null);
  const loaded = useResource(() => load(parameters.id), [parameters.id, version]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data?.proposal.title);

  useEffect(() => {
    if (changed && loaded.status === 'ready') focusSuccessBanner();
  }, [changed, loaded.status]);

  if (!data) return <NotLoaded resource={loaded} />;
  const { proposal, project, comments } = data;
  const isOpen = proposal.status === 'open' && new Date(proposal.closes_at).getTime() > Date.now();
  // Outside the project the server shows no names; such a reader cannot vote or comment either.
  const outside = whyVotesHidden(proposal.votes_shown, proposal.voters, proposal.can_take_part ?? true) === 'outsider';
  const canAmend = isOpen && (proposal.proposer.id === me?.user.id || proposal.can_close);
  const after = (what: 'voted' | 'amended') => () => {
    setFlashState(null);
    setChanged(what);
    setVersion((value) => value + 1);
  };

  return (
    <>
      <DecisionBreadcrumbs project={project} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      {changed === 'voted' ? <NotificationBanner kind="success" heading={t('decisions.vote.saved')} /> : null}
      {changed === 'amended' ? <NotificationBanner kind="success" heading={t('decisions.amend.saved', { version: proposal.version })} /> : null}
      <span class="govuk-caption-l"><Title text={project.title} /></span>
      <h1 class="govuk-heading-l" dir="auto">
        <Title text={proposal.title} />
      </h1>
      <TranslatedText
        block
        subjectType="proposal"
        subjectId={proposal.id}
        field="text"
        original={proposal.text}
        textId="proposal-text"
        manageHref={project.can_manage ? `/translations/proposal/${proposal.id}/text` : null}
      />
      <dl class="govuk-summary-list" id="proposal-summary">
        <SummaryRow label={t('decisions.statusLabel')}>
          <ProposalStatusTag status={proposal.status} />
        </SummaryRow>
        <SummaryRow label={t('decisions.versionLabel')}>{proposal.version}</SummaryRow>
        <SummaryRow label={t('decisions.proposer')}>
          {t('decisions.nameAndGroup', { name: proposal.proposer.name, group: groupName(t, proposal.proposer.group) })}
        </SummaryRow>
        <SummaryRow label={t('decisions.methodLabel')}>{methodText(t, proposal)}</SummaryRow>
        <SummaryRow label={t('decisions.weightingLabel')}>{weightingName(t, proposal.weighting)}</SummaryRow>
        {proposal.options.length ? <SummaryRow label={t('decisions.optionsLabel')}>{proposal.options.join(', ')}</SummaryRow> : null}
        <SummaryRow label={t('decisions.closes')}>{formatDateTime(proposal.closes_at, language, 'Europe/London')}</SummaryRow>
        <SummaryRow label={t('decisions.voters')}>{proposal.voters}</SummaryRow>
        <SummaryRow label={t('decisions.myVote')}>
          <span id="my-vote">
            {proposal.my_vote
              ? voteText(t, proposal, proposal.my_vote)
              : voteSetAside(proposal.my_vote, proposal.objections, me?.user.id)
                ? t('decisions.voteSetAside')
                : t('decisions.noVote')}
          </span>
        </SummaryRow>
      </dl>
      {proposal.decision_id ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={`/decisions/${proposal.decision_id}`}>
            {t('decisions.readDecision')}
          </Link>
        </p>
      ) : null}

      <h2 class="govuk-heading-m">{t('decisions.whoHasVotedHeading')}</h2>
      <WhoHasVoted proposal={proposal} />

      <h2 class="govuk-heading-m">{t('decisions.objectionsHeading')}</h2>
      <ObjectionList objections={proposal.objections ?? []} idPrefix="proposal" />

      {proposal.tally ? (
        <section aria-labelledby="tally-heading">
          <h2 class="govuk-heading-m" id="tally-heading">
            {t('decisions.tallyHeading')}
          </h2>
          <TallyTables
            tally={proposal.tally}
            method={proposal.method}
            options={proposal.options}
            idPrefix="tally"
            weighting={proposal.weighting}
            threshold={proposal.threshold}
            standing={(proposal.objections ?? []).filter((objection) => objection.status === 'standing' && objection.version === proposal.version).length}
          />
        </section>
      ) : null}

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {!isOpen ? (
            <p class="govuk-body">{t('decisions.closedForVotes')}</p>
          ) : outside ? (
            <p class="govuk-body" id="outside-project">
              {t('decisions.outsiderCannotTakePart')}
            </p>
          ) : project.facilitating ? (
            <FacilitatorNotice project={project} />
          ) : (
            <VoteForm key={`${proposal.version}-${version}`} proposal={proposal} project={project} onVoted={after('voted')} />
          )}
          {canAmend ? <AmendForm key={proposal.version} proposal={proposal} onAmended={after('amended')} /> : null}
          <Comments proposalId={proposal.id} comments={comments} taking={!isOpen ? 'closed' : outside || project.facilitating ? 'outside' : 'open'} onAdded={() => setVersion((value) => value + 1)} />
          {proposal.can_close && proposal.status === 'open' ? <CloseForm proposal={proposal} /> : null}
        </div>
      </div>
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}/proposals`}>
          {t('decisions.backToList')}
        </Link>
      </p>
    </>
  );
}
