// The four fields that describe a project (title, summary with its live
// plain-language check, need, who it serves), shared by "Start a project" and
// "Change the project details" so both ask the same questions the same way.

import type { FieldErrors } from '../api/types';
import { TextArea, TextInput } from '../components/Fields';
import { fieldProps } from '../components/forms';
import { useI18n } from '../i18n/i18n';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import type { LanguageCheck } from '../language/useLanguageCheck';

export const descriptionFieldIds = {
  title: 'project-title',
  summary: 'project-summary',
  need: 'project-need',
  population: 'project-population',
};

export type ProjectDescription = { title: string; summary: string; need: string; population: string };

type Props = {
  draft: ProjectDescription;
  set: (field: keyof ProjectDescription) => (value: string) => void;
  errors: FieldErrors;
  summaryCheck: LanguageCheck;
};

export function ProjectDescriptionFields({ draft, set, errors, summaryCheck }: Props) {
  const { t } = useI18n();
  const field = fieldProps(errors, descriptionFieldIds);
  return (
    <>
      <TextInput
        {...field('title')}
        label={t('project.title')}
        value={draft.title}
        onValue={set('title')}
      />
      <TextArea
        {...field('summary')}
        label={t('project.summary')}
        hint={t('project.summaryHint')}
        value={draft.summary}
        onValue={set('summary')}
      />
      <PlainLanguageCheck check={summaryCheck} fieldId={descriptionFieldIds.summary} onText={set('summary')} />
      <TextArea
        {...field('need')}
        label={t('project.needOptional')}
        hint={t('project.needHint')}
        value={draft.need}
        onValue={set('need')}
      />
      <TextInput
        {...field('population')}
        label={t('project.populationOptional')}
        hint={t('project.populationHint')}
        value={draft.population}
        onValue={set('population')}
      />
    </>
  );
}
