// The partnership's tags and the names people read them by (issue 13,
// item 6): conveners see every tag with how many organisations, people and
// projects carry it, and name each in any language (/tags/:tag).

import { useState } from 'preact/hooks';
import { listTags, setTagLabels } from '../api/tags';
import type { TagInUse } from '../api/tags';
import type { FieldErrors } from '../api/types';
import type { PageProps } from '../router/page';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormActions, TextInput } from '../components/Fields';
import { setFlash, takeFlash } from '../components/flash';
import type { Flash } from '../components/flash';
import { messagesFor, useFormSubmission } from '../components/forms';
import { LanguagePicker, useLanguageText } from '../components/LanguagePicker';
import { NotificationBanner } from '../components/NotificationBanner';
import { Table, TableHead } from '../components/Table';
import { forgetTagLabels, useTagName } from '../components/Tags';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { shippedLanguageFor, shippedLanguages, translatorFor, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link, navigate } from '../router/router';
import { useSession } from '../session/session';
import { SummaryRow } from '../components/SummaryRow';
import { NotLoaded } from '../components/NotLoaded';

const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`;

// The tags list is read fresh here (the names elsewhere are cached for the page).
async function loadTags(): Promise<TagInUse[]> {
  return (await listTags()).items;
}

function tagsCrumbs(t: ReturnType<typeof useI18n>['t']): { text: string; href: string }[] {
  return [
    { text: t('nav.home'), href: '/' },
    { text: t('tags.title'), href: '/tags' },
  ];
}

export function TagsPage(_: PageProps) {
  const { t } = useI18n();
  const { isConvener } = useSession();
  const [flash] = useState<Flash | null>(takeFlash);
  const loaded = useResource(() => (isConvener ? loadTags() : Promise.resolve([])), [isConvener]);
  const tagName = useTagName();
  const languageText = useLanguageText();
  usePageTitle(isConvener ? t('tags.title') : null);
  if (!isConvener) return <ConvenersOnly />;
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const tags = [...loaded.data].sort((a, b) => tagName(a.tag).localeCompare(tagName(b.tag)));
  return (
    <>
      <Breadcrumbs label={t('common.breadcrumbLabel')} items={tagsCrumbs(t).slice(0, 1)} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('tags.title')}</h1>
      <p class="govuk-body">{t('tags.intro')}</p>
      {tags.length === 0 ? (
        <p class="govuk-body">{t('tags.none')}</p>
      ) : (
        <Table id="tags">
          <TableHead
            columns={[
              t('tags.nameHeading'),
              t('tags.tagHeading'),
              { text: t('tags.usesHeading'), numeric: true },
              t('tags.labelsHeading'),
            ]}
          />
          <tbody class="govuk-table__body">
            {tags.map((item) => {
              const languages = Object.keys(item.labels);
              return (
                <tr class="govuk-table__row" key={item.tag} data-tag={item.tag}>
                  <td class="govuk-table__cell">
                    <Link class="govuk-link" href={tagPath(item.tag)}>
                      <bdi>{tagName(item.tag)}</bdi>
                      <span class="govuk-visually-hidden">: {t('tags.change')}</span>
                    </Link>
                  </td>
                  <td class="govuk-table__cell">
                    <code class="rt-tag-code" dir="ltr" lang="en">
                      {item.tag}
                    </code>
                  </td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{item.uses}</td>
                  <td class="govuk-table__cell">{languages.length ? languages.map(languageText).join(', ') : t('tags.labelsNone')}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}

function TagForm({ item }: { item: TagInUse }) {
  const { t, language } = useI18n();
  const languageText = useLanguageText();
  const tagName = useTagName();
  // The shipped languages always have a field; other languages once named, or added here.
  const [languages, setLanguages] = useState<string[]>(() => [...shippedLanguages, ...Object.keys(item.labels).filter((tag) => !shippedLanguageFor(tag) || tag.includes('-'))]);
  const [labels, setLabels] = useState<Record<string, string>>(() => ({ ...item.labels }));
  const [another, setAnother] = useState('');
  const form = useFormSubmission(t);
  const hasErrors = Object.keys(form.errors).length > 0 || !!form.generalError;
  usePageTitle(t('tags.editTitle'), hasErrors);
  const fieldId = (tag: string) => `tag-label-${tag}`;
  const fieldIds: Record<string, string> = Object.fromEntries(languages.map((tag) => [`labels.${tag}`, fieldId(tag)]));
  fieldIds.labels = fieldId(languages[0]);

  const shippedLabel = (tag: string): string | null => {
    if (!(shippedLanguages as readonly string[]).includes(tag)) return null;
    const key = `tag.${item.tag}` as MessageKey;
    const text = translatorFor(tag as (typeof shippedLanguages)[number])(key);
    return text === key ? null : text;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const body: Record<string, string> = {};
    for (const tag of languages) body[tag] = (labels[tag] ?? '').trim();
    const clientErrors: FieldErrors = {};
    form.submit(async () => {
      const saved = await setTagLabels(item.tag, body);
      forgetTagLabels();
      const name = saved.labels[language] ?? tagName(item.tag);
      setFlash({ key: 'tags.saved', parameters: { tag: name } });
      navigate('/tags');
    }, clientErrors);
  };

  return (
    <>
      <Breadcrumbs label={t('common.breadcrumbLabel')} items={tagsCrumbs(t)} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={fieldIds} failureCount={form.failureCount} />
          <span class="govuk-caption-l">
            <bdi>{tagName(item.tag)}</bdi>
          </span>
          <h1 class="govuk-heading-l">{t('tags.editTitle')}</h1>
          <p class="govuk-body">{t('tags.editIntro')}</p>
          <dl class="govuk-summary-list">
            <SummaryRow label={t('tags.tagHeading')}>
              <code class="rt-tag-code" dir="ltr" lang="en">
                {item.tag}
              </code>
            </SummaryRow>
            <SummaryRow label={t('tags.usesHeading')}>{t('tags.uses', { count: item.uses })}</SummaryRow>
          </dl>
          {item.uses === 0 && Object.keys(item.labels).length === 0 ? <p class="govuk-body">{t('tags.notKnown')}</p> : null}
          <form onSubmit={onSubmit} noValidate>
            {languages.map((tag) => {
              const shipped = shippedLabel(tag);
              return (
                <div key={tag} class="rt-tag-label" data-language={tag}>
                  <TextInput
                    id={fieldId(tag)}
                    name={`labels.${tag}`}
                    label={t('tags.labelIn', { language: languageText(tag) })}
                    hint={shipped ? t('tags.shippedHint', { label: shipped }) : undefined}
                    value={labels[tag] ?? ''}
                    onValue={(value) => setLabels((current) => ({ ...current, [tag]: value }))}
                    dir="auto"
                    errors={messagesFor(form.errors, `labels.${tag}`)}
                  />
                </div>
              );
            })}
            <div class="rt-tag-another">
              <LanguagePicker
                id="tag-another-language"
                name="another_language"
                label={t('tags.addLanguage')}
                value={another}
                onValue={setAnother}
              />
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={() => {
                  if (another && !languages.includes(another)) setLanguages((current) => [...current, another]);
                  setAnother('');
                }}
              >
                {t('tagChooser.add')}
                <span class="govuk-visually-hidden"> {t('tags.addLanguage')}</span>
              </button>
            </div>
            <FormActions busy={form.submitting} cancelHref="/tags">
              {t('tags.save')}
              <span class="govuk-visually-hidden"> {t('tags.saveFor', { tag: tagName(item.tag) })}</span>
            </FormActions>
          </form>
        </div>
      </div>
    </>
  );
}

export function TagPage({ parameters }: PageProps) {
  const { isConvener } = useSession();
  const tag = parameters.tag;
  const loaded = useResource(() => (isConvener ? loadTags() : Promise.resolve([])), [isConvener, tag]);
  if (!isConvener) return <ConvenersOnly />;
  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  // A tag nobody carries yet can be named too: the server checks that it is a tag.
  const item = loaded.data.find((found) => found.tag === tag) ?? { tag, uses: 0, labels: {} };
  return <TagForm item={item} key={tag} />;
}
