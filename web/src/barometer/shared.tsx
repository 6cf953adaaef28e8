// What every barometer page shares: a state as words and a tag, the names of
// barriers, figures and categories, and the figure's value in plain words.

import type { Figure, FigureState } from '../api/barometer';
import type { MessageKey, Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { alertText, categoryKey, countName, fewerThan, formatThreshold, formatValue, formulaText, isDefaultWording, missingText } from '../text/barometer';
import type { Words, Worded } from '../text/barometer';
import type { Alert } from '../api/barometer';
import { Link } from '../router/router';

export const words = (t: Translate): Words => t as unknown as Words;

const stateColours: Record<FigureState, string> = {
  ok: 'govuk-tag--green',
  alert: 'govuk-tag--red',
  not_enough_data: 'govuk-tag--grey',
};

// Colour is never the only signal: the tag always says the state in words.
export function StateTag({ state }: { state: FigureState }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${stateColours[state] ?? 'govuk-tag--grey'}`}>{stateName(t, state)}</strong>;
}

export const stateName = (t: Translate, state: string) => lookUpValue(t, 'barometer.state', state);
export const barrierName = (t: Translate, barrier: string) => lookUpValue(t, 'barometer.barrier', barrier);

export function categoryName(t: Translate, category: string): string {
  const key = categoryKey(category) as MessageKey;
  const text = t(key);
  return text === key ? category : text;
}

export function figureName(t: Translate, key: string): string {
  if (key.startsWith('reach:')) return t('barometer.figure.reach', { category: categoryName(t, key.slice('reach:'.length)) });
  return lookUpValue(t, 'barometer.figure', key);
}

// What the figure measures, in the reader's language ('' for one we do not know).
export function figureAbout(t: Translate, key: string): string {
  if (key.startsWith('reach:')) return t('barometer.about.reach');
  const messageKey = `barometer.about.${key}` as MessageKey;
  const text = t(messageKey);
  return text === messageKey ? '' : text;
}


export function useFormatters() {
  const { t, language, formatList } = useI18n();
  const w = words(t);
  const group = (key: string) => groupName(t, key);
  return {
    // How the figure is worked out, in the reader's language where the app knows the words.
    formula: (figure: Figure) => formulaText(figure, language, w, { group }),
    missing: (figure: Figure) => missingText({ missing: figure.missing, missing_parts: figure.missing_parts }, language, w, { group, list: formatList }),
    countName: (name: string) => countName(name, w, { group }),
    value: (value: number | null, unit: string) => formatValue(value, unit, language, w),
    threshold: (threshold: number | null, alertWhen: string, unit: string) => formatThreshold(threshold, alertWhen, unit, language, w),
    fewerThan: (smallNumber: number) => fewerThan(smallNumber, language, w),
    alert: (alert: Alert) =>
      alertText(alert, language, w, { group: (group) => groupName(t, group), category: (category) => categoryName(t, category) }),
  };
}

// A count's name: a group's name when it is one, else its words in the
// reader's language; a name the app does not know is the server's English,
// marked as English on other pages.
export function CountName({ name }: { name: string }) {
  const { language } = useI18n();
  const worded = useFormatters().countName(name);
  return worded.english ? <span lang={language === 'en' ? undefined : 'en'}>{worded.text}</span> : <>{worded.text}</>;
}

// Text worded by the app in the reader's language, or, where the app does not
// know the words, the server's English: marked as English, left to right.
export function WordedText({ worded, class: className }: { worded: Worded; class?: string }) {
  const { language } = useI18n();
  const english = worded.english && language !== 'en';
  return (
    <p class={className ?? 'govuk-body'} lang={english ? 'en' : undefined} dir={english ? 'ltr' : undefined}>
      {worded.text}
    </p>
  );
}

// `withActions: false` leaves out the links to the pages that fix each alert,
// for readers who cannot use those pages (a member on the project page).
export function AlertList({ alerts, id, withActions = true }: { alerts: Alert[]; id?: string; withActions?: boolean }) {
  const { t } = useI18n();
  const format = useFormatters();
  if (alerts.length === 0) return null;
  return (
    <ul class="govuk-list rt-alerts" id={id}>
      {alerts.map((alert, index) => {
        const worded = format.alert(alert);
        return (
          <li key={`${alert.key}-${index}`} class="rt-alert" data-alert={alert.key}>
            <strong class="govuk-tag govuk-tag--red rt-alert__tag">{stateName(t, 'alert')}</strong>{' '}
            <span>{worded.text}</span>{' '}
            {withActions && alert.action_path ? (
              <Link class="govuk-link" href={alert.action_path}>
                {worded.action}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}


// An experience statement: Roundtable's own wording in the reader's
// language while the partnership keeps it, else the partnership's words.
export function experienceText(t: Translate, question: string, text: string): string {
  if (isDefaultWording(question, text)) {
    const key = `barometer.question.${question}` as MessageKey;
    const shipped = t(key);
    if (shipped !== key) return shipped;
  }
  return text;
}
