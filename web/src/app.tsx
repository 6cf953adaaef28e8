import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { ActivityCancelPage } from './activities/ActivityCancelPage';
import { ActivityEditPage, ActivityNewPage } from './activities/ActivityFormPage';
import { ActivityListPage } from './activities/ActivityListPage';
import { ActivityPage } from './activities/ActivityPage';
import { AttendancePage } from './activities/AttendancePage';
import { MinutesPage } from './activities/MinutesPage';
import { PeoplePage as ActivityPeoplePage } from './activities/PeoplePage';
import { PlanPage } from './activities/PlanPage';
import { ContributionPage } from './contributions/ContributionPage';
import { ContributionsPage } from './contributions/ContributionsPage';
import { NeedsPage } from './contributions/NeedsPage';
import { MyYouSaidWeDidPage, ProjectYouSaidWeDidPage } from './contributions/YouSaidWeDidPage';
import { SurveyListPage } from './surveys/SurveyListPage';
import { SurveyNewPage } from './surveys/SurveyNewPage';
import { SurveyPage } from './surveys/SurveyPage';
import { SurveyResponsesPage } from './surveys/SurveyResponsesPage';
import { SurveyResultsPage } from './surveys/SurveyResultsPage';
import { DecisionPage } from './decisions/DecisionPage';
import { ProposalListPage } from './decisions/ProposalListPage';
import { ProposalNewPage } from './decisions/ProposalNewPage';
import { ProposalPage } from './decisions/ProposalPage';
import { PanelListPage } from './panels/PanelListPage';
import { PanelNewPage } from './panels/PanelNewPage';
import { PanelPage } from './panels/PanelPage';
import { PanelResultsPage } from './panels/PanelResultsPage';
import { BudgetPage } from './resources/BudgetPage';
import { ClaimNewPage } from './resources/ClaimNewPage';
import { ClaimPage } from './resources/ClaimPage';
import { FinancePage } from './resources/FinancePage';
import { FinanceControlsPage } from './resources/FinanceControlsPage';
import { PaymentsPage } from './resources/PaymentsPage';
import { PolicyPage } from './resources/PolicyPage';
import { AcceptInvitePage } from './auth/AcceptInvitePage';
import { BarometerPage } from './barometer/BarometerPage';
import { ExperiencePage } from './barometer/ExperiencePage';
import { LadderPage } from './barometer/LadderPage';
import { OverviewPage as BarometerOverviewPage } from './barometer/OverviewPage';
import { SettingsPage as BarometerSettingsPage } from './barometer/SettingsPage';
import { AboutYouPage } from './profile/AboutYouPage';
import { SignInPage } from './auth/SignInPage';
import { SignOutPage } from './auth/SignOutPage';
import { Loading } from './components/Loading';
import { GlossaryPage } from './language/GlossaryPage';
import { HomePage } from './home/HomePage';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './layout/Layout';
import { OrganisationDeletePage } from './organisations/OrganisationDeletePage';
import { OrganisationDetailPage } from './organisations/OrganisationDetailPage';
import { OrganisationEditPage, OrganisationNewPage } from './organisations/OrganisationFormPage';
import { OrganisationListPage } from './organisations/OrganisationListPage';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { PreferencesPage as NotificationPreferencesPage } from './notifications/PreferencesPage';
import { UnsubscribePage } from './notifications/UnsubscribePage';
import { PersonDetailPage } from './people/PersonDetailPage';
import { PersonEditPage, PersonNewPage } from './people/PersonFormPage';
import { PeopleListPage } from './people/PeopleListPage';
import { ProfileEditPage } from './profile/ProfileEditPage';
import { ProfilePage } from './profile/ProfilePage';
import { CoLeadsPage } from './projects/CoLeadsPage';
import { InvitationsPage } from './projects/InvitationsPage';
import { MembersPage } from './projects/MembersPage';
import { MyInvitationsPage } from './projects/MyInvitationsPage';
import { InvitationAnswerPage } from './invitations/InvitationAnswerPage';
import { InvitationLetterPage } from './invitations/InvitationLetterPage';
import { ProjectEditPage } from './projects/ProjectEditPage';
import { ProjectListPage } from './projects/ProjectListPage';
import { ProjectNewPage } from './projects/ProjectNewPage';
import { ProjectPage } from './projects/ProjectPage';
import { TimelinePage } from './projects/TimelinePage';
import { TagPage, TagsPage } from './tags/TagsPage';
import { TranslatePage } from './translations/TranslatePage';
import { TranslationsNeededPage } from './translations/TranslationsNeededPage';
import { matchPath, navigate, takeNavigationFlag, useLocation } from './router/router';
import { SessionProvider, signInPathFor, useSession } from './session/session';
import type { PageProps } from './router/page';


type Route = {
  pattern: string;
  page: ComponentType<PageProps>;
  access: 'public' | 'signed-in' | 'signed-out';
};

// Order matters: "/organisations/new" before "/organisations/:id".
const routes: Route[] = [
  { pattern: '/sign-in', page: SignInPage, access: 'signed-out' },
  { pattern: '/sign-out', page: SignOutPage, access: 'public' },
  { pattern: '/accept-invite', page: AcceptInvitePage, access: 'public' },
  { pattern: '/accessibility', page: AccessibilityPage, access: 'public' },
  // An email's link to stop a kind of email: its token is the proof, no sign-in needed.
  { pattern: '/unsubscribe', page: UnsubscribePage, access: 'public' },
  { pattern: '/', page: HomePage, access: 'signed-in' },
  { pattern: '/organisations', page: OrganisationListPage, access: 'signed-in' },
  { pattern: '/organisations/new', page: OrganisationNewPage, access: 'signed-in' },
  { pattern: '/organisations/:id', page: OrganisationDetailPage, access: 'signed-in' },
  { pattern: '/organisations/:id/edit', page: OrganisationEditPage, access: 'signed-in' },
  { pattern: '/organisations/:id/delete', page: OrganisationDeletePage, access: 'signed-in' },
  { pattern: '/people', page: PeopleListPage, access: 'signed-in' },
  { pattern: '/people/new', page: PersonNewPage, access: 'signed-in' },
  { pattern: '/people/:id', page: PersonDetailPage, access: 'signed-in' },
  { pattern: '/people/:id/edit', page: PersonEditPage, access: 'signed-in' },
  { pattern: '/projects', page: ProjectListPage, access: 'signed-in' },
  { pattern: '/projects/new', page: ProjectNewPage, access: 'signed-in' },
  { pattern: '/projects/:id', page: ProjectPage, access: 'signed-in' },
  { pattern: '/projects/:id/edit', page: ProjectEditPage, access: 'signed-in' },
  { pattern: '/projects/:id/co-leads', page: CoLeadsPage, access: 'signed-in' },
  { pattern: '/projects/:id/invitations', page: InvitationsPage, access: 'signed-in' },
  { pattern: '/projects/:id/members', page: MembersPage, access: 'signed-in' },
  { pattern: '/projects/:id/timeline', page: TimelinePage, access: 'signed-in' },
  { pattern: '/projects/:id/translations-needed', page: TranslationsNeededPage, access: 'signed-in' },
  { pattern: '/translations/:subjectType/:subjectId/:field', page: TranslatePage, access: 'signed-in' },
  { pattern: '/projects/:id/activities', page: ActivityListPage, access: 'signed-in' },
  { pattern: '/projects/:id/activities/new', page: ActivityNewPage, access: 'signed-in' },
  { pattern: '/activities/:id', page: ActivityPage, access: 'signed-in' },
  { pattern: '/activities/:id/edit', page: ActivityEditPage, access: 'signed-in' },
  { pattern: '/activities/:id/cancel', page: ActivityCancelPage, access: 'signed-in' },
  { pattern: '/activities/:id/people', page: ActivityPeoplePage, access: 'signed-in' },
  { pattern: '/activities/:id/plan', page: PlanPage, access: 'signed-in' },
  { pattern: '/activities/:id/attendance', page: AttendancePage, access: 'signed-in' },
  { pattern: '/activities/:id/minutes', page: MinutesPage, access: 'signed-in' },
  { pattern: '/projects/:id/contributions', page: ContributionsPage, access: 'signed-in' },
  { pattern: '/contributions/:id', page: ContributionPage, access: 'signed-in' },
  { pattern: '/projects/:id/needs', page: NeedsPage, access: 'signed-in' },
  { pattern: '/projects/:id/you-said-we-did', page: ProjectYouSaidWeDidPage, access: 'signed-in' },
  { pattern: '/me/you-said-we-did', page: MyYouSaidWeDidPage, access: 'signed-in' },
  { pattern: '/projects/:id/surveys', page: SurveyListPage, access: 'signed-in' },
  { pattern: '/projects/:id/surveys/new', page: SurveyNewPage, access: 'signed-in' },
  { pattern: '/surveys/:id', page: SurveyPage, access: 'signed-in' },
  { pattern: '/surveys/:id/results', page: SurveyResultsPage, access: 'signed-in' },
  { pattern: '/projects/:id/proposals', page: ProposalListPage, access: 'signed-in' },
  { pattern: '/projects/:id/proposals/new', page: ProposalNewPage, access: 'signed-in' },
  { pattern: '/proposals/:id', page: ProposalPage, access: 'signed-in' },
  { pattern: '/decisions/:id', page: DecisionPage, access: 'signed-in' },
  { pattern: '/panels', page: PanelListPage, access: 'signed-in' },
  { pattern: '/panels/new', page: PanelNewPage, access: 'signed-in' },
  { pattern: '/panels/:id', page: PanelPage, access: 'signed-in' },
  { pattern: '/panels/:id/results', page: PanelResultsPage, access: 'signed-in' },
  { pattern: '/surveys/:id/responses', page: SurveyResponsesPage, access: 'signed-in' },
  { pattern: '/glossary', page: GlossaryPage, access: 'signed-in' },
  { pattern: '/tags', page: TagsPage, access: 'signed-in' },
  { pattern: '/tags/:tag', page: TagPage, access: 'signed-in' },
  { pattern: '/payments', page: PaymentsPage, access: 'signed-in' },
  { pattern: '/claims/new', page: ClaimNewPage, access: 'signed-in' },
  { pattern: '/claims/:id', page: ClaimPage, access: 'signed-in' },
  { pattern: '/finance', page: FinancePage, access: 'signed-in' },
  { pattern: '/finance/controls', page: FinanceControlsPage, access: 'signed-in' },
  { pattern: '/participation-policy', page: PolicyPage, access: 'signed-in' },
  { pattern: '/projects/:id/budget', page: BudgetPage, access: 'signed-in' },
  { pattern: '/invitations', page: MyInvitationsPage, access: 'signed-in' },
  { pattern: '/invitations/:id/answer', page: InvitationAnswerPage, access: 'signed-in' },
  { pattern: '/invitations/:id/letter', page: InvitationLetterPage, access: 'signed-in' },
  { pattern: '/profile', page: ProfilePage, access: 'signed-in' },
  { pattern: '/profile/edit', page: ProfileEditPage, access: 'signed-in' },
  { pattern: '/profile/about-you', page: AboutYouPage, access: 'signed-in' },
  { pattern: '/barometer', page: BarometerOverviewPage, access: 'signed-in' },
  { pattern: '/barometer/settings', page: BarometerSettingsPage, access: 'signed-in' },
  { pattern: '/projects/:id/barometer', page: BarometerPage, access: 'signed-in' },
  { pattern: '/projects/:id/ladder', page: LadderPage, access: 'signed-in' },
  { pattern: '/projects/:id/experience', page: ExperiencePage, access: 'signed-in' },
  { pattern: '/notifications', page: NotificationsPage, access: 'signed-in' },
  { pattern: '/notifications/preferences', page: NotificationPreferencesPage, access: 'signed-in' },
];

function findRoute(path: string): { route: Route; parameters: Record<string, string> } | null {
  for (const route of routes) {
    const parameters = matchPath(route.pattern, path);
    if (parameters) return { route, parameters };
  }
  return null;
}

// After the app changes page, focus goes to a success banner if there is one,
// else the page's heading, so screen reader users hear the new page. Pages
// that load their data first get focus on their heading once it appears.
function focusArrival(main: HTMLElement): boolean {
  const target = main.querySelector<HTMLElement>('[data-focus-on-arrival]') ?? main.querySelector<HTMLElement>('h1');
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}

function useFocusOnNavigation(key: string) {
  useEffect(() => {
    if (!takeNavigationFlag()) return;
    const main = document.getElementById('main-content');
    if (!main) return;
    let observer: MutationObserver | null = null;
    const giveUp = window.setTimeout(() => observer?.disconnect(), 10_000);
    const timer = window.setTimeout(() => {
      if (focusArrival(main)) return;
      main.focus({ preventScroll: true });
      observer = new MutationObserver(() => {
        // Only while the person has not moved focus themselves.
        if (document.activeElement !== main && document.activeElement !== document.body) {
          observer?.disconnect();
          return;
        }
        if (focusArrival(main)) observer?.disconnect();
      });
      observer.observe(main, { childList: true, subtree: true });
    }, 0);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      observer?.disconnect();
    };
  }, [key]);
}

function Routes() {
  const location = useLocation();
  const { state } = useSession();
  const found = findRoute(location.path);
  useFocusOnNavigation(`${location.href}|${state.status}`);

  const needsSignIn = found?.route.access === 'signed-in' && state.status === 'signed-out';
  const alreadySignedIn = found?.route.access === 'signed-out' && state.status === 'signed-in';

  useEffect(() => {
    if (needsSignIn) navigate(signInPathFor(location.href), { replace: true });
    if (alreadySignedIn) navigate('/', { replace: true });
  }, [needsSignIn, alreadySignedIn, location.href]);

  if (!found) return <NotFoundPage parameters={{}} />;
  if (found.route.access !== 'public' && state.status === 'loading') return <Loading />;
  if (needsSignIn || alreadySignedIn) return <Loading />;
  const Page = found.route.page;
  return <Page key={location.path} parameters={found.parameters} />;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Layout>
          <Routes />
        </Layout>
      </SessionProvider>
    </I18nProvider>
  );
}
