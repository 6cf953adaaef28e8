// Pure helpers for the co-production barometer (issue 14): a figure's value,
// its threshold and an alert in the reader's language. Unit tested without a
// browser (tests/unit/barometer.test.mjs), so it imports only other such helpers.

import { latinDigits } from './digits';

export type Words = (key: string, parameters?: Record<string, string | number>) => string;
type Unit = 'share' | 'ratio' | 'days' | 'count' | 'pence';
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

// The figures, their barrier, unit and direction, as in docs/barometer.md
// (and src/modules/barometer/settings.cpp): for the settings page.
export const figureCatalogue: { key: string; barrier: string; unit: Unit; alertWhen: 'below' | 'above' | 'never' }[] = [
  { key: 'earliest_stage', barrier: 'invited_early', unit: 'share', alertWhen: 'below' },
  { key: 'invitation_lag_days', barrier: 'invited_early', unit: 'days', alertWhen: 'above' },
  { key: 'participation_lag_days', barrier: 'invited_early', unit: 'days', alertWhen: 'above' },
  { key: 'voice_balance', barrier: 'marginal', unit: 'ratio', alertWhen: 'below' },
  { key: 'influence_balance', barrier: 'marginal', unit: 'ratio', alertWhen: 'below' },
  { key: 'vcs_share', barrier: 'marginal', unit: 'share', alertWhen: 'below' },
  { key: 'initiative_balance', barrier: 'equal_partner', unit: 'ratio', alertWhen: 'below' },
  { key: 'decision_weight_balance', barrier: 'equal_partner', unit: 'ratio', alertWhen: 'below' },
  { key: 'community_delivery_share', barrier: 'equal_partner', unit: 'share', alertWhen: 'below' },
  { key: 'quorum_rate', barrier: 'top_down', unit: 'share', alertWhen: 'below' },
  { key: 'closed_without_groups', barrier: 'top_down', unit: 'count', alertWhen: 'above' },
  { key: 'plain_language', barrier: 'language', unit: 'share', alertWhen: 'below' },
  { key: 'translation_coverage', barrier: 'language', unit: 'share', alertWhen: 'below' },
  { key: 'easy_read_coverage', barrier: 'language', unit: 'share', alertWhen: 'below' },
  { key: 'access_met', barrier: 'language', unit: 'share', alertWhen: 'below' },
  { key: 'unreachable', barrier: 'language', unit: 'count', alertWhen: 'above' },
  { key: 'median_days_to_payment', barrier: 'resources', unit: 'days', alertWhen: 'above' },
  { key: 'attended_not_offered', barrier: 'resources', unit: 'count', alertWhen: 'above' },
  { key: 'spend_by_group', barrier: 'resources', unit: 'pence', alertWhen: 'never' },
];

export const alertKeys = [
  'group_not_invited', 'invited_late', 'took_part_late', 'involved_late', 'voice_unbalanced', 'influence_unbalanced', 'initiative_unbalanced',
  'decision_weight_unbalanced', 'delivery_not_community_led', 'decided_without_groups', 'plain_language', 'translations_missing', 'needs_not_met', 'slow_payment',
  'not_offered', 'under_reached', 'unreachable',
] as const;

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

function number(value: number, language: string, digits: { min?: number; max: number }): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: digits.min ?? 0, maximumFractionDigits: digits.max }).format(value);
}

function pluralOf(value: number, language: string): PluralCategory {
  const options: Intl.PluralRulesOptions = Number.isInteger(value) ? {} : { minimumFractionDigits: 1 };
  return new Intl.PluralRules(locale(language), options).select(value) as PluralCategory;
}

// A share 0-1 as a percentage: whole numbers, one decimal place only when the
// rounding would hide a shortfall or a remainder (0.795 is 79.5%, not 80%).
export function formatShare(value: number, language: string): string {
  const whole = Math.round(value * 100);
  const exact = Math.abs(value * 100 - whole) < 1e-9;
  const max = exact ? 0 : 1;
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: max, minimumFractionDigits: 0 }).format(value);
}

// A ratio to two decimals: 0.92, 1.00.
export function formatRatio(value: number, language: string): string {
  return number(value, language, { min: 2, max: 2 });
}

// Pence as pounds: £12.50, "12,50 £". The sign is always "£": ICU writes
// "UK£" on Arabic pages and "GBP" on some Polish ones.
export function formatPounds(pence: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'GBP' })
    .formatToParts(Math.round(pence) / 100)
    .map((part) => (part.type === 'currency' ? '£' : part.value))
    .join('');
}

// "21 days", "1 day", "2.5 days", in the language's plural forms
// (barometer.days.zero|one|two|few|many|other).
export function formatDays(days: number, language: string, words: Words): string {
  const rounded = Math.round(days * 10) / 10;
  return words(`barometer.days.${pluralOf(rounded, language)}`, { days: number(rounded, language, { max: 1 }) });
}

// A figure's value in plain words; null (not enough data) is never a zero:
// the page says "Not enough data yet" instead.
export function formatValue(value: number | null, unit: string, language: string, words: Words): string {
  if (value === null || value === undefined || Number.isNaN(value)) return words('barometer.notEnoughData');
  switch (unit) {
    case 'share':
      return formatShare(value, language);
    case 'ratio':
      return formatRatio(value, language);
    case 'days':
      return formatDays(value, language, words);
    case 'pence':
      return formatPounds(value, language);
    default:
      return number(value, language, { max: 2 });
  }
}

// The alert line of a threshold: "Alert when below 80%", "Alert when over 14 days".
export function formatThreshold(threshold: number | null, alertWhen: string, unit: string, language: string, words: Words): string {
  if (threshold === null || threshold === undefined || alertWhen === 'never') return words('barometer.threshold.none');
  const value = formatValue(threshold, unit, language, words);
  return words(alertWhen === 'above' ? 'barometer.threshold.above' : 'barometer.threshold.below', { value });
}

// A baseline category ("age:75_plus") as the key of its name.
export function categoryKey(category: string): string {
  return `barometer.category.${category.replace(':', '.')}`;
}

// An alert in the reader's language, from its key and params; an alert key
// this app does not know yet keeps the server's English words.
export function alertText(
  alert: { key: string; message: string; params?: Record<string, string | number | undefined> },
  language: string,
  words: Words,
  names: { group: (group: string) => string; category: (category: string) => string },
): { text: string; action: string; known: boolean } {
  if (!(alertKeys as readonly string[]).includes(alert.key)) return { text: alert.message, action: words('barometer.action.default'), known: false };
  const params = alert.params ?? {};
  const parameters: Record<string, string | number> = {};
  if (params.group !== undefined) parameters.group = names.group(String(params.group));
  if (params.category !== undefined) parameters.category = names.category(String(params.category));
  if (params.days !== undefined) parameters.days = formatDays(Number(params.days), language, words);
  if (params.count !== undefined) parameters.count = number(Number(params.count), language, { max: 0 });
  return { text: words(`barometer.alert.${alert.key}`, parameters), action: words(`barometer.action.${alert.key}`), known: true };
}

// "Fewer than 5 people answered", in the language's plural forms.
export function fewerThan(smallNumber: number, language: string, words: Words): string {
  return words(`barometer.fewerThan.${pluralOf(smallNumber, language)}`, { count: number(smallNumber, language, { max: 0 }) });
}

// A mean rung (1-7) or a mean answer (1-5) to one decimal place.
export function formatMean(mean: number | null, language: string): string {
  return mean === null || mean === undefined ? '' : number(mean, language, { min: 1, max: 1 });
}

// The ladder's gap: community mean minus statutory mean, with its sign.
export function formatGap(gap: number, language: string): string {
  const text = number(Math.abs(gap), language, { min: 1, max: 1 });
  return gap > 0 ? `+${text}` : gap < 0 ? `\u2212${text}` : text;
}

// Settings: a share typed as a percentage ("80" or "80%") to 0-1, or null.
export function parsePercent(text: string): number | null {
  const cleaned = latinDigits(text).trim().replace(/%$/, '').trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  if (value < 0 || value > 100) return null;
  return Math.round(value * 100) / 10000;
}

// A share 0-1 back as the percentage typed ("80", "12.5").
export function percentInput(share: number): string {
  return String(Math.round(share * 10000) / 100);
}

// A threshold typed in its unit's own terms: shares as percentages, ratios
// as 0-1, days and counts as whole or decimal numbers. null when unreadable
// or out of the range the server accepts.
export function parseThreshold(text: string, unit: string): number | null {
  if (unit === 'share') return parsePercent(text);
  const cleaned = latinDigits(text).trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  if (unit === 'ratio') return value <= 1 ? value : null;
  if (unit === 'days') return value <= 365 ? value : null;
  return value <= 10000 ? value : null;
}

export function thresholdInput(value: number, unit: string): string {
  return unit === 'share' ? percentInput(value) : String(value);
}

// The part of a figure's counts that is one number per stakeholder group
// (voice, influence, lags, spend): for a bar chart by group. Empty when the
// counts are not by group.
export function countsByGroup(counts: Record<string, number>, groups: readonly string[]): { group: string; value: number }[] {
  return Object.entries(counts)
    .filter(([name]) => groups.includes(name))
    .map(([group, value]) => ({ group, value }));
}

// Each group's share of the total, for figures counted by group.
export function sharesOf(rows: { group: string; value: number }[]): { group: string; value: number; share: number }[] {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  return rows.map((row) => ({ ...row, share: total > 0 ? row.value / total : 0 }));
}

// A barrier's state from its figures, as the server works it out: alert when
// any figure is, else ok when any is, else not enough data.
export function barrierState(states: string[]): 'ok' | 'alert' | 'not_enough_data' {
  if (states.includes('alert')) return 'alert';
  if (states.includes('ok')) return 'ok';
  return 'not_enough_data';
}

// The wording the partnership has not changed is Roundtable's own, shown in
// the reader's language; a changed wording is shown as written.
export const defaultExperienceWording: Record<string, string> = {
  involved_early: 'I was involved early enough.',
  listened_to: 'My views were listened to.',
  understood: 'I understood what was said.',
  practical_support: 'I had the practical support I needed.',
  decided_together: 'Decisions were made together.',
};

export function isDefaultWording(question: string, text: string): boolean {
  const shipped = defaultExperienceWording[question];
  if (!shipped) return false;
  const plain = (value: string) => value.trim().replace(/\.$/, '').toLowerCase();
  return !text || plain(shipped) === plain(text);
}

// ---------------------------------------------------------------------------
// How a figure is worked out, in the reader's language. The server writes its
// formula, the names of its counts and what was missing in English
// (src/modules/barometer/figures.cpp and assemble.cpp); what was missing also
// comes sentence by sentence as keys with values (missing_parts). Each is
// worded here from the figure's key, the count's name or the sentence's key;
// one this app does not know keeps the server's English (`english: true`, for
// the page to mark it lang="en").

export type Worded = { text: string; english: boolean };
export type MissingPart = { key: string; params?: Record<string, string | undefined> };
export type GroupNames = {
  // A stakeholder group's name in the reader's language (the key itself when unknown).
  group: (group: string) => string;
  // Names joined as the language does: "a, b and c".
  list: (items: string[]) => string;
};

// The names the server gives its counts (and the totals "No {what} yet"
// names), each with the slug of its message (barometer.count.<slug>,
// barometer.missing.none_yet.<slug>).
export const countSlugs: Record<string, string> = {
  'groups first involved in discover': 'groups_first_involved_in_discover',
  'required groups': 'required_groups',
  'untraced items': 'untraced_items',
  'claims paid': 'claims_paid',
  'participants in the category': 'participants_in_the_category',
  'participants who answered': 'participants_who_answered',
  'baseline share': 'baseline_share',
  'decisions with every required group': 'decisions_with_every_required_group',
  decisions: 'decisions',
  'texts in plain language': 'texts_in_plain_language',
  'published texts': 'published_texts',
  translations: 'translations',
  'texts times languages': 'texts_times_languages',
  'texts in Easy Read': 'texts_in_easy_read',
  'needs met': 'needs_met',
  needs: 'needs',
  members: 'members',
  'attendances not paid by an employer': 'attendances_not_paid_by_an_employer',
  'places held by community groups': 'places_held_by_community_groups',
  'places leading the delivery': 'places_leading_the_delivery',
};

// The totals a share can have none of yet ("No decisions yet."): the
// server's share() names its total; each has a sentence of its own.
export const noneYetSlugs = ['required_groups', 'decisions', 'published_texts', 'texts_times_languages', 'needs', 'places_leading_the_delivery'] as const;

// The sentences of "what was missing" this app words itself.
export const missingKeys = [
  'not_required_groups', 'nothing_counted', 'one_required_group', 'untraced_items', 'untraced_decisions', 'no_claim_paid', 'none_yet',
  'baseline_no_share', 'nobody_answered', 'no_required_group', 'not_yet_counted_so_far', 'not_in_discover', 'vcs_not_required', 'no_members',
  'all_read_english', 'no_unpaid_attendances',
] as const;

// The figures whose formula is one sentence with nothing in it.
const plainFormulas = [
  'earliest_stage', 'invitation_lag_days', 'participation_lag_days', 'quorum_rate', 'closed_without_groups', 'plain_language',
  'translation_coverage', 'easy_read_coverage', 'access_met', 'unreachable', 'median_days_to_payment', 'attended_not_offered', 'spend_by_group',
  'community_delivery_share',
];
// The balances: a sentence of their own, then the normalised entropy.
const balanceFormulas = ['voice_balance', 'influence_balance', 'decision_weight_balance'];

// A count's name in the reader's language: a group's name when it is a
// group, else its message; a name this app does not know stays English.
export function countName(name: string, words: Words, names: Pick<GroupNames, 'group'>): Worded {
  const group = names.group(name);
  if (group !== name) return { text: group, english: false };
  const slug = countSlugs[name];
  return slug ? { text: words(`barometer.count.${slug}`), english: false } : { text: name, english: true };
}

// "local_authority,vcs" as "Local authority and Voluntary and community
// sector"; null when a key is not a group this app names.
function groupList(keys: string | undefined, names: GroupNames): string | null {
  const groups = (keys ?? '').split(',').map((key) => key.trim()).filter((key) => key !== '');
  if (groups.length === 0) return null;
  const named = groups.map((group) => names.group(group));
  if (named.some((name, index) => name === groups[index])) return null;
  return names.list(named);
}

function whole(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text.trim())) return null;
  return Number(text);
}

// One sentence of what was missing, or null when its key or a value is new to this app.
function missingSentence(part: MissingPart, language: string, words: Words, names: GroupNames): string | null {
  if (!(missingKeys as readonly string[]).includes(part.key)) return null;
  const params = part.params ?? {};
  const key = `barometer.missing.${part.key}`;
  switch (part.key) {
    case 'not_required_groups':
    case 'not_in_discover': {
      const groups = groupList(params.groups, names);
      return groups === null ? null : words(key, { groups });
    }
    case 'untraced_items':
    case 'untraced_decisions': {
      const count = whole(params.count);
      return count === null ? null : words(key, { count: number(count, language, { max: 0 }) });
    }
    case 'not_yet_counted_so_far': {
      const groups = groupList(params.groups, names);
      const days = params.days === undefined || params.days.trim() === '' ? Number.NaN : Number(params.days);
      if (groups === null || !Number.isFinite(days)) return null;
      return words(key, { groups, days: formatDays(days, language, words) });
    }
    case 'none_yet': {
      const slug = countSlugs[params.what ?? ''];
      return slug && (noneYetSlugs as readonly string[]).includes(slug) ? words(`barometer.missing.none_yet.${slug}`) : null;
    }
    default:
      return words(key);
  }
}

// What was missing, and how it was treated: every sentence in the reader's
// language, or, when one of them is new to this app, the server's English
// as a whole. null when nothing was missing.
export function missingText(
  figure: { missing: string; missing_parts?: MissingPart[] | null },
  language: string,
  words: Words,
  names: GroupNames,
): Worded | null {
  const parts = figure.missing_parts ?? [];
  if (parts.length === 0) return figure.missing ? { text: figure.missing, english: true } : null;
  const sentences = parts.map((part) => missingSentence(part, language, words, names));
  if (sentences.some((sentence) => sentence === null)) return figure.missing ? { text: figure.missing, english: true } : null;
  return { text: sentences.join(' '), english: false };
}

// A figure's formula in the reader's language, from the figure's key; the
// two with numbers or a group in them read those from the server's words.
// A figure (or a wording) this app does not know keeps the server's English.
export function formulaText(figure: { key: string; formula: string }, language: string, words: Words, names: Pick<GroupNames, 'group'>): Worded {
  const english = { text: figure.formula, english: true };
  const { key, formula } = figure;
  if (key.startsWith('reach:')) return { text: words('barometer.formula.reach'), english: false };
  if (plainFormulas.includes(key)) return { text: words(`barometer.formula.${key}`), english: false };
  if (balanceFormulas.includes(key)) return { text: words(`barometer.formula.${key}`, { entropy: words('barometer.formula.entropy') }), english: false };
  if (key === 'initiative_balance') {
    const made = /proposals made \((\d+)\), activities chaired \((\d+)\), co-lead places \((\d+)\) and initiatives led \((\d+)\)/.exec(formula);
    if (!made) return english;
    const [proposals, chairs, coLeads, initiatives] = made.slice(1).map((count) => number(Number(count), language, { max: 0 }));
    return {
      text: words('barometer.formula.initiative_balance', { proposals, chairs, coLeads, initiatives, entropy: words('barometer.formula.entropy') }),
      english: false,
    };
  }
  if (key === 'vcs_share') {
    // The voluntary and community sector not being a required group, the formula is only what it would be.
    if (formula.startsWith("The voluntary and community sector's share")) return { text: words('barometer.formula.vcs_share_not_required'), english: false };
    const credit = /^The (\w+) group's share/.exec(formula);
    if (!credit) return english;
    const group = names.group(credit[1]);
    if (group === credit[1]) return english;
    return { text: words('barometer.formula.credit_share', { group }), english: false };
  }
  return english;
}
