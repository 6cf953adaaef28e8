import type { Decision, Objection, Proposal, Tally } from '../api/decisions';
import type { Project } from '../api/types';
import { ProjectBreadcrumbs } from '../projects/ProjectBreadcrumbs';
import { useI18n } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n/i18n';
import { groupName, lookUpValue } from '../i18n/values';
import { formatDateTime } from '../text/dates';
import { choicesFor, explainTally, figuresAreShares, shareText, usesOptions } from '../text/decisions';
import { Table } from '../components/Table';
import { Lines } from '../components/Lines';
import { textDirection } from '../text/direction';

export const methodName = (t: Translate, method: string) => lookUpValue(t, 'decisions.method', method);
export const methodHint = (t: Translate, method: string) => lookUpValue(t, 'decisions.methodHint', method);
export const weightingName = (t: Translate, weighting: string) => lookUpValue(t, 'decisions.weighting', weighting);
export const objectionStatusName = (t: Translate, status: string) => lookUpValue(t, 'decisions.objectionStatus', status);

// A position or an option as shown: positions are translated, options are the proposer's words.
export function choiceName(t: Translate, method: string, choice: string): string {
  return usesOptions(method) ? choice : lookUpValue(t, `decisions.position.${method}`, choice);
}

// "Majority vote (more than 60%)", "Dot vote (3 dots each)".
export function methodText(t: Translate, proposal: { method: string; threshold?: number; dots_per_voter?: number }): string {
  if (proposal.method === 'majority' && proposal.threshold !== undefined)
    return t('decisions.methodWithThreshold', { method: methodName(t, 'majority'), share: Math.round(proposal.threshold * 100) });
  if (proposal.method === 'dot_vote' && proposal.dots_per_voter !== undefined)
    return t('decisions.methodWithDots', { method: methodName(t, 'dot_vote'), dots: proposal.dots_per_voter });
  return methodName(t, proposal.method);
}

export function ProposalStatusTag({ status }: { status: Proposal['status'] }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${status === 'open' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>{t(`decisions.status.${status}` as MessageKey)}</strong>;
}

export function ResultTag({ passed }: { passed: boolean }) {
  const { t } = useI18n();
  return <strong class={`govuk-tag ${passed ? 'govuk-tag--green' : 'govuk-tag--red'}`}>{passed ? t('decisions.passed') : t('decisions.notPassed')}</strong>;
}

// Home > Projects > the project > Decide together (> the proposal).
export function DecisionBreadcrumbs({ project, proposal }: { project: Project; proposal?: { id: string; title: string } }) {
  const { t } = useI18n();
  const more = [{ text: t('decisions.heading'), href: `/projects/${project.id}/proposals` }];
  if (proposal) more.push({ text: proposal.title, href: `/proposals/${proposal.id}` });
  return <ProjectBreadcrumbs project={project} more={more} />;
}

// The count as it stands (a proposal) or as decided: group positions, raw counts, totals and rounds.
export function TallyTables({
  tally,
  method,
  options,
  idPrefix,
  weighting,
  threshold,
  standing,
}: {
  tally: Tally | Decision;
  method: string;
  options: string[];
  idPrefix: string;
  weighting: string;
  threshold?: number;
  standing: number;
}) {
  const { t, formatList } = useI18n();
  const explained = explainTally(tally, method, weighting, threshold, standing);
  const choices = choicesFor(method, options);
  const groups = Object.keys(tally.counts).length ? Object.keys(tally.counts) : Object.keys(tally.group_positions);
  const shares = figuresAreShares(method);
  return (
    <>
      <p class="govuk-body" id={`${idPrefix}-explanation`} dir="auto">
        {explained ? explained.map((part) => t(part.key as MessageKey, part.parameters)).join(' ') : tally.explanation}
      </p>
      {tally.missing_groups.length ? (
        <p class="govuk-body" id={`${idPrefix}-missing`}>
          {t('decisions.missingGroups', { groups: formatList(tally.missing_groups.map((group) => groupName(t, group))) })}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p class="govuk-body">{t('decisions.noVotesYet')}</p>
      ) : (
        <>
          <div>
            <GroupChoiceTable
              id={`${idPrefix}-positions`}
              caption={shares ? t('decisions.groupPositionsCaption') : t('decisions.groupScoresCaption')}
              method={method}
              choices={choices}
              groups={groups}
              figure={(group, choice) => shareText(tally.group_positions[group]?.[choice] ?? 0, shares)}
              overall={(choice) => shareText(tally.totals[choice] ?? 0, shares)}
            />
          </div>
          <div>
            <GroupChoiceTable
              id={`${idPrefix}-counts`}
              caption={method === 'score' ? t('decisions.rawScoresCaption') : method === 'dot_vote' ? t('decisions.rawDotsCaption') : t('decisions.rawCountsCaption')}
              method={method}
              choices={choices}
              groups={groups}
              figure={(group, choice) => tally.counts[group]?.[choice] ?? 0}
            />
          </div>
        </>
      )}
      {tally.rounds.length ? <Rounds tally={tally} idPrefix={idPrefix} /> : null}
    </>
  );
}

type GroupChoiceTableProps = {
  id: string;
  caption: string;
  method: string;
  choices: string[];
  groups: string[];
  figure: (group: string, choice: string) => string | number;
  // The row of totals under the groups, when the table has one.
  overall?: (choice: string) => string;
};

// A figure for each group (a row) and choice (a column).
function GroupChoiceTable({ id, caption, method, choices, groups, figure, overall }: GroupChoiceTableProps) {
  const { t } = useI18n();
  return (
    <Table id={id}>
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">{t('decisions.group')}</th>
          {choices.map((choice) => (
            <th scope="col" class="govuk-table__header" key={choice} dir="auto">
              {choiceName(t, method, choice)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {groups.map((group) => (
          <tr class="govuk-table__row" key={group}>
            <th scope="row" class="govuk-table__header">{groupName(t, group)}</th>
            {choices.map((choice) => (
              <td class="govuk-table__cell" key={choice}>
                {figure(group, choice)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {overall ? (
        <tfoot>
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">{t('decisions.overall')}</th>
            {choices.map((choice) => (
              <td class="govuk-table__cell" key={choice}>
                {overall(choice)}
              </td>
            ))}
          </tr>
        </tfoot>
      ) : null}
    </Table>
  );
}

function Rounds({ tally, idPrefix }: { tally: Tally | Decision; idPrefix: string }) {
  const { t } = useI18n();
  return (
    <>
      <h3 class="govuk-heading-s">{t('decisions.roundsHeading')}</h3>
      <ol class="govuk-list govuk-list--number" id={`${idPrefix}-rounds`}>
        {tally.rounds.map((round, index) => (
          <li key={index}>
            {t('decisions.roundLine', { number: index + 1 })}{' '}
            {Object.entries(round.tallies)
              .map(([option, figure]) => `${option}: ${shareText(figure, false)}`)
              .join('; ')}
            {round.eliminated ? `. ${t('decisions.roundEliminated', { option: round.eliminated })}` : ''}
            {round.exhausted ? `. ${t('decisions.roundExhausted', { figure: shareText(round.exhausted, false) })}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}

export function ObjectionList({ objections, idPrefix }: { objections: Objection[]; idPrefix: string }) {
  const { t, language } = useI18n();
  if (objections.length === 0) return <p class="govuk-body">{t('decisions.noObjections')}</p>;
  return (
    <ul class="govuk-list" id={`${idPrefix}-objections`}>
      {objections.map((objection, index) => (
        <li key={index} class="rt-objection">
          <p class="govuk-body govuk-!-margin-bottom-1">
            <strong>
              {objection.person
                ? t('decisions.objectionBy', { name: objection.person.name, group: groupName(t, objection.group), version: objection.version })
                : t('decisions.objectionBySomeone', { group: groupName(t, objection.group), version: objection.version })}
            </strong>{' '}
            <strong class={`govuk-tag ${objection.status === 'standing' ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>{objectionStatusName(t, objection.status)}</strong>
          </p>
          <p class="govuk-body rt-preserve-lines govuk-!-margin-bottom-1" dir={textDirection(objection.reason)}>
            <Lines text={objection.reason} />
          </p>
          <p class="govuk-body-s">
            {t('decisions.objectionRaised', { at: formatDateTime(objection.raised_at, language, 'Europe/London') })}
            {objection.resolved_at ? ` ${t('decisions.objectionResolved', { at: formatDateTime(objection.resolved_at, language, 'Europe/London') })}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
