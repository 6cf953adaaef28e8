import { fetchProject, fetchTimeline } from '../api/projects';
import type { Moment, Project, Timeline, TimelineEvent } from '../api/types';
import type { PageProps } from '../router/page';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { groupName, stageName } from '../i18n/values';
import { dayCountCategory, formatDate, formatDateTime, formatDayCount } from '../text/dates';
import { eventMessage } from '../text/timeline';
import { ProjectBreadcrumbs } from './ProjectBreadcrumbs';
import { Table, TableHead } from '../components/Table';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { BackToProject } from './BackToProject';
import { ProjectHeading } from './ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = { project: Project; timeline: Timeline };

async function load(projectId: string): Promise<Loaded> {
  const [project, timeline] = await Promise.all([fetchProject(projectId), fetchTimeline(projectId)]);
  return { project, timeline };
}

// "3 days after the start", in the plural form the language needs.
export function lagText(t: Translate, language: string, days: number): string {
  const key = `timeline.lag.${dayCountCategory(days, language)}` as MessageKey;
  return t(key, { days: formatDayCount(days, language) });
}

function MomentCell({ moment, none }: { moment: Moment | null; none: string }) {
  const { t, language } = useI18n();
  if (!moment) return <td class="govuk-table__cell rt-not-yet">{none}</td>;
  return (
    <td class="govuk-table__cell">
      <span class="rt-line">{formatDateTime(moment.at, language)}</span>
      <span class="rt-line">{t('timeline.duringStage', { stage: stageName(t, moment.stage) })}</span>
      <span class="rt-line">
        <strong>{lagText(t, language, moment.lag_days)}</strong>
      </span>
    </td>
  );
}

// What happened, in words: who was invited, chaired, took part, what was decided.
function eventText(t: Translate, event: TimelineEvent): string {
  const { key, parameters } = eventMessage(event.kind, event.name);
  return t(key as MessageKey, parameters);
}

export function TimelinePage({ parameters }: PageProps) {
  const { t, formatList, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  useLoadingPageTitle(loaded, loaded.data && t('timeline.title', { title: loaded.data.project.title }));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { project, timeline } = loaded.data;

  return (
    <>
      <ProjectBreadcrumbs project={project} />
      <ProjectHeading project={project}>{t('timeline.heading')}</ProjectHeading>
      <p class="govuk-body">{t('timeline.intro', { date: formatDate(timeline.created_at, language) })}</p>

      <Table class="rt-timeline">
        <caption class="govuk-table__caption govuk-table__caption--m">{t('timeline.groupsCaption')}</caption>
        <TableHead columns={[t('person.group'), t('timeline.firstInvited'), t('timeline.firstAccepted'), t('timeline.firstTookPart')]} />
        <tbody class="govuk-table__body">
          {timeline.groups.map((row) => (
            <tr class="govuk-table__row" key={row.group}>
              <th scope="row" class="govuk-table__header">
                <span class="rt-line">{groupName(t, row.group)}</span>
                <span class="rt-line govuk-body-s">{row.required ? t('timeline.required') : t('timeline.notRequired')}</span>
              </th>
              <MomentCell moment={row.invited} none={t('timeline.notInvited')} />
              <MomentCell moment={row.accepted} none={t('timeline.notAccepted')} />
              <MomentCell moment={row.took_part} none={t('timeline.notTakenPart')} />
            </tr>
          ))}
        </tbody>
      </Table>

      <h2 class="govuk-heading-m">{t('timeline.stageChanges')}</h2>
      {timeline.stage_changes.length === 0 ? (
        <p class="govuk-body">{t('timeline.noStageChanges', { stage: stageName(t, timeline.stage) })}</p>
      ) : (
        <Table>
          <caption class="govuk-table__caption govuk-visually-hidden">{t('timeline.stageChanges')}</caption>
          <TableHead columns={[t('timeline.when'), t('timeline.move'), t('timeline.by'), t('stage.reason')]} />
          <tbody class="govuk-table__body">
            {timeline.stage_changes.map((change) => (
              <tr class="govuk-table__row" key={`${change.at}-${change.to}`}>
                <td class="govuk-table__cell">{formatDateTime(change.at, language)}</td>
                <td class="govuk-table__cell">
                  <span class="rt-line">{t('timeline.fromTo', { from: stageName(t, change.from), to: stageName(t, change.to) })}</span>
                  {change.override ? <strong class="govuk-tag govuk-tag--orange">{t('timeline.override')}</strong> : null}
                </td>
                <td class="govuk-table__cell">{change.by_name}</td>
                <td class="govuk-table__cell">
                  <span class="rt-line rt-preserve-lines" dir={textDirection(change.reason)}>
                    <Lines text={change.reason} />
                  </span>
                  {change.missing_groups.length ? (
                    <span class="rt-line govuk-body-s">
                      {t('timeline.missingThen', { groups: formatList(change.missing_groups.map((group) => groupName(t, group))) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 class="govuk-heading-m">{t('timeline.events')}</h2>
      {timeline.events.length === 0 ? (
        <p class="govuk-body">{t('timeline.noEvents')}</p>
      ) : (
        <Table>
          <caption class="govuk-table__caption govuk-visually-hidden">{t('timeline.events')}</caption>
          <TableHead columns={[t('timeline.when'), t('timeline.what'), t('person.group'), t('project.stage')]} />
          <tbody class="govuk-table__body">
            {timeline.events.map((event, index) => (
              <tr class="govuk-table__row" key={index}>
                <td class="govuk-table__cell">{formatDateTime(event.at, language)}</td>
                <td class="govuk-table__cell">{eventText(t, event)}</td>
                {/* A decision closed by someone who takes part in no group (a facilitator) has none. */}
                <td class="govuk-table__cell">{event.group ? groupName(t, event.group) : t('timeline.noGroup')}</td>
                <td class="govuk-table__cell">{stageName(t, event.stage)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <BackToProject project={project} />
    </>
  );
}
