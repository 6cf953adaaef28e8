import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { fetchMinutes, saveMinutes } from '../api/activities';
import type { FieldErrors, Minutes, MinutesAction } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea, TextInput } from '../components/Fields';
import { exactMessages, fieldProps, messagesFor, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { CheckedItemText } from '../language/CheckedItemText';
import { PlainLanguageCheck } from '../language/PlainLanguageCheck';
import { confirmationField, confirmationFieldId, PublishConfirmation, usePublishConfirmation } from '../language/PublishConfirmation';
import { useLanguageCheck } from '../language/useLanguageCheck';
import type { LanguageCheck } from '../language/useLanguageCheck';
import { formatDate, formatDateTime } from '../text/dates';
import { useSuccessBannerFocus } from '../projects/focus';
import { TranslatedText } from '../translations/TranslatedText';
import { ActivityBreadcrumbs, BackToActivity, loadActivity } from './shared';
import type { ActivityWithProject } from './shared';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { DateInput } from '../components/DateInput';
import { dateFromIso, isBlankDate, isoFromDate } from '../text/activities';
import type { LocalDate } from '../text/activities';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

type Loaded = ActivityWithProject & { minutes: Minutes | null };

async function load(id: string): Promise<Loaded> {
  const loaded = await loadActivity(id);
  try {
    return { ...loaded, minutes: await fetchMinutes(id) };
  } catch (error) {
    // 404: nothing has been written yet.
    if (error instanceof ApiError && error.status === 404) return { ...loaded, minutes: null };
    throw error;
  }
}

const actionRows = 3;
const actionFields = ['text', 'owner', 'due_on'] as const;
const actionFieldId = (index: number, field: string) => `minutes-action-${index}-${field.replace('_', '-')}`;

const fieldIds: Record<string, string> = { minutes: 'minutes-text', summary: 'minutes-summary', [confirmationField]: confirmationFieldId };
for (let index = 0; index < 24; index += 1) {
  for (const field of actionFields) fieldIds[`actions.${index}.${field}`] = actionFieldId(index, field);
  // The due date is three boxes: its errors lead to the day.
  fieldIds[`actions.${index}.due_on`] = `${actionFieldId(index, 'due_on')}-day`;
}

// An action as the form holds it: the due date as typed in its three boxes.
type ActionDraft = Omit<MinutesAction, 'due_on'> & { due: LocalDate };

const emptyAction = (): ActionDraft => ({ text: '', owner: '', due: dateFromIso('') });
const isEmpty = (action: ActionDraft) => !action.text.trim() && !action.owner.trim() && isBlankDate(action.due);

function MinutesForm({ data, onSaved }: { data: Loaded; onSaved: (minutes: Minutes) => Promise<void> }) {
  const { t, language } = useI18n();
  const existing = data.minutes;
  const [text, setText] = useState(existing?.minutes ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  // The actions already written, then empty rows up to a fixed number (one more at least).
  const [actions, setActions] = useState<ActionDraft[]>(() => {
    const rows: ActionDraft[] = (existing?.actions ?? []).map(({ due_on, ...action }) => ({ ...action, due: dateFromIso(due_on) }));
    const count = Math.max(actionRows, rows.length + 1);
    while (rows.length < count) rows.push(emptyAction());
    return rows;
  });
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const summaryCheck = useLanguageCheck(summary, language);
  const actionChecks = useRef(new Map<number, LanguageCheck>()).current;
  const confirmation = usePublishConfirmation();
  // The summary, then the actions' words in their order.
  const allChecks = () => [summaryCheck, ...[...actionChecks.entries()].sort((a, b) => a[0] - b[0]).map(([, check]) => check)];

  const setAction = (index: number, change: Partial<ActionDraft>) =>
    setActions((current) => current.map((action, at) => (at === index ? { ...action, ...change } : action)));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const clientErrors: FieldErrors = {};
    if (!summary.trim()) clientErrors.summary = [t('minutes.summaryMissing')];
    if (await confirmation.blocks(allChecks())) clientErrors[confirmationField] = [t('language.confirmMissing')];
    // Empty rows are left out; the rest are numbered as they will be sent.
    const sent = actions.filter((action) => !isEmpty(action));
    sent.forEach((action) => {
      const index = actions.indexOf(action);
      if (!action.text.trim()) clientErrors[`actions.${index}.text`] = [t('minutes.actionTextMissing')];
      if (!action.owner.trim()) clientErrors[`actions.${index}.owner`] = [t('minutes.actionOwnerMissing')];
      if (isBlankDate(action.due)) clientErrors[`actions.${index}.due_on`] = [t('minutes.actionDueMissing')];
      else if (!isoFromDate(action.due)) clientErrors[`actions.${index}.due_on`] = [t('dateInput.invalid')];
    });
    form.submit(async () => {
      try {
        const saved = await saveMinutes(data.activity.id, {
          minutes: text,
          summary,
          actions: sent.map((action) => ({
            text: action.text.trim(),
            owner: action.owner.trim(),
            due_on: isoFromDate(action.due) ?? '',
            ...(action.done !== undefined ? { done: action.done } : {}),
          })),
        });
        await onSaved(saved);
      } catch (error) {
        // The server numbers the actions it was sent; the form numbers its rows.
        if (error instanceof ApiError && Object.keys(error.errors).length > 0) {
          const renamed: FieldErrors = {};
          for (const [key, messages] of Object.entries(error.errors)) {
            const match = /^actions[.[](\d+)\]?(.*)$/.exec(key);
            const row = match ? actions.indexOf(sent[Number(match[1])]) : -1;
            renamed[match && row >= 0 ? `actions.${row}${match[2]}` : key] = messages;
          }
          for (const key of Object.keys(error.errors)) delete error.errors[key];
          Object.assign(error.errors, renamed);
        }
        throw error;
      }
    }, clientErrors);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
      <h2 class="govuk-heading-m">{existing ? t('minutes.changeHeading') : t('minutes.writeHeading')}</h2>
      <TextArea
        {...field('minutes')}
        label={t('minutes.fullLabel')}
        hint={t('minutes.fullHint')}
        value={text}
        onValue={setText}
        rows={10}
      />
      <TextArea
        {...field('summary')}
        label={t('minutes.summaryLabel')}
        hint={t('minutes.summaryHint')}
        value={summary}
        onValue={setSummary}
      />
      <PlainLanguageCheck check={summaryCheck} fieldId={fieldIds.summary} onText={setSummary} />
      <h3 class="govuk-heading-s">{t('minutes.actionsHeading')}</h3>
      <p class="govuk-body">{t('minutes.actionsIntro')}</p>
      {actions.map((action, index) => (
        <fieldset class="govuk-fieldset" key={index}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t('minutes.actionLegend', { number: index + 1 })}</legend>
          <CheckedItemText
            index={index}
            id={actionFieldId(index, 'text')}
            name={`actions[${index}].text`}
            label={t('minutes.actionText')}
            text={action.text}
            onText={(value) => setAction(index, { text: value })}
            errors={exactMessages(form.errors, `actions.${index}.text`, `actions.${index}`)}
            checks={actionChecks}
          />
          <TextInput
            id={actionFieldId(index, 'owner')}
            name={`actions[${index}].owner`}
            label={t('minutes.actionOwner')}
            hint={t('minutes.actionOwnerHint')}
            value={action.owner}
            onValue={(value) => setAction(index, { owner: value })}
            widthClass="govuk-!-width-two-thirds"
            dir="auto"
            errors={exactMessages(form.errors, `actions.${index}.owner`)}
          />
          <DateInput
            id={actionFieldId(index, 'due_on')}
            name={`actions[${index}].due_on`}
            legend={t('minutes.actionDue')}
            date={action.due}
            onDate={(due) => setAction(index, { due })}
            errors={exactMessages(form.errors, `actions.${index}.due_on`)}
          />
        </fieldset>
      ))}
      <PublishConfirmation confirmation={confirmation} checks={allChecks()} errors={messagesFor(form.errors, confirmationField)} />
      <Button busy={form.submitting} busyText={t('common.saving')}>
        {t('minutes.submit')}
      </Button>
    </form>
  );
}

export function MinutesPage({ parameters }: PageProps) {
  const { t, language } = useI18n();
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const [updated, setUpdated] = useState<Loaded | null>(null);
  const [saved, setSaved] = useState(false);
  const data = updated ?? loaded.data;
  useLoadingPageTitle(loaded, data && t('minutes.title', { title: data.activity.title }));

  useSuccessBannerFocus(saved);

  if (loaded.status !== 'ready' || !data) return <NotLoaded resource={loaded} />;
  const { activity, project, minutes } = data;

  return (
    <>
      <ActivityBreadcrumbs project={project} activity={activity} />
      {saved ? <NotificationBanner kind="success" heading={t('minutes.saved')} /> : null}
      <span class="govuk-caption-l"><Title text={activity.title} /></span>
      <h1 class="govuk-heading-l">{t('minutes.heading')}</h1>
      {!minutes ? (
        <p class="govuk-body">{t('minutes.none')}</p>
      ) : (
        <>
          <p class="govuk-body-s">{t('minutes.updated', { when: formatDateTime(minutes.updated_at, language) })}</p>
          <h2 class="govuk-heading-m">{t('minutes.summaryHeading')}</h2>
          <TranslatedText
            block
            subjectType="minutes"
            subjectId={activity.id}
            field="summary"
            original={minutes.summary}
            textId="minutes-published-summary"
            manageHref={activity.can_organise ? `/translations/minutes/${activity.id}/summary` : null}
          />
          {minutes.actions.length === 0 ? (
            <p class="govuk-body">{t('minutes.noActions')}</p>
          ) : (
            <Table id="minutes-actions">
              <caption class="govuk-table__caption govuk-table__caption--m">{t('minutes.actionsHeading')}</caption>
              <TableHead columns={[t('minutes.actionText'), t('minutes.actionOwner'), t('minutes.actionDue'), t('minutes.actionDone')]} />
              <tbody class="govuk-table__body">
                {minutes.actions.map((action, index) => (
                  <tr class="govuk-table__row" key={index}>
                    <td class="govuk-table__cell" dir="auto">
                      {action.text}
                    </td>
                    <td class="govuk-table__cell" dir="auto">
                      {action.owner}
                    </td>
                    <td class="govuk-table__cell">{formatDate(action.due_on, language, 'UTC')}</td>
                    <td class="govuk-table__cell">{action.done ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {activity.can_organise && minutes.minutes ? (
            <>
              <h2 class="govuk-heading-m">{t('minutes.fullHeading')}</h2>
              <p class="govuk-body-s">{t('minutes.fullOrganisersOnly')}</p>
              <div class="govuk-inset-text rt-preserve-lines" dir={textDirection(minutes.minutes)} id="minutes-full">
                <Lines text={minutes.minutes} />
              </div>
            </>
          ) : null}
        </>
      )}
      {activity.can_organise ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <MinutesForm
              key={minutes?.updated_at ?? 'new'}
              data={data}
              onSaved={async () => {
                setUpdated(await load(activity.id));
                setSaved(true);
              }}
            />
          </div>
        </div>
      ) : null}
      <BackToActivity activity={activity} />
    </>
  );
}
