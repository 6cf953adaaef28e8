import { useState } from 'preact/hooks';
import { createPanel, panelKinds } from '../api/panels';
import type { PanelCreate, PanelKind } from '../api/panels';
import { listAllPeople } from '../api/people';
import type { FieldErrors, StakeholderGroup } from '../api/types';
import type { PageProps } from '../router/page';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, Radios, TextArea, TextInput } from '../components/Fields';
import { setFlash } from '../components/flash';
import { fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { navigate } from '../router/router';
import { useSession } from '../session/session';
import { parseWholeNumber } from '../text/digits';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

type MemberRow = { person_id: string; group: string };
type CriterionRow = { name: string; weight: string };

const memberId = (index: number, field: string) => `panel-member-${index}-${field}`;
const criterionId = (index: number, field: string) => `panel-criterion-${index}-${field}`;

function PanelForm() {
  const { t } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const people = useResource(() => listAllPeople(), []);
  const form = useFormSubmission(t);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [kind, setKind] = useState('');
  const [members, setMembers] = useState<MemberRow[]>([
    { person_id: '', group: '' },
    { person_id: '', group: '' },
  ]);
  const [criteria, setCriteria] = useState<CriterionRow[]>([{ name: '', weight: '1' }]);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('panels.new.title'), hasErrors);
  if (!people.data) return <NotLoaded resource={people} />;
  const everyone = people.data;

  const fieldIds: Record<string, string> = { title: 'panel-title', purpose: 'panel-purpose', kind: 'panel-kind', members: memberId(0, 'person'), criteria: criterionId(0, 'name') };
  members.forEach((_, index) => {
    fieldIds[`members.${index}`] = memberId(index, 'person');
    fieldIds[`members.${index}.person`] = memberId(index, 'person');
    fieldIds[`members.${index}.group`] = memberId(index, 'group');
  });
  criteria.forEach((_, index) => {
    fieldIds[`criteria.${index}`] = criterionId(index, 'name');
    fieldIds[`criteria.${index}.name`] = criterionId(index, 'name');
    fieldIds[`criteria.${index}.weight`] = criterionId(index, 'weight');
  });
  const field = fieldProps(form.errors, fieldIds);

  const setMember = (index: number, change: Partial<MemberRow>) =>
    setMembers((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const setCriterion = (index: number, change: Partial<CriterionRow>) =>
    setCriteria((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!title.trim()) clientErrors.title = [t('panels.new.titleMissing')];
    if (!kind) clientErrors.kind = [t('panels.new.kindMissing')];
    const chosen = members.filter((row) => row.person_id);
    members.forEach((row, index) => {
      if (row.person_id && !row.group) clientErrors[`members.${index}.group`] = [t('panels.new.memberGroupMissing', { number: index + 1 })];
    });
    if (new Set(chosen.map((row) => row.group).filter(Boolean)).size < 2) clientErrors.members = [t('panels.new.twoGroups')];
    const named = criteria.filter((row) => row.name.trim());
    if (named.length === 0) clientErrors.criteria = [t('panels.new.criteriaMissing')];
    criteria.forEach((row, index) => {
      if (row.name.trim() && parseWholeNumber(row.weight, 1, 10) === null) clientErrors[`criteria.${index}.weight`] = [t('panels.new.weightInvalid', { number: index + 1 })];
    });
    const fields: PanelCreate = {
      title: title.trim(),
      purpose: purpose.trim(),
      kind: kind as PanelKind,
      members: chosen.map((row) => ({ person_id: row.person_id, group: row.group as StakeholderGroup })),
      criteria: named.map((row) => ({ name: row.name.trim(), weight: parseWholeNumber(row.weight, 1, 10) ?? Number(row.weight) })),
    };
    form.submit(async () => {
      const panel = await createPanel(fields);
      setFlash({ key: 'panels.new.created', parameters: { title: panel.title } });
      navigate(`/panels/${panel.id}`);
    }, clientErrors);
  };

  const groupMessages = messagesFor(form.errors, 'members');
  const criteriaMessages = messagesFor(form.errors, 'criteria');
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h1 class="govuk-heading-l">{t('panels.new.title')}</h1>
      <p class="govuk-body">{t('panels.new.intro')}</p>
      <TextInput {...field('title')} label={t('panels.titleLabel')} value={title} onValue={setTitle} />
      <TextArea {...field('purpose')} label={t('panels.new.purposeLabel')} hint={t('panels.new.purposeHint')} value={purpose} onValue={setPurpose} rows={3} />
      <Radios
        {...field('kind')}
        label={t('panels.kindLabel')}
        value={kind}
        onValue={setKind}
        choices={panelKinds.map((value) => ({ value, text: lookUpValue(t, 'panels.kind', value) }))}
      />
      <div class={groupMessages.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset class="govuk-fieldset" aria-describedby="panel-members-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('panels.new.membersLabel')}</legend>
          <div class="govuk-hint" id="panel-members-hint">
            {t('panels.new.membersHint')}
          </div>
          {groupMessages.map((message) => (
            <p class="govuk-error-message" key={message}>
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
            </p>
          ))}
          {members.map((row, index) => {
            const person = everyone.find((candidate) => candidate.id === row.person_id);
            const groupErrors = messagesFor(form.errors, `members.${index}.group`);
            return (
              <div class="govuk-form-group" key={index}>
                <label class="govuk-label" for={memberId(index, 'person')}>
                  {t('panels.new.memberLabel', { number: index + 1 })}
                </label>
                <select
                  class="govuk-select"
                  id={memberId(index, 'person')}
                  name={memberId(index, 'person')}
                  value={row.person_id}
                  onChange={(event) => {
                    const personId = (event.currentTarget as HTMLSelectElement).value;
                    const chosen = everyone.find((candidate) => candidate.id === personId);
                    setMember(index, { person_id: personId, group: chosen?.groups[0] ?? '' });
                  }}
                >
                  <option value="">{t('panels.new.choosePerson')}</option>
                  {everyone.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
                <div class={groupErrors.length ? 'govuk-form-group govuk-form-group--error govuk-!-margin-top-2' : 'govuk-form-group govuk-!-margin-top-2'}>
                  <label class="govuk-label" for={memberId(index, 'group')}>
                    {t('panels.new.memberGroupLabel', { number: index + 1 })}
                  </label>
                  {groupErrors.map((message) => (
                    <p class="govuk-error-message" key={message}>
                      <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
                    </p>
                  ))}
                  <select
                    class="govuk-select"
                    id={memberId(index, 'group')}
                    name={memberId(index, 'group')}
                    value={row.group}
                    onChange={(event) => setMember(index, { group: (event.currentTarget as HTMLSelectElement).value })}
                  >
                    <option value="">{t('panels.new.chooseGroup')}</option>
                    {(person?.groups ?? []).map((group) => (
                      <option key={group} value={group}>
                        {groupName(t, group)}
                      </option>
                    ))}
                  </select>
                </div>
                {members.length > 2 ? (
                  <button
                    type="button"
                    class="govuk-button govuk-button--secondary"
                    onClick={() => {
                      setMembers((rows) => rows.filter((_, at) => at !== index));
                      focusAfterRender('panel-add-member');
                    }}
                  >
                    {t('panels.new.removeMember', { number: index + 1 })}
                  </button>
                ) : null}
              </div>
            );
          })}
          <button
            type="button"
            id="panel-add-member"
            class="govuk-button govuk-button--secondary"
            onClick={() => {
              setMembers((rows) => [...rows, { person_id: '', group: '' }]);
              focusAfterRender(memberId(members.length, 'person'));
            }}
          >
            {t('panels.new.addMember')}
          </button>
        </fieldset>
      </div>
      <div class={criteriaMessages.length ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset class="govuk-fieldset" aria-describedby="panel-criteria-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t('panels.new.criteriaLabel')}</legend>
          <div class="govuk-hint" id="panel-criteria-hint">
            {t('panels.new.criteriaHint')}
          </div>
          {criteriaMessages.map((message) => (
            <p class="govuk-error-message" key={message}>
              <span class="govuk-visually-hidden">{t('errorSummary.prefix')}</span> {message}
            </p>
          ))}
          {criteria.map((row, index) => (
            <div class="govuk-form-group" key={index}>
              <TextInput
                id={criterionId(index, 'name')}
                name={criterionId(index, 'name')}
                label={t('panels.new.criterionLabel', { number: index + 1 })}
                value={row.name}
                onValue={(value) => setCriterion(index, { name: value })}
                errors={messagesFor(form.errors, `criteria.${index}.name`)}
              />
              <TextInput
                id={criterionId(index, 'weight')}
                name={criterionId(index, 'weight')}
                inputMode="numeric"
                widthClass="govuk-input--width-3"
                label={t('panels.new.weightLabel', { number: index + 1 })}
                hint={t('panels.new.weightHint')}
                value={row.weight}
                onValue={(value) => setCriterion(index, { weight: value })}
                errors={messagesFor(form.errors, `criteria.${index}.weight`)}
              />
              {criteria.length > 1 ? (
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  onClick={() => {
                    setCriteria((rows) => rows.filter((_, at) => at !== index));
                    focusAfterRender('panel-add-criterion');
                  }}
                >
                  {t('panels.new.removeCriterion', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {criteria.length < 20 ? (
            <button
              type="button"
              id="panel-add-criterion"
              class="govuk-button govuk-button--secondary"
              onClick={() => {
                setCriteria((rows) => [...rows, { name: '', weight: '1' }]);
                focusAfterRender(criterionId(criteria.length, 'name'));
              }}
            >
              {t('panels.new.addCriterion')}
            </button>
          ) : null}
        </fieldset>
      </div>
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('panels.new.submit')}
      </Button>
    </form>
  );
}

export function PanelNewPage(_: PageProps) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <>
      <HomeBreadcrumbs items={[{ text: t('panels.heading'), href: '/panels' }]} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {me?.user.role === 'convener' ? <PanelForm /> : <ConvenersOnly />}
        </div>
      </div>
    </>
  );
}
