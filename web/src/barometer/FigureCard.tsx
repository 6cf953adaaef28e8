// One figure of the barometer: its value in words and its state, its
// threshold, how it is worked out (the formula, the counts, what was
// missing, each in the reader's language where the app knows the words), a
// chart by group where the counts are by group and any is not zero, its
// trend, and members' notes on it.

import { useState } from 'preact/hooks';
import type { FieldErrors } from '../api/types';
import { addNote, fetchTrend } from '../api/barometer';
import type { BarometerNote, Figure, Trend } from '../api/barometer';
import { stakeholderGroups } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea } from '../components/Fields';
import { messagesFor, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { Table, TableHead } from '../components/Table';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { formatDate, formatDateTime } from '../text/dates';
import { countsByGroup, formatShare, sharesOf } from '../text/barometer';
import { BarChart, LineChart } from './Chart';
import { CountName, StateTag, WordedText, figureAbout, figureName, stateName, useFormatters } from './shared';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { SummaryRow } from '../components/SummaryRow';

const domId = (key: string) => key.replace(/[^a-zA-Z0-9_-]/g, '-');

// The counts as a table: the raw numbers anyone can work the figure out from.
function CountsTable({ figure, caption }: { figure: Figure; caption: string }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const entries = Object.entries(figure.counts);
  if (entries.length === 0) return <p class="govuk-body">{t('barometer.noCounts')}</p>;
  const shown = (name: string, value: number) => {
    if (name === 'baseline share') return formatShare(value, language);
    if (figure.unit === 'pence' && stakeholderGroups.includes(name as never)) return format.value(value, 'pence');
    if (figure.unit === 'days' && stakeholderGroups.includes(name as never)) return format.value(value, 'days');
    return new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 2 }).format(value);
  };
  return (
    <Table class="rt-counts">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <TableHead columns={[t('barometer.counts.what'), { text: t('barometer.counts.number'), numeric: true }]} />
      <tbody class="govuk-table__body">
        {entries.map(([name, value]) => (
          <tr class="govuk-table__row" key={name}>
            <th scope="row" class="govuk-table__header"><CountName name={name} /></th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{shown(name, value)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

// For figures counted by group: a bar per group with a table of the same.
function ByGroupChart({ figure }: { figure: Figure }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const rows = countsByGroup(figure.counts, stakeholderGroups);
  // Nothing counted for any group: no chart of zeros (the counts are in "How this is worked out").
  if (rows.length < 2 || rows.every((row) => row.value === 0)) return null;
  const balance = figure.unit === 'ratio' || figure.unit === 'share';
  const shares = sharesOf(rows);
  const text = (row: { value: number; share: number }) =>
    balance ? formatShare(row.share, language) : format.value(row.value, figure.unit === 'pence' ? 'pence' : figure.unit === 'days' ? 'days' : 'count');
  const bars = shares.map((row) => ({ label: groupName(t, row.group), value: balance ? row.share : row.value, text: text(row) }));
  const name = figureName(t, figure.key);
  const heading = balance ? t('barometer.chart.sharesHeading') : t('barometer.chart.byGroupHeading');
  const description = t('barometer.chart.byGroupDescription', {
    figure: name,
    values: bars.map((bar) => `${bar.label}: ${bar.text}`).join('; '),
  });
  return (
    <div class="rt-chart-pair">
      <h4 class="govuk-heading-s">{heading}</h4>
      <BarChart id={`chart-${domId(figure.key)}`} bars={bars} description={description} max={balance ? 1 : undefined} />
      <Table class="rt-chart-table">
        <caption class="govuk-table__caption govuk-table__caption--s">{t('barometer.chart.tableCaption', { figure: name })}</caption>
        <TableHead
          columns={[
            t('person.group'),
            { text: balance ? t('barometer.chart.count') : t('barometer.chart.value'), numeric: true },
            balance ? { text: t('barometer.chart.share'), numeric: true } : null,
          ]}
        />
        <tbody class="govuk-table__body">
          {shares.map((row) => (
            <tr class="govuk-table__row" key={row.group}>
              <th scope="row" class="govuk-table__header">{groupName(t, row.group)}</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{balance ? new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 2 }).format(row.value) : text(row)}</td>
              {balance ? <td class="govuk-table__cell govuk-table__cell--numeric">{formatShare(row.share, language)}</td> : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

// The trend, asked for when the reader opens it.
function TrendDetails({ projectId, figure }: { projectId: string; figure: Figure }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const [trend, setTrend] = useState<{ status: 'idle' | 'loading' | 'failed'; error?: unknown } | { status: 'ready'; data: Trend }>({ status: 'idle' });
  const load = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || trend.status !== 'idle') return;
    setTrend({ status: 'loading' });
    fetchTrend(projectId, figure.key).then(
      (data) => setTrend({ status: 'ready', data }),
      (error: unknown) => setTrend({ status: 'failed', error }),
    );
  };
  const name = figureName(t, figure.key);
  const id = domId(figure.key);
  return (
    <details class="govuk-details" id={`trend-${id}`} onToggle={load}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t('barometer.trend.show')}</span>
      </summary>
      <div class="govuk-details__text">
        {trend.status === 'loading' ? <Loading /> : null}
        {trend.status === 'failed' ? <p class="govuk-body">{t('barometer.trend.failed')}</p> : null}
        {trend.status === 'ready' ? (() => {
          const points = trend.data.points;
          if (points.length === 0) return <p class="govuk-body">{t('barometer.trend.none')}</p>;
          const drawn = points.filter((point) => point.value !== null).map((point) => ({ day: new Date(`${point.day}T00:00:00Z`), value: point.value as number }));
          const description = t('barometer.trend.description', {
            figure: name,
            from: formatDate(points[0].day, language, 'UTC'),
            to: formatDate(points[points.length - 1].day, language, 'UTC'),
            values: points.map((point) => `${formatDate(point.day, language, 'UTC')}: ${format.value(point.value, figure.unit)}`).join('; '),
          });
          return (
            <>
              {drawn.length > 0 ? (
                <LineChart
                  id={`trend-chart-${id}`}
                  points={drawn}
                  description={description}
                  threshold={figure.alert_when === 'never' ? null : figure.threshold}
                  format={(value) => format.value(value, figure.unit)}
                  yMax={figure.unit === 'share' || figure.unit === 'ratio' ? 1 : undefined}
                />
              ) : null}
              {figure.threshold !== null && figure.alert_when !== 'never' && drawn.length > 0 ? <p class="govuk-body-s">{t('barometer.trend.thresholdLine')}</p> : null}
              <Table class="rt-trend-table">
                <caption class="govuk-table__caption govuk-table__caption--s">{t('barometer.trend.caption', { figure: name })}</caption>
                <TableHead columns={[t('barometer.trend.day'), t('barometer.value'), t('barometer.stateLabel')]} />
                <tbody class="govuk-table__body">
                  {points.map((point) => (
                    <tr class="govuk-table__row" key={point.day}>
                      <th scope="row" class="govuk-table__header">{formatDate(point.day, language, 'UTC')}</th>
                      <td class="govuk-table__cell">{format.value(point.value, figure.unit)}</td>
                      <td class="govuk-table__cell">{stateName(t, point.state)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          );
        })() : null}
      </div>
    </details>
  );
}

// Members' notes on a figure (dissent), newest first, and a form to add one.
export function Notes({ projectId, figure, notes, label }: { projectId: string; figure: string; notes: BarometerNote[]; label: string }) {
  const { t, language } = useI18n();
  const [added, setAdded] = useState<BarometerNote[]>([]);
  const [text, setText] = useState('');
  const form = useFormSubmission(t);
  const id = `note-${domId(figure)}`;
  const all = [...added, ...notes];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = text.trim() ? {} : { text: [t('barometer.notes.empty')] };
    form.submit(async () => {
      const note = await addNote(projectId, { figure, text: text.trim() });
      setAdded((current) => [note, ...current]);
      setText('');
    }, errors);
  };
  return (
    <div class="rt-notes">
      <h4 class="govuk-heading-s">{t('barometer.notes.heading')}</h4>
      {all.length === 0 ? <p class="govuk-body">{t('barometer.notes.none')}</p> : (
        <ul class="govuk-list rt-notes__list">
          {all.map((note) => (
            <li key={note.id} class="rt-note">
              <p class="govuk-body rt-preserve-lines" dir={textDirection(note.text)}>
                <Lines text={note.text} />
              </p>
              <p class="govuk-body-s rt-note__by">
                {note.group
                  ? t('barometer.notes.byGroup', { name: note.author_name, group: groupName(t, note.group), date: formatDateTime(note.created_at, language) })
                  : t('barometer.notes.by', { name: note.author_name, date: formatDateTime(note.created_at, language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t('barometer.notes.add')}</span>
        </summary>
        <div class="govuk-details__text">
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ text: id, figure: id }} failureCount={form.failureCount} />
            <TextArea id={id} name="text" rows={3} label={t('barometer.notes.label', { figure: label })} hint={t('barometer.notes.hint')} value={text} onValue={setText} errors={[...messagesFor(form.errors, 'text'), ...messagesFor(form.errors, 'figure')]} />
            <Button busy={form.submitting} busyText={t('common.saving')} class="govuk-button govuk-button--secondary">
              {t('barometer.notes.save')}
            </Button>
          </form>
        </div>
      </details>
    </div>
  );
}

export function FigureCard({ projectId, figure, smallNumber }: { projectId: string; figure: Figure; smallNumber?: number }) {
  const { t } = useI18n();
  const format = useFormatters();
  const name = figureName(t, figure.key);
  const about = figureAbout(t, figure.key);
  const id = domId(figure.key);
  const notEnough = figure.state === 'not_enough_data' || figure.value === null;
  const missing = format.missing(figure);
  void smallNumber;
  return (
    <section class="rt-figure" id={`figure-${id}`} aria-labelledby={`figure-${id}-heading`} data-state={figure.state}>
      <h3 class="govuk-heading-s rt-figure__heading" id={`figure-${id}-heading`}>{name}</h3>
      {about ? <p class="govuk-body">{about}</p> : null}
      <dl class="govuk-summary-list govuk-summary-list--no-border rt-figure__summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t('barometer.value')}</dt>
          <dd class="govuk-summary-list__value rt-figure__value">
            {notEnough ? <strong>{t('barometer.notEnoughData')}</strong> : <strong class="govuk-!-font-size-24">{format.value(figure.value, figure.unit)}</strong>}
            {notEnough && missing ? <WordedText class="govuk-body-s govuk-!-margin-bottom-0" worded={missing} /> : null}
          </dd>
        </div>
        <SummaryRow label={t('barometer.stateLabel')}><StateTag state={figure.state} /></SummaryRow>
        <SummaryRow label={t('barometer.threshold')}>{format.threshold(figure.threshold, figure.alert_when, figure.unit)}</SummaryRow>
      </dl>
      <ByGroupChart figure={figure} />
      <details class="govuk-details" id={`how-${id}`}>
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t('barometer.how')}</span>
        </summary>
        <div class="govuk-details__text">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t('barometer.formula')}</p>
          <WordedText worded={format.formula(figure)} />
          <CountsTable figure={figure} caption={t('barometer.counts.caption', { figure: name })} />
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t('barometer.missing')}</p>
          {missing ? <WordedText worded={missing} /> : <p class="govuk-body">{t('barometer.missingNone')}</p>}
        </div>
      </details>
      <TrendDetails projectId={projectId} figure={figure} />
      <Notes projectId={projectId} figure={figure.key} notes={figure.notes ?? []} label={name} />
    </section>
  );
}

