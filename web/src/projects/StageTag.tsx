import { useI18n } from '../i18n/i18n';
import { stageName } from '../i18n/values';

const colours: Record<string, string> = {
  discover: 'govuk-tag--blue',
  design: 'govuk-tag--purple',
  deliver: 'govuk-tag--green',
  review: 'govuk-tag--yellow',
  closed: 'govuk-tag--grey',
};

export function StageTag({ stage }: { stage: string }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${colours[stage] ?? 'govuk-tag--grey'}`}>{stageName(t, stage)}</strong>;
}
