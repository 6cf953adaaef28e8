import { useState } from 'preact/hooks';
import { addEvidence, createNeed, fetchPriority, listContributions, listNeeds, mergeNeed, saveRanking } from '../api/contributions';
import { fetchProject } from '../api/projects';
import type { Contribution, FieldErrors, Need, Priority, Project, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, Select, TextArea, TextInput } from '../components/Fields';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { afterTagsSaved, TagChooser, useAddedTags } from '../components/TagChooser';
import { useTagName } from '../components/Tags';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { useSuccessBannerFocus } from '../projects/focus';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { isolate, orderByPreference } from '../text/ordering';
import { OrderingList, useOrdering } from '../components/Ordering';
import { kindName, shortText } from './shared';
import { Table, TableHead } from '../components/Table';
import { groupsInProject } from '../projects/groups';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { BackToProject } from '../projects/BackToProject';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = { project: Project; needs: Need[]; priority: Priority; contributions: Contribution[] };

async function load(projectId: string): Promise<Loaded> {
  const [project, needs, priority, contributions] = await Promise.all([
    fetchProject(projectId),
    listNeeds(projectId),
    fetchPriority(projectId),
    listContributions(projectId),
  ]);
  return { project, needs: needs.items, priority, contributions: contributions.items };
}

const score = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(1) : '–');

function contributionChoices(t: ReturnType<typeof useI18n>['t'], contributions: Contribution[]) {
  return contributions.map((contribution) => ({
    value: contribution.id,
    text: `${kindName(t, contribution.kind)} (${groupName(t, contribution.group)}): ${isolate(shortText(contribution.text, 80))}`,
  }));
}

const needIds = { title: 'need-title', description: 'need-description', communities: 'need-communities', contribution_ids: 'need-evidence' };

function AddNeedForm({ data, onSaved }: { data: Loaded; onSaved: (key: MessageKey, title: string) => Promise<void> }) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const newTags = useAddedTags();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [communities, setCommunities] = useState<string[]>([]);
  const [evidence, setEvidence] = useState<string[]>([]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, needIds);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('needs.titleMissing')];
    form.submit(async () => {
      await afterTagsSaved(newTags.added, communities, language, isConvener);
      const need = await createNeed(data.project.id, {
        title: title.trim(),
        description: description.trim(),
        communities,
        contribution_ids: evidence,
      });
      setTitle('');
      setDescription('');
      setCommunities([]);
      setEvidence([]);
      await onSaved('needs.added', need.title);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={needIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('needs.addHeading')}</h2>
      <TextInput {...field('title')} label={t('needs.titleLabel')} value={title} onValue={setTitle} dir="auto" />
      <TextArea
        {...field('description')}
        label={t('needs.descriptionLabel')}
        value={description}
        onValue={setDescription}
        rows={3}
      />
      <TagChooser
        id={needIds.communities}
        name="communities"
        kind="communities"
        label={t('needs.communitiesLabel')}
        hint={t('needs.communitiesHint')}
        values={communities}
        onValues={setCommunities}
        onAdded={newTags.onAdded}
        errors={messagesFor(form.errors, 'communities')}
      />
      {data.contributions.length > 0 ? (
        <Checkboxes
          {...field('contribution_ids')}
          label={t('needs.evidenceLabel')}
          hint={t('needs.evidenceHint')}
          values={evidence}
          onValues={setEvidence}
          choices={contributionChoices(t, data.contributions)}
        />
      ) : null}
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('needs.addSubmit')}
      </Button>
    </form>
  );
}

const evidenceIds = { need: 'evidence-need', contribution_ids: 'evidence-contributions' };

function AddEvidenceForm({ data, onSaved }: { data: Loaded; onSaved: (key: MessageKey, title: string) => Promise<void> }) {
  const { t } = useI18n();
  const [needId, setNeedId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, evidenceIds);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!needId) clientErrors.need = [t('needs.needMissing')];
    if (chosen.length === 0) clientErrors.contribution_ids = [t('needs.evidenceMissing')];
    form.submit(async () => {
      const need = await addEvidence(needId, chosen);
      setChosen([]);
      await onSaved('needs.evidenceAdded', need.title);
    }, clientErrors);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={evidenceIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('needs.evidenceHeading')}</h2>
      <Select
        {...field('need')}
        label={t('needs.whichNeed')}
        value={needId}
        onValue={setNeedId}
        emptyChoice={t('needs.chooseNeed')}
        choices={data.needs.map((need) => ({ value: need.id, text: isolate(need.title) }))}
      />
      <Checkboxes
        {...field('contribution_ids')}
        name="evidence"
        label={t('needs.evidenceLabel')}
        values={chosen}
        onValues={setChosen}
        choices={contributionChoices(t, data.contributions)}
      />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('needs.evidenceSubmit')}
      </Button>
    </form>
  );
}

const mergeIds = { from: 'merge-from', into: 'merge-into' };

function MergeForm({ data, onSaved }: { data: Loaded; onSaved: (key: MessageKey, title: string) => Promise<void> }) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, mergeIds);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!from) clientErrors.from = [t('needs.mergeFromMissing')];
    if (!into) clientErrors.into = [t('needs.mergeIntoMissing')];
    else if (into === from) clientErrors.into = [t('needs.mergeSame')];
    form.submit(async () => {
      const need = await mergeNeed(from, into);
      setFrom('');
      setInto('');
      await onSaved('needs.merged', need.title);
    }, clientErrors);
  };
  const choices = data.needs.map((need) => ({ value: need.id, text: need.title }));
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={mergeIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('needs.mergeHeading')}</h2>
      <p class="govuk-body">{t('needs.mergeIntro')}</p>
      <Select {...field('from')} label={t('needs.mergeFrom')} value={from} onValue={setFrom} emptyChoice={t('needs.chooseNeed')} choices={choices} />
      <Select {...field('into')} label={t('needs.mergeInto')} value={into} onValue={setInto} emptyChoice={t('needs.chooseNeed')} choices={choices} />
      <Button secondary busy={form.submitting} busyText={t('common.saving')}>
        {t('needs.mergeSubmit')}
      </Button>
    </form>
  );
}

const rankingIds = { group: 'ranking-group', need_ids: 'ranking-list' };

function RankingForm({ data, onSaved }: { data: Loaded; onSaved: (priority: Priority) => Promise<void> }) {
  const { t } = useI18n();
  const { me } = useSession();
  const myGroups = groupsInProject(data.project, me?.user.groups ?? []);
  const [group, setGroup] = useState<string>(myGroups[0] ?? '');
  // Starts in the combined order, the place most people would start from.
  const [order, setOrder] = useState<string[]>(() =>
    orderByPreference(
      data.needs.map((need) => need.id),
      data.priority.order.map((item) => item.need_id),
    ),
  );
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, rankingIds);
  const titles = new Map(data.needs.map((need) => [need.id, need.title]));
  const titleOf = (id: string) => titles.get(id) ?? '';
  // A need's buttons are named by the need, not its place: they move with it.
  const buttonId = (direction: 'up' | 'down', _index: number, id: string) => `ranking-${direction}-${id}`;
  const { move, announcement } = useOrdering(order, setOrder, titleOf, buttonId);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!group) clientErrors.group = [t('ranking.groupMissing')];
    form.submit(async () => {
      await onSaved(await saveRanking(data.project.id, group as StakeholderGroup, order));
    }, clientErrors);
  };

  if (myGroups.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={rankingIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('ranking.heading')}</h2>
      <p class="govuk-body">{t('ranking.intro')}</p>
      <Select
        {...field('group')}
        label={t('ranking.groupLabel')}
        hint={t('ranking.groupHint')}
        value={group}
        onValue={setGroup}
        choices={myGroups.map((value) => ({ value, text: groupName(t, value) }))}
      />
      <div class={messagesFor(form.errors, 'need_ids').length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        {messagesFor(form.errors, 'need_ids').map((message) => (
          <p class="govuk-error-message" key={message}>
            <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
          </p>
        ))}
        <OrderingList id={rankingIds.need_ids} label={t('ranking.listLabel')} items={order} textOf={titleOf} buttonId={buttonId} onMove={move} />
      </div>
      <p class="govuk-visually-hidden" aria-live="polite" id="ranking-announcement">
        {announcement}
      </p>
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('ranking.submit')}
      </Button>
    </form>
  );
}

function PriorityTable({ priority }: { priority: Priority }) {
  const { t, formatList } = useI18n();
  if (priority.order.length === 0) return null;
  return (
    <>
      <h2 class="govuk-heading-m">{t('priority.heading')}</h2>
      <p class="govuk-body">{t('priority.explain')}</p>
      <p class="govuk-body" id="priority-groups">
        {priority.groups.length === 0
          ? t('priority.noRankings')
          : t('priority.groupsRanked', {
              groups: formatList(priority.groups.map((item) => t('priority.groupRankers', { group: groupName(t, item.group), count: item.rankers }))),
            })}
      </p>
      <Table id="priority-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{t('priority.caption')}</caption>
        <TableHead columns={[t('priority.place'), t('priority.need'), t('priority.combined'), t('priority.byGroup')]} />
        <tbody class="govuk-table__body">
          {priority.order.map((item) => {
            const byGroup = Object.entries(item.by_group ?? {});
            return (
              <tr class="govuk-table__row" key={item.need_id}>
                <td class="govuk-table__cell">{item.rank}</td>
                <td class="govuk-table__cell" dir="auto">
                  <Title text={item.title} />
                </td>
                <td class="govuk-table__cell">{score(item.score)}</td>
                <td class="govuk-table__cell">
                  {byGroup.length === 0 ? (
                    t('common.none')
                  ) : (
                    <ul class="govuk-list govuk-!-margin-0">
                      {byGroup.map(([group, value]) => (
                        <li key={group}>{t('priority.groupScore', { group: groupName(t, group), score: score(value) })}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

export function NeedsPage({ parameters }: PageProps) {
  const { t, formatList } = useI18n();
  const tagName = useTagName();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  // After a change the page loads everything again before it says so.
  const [current, setCurrent] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<{ key: MessageKey; title?: string } | null>(null);
  const data = current ?? loaded.data;
  useLoadingPageTitle(loaded, data && t('needs.title', { title: data.project.title }));

  useSuccessBannerFocus(done);

  if (!data) return <NotLoaded resource={loaded} />;
  const { project, needs, priority } = data;
  const byId = new Map(needs.map((need) => [need.id, need]));
  const ordered = orderByPreference(
    needs.map((need) => need.id),
    priority.order.map((item) => item.need_id),
  ).map((id) => byId.get(id)!);
  const refresh = async (key: MessageKey, title?: string) => {
    setCurrent(await load(project.id));
    setVersion((value) => value + 1);
    setDone({ key, title });
  };

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      {done ? <NotificationBanner kind="success" heading={t(done.key, { title: done.title ?? '' })} /> : null}
      <ProjectHeading project={project}>{t('needs.heading')}</ProjectHeading>
      <p class="govuk-body">{t('needs.intro')}</p>
      <h2 class="govuk-heading-m">{t('needs.listHeading')}</h2>
      {ordered.length === 0 ? (
        <p class="govuk-body">{t('needs.none')}</p>
      ) : (
        <ol class="govuk-list govuk-list--number" id="needs-list">
          {ordered.map((need) => (
            <li key={need.id} id={`need-${need.id}`} class="govuk-!-margin-bottom-4">
              <h3 class="govuk-heading-s govuk-!-margin-bottom-1" dir="auto">
                <Title text={need.title} />
              </h3>
              {need.description ? (
                <p class="govuk-body rt-preserve-lines govuk-!-margin-bottom-1" dir={textDirection(need.description)}>
                  <Lines text={need.description} />
                </p>
              ) : null}
              {need.communities.length ? <p class="govuk-body-s govuk-!-margin-bottom-1">{t('needs.communitiesLine', { communities: formatList(need.communities.map(tagName)) })}</p> : null}
              <p class="govuk-body-s govuk-!-margin-bottom-1">
                {need.evidence.length === 0
                  ? t('needs.noEvidence')
                  : t('needs.evidenceLine', {
                      evidence: formatList(need.evidence.map((item) => t('needs.groupCount', { group: groupName(t, item.group), count: item.count }))),
                    })}
              </p>
              {typeof need.score === 'number' ? <p class="govuk-body-s govuk-!-margin-bottom-1">{t('needs.scoreLine', { score: score(need.score) })}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <PriorityTable priority={priority} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {needs.length > 0 ? (
            <RankingForm key={`rank-${version}-${needs.map((need) => need.id).join(',')}`} data={data} onSaved={() => refresh('ranking.saved')} />
          ) : null}
          {project.can_manage ? (
            <>
              <AddNeedForm key={`add-${version}`} data={data} onSaved={refresh} />
              {needs.length > 0 && data.contributions.length > 0 ? <AddEvidenceForm key={`evidence-${version}`} data={data} onSaved={refresh} /> : null}
              {needs.length > 1 ? <MergeForm key={`merge-${version}`} data={data} onSaved={refresh} /> : null}
            </>
          ) : null}
        </div>
      </div>
      <p class="govuk-body">
        <Link class="govuk-link" href={`/projects/${project.id}/contributions`}>
          {t('needs.toContributions')}
        </Link>
      </p>
      <BackToProject project={project} />
    </>
  );
}
