// What every barometer page shares: a state as words and a tag, the names of
// barriers, figures and categories, and the figure's value in plain words.

import type { FigureState } from '../api/barometer';
import type { MessageKey, Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { alertText, categoryKey, fewerThan, formatThreshold, formatValue, isDefaultWording } from '../text/barometer';
import type { Words } from '../text/barometer';
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
  const { t, language } = useI18n();
  const w = words(t);
  return {
    value: (value: number | null, unit: string) => formatValue(value, unit, language, w),
    threshold: (threshold: number | null, alertWhen: string, unit: string) => formatThreshold(threshold, alertWhen, unit, language, w),
    fewerThan: (smallNumber: number) => fewerThan(smallNumber, language, w),
    alert: (alert: Alert) =>
      alertText(alert, language, w, { group: (group) => groupName(t, group), category: (category) => categoryName(t, category) }),
  };
}

// A name the server sent in English (a count's name): a group's name when it
// is one, else the English words, marked as English on other pages.
export function CountName({ name }: { name: string }) {
  const { t, language } = useI18n();
  const group = groupName(t, name);
  if (group !== name) return <>{group}</>;
  return <span lang={language === 'en' ? undefined : 'en'}>{name}</span>;
}

// Text the server writes in English (a formula, what was missing).
export function EnglishText({ text, class: className }: { text: string; class?: string }) {
  const { language } = useI18n();
  return (
    <p class={className ?? 'govuk-body'} lang={language === 'en' ? undefined : 'en'} dir="ltr">
      {text}
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
