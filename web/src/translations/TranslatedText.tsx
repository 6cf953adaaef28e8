// A published text in the reader's language (issue 8): the translation into
// their preferred language (or the page's) when there is one, with the
// original one click away, and its Easy Read version when there is one. A
// version made from an earlier wording of the original says so.

import { useState } from 'preact/hooks';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import type { EasyRead, SubjectType, Translation } from './api';
import { fetchTranslations } from './api';
import { chooseTranslation, directionOf } from './choose';
import { EasyReadLines } from './EasyReadLines';
import { languageLabel } from './names';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';

type Props = {
  subjectType: SubjectType;
  subjectId: string;
  field: string;
  original: string;
  originalLanguage?: string;
  // Conveners and organisers get a link to add translations.
  manageHref?: string | null;
  // 'block' for a paragraph of its own, 'inline' inside a summary list.
  block?: boolean;
  // The start of the element ids, unique on the page (default subject type
  // and field); several texts of one kind on a page each need their own.
  idBase?: string;
  // The id of the text itself, when a page already had one for it.
  textId?: string;
};

export function TranslatedText({ subjectType, subjectId, field, original, originalLanguage = 'en', manageHref, block, idBase: givenIdBase, textId: givenTextId }: Props) {
  const { t, language } = useI18n();
  const { me } = useSession();
  // Reloaded when the original changes, so a translation of the old wording is marked out of date at once.
  const loaded = useResource(() => fetchTranslations(subjectType, subjectId), [subjectType, subjectId, original]);
  const [showOriginal, setShowOriginal] = useState(false);
  const idBase = givenIdBase ?? `${subjectType}-${field}`;
  const textId = givenTextId ?? `${idBase}-text`;

  const translations = loaded.data?.translations ?? [];
  const translation = chooseTranslation(translations, field, [me?.user.preferred_language, language], originalLanguage);
  const easyRead = (loaded.data?.easy_read ?? []).find((item) => item.field === field && item.lines.length > 0) ?? null;
  const showing = translation && !showOriginal ? translation : null;
  const shownLanguage = showing ? showing.language : originalLanguage;
  const originalName = languageLabel(t, language, originalLanguage);

  const Text = block ? 'p' : 'div';
  return (
    <div class="rt-translated-text">
      <Text
        id={textId}
        class={`rt-preserve-lines${block ? ' govuk-body' : ''}`}
        lang={shownLanguage}
        // NOTE: the server records most texts as English whatever they were
        // written in, so the original takes its direction from its letters.
        dir={showing ? directionOf(showing.language) : textDirection(original)}
        aria-busy={loaded.status === 'loading' ? 'true' : undefined}
        data-translations={loaded.status}
      >
        <Lines text={showing ? showing.text : original} />
      </Text>
      {translation ? (
        <TranslationNote idBase={idBase} textId={textId} showing={showing} originalName={originalName} onToggle={() => setShowOriginal(!showOriginal)} />
      ) : null}
      {easyRead ? <EasyReadToggle idBase={idBase} easyRead={easyRead} language={originalLanguage} /> : null}
      {manageHref ? (
        <p class="govuk-body-s govuk-!-margin-bottom-0">
          <Link class="govuk-link" href={manageHref}>
            {t('translations.reader.manageLink')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

// Under a translated text: which language it is in, whether it was made from
// older words, and the button to the original and back.
export function TranslationNote({ idBase, textId, showing, originalName, onToggle }: {
  idBase: string;
  textId: string;
  showing: Translation | null;
  originalName: string;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <p class="govuk-body-s govuk-!-margin-bottom-2">
      <span id={`${idBase}-note`}>
        {showing ? t('translations.reader.translatedFrom', { language: originalName }) : t('translations.reader.showingOriginal', { language: originalName })}
      </span>{' '}
      {showing?.outdated ? (
        <>
          <strong id={`${idBase}-outdated`}>{t('translations.reader.outdated')}</strong>{' '}
        </>
      ) : null}
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" aria-controls={textId} onClick={onToggle}>
        {showing ? t('translations.reader.showOriginal', { language: originalName }) : t('translations.reader.showTranslation')}
      </button>
    </p>
  );
}

// A text's Easy Read version behind a button that opens and closes it.
export function EasyReadToggle({ idBase, easyRead, language }: { idBase: string; easyRead: EasyRead; language: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div class="govuk-!-margin-bottom-2">
      <button
        type="button"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${idBase}-easy-read`}
        onClick={() => setOpen(!open)}
      >
        {open ? t('translations.reader.hideEasyRead') : t('translations.reader.showEasyRead')}
      </button>
      <div id={`${idBase}-easy-read`} hidden={!open}>
        {easyRead.outdated ? (
          <p class="govuk-body-s" id={`${idBase}-easy-read-outdated`}>
            <strong>{t('translations.reader.easyReadOutdated')}</strong>
          </p>
        ) : null}
        <EasyReadLines lines={easyRead.lines} language={language} />
      </div>
    </div>
  );
}
