// The project barometer (issue 14, item 9): six barrier cards, then reach,
// the ladder of co-production and partners' experience. Every figure says
// its state in words, its value, its threshold and how it is worked out.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fetchBarometer } from '../api/barometer';
import type { Alert, Barometer, Breakdown, Experience, GroupBreakdown, Ladder } from '../api/barometer';
import { fetchProject } from '../api/projects';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { groupName, stageName } from '../i18n/values';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import type { PageProps } from '../router/page';
import { Link } from '../router/router';
import { formatDateTime } from '../text/dates';
import { formatGap, formatMean } from '../text/barometer';
import { BarChart } from './Chart';
import { FigureCard, Notes } from './FigureCard';
import { AlertList, StateTag, barrierName, experienceText, useFormatters } from './shared';
import { SummaryRow } from '../components/SummaryRow';
import { NotLoaded } from '../components/NotLoaded';

export const rungName = (t: (key: MessageKey) => string, rung: string) => t(`barometer.rung.${rung}` as MessageKey);

// A mean rung in words: "4.2 (between consulting and engaging)" is too
// much; the nearest rung's name with the number is enough.
function MeanRung({ mean, rungs }: { mean: number; rungs: string[] }) {
  const { t, language } = useI18n();
  const nearest = rungs[Math.min(rungs.length - 1, Math.max(0, Math.round(mean) - 1))];
  return <>{t('barometer.ladder.meanValue', { mean: formatMean(mean, language), rung: rungName(t, nearest) })}</>;
}

function BreakdownCell({ breakdown, smallNumber, children }: { breakdown: Breakdown; smallNumber: number; children: ComponentChildren }) {
  const { t } = useI18n();
  const format = useFormatters();
  if (breakdown.suppressed) return <td class="govuk-table__cell">{format.fewerThan(smallNumber)}</td>;
  if (breakdown.mean === null) return <td class="govuk-table__cell">{t('barometer.notEnoughData')}</td>;
  return <td class="govuk-table__cell">{children}</td>;
}

function LadderSection({ projectId, ladder, smallNumber }: { projectId: string; ladder: Ladder; smallNumber: number }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const groups: (GroupBreakdown & { label: string })[] = ladder.by_group.map((row) => ({ ...row, label: groupName(t, row.group) }));
  const chartable = groups.filter((row) => !row.suppressed && row.mean !== null);
  const bars = chartable.map((row) => ({ label: row.label, value: row.mean as number, text: formatMean(row.mean, language) }));
  return (
    <section class="rt-barrier" id="ladder" aria-labelledby="ladder-heading">
      <h2 class="govuk-heading-m" id="ladder-heading">{t('barometer.ladder.heading')}</h2>
      <p class="govuk-body">{t('barometer.ladder.intro')}</p>
      <p class="govuk-body">{t('barometer.ladder.stage', { stage: stageName(t, ladder.stage) })}</p>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('barometer.ladder.respondents')}>{ladder.suppressed ? format.fewerThan(smallNumber) : ladder.respondents}</SummaryRow>
        <SummaryRow label={t('barometer.ladder.mean')}>
          {ladder.suppressed ? format.fewerThan(smallNumber) : ladder.mean === null ? t('barometer.notEnoughData') : <MeanRung mean={ladder.mean} rungs={ladder.rungs} />}
        </SummaryRow>
        <SummaryRow label={t('barometer.ladder.gap')}>
          {ladder.gap === null ? t('barometer.ladder.noGap', { count: smallNumber }) : (
            <>
              <strong>{formatGap(ladder.gap, language)}</strong>{' '}
              {t(ladder.gap < 0 ? 'barometer.ladder.gapLower' : ladder.gap > 0 ? 'barometer.ladder.gapHigher' : 'barometer.ladder.gapSame')}
            </>
          )}
        </SummaryRow>
      </dl>
      <div class="rt-chart-pair">
        <h3 class="govuk-heading-s">{t('barometer.ladder.byGroupHeading')}</h3>
        {bars.length > 0 ? (
          <BarChart
            id="chart-ladder"
            bars={bars}
            max={7}
            description={t('barometer.ladder.chartDescription', { values: bars.map((bar) => `${bar.label}: ${bar.text}`).join('; ') })}
          />
        ) : null}
        <Table class="rt-ladder-table">
          <caption class="govuk-table__caption govuk-table__caption--s">{t('barometer.ladder.tableCaption')}</caption>
          <TableHead columns={[t('person.group'), t('barometer.ladder.respondents'), t('barometer.ladder.mean')]} />
          <tbody class="govuk-table__body">
            {groups.map((row) => (
              <tr class="govuk-table__row" key={row.group}>
                <th scope="row" class="govuk-table__header">{row.label}</th>
                <td class="govuk-table__cell">{row.suppressed ? format.fewerThan(smallNumber) : row.respondents}</td>
                <BreakdownCell breakdown={row} smallNumber={smallNumber}>{row.mean !== null ? <MeanRung mean={row.mean} rungs={ladder.rungs} /> : null}</BreakdownCell>
              </tr>
            ))}
            {(['statutory', 'community'] as const).map((side) => (
              <tr class="govuk-table__row" key={side}>
                <th scope="row" class="govuk-table__header">{t(side === 'statutory' ? 'barometer.ladder.statutory' : 'barometer.ladder.community')}</th>
                <td class="govuk-table__cell">{ladder[side].suppressed ? format.fewerThan(smallNumber) : ladder[side].respondents}</td>
                <BreakdownCell breakdown={ladder[side]} smallNumber={smallNumber}>{ladder[side].mean !== null ? <MeanRung mean={ladder[side].mean as number} rungs={ladder.rungs} /> : null}</BreakdownCell>
              </tr>
            ))}
          </tbody>
        </Table>
        <p class="govuk-body-s">{t('barometer.ladder.privacy')}</p>
      </div>
      <h3 class="govuk-heading-s">{t('barometer.ladder.yours')}</h3>
      {ladder.mine ? (
        <p class="govuk-body" id="ladder-mine">
          {t('barometer.ladder.mine', { rung: rungName(t, ladder.mine.rung), place: ladder.rungs.indexOf(ladder.mine.rung) + 1 })}
        </p>
      ) : (
        <p class="govuk-body" id="ladder-mine">{t('barometer.ladder.notRated')}</p>
      )}
      {ladder.can_rate ? (
        <p class="govuk-body">
          <Link class="govuk-button govuk-button--secondary" role="button" draggable={false} href={`/projects/${projectId}/ladder`} id="ladder-rate-link">
            {ladder.mine ? t('barometer.ladder.change') : t('barometer.ladder.rate')}
          </Link>
        </p>
      ) : null}
      {ladder.comments ? (
        <>
          <h3 class="govuk-heading-s">{t('barometer.ladder.comments')}</h3>
          {ladder.comments.length === 0 ? <p class="govuk-body">{t('barometer.ladder.noComments')}</p> : (
            <ul class="govuk-list govuk-list--bullet">
              {ladder.comments.map((comment, index) => <li key={index} dir="auto">{comment}</li>)}
            </ul>
          )}
          <p class="govuk-body-s">{t('barometer.ladder.commentsNote')}</p>
        </>
      ) : null}
      <Notes projectId={projectId} figure="ladder" notes={ladder.notes ?? []} label={t('barometer.ladder.heading')} />
    </section>
  );
}

function ExperienceSection({ projectId, experience, smallNumber }: { projectId: string; experience: Experience; smallNumber: number }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const texts = new Map(experience.questions.map((question) => [question.key, experienceText(t, question.key, question.text)]));
  const shown = experience.by_question.filter((row) => row.mean !== null && !row.suppressed);
  const bars = shown.map((row) => ({ label: texts.get(row.key) ?? row.key, value: row.mean as number, text: formatMean(row.mean, language) }));
  const groups = Array.from(new Set(experience.by_question.flatMap((row) => row.by_group.map((group) => group.group))));
  return (
    <section class="rt-barrier" id="experience" aria-labelledby="experience-heading">
      <h2 class="govuk-heading-m" id="experience-heading">{t('barometer.experience.heading')}</h2>
      <p class="govuk-body">{t('barometer.experience.intro')}</p>
      <p class="govuk-body">
        {experience.suppressed ? format.fewerThan(smallNumber) : t('barometer.experience.respondents', { count: experience.respondents, stage: stageName(t, experience.stage) })}
      </p>
      {!experience.suppressed && bars.length > 0 ? (
        <div class="rt-chart-pair">
          <h3 class="govuk-heading-s">{t('barometer.experience.chartHeading')}</h3>
          <BarChart id="chart-experience" bars={bars} max={5} description={t('barometer.experience.chartDescription', { values: bars.map((bar) => `${bar.label} ${bar.text}`).join('; ') })} />
        </div>
      ) : null}
      <Table class="rt-experience-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{t('barometer.experience.tableCaption')}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{t('barometer.experience.statement')}</th>
            <th scope="col" class="govuk-table__header">{t('barometer.experience.everyone')}</th>
            {groups.map((group) => <th scope="col" class="govuk-table__header" key={group}>{groupName(t, group)}</th>)}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {experience.by_question.map((row) => (
            <tr class="govuk-table__row" key={row.key}>
              <th scope="row" class="govuk-table__header">{texts.get(row.key) ?? row.key}</th>
              <td class="govuk-table__cell">
                {experience.suppressed || row.suppressed ? format.fewerThan(smallNumber) : row.mean === null ? t('barometer.notEnoughData') : formatMean(row.mean, language)}
              </td>
              {groups.map((group) => {
                const cell = row.by_group.find((item) => item.group === group);
                return (
                  <td class="govuk-table__cell" key={group}>
                    {!cell || cell.suppressed ? format.fewerThan(smallNumber) : cell.mean === null ? t('barometer.notEnoughData') : formatMean(cell.mean, language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
      <p class="govuk-body-s">{t('barometer.experience.scale')}</p>
      {experience.can_answer ? (
        <p class="govuk-body">
          <Link class="govuk-button govuk-button--secondary" role="button" draggable={false} href={`/projects/${projectId}/experience`} id="experience-link">
            {t('barometer.experience.answer')}
          </Link>
        </p>
      ) : experience.answered ? (
        <p class="govuk-body" id="experience-answered">{t('barometer.experience.answered')}</p>
      ) : null}
      <Notes projectId={projectId} figure="experience" notes={experience.notes ?? []} label={t('barometer.experience.heading')} />
    </section>
  );
}

function AllAlerts({ barometer }: { barometer: Barometer }) {
  const { t } = useI18n();
  const alerts: Alert[] = [...barometer.barriers.flatMap((barrier) => barrier.alerts), ...(barometer.reach.alerts ?? [])];
  return (
    <div class="rt-alert-summary" id="barometer-alerts">
      <h2 class="govuk-heading-m">{t('barometer.alerts.heading')}</h2>
      {alerts.length === 0 ? <p class="govuk-body">{t('barometer.alerts.none')}</p> : <AlertList alerts={alerts} />}
    </div>
  );
}

export function BarometerPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const [flash] = useState(takeFlash);
  const project = useResource(() => fetchProject(parameters.id), [parameters.id]);
  const loaded = useResource(() => fetchBarometer(parameters.id), [parameters.id]);
  usePageTitle(project.data ? t('barometer.project.pageTitle', { project: project.data.title }) : t('barometer.project.title'));

  if (project.status !== 'ready' || loaded.status !== 'ready') return <NotLoaded resource={[project, loaded]} />;
  const barometer = loaded.data;
  const small = barometer.small_number;
  return (
    <>
      <ProjectBreadcrumbs project={project.data} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l"><Title text={project.data.title} /></span>
      <h1 class="govuk-heading-l">{t('barometer.project.title')}</h1>
      <p class="govuk-body-l">{t('barometer.project.intro')}</p>
      <p class="govuk-body">
        {t('barometer.project.computed', { date: formatDateTime(barometer.computed_at, language), stage: stageName(t, barometer.stage) })}
      </p>
      <Table class="rt-barrier-summary">
        <caption class="govuk-table__caption govuk-table__caption--m">{t('barometer.project.summaryCaption')}</caption>
        <TableHead columns={[t('barometer.barrierLabel'), t('barometer.stateLabel'), { text: t('barometer.alertsLabel'), numeric: true }]} />
        <tbody class="govuk-table__body">
          {barometer.barriers.map((barrier) => (
            <tr class="govuk-table__row" key={barrier.key}>
              <th scope="row" class="govuk-table__header"><a class="govuk-link" href={`#barrier-${barrier.key}`}>{barrierName(t, barrier.key)}</a></th>
              <td class="govuk-table__cell"><StateTag state={barrier.state} /></td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{barrier.alerts.length}</td>
            </tr>
          ))}
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header"><a class="govuk-link" href="#reach">{t('barometer.reach.heading')}</a></th>
            <td class="govuk-table__cell"><StateTag state={barometer.reach.state} /></td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{barometer.reach.alerts?.length ?? 0}</td>
          </tr>
        </tbody>
      </Table>
      <AllAlerts barometer={barometer} />
      {barometer.barriers.map((barrier) => (
        <section class="rt-barrier" id={`barrier-${barrier.key}`} key={barrier.key} aria-labelledby={`barrier-${barrier.key}-heading`} data-state={barrier.state}>
          <h2 class="govuk-heading-m" id={`barrier-${barrier.key}-heading`}>
            {barrierName(t, barrier.key)} <StateTag state={barrier.state} />
          </h2>
          <p class="govuk-body">{t(`barometer.barrierAbout.${barrier.key}` as MessageKey)}</p>
          <AlertList alerts={barrier.alerts} />
          {barrier.figures.map((figure) => <FigureCard key={figure.key} projectId={barometer.project_id} figure={figure} />)}
        </section>
      ))}
      <section class="rt-barrier" id="reach" aria-labelledby="reach-heading" data-state={barometer.reach.state}>
        <h2 class="govuk-heading-m" id="reach-heading">
          {t('barometer.reach.heading')} <StateTag state={barometer.reach.state} />
        </h2>
        <p class="govuk-body">{t('barometer.reach.intro')}</p>
        <p class="govuk-body" id="reach-answered">
          {barometer.reach.suppressed ? <ReachSuppressed small={small} /> : t('barometer.reach.answered', { count: barometer.reach.answered ?? 0 })}
        </p>
        <AlertList alerts={barometer.reach.alerts ?? []} />
        {barometer.reach.suppressed ? null : barometer.reach.figures.map((figure) => <FigureCard key={figure.key} projectId={barometer.project_id} figure={figure} />)}
        {!barometer.reach.suppressed && barometer.reach.figures.length === 0 ? <p class="govuk-body">{t('barometer.reach.noBaseline')} <Link class="govuk-link" href="/barometer/settings">{t('barometer.settings.title')}</Link></p> : null}
        <Notes projectId={barometer.project_id} figure="reach" notes={barometer.reach.notes ?? []} label={t('barometer.reach.heading')} />
      </section>
      <LadderSection projectId={barometer.project_id} ladder={barometer.ladder} smallNumber={small} />
      <ExperienceSection projectId={barometer.project_id} experience={barometer.experience} smallNumber={small} />
      <p class="govuk-body">
        <Link class="govuk-link" href="/barometer">{t('barometer.overview.link')}</Link>
      </p>
    </>
  );
}

function ReachSuppressed({ small }: { small: number }) {
  const format = useFormatters();
  const { t } = useI18n();
  return <>{format.fewerThan(small)} {t('barometer.reach.suppressedNote')}</>;
}
