import type { Contribution, ContributionStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { Translate } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';

export const kindName = (t: Translate, kind: string) => lookUpValue(t, 'contributionKind', kind);
export const statusName = (t: Translate, status: string) => lookUpValue(t, 'contributionStatus', status);
export const sourceName = (t: Translate, source: string) => lookUpValue(t, 'contributionSource', source);
export const questionKindName = (t: Translate, kind: string) => lookUpValue(t, 'questionKind', kind);

const statusColours: Record<ContributionStatus, string> = {
  received: 'govuk-tag--grey',
  considered: 'govuk-tag--blue',
  adopted: 'govuk-tag--green',
  partly_adopted: 'govuk-tag--turquoise',
  not_adopted: 'govuk-tag--red',
};

export function StatusTag({ status }: { status: ContributionStatus }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${statusColours[status] ?? 'govuk-tag--grey'}`}>{statusName(t, status)}</strong>;
}

// Who said it: never a name for an anonymous contribution.
export function whoText(t: Translate, contribution: Contribution): string {
  if (contribution.anonymous) return t('contribution.anonymous');
  if (contribution.author) return contribution.author.name;
  return t('contribution.notNamed');
}

// The first words of a long contribution, for lists.
export function shortText(text: string, length = 120): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, length - 1).trimEnd()}…` : clean;
}
