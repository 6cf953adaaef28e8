// The finance controls (issue 27): the finance role changes only when one
// convener asks and a second confirms, and every grant, removal and refusal is
// on a record all conveners read. This file has the page (/finance/controls)
// and the section on a convener's person page that asks for a change.

import { useState } from 'preact/hooks';
import type { PageProps } from '../router/page';
import { ConvenersOnly } from '../components/ConvenersOnly';
import { FailureMessage } from '../components/FailureMessage';
import { Button, TextArea } from '../components/Fields';
import { describeFailure, messagesFor, useFormSubmission } from '../components/forms';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { formatDateTime } from '../text/dates';
import { cancelFinanceRequest, confirmFinanceRequest, fetchFinanceControls, refusalRules, requestFinanceChange } from './api';
import type { FinanceControls, FinanceEvent, FinanceRequest, RefusalRule } from './api';
import { Table, TableHead } from '../components/Table';
import { SummaryRow } from '../components/SummaryRow';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

export const financeControlsPath = '/finance/controls';

const isRule = (code: string | null | undefined): code is RefusalRule => !!code && (refusalRules as readonly string[]).includes(code);

// A rule in plain words, said of the person it stopped (for the record).
export function ruleText(t: Translate, code: string | null | undefined): string {
  return isRule(code) ? t(`finance.rule.${code}` as MessageKey) : '';
}

// Why the reader may not take part in a request, or null when they may.
function whyNotConfirm(request: FinanceRequest, readerId: string): MessageKey | null {
  if (request.requested_by.id === readerId) return 'finance.controls.yourRequest';
  if (request.person.id === readerId) return 'finance.controls.aboutYou';
  return null;
}

function eventText(t: Translate, event: FinanceEvent): string {
  const actor = event.actor.name;
  const person = event.person?.name ?? '';
  switch (event.kind) {
    case 'requested':
      return t('finance.event.requested', { actor, person });
    case 'granted':
      return event.rule === 'set_up' ? t('finance.event.grantedAtSetUp', { person }) : t('finance.event.granted', { actor, person });
    case 'removed':
      return t('finance.event.removed', { actor, person });
    case 'cancelled':
      return t('finance.event.cancelled', { actor, person });
    case 'refused':
      if (event.claim_id) return t('finance.event.refusedClaim', { actor, person });
      if (event.request_id) return t('finance.event.refusedConfirm', { actor });
      return t('finance.event.refusedRole', { actor, person });
  }
  return '';
}

function PendingRequest({ request, onAnswered }: { request: FinanceRequest; onAnswered: (message: string) => void }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const form = useFormSubmission(t);
  const why = whyNotConfirm(request, me?.user.id ?? '');
  const name = request.person.name;
  const answer = (confirm: boolean) =>
    form.submit(async () => {
      if (confirm) await confirmFinanceRequest(request.id);
      else await cancelFinanceRequest(request.id);
      onAnswered(
        confirm
          ? t(request.give ? 'finance.controls.confirmedGive' : 'finance.controls.confirmedTake', { name })
          : t('finance.controls.turnedDown', { name }),
      );
    });
  const mine = request.requested_by.id === me?.user.id;
  return (
    <div class="govuk-summary-card" id={`request-${request.id}`}>
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">{t(request.give ? 'finance.controls.askGive' : 'finance.controls.askTake', { name })}</h3>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <SummaryRow label={t('finance.controls.askedBy')}>
            {request.requested_by.name}, {formatDateTime(request.requested_at, language)}
          </SummaryRow>
          <SummaryRow label={t('finance.controls.reason')}>{request.reason || t('finance.controls.noReason')}</SummaryRow>
        </dl>
        {form.generalError ? (
          <p class="govuk-error-message" role="alert">
            {form.generalError}
          </p>
        ) : null}
        {why ? (
          <p class="govuk-inset-text" id={`request-${request.id}-why`}>
            {t(why)}
          </p>
        ) : null}
        <div class="govuk-button-group">
          {why ? null : (
            <button type="button" class="govuk-button" onClick={() => answer(true)} disabled={form.submitting}>
              {t('finance.controls.confirm')}
            </button>
          )}
          {/* Anyone may turn a change down, and the one who asked may withdraw it. */}
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => answer(false)} disabled={form.submitting}>
            {mine ? t('finance.controls.withdraw') : t('finance.controls.turnDown')}
          </button>
        </div>
      </div>
    </div>
  );
}

function Record({ first }: { first: FinanceControls }) {
  const { t, language } = useI18n();
  const [items, setItems] = useState(first.items);
  const [next, setNext] = useState(first.next_cursor);
  const [error, setError] = useState<string | null>(null);
  const more = async () => {
    if (!next) return;
    try {
      const page = await fetchFinanceControls(next);
      setItems((current) => [...current, ...page.items]);
      setNext(page.next_cursor);
    } catch (failure) {
      setError(describeFailure(t, failure));
    }
  };
  if (items.length === 0) return <p class="govuk-body">{t('finance.controls.recordEmpty')}</p>;
  return (
    <>
      <Table class="rt-finance-record" id="finance-record">
        <caption class="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{t('finance.controls.recordHeading')}</caption>
        <TableHead columns={[t('finance.controls.when'), t('finance.controls.what')]} />
        <tbody class="govuk-table__body">
          {items.map((item) => (
            <tr class="govuk-table__row" key={item.id} data-kind={item.kind}>
              <td class="govuk-table__cell">{formatDateTime(item.at, language)}</td>
              <td class="govuk-table__cell">
                {item.kind === 'refused' ? <strong class="govuk-tag govuk-tag--red govuk-!-margin-bottom-1">{t('finance.controls.refused')}</strong> : null}
                <span class="govuk-!-display-block">{eventText(t, item)}</span>
                {isRule(item.rule) ? <span class="govuk-body-s govuk-!-display-block govuk-!-margin-0">{ruleText(t, item.rule)}</span> : null}
                {item.claim_id ? (
                  <Link class="govuk-link govuk-body-s" href={`/claims/${item.claim_id}`}>
                    {t('finance.controls.theClaim')}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {error ? <p class="govuk-error-message">{error}</p> : null}
      {next ? (
        <button type="button" class="govuk-button govuk-button--secondary" onClick={more}>
          {t('finance.controls.more')}
        </button>
      ) : null}
    </>
  );
}

export function FinanceControlsPage(_: PageProps) {
  const { t, language } = useI18n();
  const { isConvener } = useSession();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const loaded = useResource(() => (isConvener ? fetchFinanceControls() : Promise.resolve(null)), [isConvener, version]);
  usePageTitle(isConvener ? t('finance.controls.title') : t('error.forbiddenTitle'));
  if (!isConvener) return <ConvenersOnly />;
  if (!loaded.data) return <NotLoaded resource={loaded} />;
  const controls = loaded.data;

  return (
    <>
      <HomeBreadcrumbs
        items={[
          { text: t('resources.payments.title'), href: '/payments' },
          { text: t('resources.finance.title'), href: '/finance' },
        ]}
      />
      <h1 class="govuk-heading-l">{t('finance.controls.title')}</h1>
      <p class="govuk-body">{t('finance.controls.intro')}</p>
      {message ? (
        <div class="govuk-inset-text" role="status" id="finance-controls-message">
          {message}
        </div>
      ) : null}

      <h2 class="govuk-heading-m">{t('finance.controls.holdersHeading')}</h2>
      {controls.holders.length === 0 ? (
        <p class="govuk-body">{t('finance.controls.nobody')}</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet" id="finance-holders">
          {controls.holders.map((holder) => (
            <li key={holder.person.id}>
              <Link class="govuk-link" href={`/people/${holder.person.id}`}>
                {holder.person.name}
              </Link>
              {' '}
              <span class="govuk-body-s">
                {t('finance.controls.since', { date: formatDateTime(holder.granted_at, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">{t('finance.controls.pendingHeading')}</h2>
      <div id="finance-pending">
        {controls.pending.length === 0 ? (
          <p class="govuk-body">{t('finance.controls.nothingWaiting')}</p>
        ) : (
          controls.pending.map((request) => (
            <PendingRequest
              key={request.id}
              request={request}
              onAnswered={(text) => {
                setMessage(text);
                setVersion((current) => current + 1);
              }}
            />
          ))
        )}
      </div>

      <h2 class="govuk-heading-m">{t('finance.controls.recordHeading')}</h2>
      <p class="govuk-body">{t('finance.controls.recordIntro')}</p>
      <Record key={version} first={controls} />
    </>
  );
}

// On a convener's person page: whether they hold the finance role, and a
// request to change it, which another convener confirms.
export function FinanceRoleSection({ personId, name }: { personId: string; name: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const [asked, setAsked] = useState<FinanceRequest | null>(null);
  const [reason, setReason] = useState('');
  const form = useFormSubmission(t);
  const controls = useResource(fetchFinanceControls, [version]);
  const self = me?.user.id === personId;

  let body = null;
  if (controls.status === 'failed') body = <FailureMessage error={controls.error} />;
  else if (controls.data) {
    const holds = controls.data.holders.some((holder) => holder.person.id === personId);
    const waiting = controls.data.pending.find((request) => request.person.id === personId);
    const give = !holds;
    const onSubmit = (event: Event) => {
      event.preventDefault();
      if (form.submitting) return;
      form.submit(async () => {
        const request = await requestFinanceChange(personId, give, reason.trim());
        setAsked(request);
        setReason('');
        setVersion((current) => current + 1);
      });
    };
    body = (
      <>
        <p class="govuk-body" id="finance-role-status">
          <strong>{t(holds ? 'resources.financeRole.has' : 'resources.financeRole.hasNot', { name })}</strong>
        </p>
        {asked ? (
          <div class="govuk-inset-text" role="status" id="finance-role-asked">
            <p class="govuk-body">{t(asked.give ? 'resources.financeRole.askedGive' : 'resources.financeRole.askedTake', { name })}</p>
            <p class="govuk-body govuk-!-margin-bottom-0">
              <Link class="govuk-link" href={financeControlsPath}>
                {t('finance.controls.link')}
              </Link>
            </p>
          </div>
        ) : waiting ? (
          <div class="govuk-inset-text" id="finance-role-waiting">
            <p class="govuk-body">
              {t(waiting.give ? 'resources.financeRole.waitingGive' : 'resources.financeRole.waitingTake', { asker: waiting.requested_by.name, name })}
            </p>
            <p class="govuk-body govuk-!-margin-bottom-0">
              <Link class="govuk-link" href={financeControlsPath}>
                {t('finance.controls.link')}
              </Link>
            </p>
          </div>
        ) : null}
        {waiting || asked ? null : self && give ? (
          <p class="govuk-inset-text" id="finance-role-self">
            {t('resources.financeRole.notForYourself')}
          </p>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            {form.generalError ? (
              <p class="govuk-error-message" role="alert" id="finance-role-error">
                {form.generalError}
              </p>
            ) : null}
            <TextArea
              id="finance-reason"
              name="reason"
              rows={3}
              label={t('resources.financeRole.reason')}
              hint={t('resources.financeRole.reasonHint')}
              value={reason}
              onValue={setReason}
              errors={messagesFor(form.errors, 'reason')}
            />
            <Button secondary busy={form.submitting} busyText={t('common.saving')}>
              {t(give ? 'resources.financeRole.askGive' : 'resources.financeRole.askTake')}
            </Button>
          </form>
        )}
        {waiting || asked ? null : (
          <p class="govuk-body">
            <Link class="govuk-link" href={financeControlsPath}>
              {t('finance.controls.link')}
            </Link>
          </p>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="finance-role-heading" id="finance-role">
      <h2 class="govuk-heading-m" id="finance-role-heading">
        {t('resources.financeRole.heading')}
      </h2>
      <p class="govuk-body">{t('resources.financeRole.intro')}</p>
      {body ?? <Loading />}
    </section>
  );
}
