// The partnership's glossary (issue 8): everyone can read and search it;
// conveners add terms and switch terms off and on.

import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { listGlossary, saveGlossaryTerm } from '../api/language';
import type { GlossaryTerm } from '../api/language';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextArea, TextInput } from '../components/Fields';
import { describeFailure, fieldProps, useFormSubmission } from '../components/forms';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { useSession } from '../session/session';
import { Table, TableHead } from '../components/Table';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';
import { useFocusAfterRender } from '../components/useFocusAfterRender';

const fieldIds: Record<string, string> = {
  term: 'glossary-term',
  plain: 'glossary-plain',
  explanation: 'glossary-explanation',
};

type Notice = { key: MessageKey; term: string };

const sameTerm = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

function matches(item: GlossaryTerm, search: string): boolean {
  const wanted = search.trim().toLocaleLowerCase();
  if (!wanted) return true;
  return [item.term, item.plain, item.explanation].some((text) => text.toLocaleLowerCase().includes(wanted));
}

function Glossary({ initial }: { initial: GlossaryTerm[] }) {
  const { t } = useI18n();
  const focusAfterRender = useFocusAfterRender();
  const { isConvener } = useSession();
  const [items, setItems] = useState(initial);
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState({ term: '', plain: '', explanation: '' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [switchError, setSwitchError] = useState<string | null>(null);
  const [busyTerm, setBusyTerm] = useState<string | null>(null);
  // Switching a term off forgets its plain words on the server; they are kept
  // here so switching it back on in this visit can send them again.
  const remembered = useRef(new Map<string, { plain: string; explanation: string }>());
  const banner = useRef<HTMLDivElement>(null);
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, fieldIds);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('glossary.title'), hasErrors);

  const put = (saved: GlossaryTerm) =>
    setItems((current) => {
      const rest = current.filter((item) => !sameTerm(item.term, saved.term));
      return [...rest, saved].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
    });

  const announce = (next: Notice) => {
    setNotice(next);
    window.setTimeout(() => banner.current?.querySelector<HTMLElement>('.govuk-notification-banner')?.focus(), 0);
  };

  const onAdd = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const term = draft.term.trim();
    const clientErrors: FieldErrors = {};
    if (!term) clientErrors.term = [t('glossary.termMissing')];
    else if (Array.from(term).length < 2 || Array.from(term).length > 80) clientErrors.term = [t('glossary.termLength')];
    if (!draft.plain.trim()) clientErrors.plain = [t('glossary.plainMissing')];
    form.submit(async () => {
      const saved = await saveGlossaryTerm({ term, plain: draft.plain.trim(), explanation: draft.explanation.trim(), enabled: true });
      put(saved);
      setDraft({ term: '', plain: '', explanation: '' });
      announce({ key: 'glossary.added', term: saved.term });
    }, clientErrors);
  };

  const switchTerm = async (item: GlossaryTerm) => {
    if (busyTerm) return;
    setSwitchError(null);
    const kept = remembered.current.get(item.term.toLocaleLowerCase());
    if (!item.enabled && !item.plain && !kept) {
      // Nothing to send: the convener writes the plain words again in the form.
      setDraft({ term: item.term, plain: '', explanation: '' });
      setNotice({ key: 'glossary.switchOnNeedsPlain', term: item.term });
      focusAfterRender(fieldIds.plain);
      return;
    }
    setBusyTerm(item.term);
    try {
      if (item.enabled) {
        remembered.current.set(item.term.toLocaleLowerCase(), { plain: item.plain, explanation: item.explanation });
        put(await saveGlossaryTerm({ term: item.term, enabled: false }));
        announce({ key: 'glossary.switchedOff', term: item.term });
      } else {
        const words = kept ?? { plain: item.plain, explanation: item.explanation };
        put(await saveGlossaryTerm({ term: item.term, plain: words.plain, explanation: words.explanation, enabled: true }));
        announce({ key: 'glossary.switchedOn', term: item.term });
      }
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) setSwitchError(describeFailure(t, error));
    } finally {
      setBusyTerm(null);
    }
  };

  const shown = items.filter((item) => matches(item, search));

  return (
    <>
      <HomeBreadcrumbs />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-full">
          <ErrorSummary errors={form.errors} generalError={form.generalError ?? switchError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <div ref={banner}>
            {notice ? (
              <NotificationBanner
                kind={notice.key === 'glossary.switchOnNeedsPlain' ? 'important' : 'success'}
                heading={t(notice.key, { term: notice.term })}
              />
            ) : null}
          </div>
          <h1 class="govuk-heading-l">{t('glossary.title')}</h1>
          <p class="govuk-body">{t('glossary.intro')}</p>

          {isConvener ? (
            <form onSubmit={onAdd} noValidate class="govuk-!-margin-bottom-8">
              <h2 class="govuk-heading-m">{t('glossary.addHeading')}</h2>
              <p class="govuk-body">{t('glossary.addIntro')}</p>
              <TextInput
                {...field('term')}
                label={t('glossary.termLabel')}
                hint={t('glossary.termHint')}
                value={draft.term}
                onValue={(term) => setDraft((current) => ({ ...current, term }))}
                widthClass="govuk-!-width-one-half"
              />
              <TextInput
                {...field('plain')}
                label={t('glossary.plainLabel')}
                value={draft.plain}
                onValue={(plain) => setDraft((current) => ({ ...current, plain }))}
                widthClass="govuk-!-width-one-half"
              />
              <TextArea
                {...field('explanation')}
                label={t('glossary.explanationOptional')}
                value={draft.explanation}
                onValue={(explanation) => setDraft((current) => ({ ...current, explanation }))}
                rows={3}
              />
              <Button busy={form.submitting} busyText={t('common.saving')}>
                {t('glossary.addSubmit')}
              </Button>
            </form>
          ) : null}

          <TextInput
            id="glossary-search"
            name="search"
            type="search"
            label={t('glossary.search')}
            hint={t('glossary.searchHint')}
            value={search}
            onValue={setSearch}
            widthClass="govuk-!-width-one-half"
          />
          <p class="govuk-body" role="status">
            {shown.length ? t('glossary.shown', { count: shown.length }) : t('glossary.none')}
          </p>
          {shown.length ? (
            <Table class="rt-glossary">
              <caption class="govuk-table__caption govuk-table__caption--m">{t('glossary.caption')}</caption>
              <TableHead
                columns={[
                  t('glossary.term'),
                  t('glossary.plain'),
                  t('glossary.explanation'),
                  t('glossary.source'),
                  t('glossary.status'),
                  isConvener ? t('glossary.actions') : null,
                ]}
              />
              <tbody class="govuk-table__body">
                {shown.map((item) => (
                  <tr class="govuk-table__row" key={item.term}>
                    <th scope="row" class="govuk-table__header" lang="en">
                      {item.term}
                    </th>
                    <td class="govuk-table__cell" lang="en">
                      {item.plain}
                    </td>
                    <td class="govuk-table__cell" lang="en">
                      {item.explanation}
                    </td>
                    <td class="govuk-table__cell">{item.source === 'shipped' ? t('glossary.shipped') : t('glossary.partnership')}</td>
                    <td class="govuk-table__cell">
                      <strong class={`govuk-tag${item.enabled ? ' govuk-tag--green' : ' govuk-tag--grey'}`}>
                        {item.enabled ? t('glossary.on') : t('glossary.off')}
                      </strong>
                    </td>
                    {isConvener ? (
                      <td class="govuk-table__cell">
                        <button
                          type="button"
                          class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          aria-disabled={busyTerm === item.term ? 'true' : undefined}
                          onClick={() => void switchTerm(item)}
                        >
                          {item.enabled ? t('glossary.switchOff') : t('glossary.switchOn')}
                          <span class="govuk-visually-hidden"> {item.term}</span>
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function GlossaryPage(_: PageProps) {
  const glossary = useResource(listGlossary, []);
  const { t } = useI18n();
  usePageTitle(glossary.status === 'ready' ? null : t('glossary.title'));
  if (glossary.status !== 'ready') return <NotLoaded resource={glossary} />;
  return <Glossary initial={glossary.data.items} />;
}
