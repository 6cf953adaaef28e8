// A printable invitation letter (issue 13, item 8) for someone Roundtable
// cannot email: what the project is, the code to quote, and how to answer.
// The letter is in the reader's language when Roundtable has it (English,
// Polish, Arabic); otherwise in English, and the page says so, so the
// convener can ask an interpreter to read it with them, choosing which of
// the app's languages it is in. It is dated, and carries the phone number
// and address the convener types for it (not kept: Roundtable holds no
// phone numbers), so "tell us by phone" says which number.

import { useState } from 'preact/hooks';
import { fetchInvitationLetter } from '../api/invitations';
import { Select, TextArea, TextInput } from '../components/Fields';
import { shippedLanguages } from '../i18n/i18n';
import type { ShippedLanguage } from '../i18n/i18n';
import { formatDate } from '../text/dates';
import type { PageProps } from '../router/page';
import { useLanguageText } from '../components/LanguagePicker';
import { Title } from '../components/Title';
import { useResource } from '../components/useResource';
import { isRightToLeft, shippedLanguageFor, translatorFor, useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { invitationsAddressFor } from '../text/paths';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

export function InvitationLetterPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const [fallback, setFallback] = useState<ShippedLanguage>('en');
  const [phone, setPhone] = useState('');
  const [address, setAddress] = useState('');
  const languageText = useLanguageText();
  const loaded = useResource(() => fetchInvitationLetter(parameters.id), [parameters.id]);
  const letter = loaded.data;
  useLoadingPageTitle(loaded, letter && t('letter.title', { name: letter.invitation.invitee_name }));

  if (!letter) return <NotLoaded resource={loaded} />;
  const { invitation } = letter;
  const shipped = shippedLanguageFor(letter.language);
  const letterLanguage = shipped ?? fallback;
  // The letter's own words, in the reader's language.
  const l = translatorFor(letterLanguage);
  const invitationsHref = `/projects/${invitation.project_id}/invitations`;
  const onlineAddress = invitationsAddressFor(letter.sign_in_url);

  return (
    <>
      <div class="rt-no-print">
        <ProjectBreadcrumbs project={{ id: invitation.project_id, title: invitation.project_title }} more={[{ text: t('invitations.heading'), href: invitationsHref }]} />
        <h1 class="govuk-heading-l">{t('letter.heading', { name: invitation.invitee_name })}</h1>
        <p class="govuk-body" id="letter-language">
          {shipped
            ? t('letter.inLanguage', { language: languageText(letterLanguage) })
            : t('letter.notInLanguage', { language: languageText(letter.language) })}
        </p>
        {shipped ? null : (
          <Select
            id="letter-fallback"
            name="fallback"
            label={t('letter.fallbackLabel')}
            value={fallback}
            onValue={(value) => setFallback((shippedLanguageFor(value) ?? 'en') as ShippedLanguage)}
            choices={shippedLanguages.map((code) => ({ value: code, text: languageText(code) }))}
          />
        )}
        <TextInput
          id="letter-phone"
          name="phone"
          type="tel"
          dir="ltr"
          autocomplete="off"
          widthClass="govuk-input--width-20"
          label={t('letter.phoneLabel')}
          hint={t('letter.phoneHint')}
          value={phone}
          onValue={setPhone}
        />
        <TextArea id="letter-address" name="address" rows={3} label={t('letter.addressLabel')} hint={t('letter.addressHint')} value={address} onValue={setAddress} />
        <button type="button" class="govuk-button" onClick={() => window.print()}>
          {t('letter.print')}
        </button>
      </div>

      <article class="rt-letter" id="letter" lang={letterLanguage} dir={isRightToLeft(letterLanguage) ? 'rtl' : 'ltr'}>
        <p class="govuk-body" id="letter-date">{formatDate(new Date().toISOString(), letterLanguage)}</p>
        <p class="govuk-body">{l('letter.dear', { name: invitation.invitee_name })}</p>
        <p class="govuk-body">
          {l('letter.invited', { group: groupName(l, invitation.group) })} <strong><Title text={invitation.project_title} /></strong>
        </p>
        <p class="govuk-body rt-preserve-lines" dir={textDirection(letter.project_summary)}>
          <Lines text={letter.project_summary} />
        </p>
        <h2 class="govuk-heading-m">{l('letter.howHeading')}</h2>
        <ul class="govuk-list govuk-list--bullet">
          <li id="letter-by-phone">
            {phone.trim() ? (
              <>
                {l('letter.byPhoneOn', { name: letter.convener.name })} <strong dir="ltr">{phone.trim()}</strong>
              </>
            ) : (
              l('letter.byPhone', { name: letter.convener.name })
            )}
          </li>
          {letter.convener.email ? (
            <li>
              {l('letter.byEmail')} <span dir="ltr">{letter.convener.email}</span>
            </li>
          ) : null}
          <li>{l('letter.byPost')}</li>
          {address.trim() ? (
            <li id="letter-address-line">
              {l('letter.postTo')}{' '}
              <span class="rt-preserve-lines" dir={textDirection(address.trim())}>
                <Lines text={address.trim()} />
              </span>
            </li>
          ) : null}
          <li>
            {l('letter.online')}{' '}
            <a class="govuk-link" id="letter-link" href={onlineAddress} dir="ltr">
              {onlineAddress}
            </a>
          </li>
        </ul>
        {invitation.short_code ? (
          <p class="govuk-body-l" id="letter-code">
            {l('letter.code')} <strong dir="ltr">{invitation.short_code}</strong>
          </p>
        ) : null}
        <p class="govuk-body">{l('letter.paid')}</p>
        <p class="govuk-body">{l('letter.signOff')}</p>
        <p class="govuk-body">
          <bdi>{letter.convener.name}</bdi>
        </p>

        <div class="rt-letter__slip" id="letter-slip">
          <h2 class="govuk-heading-s">{l('letter.slipHeading')}</h2>
          <p class="govuk-body">
            {l('letter.slipName')} <bdi>{invitation.invitee_name}</bdi>
            {invitation.short_code ? (
              <>
                {' · '}
                {l('letter.code')} <strong dir="ltr">{invitation.short_code}</strong>
              </>
            ) : null}
          </p>
          <p class="govuk-body">☐ {l('letter.slipYes')}</p>
          <p class="govuk-body">☐ {l('letter.slipNo')}</p>
        </div>
      </article>

      <p class="govuk-body rt-no-print">
        <Link class="govuk-link" href={`/invitations/${invitation.id}/answer`}>
          {t('letter.recordAnswer')}
        </Link>
        {' · '}
        <Link class="govuk-link" href={invitationsHref}>
          {t('invitationAnswer.back')}
        </Link>
      </p>
    </>
  );
}
