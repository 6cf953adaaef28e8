import { useState } from 'preact/hooks';
import { listPanels } from '../api/panels';
import type { PageProps } from '../router/page';
import { takeFlash } from '../components/flash';
import { NotificationBanner } from '../components/NotificationBanner';
import { usePageTitle } from '../components/usePageTitle';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { lookUpValue } from '../i18n/values';
import { Link } from '../router/router';
import { useSession } from '../session/session';
import { Table, TableHead } from '../components/Table';
import { Title } from '../components/Title';
import { HomeBreadcrumbs } from '../components/Breadcrumbs';
import { NotLoaded } from '../components/NotLoaded';

export function PanelListPage(_: PageProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const [flash] = useState(takeFlash);
  const loaded = useResource(() => listPanels(), []);
  usePageTitle(loaded.status === 'loading' ? t('common.loading') : t('panels.heading'));
  if (!loaded.data) return <NotLoaded resource={loaded} />;
  const panels = loaded.data.items;
  const convener = me?.user.role === 'convener';
  return (
    <>
      <HomeBreadcrumbs />
      {flash ? <NotificationBanner kind="success" heading={t(flash.key, flash.parameters)} /> : null}
      <h1 class="govuk-heading-l">{t('panels.heading')}</h1>
      <p class="govuk-body">{convener ? t('panels.introConvener') : t('panels.intro')}</p>
      {convener ? (
        <Link class="govuk-button" href="/panels/new" role="button" draggable={false}>
          {t('panels.create')}
        </Link>
      ) : null}
      {panels.length === 0 ? (
        <p class="govuk-body">{t('panels.none')}</p>
      ) : (
        <Table id="panels-table">
          <caption class="govuk-table__caption govuk-table__caption--m">{t('panels.tableCaption')}</caption>
          <TableHead columns={[t('panels.titleLabel'), t('panels.kindLabel'), t('panels.membersCount'), t('panels.iSitOnIt')]} />
          <tbody class="govuk-table__body">
            {panels.map((panel) => (
              <tr class="govuk-table__row" key={panel.id}>
                <td class="govuk-table__cell" dir="auto">
                  <Link class="govuk-link" href={`/panels/${panel.id}`}>
                    <Title text={panel.title} />
                  </Link>
                </td>
                <td class="govuk-table__cell">{lookUpValue(t, 'panels.kind', panel.kind)}</td>
                <td class="govuk-table__cell">{panel.members.length}</td>
                <td class="govuk-table__cell">{panel.i_sit_on_it || panel.members.some((member) => member.person_id === me?.user.id) ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
