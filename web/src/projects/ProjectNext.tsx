import { listActivities } from '../api/activities';
import { listContributions } from '../api/contributions';
import { listProposals } from '../api/decisions';
import { listMyInvitations } from '../api/projects';
import type { Project } from '../api/types';
import { Loading } from '../components/Loading';
import { Title } from '../components/Title';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDateTime } from '../text/dates';
import { projectNextSteps } from '../text/projectNext';
import type { NextInput, Step } from '../text/projectNext';

type Loaded = Pick<NextInput, 'myInvitationId' | 'nextActivity' | 'openProposals' | 'contributionsWaiting'> & { closes: Map<string, string> };

// Each list is asked for on its own: one that fails leaves its steps out, not the page.
async function load(project: Project): Promise<Loaded> {
  const now = Date.now();
  const [invitations, activities, proposals, contributions] = await Promise.all([
    project.can_manage ? Promise.resolve(null) : listMyInvitations().catch(() => null),
    listActivities(project.id).catch(() => null),
    listProposals(project.id).catch(() => null),
    listContributions(project.id, { status: 'received' }).catch(() => null),
  ]);
  const mine = invitations?.items.find((invitation) => invitation.project_id === project.id && invitation.status === 'pending');
  const next = activities?.items.find((activity) => activity.status === 'scheduled' && Date.parse(activity.ends_at) > now);
  const open = (proposals?.items ?? []).filter((proposal) => proposal.status === 'open' && Date.parse(proposal.closes_at) > now);
  const waiting = (contributions?.items ?? []).filter((contribution) => project.can_manage || contribution.mine);
  return {
    myInvitationId: mine?.id ?? null,
    nextActivity: next
      ? { id: next.id, title: next.title, startsAt: next.starts_at, signup: next.my_signup ? next.my_signup.status : null }
      : null,
    openProposals: open.map((proposal) => ({ id: proposal.id, title: proposal.title, voted: !!proposal.my_vote, canTakePart: !!proposal.can_take_part })),
    contributionsWaiting: waiting.length,
    closes: new Map(open.map((proposal) => [proposal.id, proposal.closes_at])),
  };
}

function StepStatusText({ step }: { step: Step }) {
  const { t } = useI18n();
  const text = t(`projectNext.status.${step.statusKey ?? step.status}` as MessageKey);
  if (step.status === 'done') return <>{text}</>;
  if (step.status === 'cannot') return <>{text}</>;
  return <strong class={`govuk-tag ${step.status === 'todo' ? 'govuk-tag--blue' : 'govuk-tag--light-blue'}`}>{text}</strong>;
}

// A GOV.UK task list of what is next in the project, before its links.
export function ProjectNext({ project }: { project: Project }) {
  const { t, formatList, language } = useI18n();
  const { isConvener } = useSession();
  const loaded = useResource(() => load(project), [project.id, project.updated_at, project.stage]);
  if (loaded.status === 'loading') return <Loading />;
  const data: Loaded = loaded.data ?? { myInvitationId: null, nextActivity: null, openProposals: [], contributionsWaiting: 0, closes: new Map() };
  const steps = projectNextSteps({
    projectId: project.id,
    stage: project.stage,
    missingGroups: project.missing_groups,
    coLeads: project.charter.co_leads.length,
    organiser: project.can_manage,
    convener: isConvener,
    unsent: project.counts.unsent,
    pending: project.counts.pending,
    ...data,
  });

  const name = (step: Step) => {
    if (step.key === 'activity' || step.key === 'vote') return <Title text={step.parameters.title} />;
    return t(`projectNext.${step.key}` as MessageKey, step.parameters);
  };

  const hint = (step: Step): string | null => {
    switch (step.key) {
      case 'groups':
        return step.status === 'done'
          ? t('projectNext.groupsDone')
          : t('projectNext.groupsHint', { groups: formatList(project.missing_groups.map((group) => groupName(t, group))) });
      case 'coLeads':
        return step.status === 'done'
          ? t('projectNext.coLeadsDone', { names: formatList(project.charter.co_leads.map((lead) => lead.name)) })
          : t(isConvener ? 'projectNext.coLeadsHint' : 'projectNext.coLeadsHintOthers');
      case 'move':
        return step.status === 'cannot' ? t('projectNext.moveHint') : t('projectNext.moveReady');
      case 'activity':
        return t('projectNext.activityHint', { date: formatDateTime(step.parameters.startsAt, language) });
      case 'vote': {
        const closes = data.closes.get(step.id.replace(/^vote-/, ''));
        return closes ? t('projectNext.voteHint', { date: formatDateTime(closes, language) }) : null;
      }
      case 'planActivity':
      case 'noActivity':
      case 'myInvitation':
        return null;
      default:
        return t(`projectNext.${step.key}Hint` as MessageKey, step.parameters);
    }
  };

  return (
    <section aria-labelledby="project-next-heading" class="rt-project-next govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
      <h2 class="govuk-heading-m" id="project-next-heading">
        {t('projectNext.heading')}
      </h2>
      {steps.length === 0 ? (
        <p class="govuk-body">{t('projectNext.nothing')}</p>
      ) : (
        <ul class="govuk-task-list" id="project-next">
          {steps.map((step) => {
            const id = `next-${step.id}`;
            const words = hint(step);
            const describedBy = [words ? `${id}-hint` : '', `${id}-status`].filter(Boolean).join(' ');
            return (
              <li class={`govuk-task-list__item${step.href ? ' govuk-task-list__item--with-link' : ''}`} key={step.id} data-step={step.key}>
                <div class="govuk-task-list__name-and-hint">
                  {step.href === null ? (
                    <div>{name(step)}</div>
                  ) : step.href.startsWith('#') ? (
                    <a class="govuk-link govuk-task-list__link" href={step.href} aria-describedby={describedBy}>
                      {name(step)}
                    </a>
                  ) : (
                    <Link class="govuk-link govuk-task-list__link" href={step.href} aria-describedby={describedBy}>
                      {name(step)}
                    </Link>
                  )}
                  {words ? (
                    <div id={`${id}-hint`} class="govuk-task-list__hint">
                      {words}
                    </div>
                  ) : null}
                </div>
                <div
                  class={`govuk-task-list__status${step.status === 'cannot' ? ' govuk-task-list__status--cannot-start-yet' : ''}`}
                  id={`${id}-status`}
                >
                  <StepStatusText step={step} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      </div>
    </section>
  );
}
