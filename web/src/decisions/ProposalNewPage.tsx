import { useState } from 'preact/hooks';
import { listContributions, listNeeds } from '../api/contributions';
import { createProposal, decisionMethods, weightings } from '../api/decisions';
import type { DecisionMethod, ProposalCreate, Weighting } from '../api/decisions';
import { fetchProject } from '../api/projects';
import type { FieldErrors, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { shortText } from '../contributions/shared';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Checkboxes, Radios, Select, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { dateFromIso, parseDate, parseTime, zonedToRfc3339 } from '../text/activities';
import { DateInput } from '../components/DateInput';
import { cleanOptions, usesOptions } from '../text/decisions';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import { DecisionBreadcrumbs, methodHint, methodName, weightingName } from './shared';
import { FacilitatorNotice } from '../projects/FacilitatorNotice';
import { groupsInProject } from '../projects/groups';
import { isolate } from '../text/ordering';
import { parseWholeNumber } from '../text/digits';
import { ProjectHeading } from '../projects/ProjectHeading';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

const zone = 'Europe/London';
const thresholds = ['0.5', '0.6', '0.67', '0.75', '0.9'];

function londonDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + daysFromToday * 24 * 3600 * 1000));
}

const optionId = (index: number) => `proposal-option-${index}`;
const fieldIds: Record<string, string> = {
  title: 'proposal-title',
  text: 'proposal-text',
  [confirmationField]: confirmationFieldId,
  method: 'proposal-method',
  weighting: 'proposal-weighting',
  threshold: 'proposal-threshold',
  dots_per_voter: 'proposal-dots',
  options: optionId(0),
  closes_at: 'proposal-closes-date-day',
  contribution_ids: 'proposal-contributions',
  need_ids: 'proposal-needs',
  group: 'proposal-group',
};

async function load(projectId: string) {
  const [project, contributions, needs] = await Promise.all([fetchProject(projectId), listContributions(projectId), listNeeds(projectId)]);
  return { project, contributions: contributions.items, needs: needs.items };
}

export function ProposalNewPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const { me } = useSession();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const myGroups = groupsInProject(loaded.data?.project, me?.user.groups ?? []);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const textCheck = useLanguageCheck(text, language);
  const confirmation = usePublishConfirmation();
  const [method, setMethod] = useState<string>('');
  const [weighting, setWeighting] = useState<string>('equal_groups');
  const [threshold, setThreshold] = useState('0.5');
  const [dots, setDots] = useState('3');
  const [options, setOptions] = useState<string[]>(['', '']);
  const [closesDate, setClosesDate] = useState(() => dateFromIso(londonDate(7)));
  const [closesTime, setClosesTime] = useState('17:00');
  const [contributionIds, setContributionIds] = useState<string[]>([]);
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [group, setGroup] = useState<string>(myGroups[0] ?? '');
  const data = loaded.data;
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  useLoadingPageTitle(loaded, data && t('decisions.new.title'), hasErrors);

  if (!data) return <NotLoaded resource={loaded} />;
  const { project } = data;
  const chosenMethod = method || project.charter.decision_rule;

  const setOption = (index: number, value: string) => setOptions((rows) => rows.map((row, at) => (at === index ? value : row)));
  const addOption = () => {
    focusAfterRender(optionId(options.length));
    setOptions((rows) => [...rows, '']);
  };
  const removeOption = (index: number) => {
    setOptions((rows) => rows.filter((_, at) => at !== index));
    focusAfterRender('proposal-add-option');
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('decisions.new.titleMissing')];
    if (!text.trim()) clientErrors.text = [t('decisions.new.textMissing')];
    if (text.trim() && (await confirmation.blocks([textCheck]))) clientErrors[confirmationField] = [t('language.confirmMissing')];
    const cleaned = cleanOptions(options);
    if (usesOptions(chosenMethod) && cleaned.length < 2) clientErrors.options = [t('decisions.new.optionsMissing')];
    const closesOn = parseDate(closesDate);
    const closesAt = parseTime(closesTime);
    if (!closesOn || !closesAt) clientErrors.closes_at = [t('decisions.new.closesMissing')];
    const dotCount = parseWholeNumber(dots, 1, 20);
    if (chosenMethod === 'dot_vote' && dotCount === null) clientErrors.dots_per_voter = [t('decisions.new.dotsInvalid')];
    const fields: ProposalCreate = {
      title: title.trim(),
      text: text.trim(),
      method: chosenMethod as DecisionMethod,
      weighting: weighting as Weighting,
      closes_at:
        closesOn && closesAt ? zonedToRfc3339(closesOn, closesAt, zone) : '',
      contribution_ids: contributionIds,
      need_ids: needIds,
    };
    if (usesOptions(chosenMethod)) fields.options = cleaned;
    if (chosenMethod === 'majority') fields.threshold = Number(threshold);
    if (chosenMethod === 'dot_vote' && dotCount !== null) fields.dots_per_voter = dotCount;
    if (group) fields.group = group as StakeholderGroup;
    form.submit(async () => {
      const proposal = await createProposal(project.id, fields);
      setFlash({ key: 'decisions.new.created', parameters: { title: proposal.title } });
      navigate(`/proposals/${proposal.id}`);
    }, clientErrors);
  };

  const optionErrors = messagesFor(form.errors, 'options');
  if (project.facilitating)
    return (
      <>
        <DecisionBreadcrumbs project={project} />
        <ProjectHeading project={project}>{t('decisions.new.title')}</ProjectHeading>
        <FacilitatorNotice project={project} />
      </>
    );
  return (
    <>
      <DecisionBreadcrumbs project={project} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <form onSubmit={onSubmit} noValidate>
            <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
            <ProjectHeading project={project}>{t('decisions.new.title')}</ProjectHeading>
            <p class="govuk-body">{t('decisions.new.intro')}</p>
            <TextInput {...field('title')} label={t('decisions.new.titleLabel')} value={title} onValue={setTitle} />
            <TextArea
              {...field('text')}
              label={t('decisions.new.textLabel')}
              hint={t('decisions.new.textHint')}
              value={text}
              onValue={setText}
              rows={8}
            />
            <PlainLanguageCheck check={textCheck} fieldId={fieldIds.text} onText={setText} />
            <Radios
              {...field('method')}
              label={t('decisions.new.methodLabel')}
              hint={t('decisions.new.methodHint', { method: methodName(t, project.charter.decision_rule) })}
              value={chosenMethod}
              onValue={setMethod}
              choices={decisionMethods.map((value) => ({ value, text: methodName(t, value), hint: methodHint(t, value) }))}
            />
            {chosenMethod === 'majority' ? (
              <Select
                {...field('threshold')}
                label={t('decisions.new.thresholdLabel')}
                hint={t('decisions.new.thresholdHint')}
                value={threshold}
                onValue={setThreshold}
                choices={thresholds.map((value) => ({ value, text: t('decisions.new.thresholdChoice', { share: Math.round(Number(value) * 100) }) }))}
              />
            ) : null}
            {chosenMethod === 'dot_vote' ? (
              <TextInput
                {...field('dots_per_voter')}
                name="dots"
                inputMode="numeric"
                widthClass="govuk-input--width-3"
                label={t('decisions.new.dotsLabel')}
                hint={t('decisions.new.dotsHint')}
                value={dots}
                onValue={setDots}
              />
            ) : null}
            {usesOptions(chosenMethod) ? (
              <div class={optionErrors.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
                <fieldset class="govuk-fieldset" aria-describedby="proposal-options-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('decisions.new.optionsLabel')}</legend>
                  <div class="govuk-hint" id="proposal-options-hint">
                    {t('decisions.new.optionsHint')}
                  </div>
                  {optionErrors.map((message) => (
                    <p class="govuk-error-message" key={message}>
                      <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
                    </p>
                  ))}
                  {options.map((row, index) => (
                    <div class="govuk-form-group" key={index}>
                      <label class="govuk-label" for={optionId(index)}>
                        {t('decisions.new.optionLabel', { number: index + 1 })}
                      </label>
                      <input class="govuk-input govuk-!-width-two-thirds" id={optionId(index)} name={`option-${index}`} value={row} dir="auto" onInput={(event) => setOption(index, (event.currentTarget as HTMLInputElement).value)} />{' '}
                      {options.length > 2 ? (
                        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => removeOption(index)}>
                          {t('decisions.new.removeOption')}
                          <span class="govuk-visually-hidden"> {t('decisions.new.optionLabel', { number: index + 1 })}</span>
                        </button>
                      ) : null}
                    </div>
                  ))}
                  {options.length < 20 ? (
                    <button type="button" id="proposal-add-option" class="govuk-button govuk-button--secondary" onClick={addOption}>
                      {t('decisions.new.addOption')}
                    </button>
                  ) : null}
                </fieldset>
              </div>
            ) : null}
            <Radios
              {...field('weighting')}
              label={t('decisions.new.weightingLabel')}
              value={weighting}
              onValue={setWeighting}
              choices={weightings.map((value) => ({ value, text: weightingName(t, value), hint: t(`decisions.weightingHint.${value}`) }))}
            />
            <div class={messagesFor(form.errors, 'closes_at').length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
              <fieldset class="govuk-fieldset" aria-describedby="proposal-closes-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('decisions.new.closesLabel')}</legend>
                <div class="govuk-hint" id="proposal-closes-hint">
                  {t('decisions.new.closesHint')}
                </div>
                {messagesFor(form.errors, 'closes_at').map((message) => (
                  <p class="govuk-error-message" key={message}>
                    <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
                  </p>
                ))}
                <DateInput id="proposal-closes-date" name="closes-date" legend={t('decisions.new.closesDate')} date={closesDate} onDate={setClosesDate} />
                <TextInput
                  id="proposal-closes-time"
                  name="closes-time"
                  widthClass="govuk-input--width-5"
                  label={t('decisions.new.closesTime')}
                  hint={t('timeInput.hint')}
                  value={closesTime}
                  onValue={setClosesTime}
                />
              </fieldset>
            </div>
            {data.contributions.length ? (
              <Checkboxes
                {...field('contribution_ids')}
                name="contributions"
                label={t('decisions.new.contributionsLabel')}
                hint={t('decisions.new.contributionsHint')}
                values={contributionIds}
                onValues={setContributionIds}
                choices={data.contributions.map((contribution) => ({ value: contribution.id, text: isolate(shortText(contribution.text, 100)) }))}
              />
            ) : null}
            {data.needs.length ? (
              <Checkboxes
                {...field('need_ids')}
                name="needs"
                label={t('decisions.new.needsLabel')}
                values={needIds}
                onValues={setNeedIds}
                choices={data.needs.map((need) => ({ value: need.id, text: isolate(need.title) }))}
              />
            ) : null}
            {myGroups.length ? (
              <Radios
                {...field('group')}
                label={t('decisions.new.groupLabel')}
                hint={t('decisions.new.groupHint')}
                value={group}
                onValue={setGroup}
                choices={myGroups.map((value) => ({ value, text: groupName(t, value) }))}
              />
            ) : null}
            <PublishConfirmation confirmation={confirmation} checks={[textCheck]} errors={messagesFor(form.errors, confirmationField)} />
            <Button busy={form.submitting} busyText={t('common.saving')}>
              {t('decisions.new.submit')}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
