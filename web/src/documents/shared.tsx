// What the living documents' pages (issue 17) share: the way down to a
// document, a section's body, kind, status, progress and its thread marker.

import type { ComponentChildren, JSX } from 'preact';
import type { LivingDocument, Section, SectionInDocument, SectionProgress, SectionStatus } from '../api/types';
import { fetchDocument } from '../api/documents';
import { fetchProject } from '../api/projects';
import type { Project } from '../api/types';
import { documentKinds } from '../api/types';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import type { Crumb } from '../components/Breadcrumbs';
import { SummaryRow } from '../components/SummaryRow';
import { Title } from '../components/Title';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { Link } from '../router/router';
import { formatDate, localeFor } from '../text/dates';
import { textDirection } from '../text/direction';
import { headingLevel, lightMarkdown, percentOf, saidCount, splitWording } from '../text/documents';
import { useState } from 'preact/hooks';
import { useSession } from '../session/session';
import { chooseTranslation, directionOf } from '../translations/choose';
import { languageLabel } from '../translations/names';
import { EasyReadToggle, TranslationNote } from '../translations/TranslatedText';

// Documents are written in English, as the server records them.
const originalLanguage = 'en';
import type { Inline } from '../text/documents';

export const documentKindName = (t: Translate, kind: string) => lookUpValue(t, 'documents.kind', kind);
// The kinds of document as radio choices, each saying what it is for.
export const documentKindChoices = (t: Translate) =>
  documentKinds.map((value) => ({ value, text: documentKindName(t, value), hint: t(`documents.kindHint.${value}` as MessageKey) }));
export const sectionKindName = (t: Translate, kind: string) => lookUpValue(t, 'documents.sectionKind', kind);
export const sectionStatusName = (t: Translate, status: string) => lookUpValue(t, 'documents.status', status);
export const sourceKindName = (t: Translate, kind: string) => lookUpValue(t, 'documents.source', kind);

// A message with a count in the language's plural forms: `${base}.one`, `.few`, `.other`...
export function counted(t: Translate, language: string, base: string, count: number, parameters: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(localeFor(language)).select(count);
  return t(`${base}.${category}` as MessageKey, { count, ...parameters });
}

export const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;
export const threadPath = (sectionId: string) => `/sections/${encodeURIComponent(sectionId)}/thread`;

export type DocumentWithProject = { document: LivingDocument; project: Project | null };

// A document and the project it belongs to (null: the partnership's own, or a
// project the reader cannot open, which does not stop the document showing).
export async function loadDocument(id: string): Promise<DocumentWithProject> {
  const document = await fetchDocument(id);
  const project = document.project_id ? await fetchProject(document.project_id).catch(() => null) : null;
  return { document, project };
}

// Home, Documents, then the document when the page is one of its own.
export function DocumentBreadcrumbs({ document, more = [] }: { document?: LivingDocument; more?: Crumb[] }) {
  const { t } = useI18n();
  const items: Crumb[] = [{ text: t('documents.heading'), href: '/documents' }];
  if (document) items.push({ text: document.title, href: documentPath(document.id) });
  return <HomeBreadcrumbs items={[...items, ...more]} />;
}

// "Strategy", or "Strategy for <project>".
export function DocumentCaption({ document, project }: DocumentWithProject) {
  const { t } = useI18n();
  return (
    <span class="govuk-caption-l">
      {project ? (
        <>
          {t('documents.kindFor', { kind: documentKindName(t, document.kind) })} <Title text={project.title} />
        </>
      ) : (
        t('documents.kindOfPartnership', { kind: documentKindName(t, document.kind) })
      )}
    </span>
  );
}

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((run, index) => (run.strong ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>))}
    </>
  );
}

// A section's body in its light markdown: paragraphs, line breaks, lists and
// strong words, each drawn by the page (everything typed is text, never markup),
// each block in the direction of its own words.
export function SectionBody({ text, id, language }: { text: string; id?: string; language?: string }) {
  const blocks = lightMarkdown(text);
  if (blocks.length === 0) return null;
  return (
    <div class="rt-section-body" id={id} lang={language}>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p class="govuk-body" key={index} dir={textDirection(block.lines.flat().map((run) => run.text).join(''))}>
            {block.lines.map((line, at) => (
              <span key={at}>
                {at > 0 ? <br /> : null}
                <Runs runs={line} />
              </span>
            ))}
          </p>
        ) : (
          <ul class="govuk-list govuk-list--bullet" key={index} dir={textDirection(block.items.flat().map((run) => run.text).join(''))}>
            {block.items.map((item, at) => (
              <li key={at}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

const statusColours: Record<SectionStatus, string> = {
  not_started: 'govuk-tag--grey',
  on_track: 'govuk-tag--green',
  at_risk: 'govuk-tag--orange',
  done: 'govuk-tag--blue',
  dropped: 'govuk-tag--red',
};

export function StatusTag({ status }: { status: SectionStatus }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${statusColours[status]} rt-section-status`}>{sectionStatusName(t, status)}</strong>;
}

// "1 of 2 actions done (50%)", or "Not enough data yet" when nothing is left to count: never 0 % for no share.
export function progressText(t: Translate, language: string, progress: NonNullable<SectionProgress>): string {
  const percent = percentOf(progress.share);
  const actions = progress.actions - progress.dropped;
  if (percent === null) return progress.actions === 0 ? t('documents.progress.noActions') : t('documents.progress.none');
  const done = counted(t, language, 'documents.progress.done', actions, { done: progress.done, percent });
  return progress.dropped > 0 ? `${done} ${t('documents.progress.dropped', { count: progress.dropped })}` : done;
}

// An objective's or action's facts: who owns it, its dates, status, measure and progress.
export function SectionFacts({ section, progress }: { section: Section; progress?: SectionProgress }) {
  const { t, language } = useI18n();
  if (section.kind !== 'objective' && section.kind !== 'action') return null;
  return (
    <dl class="govuk-summary-list govuk-summary-list--no-border rt-section-facts">
      {section.status ? (
        <SummaryRow label={t('documents.statusLabel')}>
          <StatusTag status={section.status} />
          {section.status === 'dropped' && section.dropped_reason ? (
            <p class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0" dir="auto">
              {section.dropped_reason}
            </p>
          ) : null}
        </SummaryRow>
      ) : null}
      {section.owner_group ? <SummaryRow label={t('documents.ownerLabel')}>{groupName(t, section.owner_group)}</SummaryRow> : null}
      {section.due_on ? <SummaryRow label={t('documents.dueLabel')}>{formatDate(section.due_on, language, 'UTC')}</SummaryRow> : null}
      {section.review_on ? <SummaryRow label={t('documents.reviewLabel')}>{formatDate(section.review_on, language, 'UTC')}</SummaryRow> : null}
      {section.measure ? (
        <SummaryRow label={t('documents.measureLabel')}>
          <span dir="auto">{section.measure}</span>
        </SummaryRow>
      ) : null}
      {section.kind === 'objective' && progress ? (
        <SummaryRow label={t('documents.progressLabel')}>
          <span class="rt-section-progress">{progressText(t, language, progress)}</span>
        </SummaryRow>
      ) : null}
    </dl>
  );
}

// Where a section came from, said at its foot: how many things people said
// shaped it, linked to its thread, or a flag when nothing does; and, for
// writers, a flag when what it rests on has changed.
export function ThreadMarker({ section, writer }: { section: SectionInDocument; writer: boolean }) {
  const { t, language } = useI18n();
  const said = saidCount(section.links);
  const href = threadPath(section.id);
  return (
    <div class="rt-thread-marker">
      {writer && section.suspect ? (
        <div class="rt-flag rt-flag--suspect" data-suspect={section.suspect}>
          <strong class="govuk-tag govuk-tag--orange">{t('documents.suspectTag')}</strong>{' '}
          {section.suspect === 'beneath' ? t('documents.suspectBeneath') : t('documents.suspectChanged')}
        </div>
      ) : null}
      {said > 0 ? (
        <p class="govuk-body rt-thread-marker__said">
          <Link class="govuk-link" href={href}>
            {counted(t, language, 'documents.shapedBy', said)}
            <span class="govuk-visually-hidden"> {t('documents.shapedByHidden', { heading: section.heading })}</span>
          </Link>
        </p>
      ) : section.no_community_trace ? (
        <div class="rt-flag rt-flag--no-trace">
          <strong class="govuk-tag govuk-tag--red">{t('documents.noTraceTag')}</strong> {t('documents.noTrace')}{' '}
          <Link class="govuk-link" href={href}>
            {t('documents.whereFrom')}
            <span class="govuk-visually-hidden"> {t('documents.shapedByHidden', { heading: section.heading })}</span>
          </Link>
        </div>
      ) : section.links.length > 0 ? (
        <p class="govuk-body rt-thread-marker__said">
          <Link class="govuk-link" href={href}>
            {t('documents.shapedThrough')}
            <span class="govuk-visually-hidden"> {t('documents.shapedByHidden', { heading: section.heading })}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}

// A section's heading at its depth (h2 at the top level, h6 at most), with its kind in words before it.
export function SectionHeading({ section, depth, id, wording, children }: {
  section: Section;
  depth: number;
  id?: string;
  // The heading in the reader's language, when it is translated.
  wording?: Wording | null;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const level = headingLevel(depth);
  const Heading = `h${level}` as keyof JSX.IntrinsicElements;
  const size = level === 2 ? 'govuk-heading-l' : level === 3 ? 'govuk-heading-m' : 'govuk-heading-s';
  return (
    <Heading class={`${size} rt-section-heading`} id={id}>
      <span class="govuk-caption-m rt-section-kind">{sectionKindName(t, section.kind)}</span>
      <bdi lang={wording?.language} dir={wording ? directionOf(wording.language) : undefined}>
        {wording ? wording.heading : section.heading}
      </bdi>
      {children}
    </Heading>
  );
}

// A section's words in a reader's language: its heading and body split back out of the translation.
export type Wording = { heading: string; body: string; language: string; outdated: boolean };

type Versions = NonNullable<SectionInDocument['versions']>;

// The translation a reader sees (their preferred language, then the page's), or none: the original.
export function useTranslatedWording(versions: Versions | undefined): Wording | null {
  const { language } = useI18n();
  const { me } = useSession();
  if (!versions) return null;
  const translation = chooseTranslation(versions.translations, 'body', [me?.user.preferred_language, language], originalLanguage);
  return translation ? { ...splitWording(translation.text), language: translation.language, outdated: translation.outdated } : null;
}

// One section as a reader sees it: in the reader's language where it is
// translated, with the original one click away, and its Easy Read version.
export function SectionArticle({ section, depth, marker }: {
  section: Section & { progress?: SectionProgress; versions?: Versions };
  depth: number;
  marker?: ComponentChildren;
}) {
  const { t, language } = useI18n();
  const translated = useTranslatedWording(section.versions);
  const [showOriginal, setShowOriginal] = useState(false);
  const wording = translated && !showOriginal ? translated : null;
  const idBase = `section-${section.id}`;
  const easyRead = section.versions?.easy_read.find((item) => item.field === 'body' && item.lines.length > 0) ?? null;
  return (
    <section class={`rt-section rt-section--depth-${Math.min(depth, 4)} rt-section--${section.kind}`} aria-labelledby={idBase} data-section-id={section.id}>
      <SectionHeading section={section} depth={depth} id={idBase} wording={wording} />
      <SectionBody text={wording ? wording.body : section.body} id={`${idBase}-words`} language={wording?.language} />
      {translated ? (
        <TranslationNote
          idBase={idBase}
          textId={`${idBase}-words`}
          showing={wording ? { field: 'body', language: wording.language, text: '', updated_at: '', outdated: wording.outdated } : null}
          originalName={languageLabel(t, language, originalLanguage)}
          onToggle={() => setShowOriginal(!showOriginal)}
        />
      ) : null}
      {easyRead ? <EasyReadToggle idBase={idBase} easyRead={easyRead} language={originalLanguage} /> : null}
      <SectionFacts section={section} progress={section.progress} />
      {marker}
    </section>
  );
}

function ContentsHeading({ section }: { section: Section & { versions?: Versions } }) {
  const wording = useTranslatedWording(section.versions);
  return (
    <bdi lang={wording?.language} dir={wording ? directionOf(wording.language) : undefined}>
      {wording ? wording.heading : section.heading}
    </bdi>
  );
}

// The contents: each section's heading (in the reader's language where it is translated), linked, indented by its depth.
export function Contents({ sections, depths }: { sections: (Section & { versions?: Versions })[]; depths: Map<string, number> }) {
  const { t } = useI18n();
  if (sections.length === 0) return null;
  return (
    <nav class="rt-contents" aria-labelledby="contents-heading">
      <h2 class="govuk-heading-s" id="contents-heading">
        {t('documents.contents')}
      </h2>
      <ol class="govuk-list rt-contents__list" id="document-contents">
        {sections.map((section) => (
          <li key={section.id} class={`rt-contents__item rt-contents__item--depth-${Math.min(depths.get(section.id) ?? 0, 4)}`}>
            <a class="govuk-link" href={`#section-${section.id}`}>
              <ContentsHeading section={section} />
            </a>{' '}
            <span class="govuk-body-s rt-contents__kind">({sectionKindName(t, section.kind)})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
