// Rating a project on the ladder of co-production (issue 14, item 3): seven
// rungs, lowest first, each with what it means; an optional comment. Once
// per stage; a new rating replaces the last. Nobody else sees it.

import { useState } from 'preact/hooks';
import type { FieldErrors } from '../api/types';
import { fetchBarometer, rateLadder, rungs } from '../api/barometer';
import type { Rung } from '../api/barometer';
import { fetchProject } from '../api/projects';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions, Radios, TextArea } from '../components/Fields';
import { setFlash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { stageName } from '../i18n/values';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import type { PageProps } from '../router/page';
import { Link, navigate } from '../router/router';
import { rungName } from './BarometerPage';
import { NotLoaded } from '../components/NotLoaded';

export function LadderPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const project = useResource(() => fetchProject(parameters.id), [parameters.id]);
  const barometer = useResource(() => fetchBarometer(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const [rung, setRung] = useState<string | null>(null);
  const [comment, setComment] = useState<string | null>(null);
  usePageTitle(t('barometer.ladder.formTitle'), Object.keys(form.errors).length > 0 || !!form.generalError);

  if (project.status !== 'ready' || barometer.status !== 'ready') return <NotLoaded resource={[project, barometer]} />;
  const ladder = barometer.data.ladder;
  const back = `/projects/${parameters.id}/barometer`;
  const chosen = rung ?? ladder.mine?.rung ?? '';
  const written = comment ?? ladder.mine?.comment ?? '';
  const order = ladder.rungs?.length ? ladder.rungs : [...rungs];

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = chosen ? {} : { rung: [t('barometer.ladder.choose')] };
    form.submit(async () => {
      await rateLadder(parameters.id, { rung: chosen as Rung, comment: written.trim() || undefined });
      setFlash({ key: 'barometer.ladder.saved', parameters: { rung: rungName(t, chosen) } });
      navigate(`${back}#ladder`);
    }, errors);
  };

  return (
    <>
      <ProjectBreadcrumbs project={project.data} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={{ rung: 'ladder-rung', comment: 'ladder-comment' }} failureCount={form.failureCount} />
          <span class="govuk-caption-l"><Title text={project.data.title} /></span>
          <h1 class="govuk-heading-l">{t('barometer.ladder.formTitle')}</h1>
          <p class="govuk-body">{t('barometer.ladder.formIntro', { stage: stageName(t, ladder.stage) })}</p>
          <p class="govuk-body">{t('barometer.ladder.privacy')}</p>
          {ladder.mine ? (
            <p class="govuk-inset-text" id="ladder-current">
              {t('barometer.ladder.mine', { rung: rungName(t, ladder.mine.rung), place: order.indexOf(ladder.mine.rung) + 1 })}
            </p>
          ) : null}
          {!ladder.can_rate ? (
            <>
              <p class="govuk-body" id="ladder-cannot">{t('barometer.ladder.cannot')}</p>
              <p class="govuk-body"><Link class="govuk-link" href={back}>{t('barometer.back')}</Link></p>
            </>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <Radios
                id="ladder-rung"
                name="rung"
                label={t('barometer.ladder.question')}
                hint={t('barometer.ladder.questionHint')}
                value={chosen}
                onValue={setRung}
                choices={order.map((value, index) => ({
                  value,
                  text: t('barometer.ladder.choice', { place: index + 1, rung: rungName(t, value) }),
                  hint: t(`barometer.rungMeaning.${value}` as MessageKey),
                }))}
                errors={messagesFor(form.errors, 'rung')}
              />
              <TextArea id="ladder-comment" name="comment" rows={4} label={t('barometer.ladder.comment')} hint={t('barometer.ladder.commentHint')} value={written} onValue={setComment} errors={messagesFor(form.errors, 'comment')} />
              <FormActions busy={form.submitting} cancelHref={back} cancelText={t('barometer.back')}>{t('barometer.ladder.save')}</FormActions>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
