// A printable invitation letter (issue 13, item 8) for someone Roundtable
// cannot email: what the project is, the code to quote, and how to answer.
// The letter is in the reader's language when Roundtable has it (English,
// Polish, Arabic); otherwise in English, and the page says so, so the
// convener can ask an interpreter to read it with them.

import { fetchInvitationLetter } from '../api/invitations';
import type { PageProps } from '../router/page';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { FailureMessage } from '../components/FailureMessage';
import { useLanguageText } from '../components/LanguagePicker';
import { Loading } from '../components/Loading';
import { Title } from '../components/Title';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { isRightToLeft, shippedLanguageFor, translatorFor, useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { invitationsAddressFor } from '../text/paths';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';

export function InvitationLetterPage({ parameters }: PageProps) {
  const { t } = useI18n();
  const languageText = useLanguageText();
  const loaded = useResource(() => fetchInvitationLetter(parameters.id), [parameters.id]);
  const letter = loaded.data;
  usePageTitle(letter ? t('letter.title', { name: letter.invitation.invitee_name }) : loaded.status === 'loading' ? t('common.loading') : null);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !letter) return <FailureMessage error={loaded.error} />;
  const { invitation } = letter;
  const shipped = shippedLanguageFor(letter.language);
  const letterLanguage = shipped ?? 'en';
  // The letter's own words, in the reader's language.
  const l = translatorFor(letterLanguage);
  const invitationsHref = `/projects/${invitation.project_id}/invitations`;
  const onlineAddress = invitationsAddressFor(letter.sign_in_url);

  return (
    <>
      <div class="rt-no-print">
        <Breadcrumbs
          label={t('common.breadcrumbLabel')}
          items={[
            { text: t('nav.home'), href: '/' },
            { text: t('projects.title'), href: '/projects' },
            { text: invitation.project_title, href: `/projects/${invitation.project_id}` },
            { text: t('invitations.heading'), href: invitationsHref },
          ]}
        />
        <h1 class="govuk-heading-l">{t('letter.heading', { name: invitation.invitee_name })}</h1>
        <p class="govuk-body" id="letter-language">
          {shipped
            ? t('letter.inLanguage', { language: languageText(letterLanguage) })
            : t('letter.notInLanguage', { language: languageText(letter.language) })}
        </p>
        <button type="button" class="govuk-button" onClick={() => window.print()}>
          {t('letter.print')}
        </button>
      </div>

      <article class="rt-letter" id="letter" lang={letterLanguage} dir={isRightToLeft(letterLanguage) ? 'rtl' : 'ltr'}>
        <p class="govuk-body">{l('letter.dear', { name: invitation.invitee_name })}</p>
        <p class="govuk-body">
          {l('letter.invited', { group: groupName(l, invitation.group) })} <strong><Title text={invitation.project_title} /></strong>
        </p>
        <p class="govuk-body rt-preserve-lines" dir={textDirection(letter.project_summary)}>
          <Lines text={letter.project_summary} />
        </p>
        <h2 class="govuk-heading-m">{l('letter.howHeading')}</h2>
        <ul class="govuk-list govuk-list--bullet">
          <li>{l('letter.byPhone', { name: letter.convener.name })}</li>
          {letter.convener.email ? (
            <li>
              {l('letter.byEmail')} <span dir="ltr">{letter.convener.email}</span>
            </li>
          ) : null}
          <li>{l('letter.byPost')}</li>
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
