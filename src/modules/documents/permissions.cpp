#include "modules/documents/permissions.hpp"

namespace rt::documents {

bool can_write_document(Actor const& actor, bool organises_project)
{
    return actor.is_convener() || organises_project;
}

bool can_read_draft(Actor const& actor, bool organises_project)
{
    return can_write_document(actor, organises_project);
}

bool can_read_published(Actor const& actor)
{
    return !actor.partnership_id.empty();
}

bool can_make_public(Actor const& actor)
{
    return actor.is_convener();
}

bool can_clear_link(Actor const& actor, bool organises_project)
{
    return can_write_document(actor, organises_project);
}

}
