#include "modules/registry.hpp"

#include "modules/accounts/routes.hpp"
#include "modules/barometer/routes.hpp"
#include "modules/contributions/routes.hpp"
#include "modules/decisions/routes.hpp"
#include "modules/documents/routes.hpp"
#include "modules/panels/routes.hpp"
#include "modules/engagement/routes.hpp"
#include "modules/finance/routes.hpp"
#include "modules/home/routes.hpp"
#include "modules/initiatives/routes.hpp"
#include "modules/language/routes.hpp"
#include "modules/notifications/routes.hpp"
#include "modules/partnership/routes.hpp"
#include "modules/privacy/routes.hpp"
#include "modules/projects/routes.hpp"
#include "modules/resources/routes.hpp"
#include "modules/surveys/routes.hpp"
#include "modules/system/routes.hpp"

namespace rt {

void register_all_routes(http::Router& router, Services& services)
{
    system::register_routes(router, services);
    accounts::register_routes(router, services);
    partnership::register_routes(router, services);
    privacy::register_routes(router, services);
    projects::register_routes(router, services);
    engagement::register_routes(router, services);
    contributions::register_routes(router, services);
    surveys::register_routes(router, services);
    documents::register_routes(router, services);
    initiatives::register_routes(router, services);
    language::register_routes(router, services);
    decisions::register_routes(router, services);
    panels::register_routes(router, services);
    resources::register_routes(router, services);
    finance::register_routes(router, services);
    home::register_routes(router, services);
    barometer::register_routes(router, services);
    notifications::register_routes(router, services);
}

}
