// The barometer's settings (issue 14, items 5 and 6): thresholds per figure
// with the defaults shown, the small-number threshold, the reach threshold,
// the population baseline per category and the experience wording.
// Conveners change them; everyone else reads them.

import { useState } from 'preact/hooks';
import { experienceQuestions, fetchSettings, saveSettings } from '../api/barometer';
import type { BarometerSettings, SettingsUpdate } from '../api/barometer';
import type { FieldErrors } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextInput } from '../components/Fields';
import { exactMessages, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { focusSuccessBanner } from '../projects/focus';
import type { PageProps } from '../router/page';
import { useSession } from '../session/session';
import { figureCatalogue, formatRatio, formatShare, parsePercent, parseThreshold, percentInput, thresholdInput } from '../text/barometer';
import { barrierName, categoryName, experienceText, figureName, useFormatters } from './shared';
import { parseWholeNumber } from '../text/digits';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

const unitHint = { share: 'barometer.settings.unitShare', ratio: 'barometer.settings.unitRatio', days: 'barometer.settings.unitDays', count: 'barometer.settings.unitCount' } as const;
const fieldId = (name: string) => `settings-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
const barriers = Array.from(new Set(figureCatalogue.map((figure) => figure.barrier)));
const withThreshold = figureCatalogue.filter((figure) => figure.alertWhen !== 'never');

function SettingsForm({ settings, onSaved }: { settings: BarometerSettings; onSaved: (settings: BarometerSettings) => void }) {
  const { t } = useI18n();
  const format = useFormatters();
  const form = useFormSubmission(t);
  usePageTitle(t('barometer.settings.title'), Object.keys(form.errors).length > 0 || !!form.generalError);
  const [thresholds, setThresholds] = useState<Record<string, string>>(() =>
    Object.fromEntries(withThreshold.map((figure) => [figure.key, thresholdInput(settings.thresholds[figure.key] ?? settings.defaults.thresholds[figure.key] ?? 0, figure.unit)])),
  );
  const [small, setSmall] = useState(String(settings.small_number));
  const [reach, setReach] = useState(String(settings.reach_threshold));
  const [baseline, setBaseline] = useState<Record<string, string>>(() =>
    Object.fromEntries(settings.categories.map((category) => [category, settings.baseline[category] === undefined ? '' : percentInput(settings.baseline[category])])),
  );
  const [wording, setWording] = useState<Record<string, string>>(() =>
    Object.fromEntries(experienceQuestions.map((question) => [question, settings.experience_wording[question] ?? ''])),
  );

  const fieldIds: Record<string, string> = { small_number: fieldId('small_number'), reach_threshold: fieldId('reach_threshold'), baseline: fieldId(`baseline.${settings.categories[0] ?? ''}`), thresholds: fieldId(`thresholds.${withThreshold[0].key}`), experience_wording: fieldId(`wording.${experienceQuestions[0]}`) };
  for (const figure of withThreshold) fieldIds[`thresholds.${figure.key}`] = fieldId(`thresholds.${figure.key}`);
  for (const category of settings.categories) fieldIds[`baseline.${category}`] = fieldId(`baseline.${category}`);
  for (const question of experienceQuestions) fieldIds[`experience_wording.${question}`] = fieldId(`wording.${question}`);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    const update: SettingsUpdate = { thresholds: {}, baseline: {}, experience_wording: {} };
    for (const figure of withThreshold) {
      const typed = thresholds[figure.key].trim();
      if (!typed) continue;
      const value = parseThreshold(typed, figure.unit);
      // Sent as typed when unreadable here, so the server's answer names the field too.
      if (value === null) errors[`thresholds.${figure.key}`] = [t('barometer.settings.invalidThreshold', { figure: figureName(t, figure.key) })];
      else update.thresholds![figure.key] = value;
    }
    const smallNumber = parseWholeNumber(small, 3, 50);
    if (smallNumber === null) errors.small_number = [t('barometer.settings.invalidSmall')];
    else update.small_number = smallNumber;
    const reachValue = parseThreshold(reach, 'ratio');
    if (reachValue === null) errors.reach_threshold = [t('barometer.settings.invalidReach')];
    else update.reach_threshold = reachValue;
    for (const category of settings.categories) {
      const typed = (baseline[category] ?? '').trim();
      if (!typed) continue;
      const share = parsePercent(typed);
      if (share === null) errors[`baseline.${category}`] = [t('barometer.settings.invalidBaseline', { category: categoryName(t, category) })];
      else update.baseline![category] = share;
    }
    for (const question of experienceQuestions) {
      const text = wording[question].trim();
      if (text) update.experience_wording![question] = text;
    }
    form.submit(async () => onSaved(await saveSettings(update)), errors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{t('barometer.settings.thresholdsHeading')}</h2>
      <p class="govuk-body">{t('barometer.settings.thresholdsIntro')}</p>
      {barriers.map((barrier) => (
        <fieldset class="govuk-fieldset rt-question" key={barrier}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{barrierName(t, barrier)}</legend>
          {withThreshold.filter((figure) => figure.barrier === barrier).map((figure) => {
            const name = `thresholds.${figure.key}`;
            const fallback = settings.defaults.thresholds[figure.key];
            return (
              <TextInput
                key={figure.key}
                id={fieldId(name)}
                name={name}
                label={figureName(t, figure.key)}
                hint={`${t(unitHint[figure.unit as keyof typeof unitHint])} ${t(figure.alertWhen === 'above' ? 'barometer.settings.alertAbove' : 'barometer.settings.alertBelow')} ${fallback === undefined ? '' : t('barometer.settings.default', { value: format.value(fallback, figure.unit) })}`.trim()}
                widthClass="govuk-input--width-5"
                value={thresholds[figure.key]}
                onValue={(value) => setThresholds((current) => ({ ...current, [figure.key]: value }))}
                errors={exactMessages(form.errors, name)}
              />
            );
          })}
        </fieldset>
      ))}
      <h2 class="govuk-heading-m">{t('barometer.settings.smallHeading')}</h2>
      <TextInput id={fieldId('small_number')} name="small_number" label={t('barometer.settings.small')} hint={t('barometer.settings.smallHint', { value: settings.defaults.small_number })} widthClass="govuk-input--width-3" value={small} onValue={setSmall} errors={exactMessages(form.errors, 'small_number')} />
      <h2 class="govuk-heading-m">{t('barometer.settings.reachHeading')}</h2>
      <TextInput id={fieldId('reach_threshold')} name="reach_threshold" label={t('barometer.settings.reach')} hint={t('barometer.settings.reachHint', { value: formatRatio(settings.defaults.reach_threshold, 'en') })} widthClass="govuk-input--width-5" value={reach} onValue={setReach} errors={exactMessages(form.errors, 'reach_threshold')} />
      <h2 class="govuk-heading-m">{t('barometer.settings.baselineHeading')}</h2>
      <p class="govuk-body">{t('barometer.settings.baselineIntro')}</p>
      <ErrorList errors={exactMessages(form.errors, 'baseline')} />
      {settings.categories.map((category) => {
        const name = `baseline.${category}`;
        return (
          <TextInput
            key={category}
            id={fieldId(name)}
            name={name}
            label={categoryName(t, category)}
            hint={t('barometer.settings.baselineHint')}
            widthClass="govuk-input--width-5"
            value={baseline[category] ?? ''}
            onValue={(value) => setBaseline((current) => ({ ...current, [category]: value }))}
            errors={exactMessages(form.errors, name)}
          />
        );
      })}
      <h2 class="govuk-heading-m">{t('barometer.settings.wordingHeading')}</h2>
      <p class="govuk-body">{t('barometer.settings.wordingIntro')}</p>
      {experienceQuestions.map((question) => {
        const name = `experience_wording.${question}`;
        return (
          <TextInput
            key={question}
            id={fieldId(`wording.${question}`)}
            name={name}
            label={t('barometer.settings.wordingLabel', { question: experienceText(t, question, '') })}
            value={wording[question]}
            onValue={(value) => setWording((current) => ({ ...current, [question]: value }))}
            errors={exactMessages(form.errors, name)}
          />
        );
      })}
      <Button busy={form.submitting} busyText={t('common.saving')}>{t('barometer.settings.save')}</Button>
    </form>
  );
}

function ErrorList({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return <p class="govuk-error-message" id={fieldId('baseline')}>{errors.join(' ')}</p>;
}

function SettingsSummary({ settings }: { settings: BarometerSettings }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  return (
    <>
      <Table id="settings-thresholds">
        <caption class="govuk-table__caption govuk-table__caption--m">{t('barometer.settings.thresholdsHeading')}</caption>
        <TableHead columns={[t('barometer.settings.figure'), t('barometer.threshold'), t('barometer.settings.defaultColumn')]} />
        <tbody class="govuk-table__body">
          {withThreshold.map((figure) => (
            <tr class="govuk-table__row" key={figure.key}>
              <th scope="row" class="govuk-table__header">{figureName(t, figure.key)}</th>
              <td class="govuk-table__cell">{format.threshold(settings.thresholds[figure.key] ?? settings.defaults.thresholds[figure.key] ?? null, figure.alertWhen, figure.unit)}</td>
              <td class="govuk-table__cell">{format.value(settings.defaults.thresholds[figure.key] ?? null, figure.unit)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('barometer.settings.small')}>{settings.small_number}</SummaryRow>
        <SummaryRow label={t('barometer.settings.reach')}>{formatRatio(settings.reach_threshold, language)}</SummaryRow>
      </dl>
      <Table id="settings-baseline">
        <caption class="govuk-table__caption govuk-table__caption--m">{t('barometer.settings.baselineHeading')}</caption>
        <TableHead columns={[t('barometer.settings.category'), { text: t('barometer.settings.populationShare'), numeric: true }]} />
        <tbody class="govuk-table__body">
          {settings.categories.map((category) => (
            <tr class="govuk-table__row" key={category}>
              <th scope="row" class="govuk-table__header">{categoryName(t, category)}</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{settings.baseline[category] === undefined ? t('barometer.settings.notSet') : formatShare(settings.baseline[category], language)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

export function SettingsPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const loaded = useResource(fetchSettings, []);
  const [saved, setSaved] = useState<BarometerSettings | null>(null);
  usePageTitle(t('barometer.settings.title'));
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const settings = saved ?? loaded.data;
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('barometer.overview.title'), href: '/barometer' }]} />
      {saved ? <NotificationBanner kind="success" heading={t('barometer.settings.saved')} /> : null}
      <h1 class="govuk-heading-l">{t('barometer.settings.title')}</h1>
      <p class="govuk-body">{t('barometer.settings.intro')}</p>
      {isConvener ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <SettingsForm key={saved ? JSON.stringify(saved) : 'loaded'} settings={settings} onSaved={(answer) => { setSaved(answer); focusSuccessBanner(); }} />
          </div>
        </div>
      ) : (
        <>
          <p class="govuk-body">{t('barometer.settings.readOnly')}</p>
          <SettingsSummary settings={settings} />
        </>
      )}
    </>
  );
}
