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
import { DiffPage } from './documents/DiffPage';
import { DocumentEditPage } from './documents/DocumentEditPage';
import { DocumentListPage } from './documents/DocumentListPage';
import { DocumentNewPage } from './documents/DocumentNewPage';
import { DocumentPage } from './documents/DocumentPage';
import { InitiativeListPage } from './initiatives/InitiativeListPage';
import { InitiativeNewPage } from './initiatives/InitiativeNewPage';
import { InitiativePage } from './initiatives/InitiativePage';
import { SuspectPage } from './documents/SuspectPage';
import { ThreadPage } from './documents/ThreadPage';
import { RespondPage } from './documents/RespondPage';
import { ResponsesPage } from './documents/ResponsesPage';
import { VersionPage, VersionsPage } from './documents/VersionsPage';
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
import { PartnershipPage } from './pages/PartnershipPage';
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
import { routePatterns } from './router/routes';
import type { Access, RoutePattern } from './router/routes';


type Route = {
  pattern: RoutePattern;
  page: ComponentType<PageProps>;
  access: Access;
};

// The page for each address in router/routes.ts.
const pages: Record<RoutePattern, ComponentType<PageProps>> = {
  '/sign-in': SignInPage,
  '/sign-out': SignOutPage,
  '/accept-invite': AcceptInvitePage,
  '/accessibility': AccessibilityPage,
  '/unsubscribe': UnsubscribePage,
  '/': HomePage,
  '/organisations': OrganisationListPage,
  '/organisations/new': OrganisationNewPage,
  '/organisations/:id': OrganisationDetailPage,
  '/organisations/:id/edit': OrganisationEditPage,
  '/organisations/:id/delete': OrganisationDeletePage,
  '/people': PeopleListPage,
  '/people/new': PersonNewPage,
  '/people/:id': PersonDetailPage,
  '/people/:id/edit': PersonEditPage,
  '/projects': ProjectListPage,
  '/projects/new': ProjectNewPage,
  '/projects/:id': ProjectPage,
  '/projects/:id/edit': ProjectEditPage,
  '/projects/:id/co-leads': CoLeadsPage,
  '/projects/:id/invitations': InvitationsPage,
  '/projects/:id/members': MembersPage,
  '/projects/:id/timeline': TimelinePage,
  '/projects/:id/translations-needed': TranslationsNeededPage,
  '/translations/:subjectType/:subjectId/:field': TranslatePage,
  '/projects/:id/activities': ActivityListPage,
  '/projects/:id/activities/new': ActivityNewPage,
  '/activities/:id': ActivityPage,
  '/activities/:id/edit': ActivityEditPage,
  '/activities/:id/cancel': ActivityCancelPage,
  '/activities/:id/people': ActivityPeoplePage,
  '/activities/:id/plan': PlanPage,
  '/activities/:id/attendance': AttendancePage,
  '/activities/:id/minutes': MinutesPage,
  '/projects/:id/contributions': ContributionsPage,
  '/contributions/:id': ContributionPage,
  '/projects/:id/needs': NeedsPage,
  '/projects/:id/you-said-we-did': ProjectYouSaidWeDidPage,
  '/me/you-said-we-did': MyYouSaidWeDidPage,
  '/projects/:id/surveys': SurveyListPage,
  '/projects/:id/surveys/new': SurveyNewPage,
  '/surveys/:id': SurveyPage,
  '/surveys/:id/results': SurveyResultsPage,
  '/projects/:id/proposals': ProposalListPage,
  '/projects/:id/proposals/new': ProposalNewPage,
  '/proposals/:id': ProposalPage,
  '/decisions/:id': DecisionPage,
  '/initiatives': InitiativeListPage,
  '/initiatives/new': InitiativeNewPage,
  '/initiatives/:id': InitiativePage,
  '/documents': DocumentListPage,
  '/documents/new': DocumentNewPage,
  '/documents/:id': DocumentPage,
  '/documents/:id/edit': DocumentEditPage,
  '/documents/:id/versions': VersionsPage,
  '/documents/:id/versions/:number': VersionPage,
  '/documents/:id/diff': DiffPage,
  '/documents/:id/suspect': SuspectPage,
  '/sections/:id/thread': ThreadPage,
  '/sections/:id/respond': RespondPage,
  '/documents/:id/responses': ResponsesPage,
  '/panels': PanelListPage,
  '/panels/new': PanelNewPage,
  '/panels/:id': PanelPage,
  '/panels/:id/results': PanelResultsPage,
  '/surveys/:id/responses': SurveyResponsesPage,
  '/partnership': PartnershipPage,
  '/glossary': GlossaryPage,
  '/tags': TagsPage,
  '/tags/:tag': TagPage,
  '/payments': PaymentsPage,
  '/claims/new': ClaimNewPage,
  '/claims/:id': ClaimPage,
  '/finance': FinancePage,
  '/finance/controls': FinanceControlsPage,
  '/participation-policy': PolicyPage,
  '/projects/:id/budget': BudgetPage,
  '/invitations': MyInvitationsPage,
  '/invitations/:id/answer': InvitationAnswerPage,
  '/invitations/:id/letter': InvitationLetterPage,
  '/profile': ProfilePage,
  '/profile/edit': ProfileEditPage,
  '/profile/about-you': AboutYouPage,
  '/barometer': BarometerOverviewPage,
  '/barometer/settings': BarometerSettingsPage,
  '/projects/:id/barometer': BarometerPage,
  '/projects/:id/ladder': LadderPage,
  '/projects/:id/experience': ExperiencePage,
  '/notifications': NotificationsPage,
  '/notifications/preferences': NotificationPreferencesPage,
};

const routes: Route[] = routePatterns.map((route) => ({ ...route, page: pages[route.pattern] }));

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
