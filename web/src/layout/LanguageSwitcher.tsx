import { languageEndonyms, shippedLanguages, useI18n } from '../i18n/i18n';

// Each language is named in itself and marked with its own lang, so a screen
// reader pronounces it properly and a person can find their own language.
export function LanguageSwitcher() {
  const { t, language, chooseLanguage } = useI18n();
  return (
    <nav class="rt-language-switcher" aria-label={t('language.switcherLabel')}>
      <ul class="rt-language-switcher__list">
        {shippedLanguages.map((code) => (
          <li class="rt-language-switcher__item" key={code}>
            {code === language ? (
              <span class="rt-language-switcher__current" lang={code} aria-current="true">
                {languageEndonyms[code]}
              </span>
            ) : (
              <button type="button" class="rt-language-switcher__button" lang={code} onClick={() => chooseLanguage(code)}>
                {languageEndonyms[code]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
