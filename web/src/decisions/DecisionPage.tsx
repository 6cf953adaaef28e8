import { useState } from 'preact/hooks';
import { fetchContribution } from '../api/contributions';
import { fetchDecision } from '../api/decisions';
import { fetchProject } from '../api/projects';
import type { PageProps } from '../router/page';
import { SummaryRow } from '../components/SummaryRow';
import { shortText } from '../contributions/shared';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { groupName } from '../i18n/values';
import { Link } from '../router/router';
import { formatDateTime } from '../text/dates';
import { usesOptions } from '../text/decisions';
import { TranslatedText } from '../translations/TranslatedText';
import { choiceName, DecisionBreadcrumbs, methodName, ObjectionList, ResultTag, TallyTables, weightingName } from './shared';
import { Title } from '../components/Title';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';
import { NotLoaded, useLoadingPageTitle } from '../components/NotLoaded';

async function load(id: string) {
  const decision = await fetchDecision(id);
  const [project, contributions] = await Promise.all([
    fetchProject(decision.project_id),
    Promise.all(decision.contribution_ids.map((contributionId) => fetchContribution(contributionId).catch(() => null))),
  ]);
  return { decision, project, contributions };
}

export function DecisionPage({ parameters }: PageProps) {
  const { t, language, formatList } = useI18n();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => load(parameters.id), [parameters.id]);
  const data = loaded.data;
  useLoadingPageTitle(loaded, data && t('decisions.record.title', { title: data.decision.title }));
  if (!data) return <NotLoaded resource={loaded} />;
  const { decision, project, contributions } = data;
  const options = decision.options ?? [];
  const winner = usesOptions(decision.method) && decision.result && options.includes(decision.result) ? decision.result : null;
  return (
    <>
      <DecisionBreadcrumbs project={project} proposal={{ id: decision.proposal_id, title: decision.title }} />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <span class="govuk-caption-l">{t('decisions.record.caption')}</span>
      <h1 class="govuk-heading-l" dir="auto">
        <Title text={decision.title} />
      </h1>
      {decision.text ? (
        <TranslatedText
          block
          subjectType="proposal"
          subjectId={decision.proposal_id}
          field="text"
          original={decision.text}
          textId="decision-text"
          manageHref={project.can_manage ? `/translations/proposal/${decision.proposal_id}/text` : null}
        />
      ) : null}
      <dl class="govuk-summary-list" id="decision-summary">
        <SummaryRow label={t('decisions.record.result')}>
          <ResultTag passed={decision.passed} />
        </SummaryRow>
        {winner ? (
          <SummaryRow label={t('decisions.record.winner')}>
            <span dir="auto">{choiceName(t, decision.method, winner)}</span>
          </SummaryRow>
        ) : null}
        <SummaryRow label={t('decisions.methodLabel')}>
          {/* The name and its explanation are two lines (in Arabic they ran into one word). */}
          <span class="rt-line">{methodName(t, decision.method)}</span>{' '}
          <span class="rt-line govuk-hint govuk-!-margin-bottom-0">{t(`decisions.methodHint.${decision.method}`)}</span>
        </SummaryRow>
        <SummaryRow label={t('decisions.weightingLabel')}>
          {/* The name and its explanation are two lines (in Arabic they ran into one word). */}
          <span class="rt-line">{weightingName(t, decision.weighting)}</span>{' '}
          <span class="rt-line govuk-hint govuk-!-margin-bottom-0">{t(`decisions.weightingHint.${decision.weighting}`)}</span>
        </SummaryRow>
        <SummaryRow label={t('decisions.record.quorum')}>
          {decision.quorum
            ? t('decisions.record.quorumMet')
            : t('decisions.record.quorumNotMet', { groups: formatList(decision.missing_groups.map((group) => groupName(t, group))) })}
        </SummaryRow>
        <SummaryRow label={t('decisions.versionLabel')}>{decision.version}</SummaryRow>
        <SummaryRow label={t('decisions.record.closedBy')}>
          {decision.closed_by.group
            ? t('decisions.nameAndGroup', { name: decision.closed_by.name, group: groupName(t, decision.closed_by.group) })
            : t('decisions.nameFacilitator', { name: decision.closed_by.name })}
          ,{' '}
          {formatDateTime(decision.created_at, language, 'Europe/London')}
        </SummaryRow>
      </dl>

      <h2 class="govuk-heading-m">{t('decisions.record.rationaleHeading')}</h2>
      <p class="govuk-body rt-preserve-lines" id="decision-rationale" dir={textDirection(decision.rationale)}>
        <Lines text={decision.rationale} />
      </p>

      <section aria-labelledby="count-heading">
        <h2 class="govuk-heading-m" id="count-heading">
          {t('decisions.record.countHeading')}
        </h2>
        <TallyTables
          tally={decision}
          method={decision.method}
          options={options}
          idPrefix="decision"
          weighting={decision.weighting}
          standing={decision.objections.filter((objection) => objection.status === 'standing').length}
        />
      </section>

      <h2 class="govuk-heading-m">{t('decisions.record.objectionsHeading')}</h2>
      <ObjectionList objections={decision.objections} idPrefix="decision" />

      <h2 class="govuk-heading-m">{t('decisions.record.behindHeading')}</h2>
      {contributions.length === 0 && decision.need_ids.length === 0 ? <p class="govuk-body">{t('decisions.record.nothingBehind')}</p> : null}
      {contributions.length ? (
        <ul class="govuk-list govuk-list--bullet" id="decision-contributions">
          {decision.contribution_ids.map((id, index) => (
            <li key={id}>
              <Link class="govuk-link" href={`/contributions/${id}`}>
                {contributions[index] ? <Title text={shortText(contributions[index]!.text, 100)} /> : t('decisions.record.contribution')}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {decision.need_ids.length ? (
        <p class="govuk-body">
          <Link class="govuk-link" href={`/projects/${project.id}/needs`}>
            {t('decisions.record.needsLink', { count: decision.need_ids.length })}
          </Link>
        </p>
      ) : null}
      <ul class="govuk-list">
        <li>
          <Link class="govuk-link" href={`/proposals/${decision.proposal_id}`}>
            {t('decisions.record.proposalLink')}
          </Link>
        </li>
        <li>
          <Link class="govuk-link" href={`/projects/${project.id}/proposals`}>
            {t('decisions.backToList')}
          </Link>
        </li>
      </ul>
    </>
  );
}
