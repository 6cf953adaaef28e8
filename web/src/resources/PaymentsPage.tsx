import { useState } from 'preact/hooks';
import type { PageProps } from '../router/page';
import { ErrorSummary } from '../components/ErrorSummary';
import { Button, TextInput } from '../components/Fields';
import { describeFailure, fieldProps, useFormSubmission } from '../components/forms';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import type { FieldErrors } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDate } from '../text/dates';
import { bankDigits } from '../text/money';
import {
  answerOffer,
  fetchBankDetails,
  fetchOffers,
  fetchPayments,
  fetchPolicy,
  paymentsCsvPath,
  saveBankDetails,
} from './api';
import type { BankDetails, Offer } from './api';
import { BenefitsNote, ClaimStatusTag, Money, OfferStatusTag, paymentMethodName } from './shared';
import { Table, TableHead } from '../components/Table';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

async function load() {
  const [policy, offers, payments, bank] = await Promise.all([fetchPolicy(), fetchOffers(), fetchPayments(), fetchBankDetails()]);
  return { policy, offers: offers.items, payments, bank };
}

const bankIds: Record<string, string> = { account_name: 'bank-name', sort_code: 'bank-sort-code', account_number: 'bank-account-number' };

function BankDetailsSection({ initial }: { initial: BankDetails | null }) {
  const { t } = useI18n();
  const [details, setDetails] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [name, setName] = useState('');
  const [sortCode, setSortCode] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const form = useFormSubmission(t);
  const field = fieldProps(form.errors, bankIds);
  usePageTitle(t('resources.payments.title'), Object.keys(form.errors).length > 0 || !!form.generalError);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const errors: FieldErrors = {};
    const sort = bankDigits(sortCode);
    const account = bankDigits(accountNumber);
    if (!name.trim()) errors.account_name = [t('resources.bank.nameMissing')];
    if (!/^\d{6}$/.test(sort)) errors.sort_code = [t('resources.bank.sortCodeInvalid')];
    if (!/^\d{8}$/.test(account)) errors.account_number = [t('resources.bank.accountNumberInvalid')];
    form.submit(async () => {
      const answer = await saveBankDetails({ account_name: name.trim(), sort_code: sort, account_number: account });
      setDetails(answer);
      setEditing(false);
      setSaved(true);
      setSortCode('');
      setAccountNumber('');
    }, errors);
  };

  return (
    <section aria-labelledby="bank-heading">
      <h2 class="govuk-heading-m" id="bank-heading">
        {t('resources.bank.heading')}
      </h2>
      {saved ? (
        <p class="govuk-body" role="status">
          <strong>{t('resources.bank.saved')}</strong>
        </p>
      ) : null}
      {details ? (
        <dl class="govuk-summary-list" id="bank-details">
          <SummaryRow label={t('resources.bank.name')}>{details.account_name}</SummaryRow>
          <SummaryRow label={t('resources.bank.account')}>{t('resources.bank.ending', { digits: details.account_ending })}</SummaryRow>
        </dl>
      ) : (
        <p class="govuk-body">{t('resources.bank.none')}</p>
      )}
      {editing ? (
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={form.errors} generalError={form.generalError} fieldIds={bankIds} failureCount={form.failureCount} />
          <p class="govuk-body">{t('resources.bank.privacy')}</p>
          <TextInput {...field('account_name')} label={t('resources.bank.name')} value={name} onValue={setName} autocomplete="cc-name" />
          <TextInput
            {...field('sort_code')}
            label={t('resources.bank.sortCode')}
            hint={t('resources.bank.sortCodeHint')}
            value={sortCode}
            onValue={setSortCode}
            widthClass="govuk-input--width-5"
            spellcheck={false}
            dir="ltr"
          />
          <TextInput
            {...field('account_number')}
            label={t('resources.bank.accountNumber')}
            hint={t('resources.bank.accountNumberHint')}
            value={accountNumber}
            onValue={setAccountNumber}
            widthClass="govuk-input--width-10"
            spellcheck={false}
            dir="ltr"
          />
          <div class="govuk-button-group">
            <Button busy={form.submitting} busyText={t('common.saving')}>
              {t('resources.bank.save')}
            </Button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => {
            setName(details?.account_name ?? '');
            setSaved(false);
            setEditing(true);
          }}
        >
          {details ? t('resources.bank.change') : t('resources.bank.add')}
        </button>
      )}
    </section>
  );
}

function OffersSection({ initial }: { initial: Offer[] }) {
  const { t, language } = useI18n();
  const [offers, setOffers] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const answer = async (offer: Offer, choice: 'accept' | 'decline') => {
    setFailure(null);
    try {
      const answered = await answerOffer(offer.id, choice);
      setOffers((current) => current.map((item) => (item.id === offer.id ? { ...item, status: answered.status } : item)));
      const key: MessageKey = choice === 'accept' ? 'resources.offers.accepted' : 'resources.offers.declined';
      setMessage(t(key, { activity: offer.activity_title }));
    } catch (error) {
      setFailure(describeFailure(t, error));
    }
  };

  return (
    <section aria-labelledby="offers-heading">
      <h2 class="govuk-heading-m" id="offers-heading">
        {t('resources.offers.heading')}
      </h2>
      <p class="govuk-body">{t('resources.offers.intro')}</p>
      {message ? (
        <p class="govuk-body" role="status">
          <strong>{message}</strong>
        </p>
      ) : null}
      {failure ? (
        <p class="govuk-error-message" role="alert">
          {failure}
        </p>
      ) : null}
      {offers.length === 0 ? (
        <p class="govuk-body" id="offers-none">
          {t('resources.offers.none')}
        </p>
      ) : (
        <Table id="offers">
          <caption class="govuk-table__caption govuk-visually-hidden">{t('resources.offers.heading')}</caption>
          <TableHead
            columns={[
              t('resources.column.activity'),
              t('resources.column.date'),
              t('resources.column.status'),
              t('resources.column.action'),
            ]}
          />
          <tbody class="govuk-table__body">
            {offers.map((offer) => (
              <tr class="govuk-table__row" key={offer.id}>
                <th scope="row" class="govuk-table__header">
                  <Link class="govuk-link" href={`/activities/${offer.activity_id}`}>
                    {offer.activity_title}
                  </Link>
                </th>
                <td class="govuk-table__cell">{formatDate(offer.starts_at, language)}</td>
                <td class="govuk-table__cell">
                  <OfferStatusTag status={offer.status} />
                </td>
                <td class="govuk-table__cell">
                  {offer.status === 'pending' || offer.status === 'accepted' ? (
                    <div class="govuk-button-group govuk-!-margin-bottom-0">
                      <Link class="govuk-button govuk-!-margin-bottom-0" role="button" draggable={false} href={`/claims/new?activity=${encodeURIComponent(offer.activity_id)}`}>
                        {t('resources.offers.claimNow')}
                        <span class="govuk-visually-hidden">: {offer.activity_title}</span>
                      </Link>
                      {offer.status === 'pending' ? (
                        <>
                          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => answer(offer, 'accept')}>
                            {t('resources.offers.accept')}
                            <span class="govuk-visually-hidden">: {offer.activity_title}</span>
                          </button>
                          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => answer(offer, 'decline')}>
                            {t('resources.offers.decline')}
                            <span class="govuk-visually-hidden">: {offer.activity_title}</span>
                          </button>
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export function PaymentsPage(_: PageProps) {
  const { t, language } = useI18n();
  const { me, isConvener, isFinance: finance } = useSession();
  const [flash] = useState(takeFlash);
  const loaded = useResource(load, []);
  usePageTitle(t('resources.payments.title'));

  if (loaded.status !== 'ready') return <NotLoaded resource={loaded} />;
  const { policy, offers, payments, bank } = loaded.data;
  const mine = payments.items.filter((claim) => !me || claim.person_id === me.user.id);
  const paid = mine.filter((claim) => claim.status === 'paid');

  return (
    <>
      <HomeBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('resources.payments.title')}</h1>
      <p class="govuk-body">{t('resources.payments.intro')}</p>
      <BenefitsNote policy={policy}>
        <p class="govuk-body govuk-!-margin-bottom-0">{t('resources.benefits.choice')}</p>
      </BenefitsNote>
      {finance || isConvener ? (
        <ul class="govuk-list">
          {finance ? (
            <li>
              <Link class="govuk-link" href="/finance">
                {t('resources.finance.link')}
              </Link>
            </li>
          ) : null}
          {isConvener ? (
            <li>
              <Link class="govuk-link" href="/participation-policy">
                {t('resources.policy.link')}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      <OffersSection initial={offers} />

      <section aria-labelledby="claims-heading">
        <h2 class="govuk-heading-m" id="claims-heading">
          {t('resources.claims.heading')}
        </h2>
        {mine.length === 0 ? (
          <p class="govuk-body">{t('resources.claims.none')}</p>
        ) : (
          <Table id="my-claims">
            <caption class="govuk-table__caption govuk-visually-hidden">{t('resources.claims.heading')}</caption>
            <TableHead
              columns={[
                t('resources.column.activity'),
                t('resources.column.submitted'),
                t('resources.column.method'),
                { text: t('resources.column.amount'), numeric: true },
                t('resources.column.status'),
              ]}
            />
            <tbody class="govuk-table__body">
              {mine.map((claim) => (
                <tr class="govuk-table__row" key={claim.id}>
                  <th scope="row" class="govuk-table__header">
                    <Link class="govuk-link" href={`/claims/${claim.id}`}>
                      {claim.activity_title}
                    </Link>
                  </th>
                  <td class="govuk-table__cell">{formatDate(claim.submitted_at, language)}</td>
                  <td class="govuk-table__cell">{paymentMethodName(t, claim.payment_method)}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    <Money pence={claim.total_pence} />
                  </td>
                  <td class="govuk-table__cell">
                    <ClaimStatusTag status={claim.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 class="govuk-heading-m" id="history-heading">
          {t('resources.history.heading')}
        </h2>
        <dl class="govuk-summary-list" id="payment-totals">
          <SummaryRow label={t('resources.history.paid')}>
            <Money pence={payments.paid_pence} />
          </SummaryRow>
          <SummaryRow label={t('resources.history.approved')}>
            <Money pence={payments.approved_pence} />
          </SummaryRow>
        </dl>
        {paid.length === 0 ? (
          <p class="govuk-body">{t('resources.history.none')}</p>
        ) : (
          <Table id="payment-history">
            <caption class="govuk-table__caption govuk-visually-hidden">{t('resources.history.heading')}</caption>
            <TableHead
              columns={[
                t('resources.column.activity'),
                t('resources.column.paidOn'),
                t('resources.column.reference'),
                { text: t('resources.column.amount'), numeric: true },
              ]}
            />
            <tbody class="govuk-table__body">
              {paid.map((claim) => (
                <tr class="govuk-table__row" key={claim.id}>
                  <th scope="row" class="govuk-table__header">
                    {claim.activity_title}
                  </th>
                  <td class="govuk-table__cell">{claim.paid_on ? formatDate(claim.paid_on, language, 'UTC') : ''}</td>
                  <td class="govuk-table__cell">{claim.reference}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">
                    <Money pence={claim.total_pence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <p class="govuk-body">
          <a class="govuk-link" href={paymentsCsvPath} download="my-payments.csv">
            {t('resources.history.download')}
          </a>
        </p>
      </section>

      <BankDetailsSection initial={bank} />
    </>
  );
}
