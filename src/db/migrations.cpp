#include "db/database.hpp"

#include <set>

#include <spdlog/spdlog.h>

#include "core/log.hpp"
#include "core/time.hpp"

namespace rt::db {

namespace {

struct Migration {
    int version;
    std::string_view name;
    std::vector<std::string_view> statements;
};

// The counts kept as things happen (migration 33), worked out from the rows
// themselves: for the migration, and for recount_kept_counts().
constexpr char const* k_count_contribution_tallies = R"(INSERT INTO contribution_tallies (partnership_id, project_id, stakeholder_group, status, n)
                   SELECT partnership_id, project_id, stakeholder_group, status, COUNT(*) FROM contributions
                   GROUP BY partnership_id, project_id, stakeholder_group, status)";
constexpr char const* k_count_project_participants = R"(INSERT INTO project_participants (partnership_id, project_id, person_id)
                   SELECT a.partnership_id, a.project_id, t.person_id FROM activity_attendance t JOIN activities a ON a.id = t.activity_id
                   UNION
                   SELECT partnership_id, project_id, author_person_id FROM contributions WHERE author_person_id IS NOT NULL AND anonymous = 0
                   UNION
                   SELECT p.partnership_id, p.project_id, v.person_id FROM proposal_votes v JOIN proposals p ON p.id = v.proposal_id)";

// One numbered list for both databases: the SQL here is portable (TEXT,
// INTEGER, BIGINT, foreign keys, no dialect functions). Times are RFC 3339 text.
// Every table carries partnership_id, except the pre-sign-in login throttle.
// NOTE: never edit a migration that has shipped; add a new one.
std::vector<Migration> const& all_migrations()
{
    static std::vector<Migration> const migrations {
        { 1, "partnerships, organisations, people, accounts, audit",
            {
                R"(CREATE TABLE partnerships (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    colour TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    audit_seq BIGINT NOT NULL DEFAULT 0,
                    audit_head TEXT NOT NULL DEFAULT ''))",
                R"(CREATE TABLE organisations (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    name TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    interests TEXT NOT NULL,
                    communities TEXT NOT NULL,
                    description TEXT NOT NULL,
                    website TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX organisations_by_name ON organisations (partnership_id, name, id)",
                R"(CREATE TABLE organisation_tags (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    tag TEXT NOT NULL,
                    PRIMARY KEY (organisation_id, kind, tag)))",
                "CREATE INDEX organisation_tags_by_tag ON organisation_tags (partnership_id, kind, tag)",
                R"(CREATE TABLE people (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    name TEXT NOT NULL,
                    email TEXT UNIQUE,
                    role TEXT NOT NULL,
                    stakeholder_groups TEXT NOT NULL,
                    interests TEXT NOT NULL,
                    preferred_language TEXT NOT NULL,
                    access_needs TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX people_by_name ON people (partnership_id, name, id)",
                R"(CREATE TABLE person_organisations (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                    PRIMARY KEY (person_id, organisation_id)))",
                "CREATE INDEX person_organisations_by_organisation ON person_organisations (organisation_id)",
                R"(CREATE TABLE person_tags (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    tag TEXT NOT NULL,
                    PRIMARY KEY (person_id, kind, tag)))",
                "CREATE INDEX person_tags_by_tag ON person_tags (partnership_id, kind, tag)",
                R"(CREATE TABLE credentials (
                    person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    password_hash TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE invites (
                    token_hash TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    used_at TEXT))",
                R"(CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    idle_expires_at TEXT NOT NULL,
                    absolute_expires_at TEXT NOT NULL))",
                "CREATE INDEX sessions_by_person ON sessions (person_id)",
                R"(CREATE TABLE login_throttle (
                    throttle_key TEXT PRIMARY KEY,
                    failures INTEGER NOT NULL,
                    window_started_at TEXT NOT NULL))",
                R"(CREATE TABLE audit_log (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    seq BIGINT NOT NULL,
                    at TEXT NOT NULL,
                    actor_id TEXT,
                    action TEXT NOT NULL,
                    subject_type TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    before_id TEXT,
                    after_id TEXT,
                    details TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    UNIQUE (partnership_id, seq)))",
            } },
        { 2, "sessions carry the person's role",
            {
                // Sessions started before this migration end: everyone signs in again.
                "DELETE FROM sessions",
                "ALTER TABLE sessions ADD COLUMN role TEXT NOT NULL DEFAULT 'member'",
            } },
        { 3, "organisations keep their rendered JSON",
            {
                // Written with every insert and update; '' for rows from before,
                // which the list renders from their columns instead.
                "ALTER TABLE organisations ADD COLUMN rendered_json TEXT NOT NULL DEFAULT ''",
            } },
        { 4, "projects: charter, invitations, members, stages, timeline events",
            {
                R"(CREATE TABLE projects (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    title TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    need TEXT NOT NULL,
                    population TEXT NOT NULL,
                    interests TEXT NOT NULL,
                    communities TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    required_groups TEXT NOT NULL,
                    decision_rule TEXT NOT NULL,
                    chair_rotation TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX projects_by_partnership ON projects (partnership_id, created_at)",
                R"(CREATE TABLE project_co_leads (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id),
                    stakeholder_group TEXT NOT NULL,
                    PRIMARY KEY (project_id, person_id)))",
                R"(CREATE TABLE project_invitations (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
                    person_id TEXT REFERENCES people (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    status TEXT NOT NULL,
                    matched_on TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    sent_at TEXT,
                    responded_at TEXT,
                    responded_by TEXT))",
                "CREATE INDEX project_invitations_by_project ON project_invitations (project_id)",
                "CREATE INDEX project_invitations_by_person ON project_invitations (person_id)",
                "CREATE INDEX project_invitations_by_organisation ON project_invitations (organisation_id)",
                R"(CREATE TABLE project_members (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    person_id TEXT REFERENCES people (id) ON DELETE CASCADE,
                    organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    via TEXT NOT NULL,
                    invitation_id TEXT,
                    joined_at TEXT NOT NULL,
                    added_by TEXT))",
                "CREATE INDEX project_members_by_project ON project_members (project_id)",
                R"(CREATE TABLE project_stage_changes (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    from_stage TEXT NOT NULL,
                    to_stage TEXT NOT NULL,
                    actor_id TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    override INTEGER NOT NULL,
                    missing_groups TEXT NOT NULL,
                    at TEXT NOT NULL))",
                "CREATE INDEX project_stage_changes_by_project ON project_stage_changes (project_id, at)",
                R"(CREATE TABLE project_events (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    subject_name TEXT NOT NULL,
                    at TEXT NOT NULL))",
                "CREATE INDEX project_events_by_project ON project_events (project_id, at)",
            } },
        { 5, "activities: sign-ups with needs, arrangements, attendance",
            {
                R"(CREATE TABLE activities (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    starts_at TEXT NOT NULL,
                    ends_at TEXT NOT NULL,
                    timezone TEXT NOT NULL,
                    venue_address TEXT,
                    venue_features TEXT NOT NULL,
                    online_url TEXT,
                    capacity INTEGER,
                    languages TEXT NOT NULL,
                    status TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX activities_by_project ON activities (partnership_id, project_id, starts_at)",
                R"(CREATE TABLE activity_signups (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    status TEXT NOT NULL,
                    access_needs TEXT NOT NULL,
                    language TEXT NOT NULL,
                    walk_in INTEGER NOT NULL,
                    signed_up_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    UNIQUE (activity_id, person_id)))",
                R"(CREATE TABLE activity_arrangements (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                    need TEXT NOT NULL,
                    arranged_by TEXT NOT NULL,
                    arranged_at TEXT NOT NULL,
                    PRIMARY KEY (activity_id, need)))",
                R"(CREATE TABLE activity_attendance (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    PRIMARY KEY (activity_id, person_id)))",
            } },
        { 6, "activity series",
            {
                "ALTER TABLE activities ADD COLUMN series_id TEXT",
                "ALTER TABLE activities ADD COLUMN recurrence TEXT",
                "CREATE INDEX activities_by_series ON activities (series_id)",
            } },
        { 7, "activity minutes",
            {
                R"(CREATE TABLE activity_minutes (
                    activity_id TEXT PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    minutes TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    actions TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
            } },
        { 8, "activity chairs",
            {
                "ALTER TABLE activities ADD COLUMN chair_person_id TEXT",
                "ALTER TABLE activities ADD COLUMN chair_group TEXT",
            } },
        { 9, "personal calendar feeds",
            {
                R"(CREATE TABLE calendar_feeds (
                    token_hash TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    created_at TEXT NOT NULL))",
                "CREATE INDEX calendar_feeds_by_person ON calendar_feeds (person_id)",
            } },
        { 10, "contributions, needs register, traceability links",
            {
                R"(CREATE TABLE contributions (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    source TEXT NOT NULL,
                    activity_id TEXT REFERENCES activities (id) ON DELETE SET NULL,
                    survey_id TEXT,
                    survey_answer TEXT UNIQUE,
                    author_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
                    anonymous INTEGER NOT NULL,
                    recorded_by TEXT REFERENCES people (id) ON DELETE SET NULL,
                    tags TEXT NOT NULL,
                    status TEXT NOT NULL,
                    response TEXT NOT NULL,
                    responded_at TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX contributions_by_project ON contributions (partnership_id, project_id, created_at)",
                "CREATE INDEX contributions_by_author ON contributions (author_person_id)",
                R"(CREATE TABLE contribution_history (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    contribution_id TEXT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
                    status TEXT NOT NULL,
                    response TEXT NOT NULL,
                    changed_by TEXT,
                    at TEXT NOT NULL))",
                "CREATE INDEX contribution_history_by_contribution ON contribution_history (contribution_id, at)",
                R"(CREATE TABLE needs (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    description TEXT NOT NULL,
                    communities TEXT NOT NULL,
                    status TEXT NOT NULL,
                    merged_into TEXT REFERENCES needs (id),
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX needs_by_project ON needs (partnership_id, project_id, created_at)",
                R"(CREATE TABLE need_evidence (
                    need_id TEXT NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
                    contribution_id TEXT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    added_by TEXT NOT NULL,
                    added_at TEXT NOT NULL,
                    PRIMARY KEY (need_id, contribution_id)))",
                "CREATE INDEX need_evidence_by_contribution ON need_evidence (contribution_id)",
                R"(CREATE TABLE need_rankings (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    need_ids TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (project_id, person_id, stakeholder_group)))",
                R"(CREATE TABLE trace_links (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    from_type TEXT NOT NULL,
                    from_id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    to_type TEXT NOT NULL,
                    to_id TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    UNIQUE (from_type, from_id, to_type, to_id)))",
                "CREATE INDEX trace_links_by_target ON trace_links (to_type, to_id)",
            } },
        { 11, "surveys and responses",
            {
                R"(CREATE TABLE surveys (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    description TEXT NOT NULL,
                    anonymous INTEGER NOT NULL,
                    opens_at TEXT NOT NULL,
                    closes_at TEXT NOT NULL,
                    language TEXT NOT NULL,
                    questions TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX surveys_by_project ON surveys (partnership_id, project_id, created_at)",
                R"(CREATE TABLE survey_responses (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
                    respondent_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
                    stakeholder_group TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    source TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                "CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id, created_at)",
                R"(CREATE TABLE survey_participants (
                    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    PRIMARY KEY (survey_id, person_id)))",
            } },
        { 12, "a partnership's own glossary terms",
            {
                R"(CREATE TABLE glossary_terms (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    term_key TEXT NOT NULL,
                    term TEXT NOT NULL,
                    plain TEXT NOT NULL,
                    explanation TEXT NOT NULL,
                    enabled INTEGER NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (partnership_id, term_key)))",
            } },
        { 13, "proposals, votes, decisions and panels",
            {
                R"(CREATE TABLE proposals (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    text TEXT NOT NULL,
                    method TEXT NOT NULL,
                    weighting TEXT NOT NULL,
                    options TEXT NOT NULL,
                    threshold_percent INTEGER NOT NULL,
                    dots_per_voter INTEGER NOT NULL,
                    closes_at TEXT NOT NULL,
                    status TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    required_groups TEXT NOT NULL,
                    contribution_ids TEXT NOT NULL,
                    need_ids TEXT NOT NULL,
                    proposer_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
                    proposer_group TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX proposals_by_project ON proposals (partnership_id, project_id, created_at)",
                R"(CREATE TABLE proposal_votes (
                    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    stakeholder_group TEXT NOT NULL,
                    position TEXT NOT NULL,
                    ranking TEXT NOT NULL,
                    scores TEXT NOT NULL,
                    dots TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    comment TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (proposal_id, person_id)))",
                R"(CREATE TABLE proposal_objections (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    stakeholder_group TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    raised_at TEXT NOT NULL,
                    resolved_at TEXT))",
                "CREATE INDEX proposal_objections_by_proposal ON proposal_objections (proposal_id, raised_at)",
                R"(CREATE TABLE proposal_comments (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    proposal_id TEXT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
                    parent_id TEXT REFERENCES proposal_comments (id) ON DELETE CASCADE,
                    person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
                    stakeholder_group TEXT NOT NULL,
                    text TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                "CREATE INDEX proposal_comments_by_proposal ON proposal_comments (proposal_id, created_at)",
                R"(CREATE TABLE decisions (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    proposal_id TEXT NOT NULL UNIQUE REFERENCES proposals (id) ON DELETE CASCADE,
                    passed INTEGER NOT NULL,
                    record TEXT NOT NULL,
                    rationale TEXT NOT NULL,
                    closed_by TEXT NOT NULL,
                    closed_group TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE panels (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT REFERENCES projects (id) ON DELETE SET NULL,
                    title TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    criteria TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE panel_members (
                    panel_id TEXT NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    stakeholder_group TEXT NOT NULL,
                    PRIMARY KEY (panel_id, person_id)))",
                R"(CREATE TABLE panel_candidates (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    panel_id TEXT NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    details TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE panel_conflicts (
                    panel_id TEXT NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    candidate_id TEXT NOT NULL REFERENCES panel_candidates (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    reason TEXT NOT NULL,
                    declared_at TEXT NOT NULL,
                    PRIMARY KEY (panel_id, person_id, candidate_id)))",
                R"(CREATE TABLE panel_scores (
                    panel_id TEXT NOT NULL REFERENCES panels (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    candidate_id TEXT NOT NULL REFERENCES panel_candidates (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    scores TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (panel_id, person_id, candidate_id)))",
            } },
        { 14, "participation policy, budgets, claims, receipts, offers",
            {
                R"(CREATE TABLE participation_policies (
                    partnership_id TEXT PRIMARY KEY REFERENCES partnerships (id),
                    policy TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE finance_officers (
                    person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    granted_by TEXT NOT NULL,
                    granted_at TEXT NOT NULL))",
                R"(CREATE TABLE project_budgets (
                    project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    total_pence BIGINT NOT NULL,
                    by_group TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE receipts (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    uploaded_by TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    claim_id TEXT,
                    media_type TEXT NOT NULL,
                    size BIGINT NOT NULL,
                    sha256 TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE claims (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    organisation_id TEXT REFERENCES organisations (id),
                    stakeholder_group TEXT NOT NULL,
                    minutes INTEGER NOT NULL,
                    time_pence BIGINT NOT NULL,
                    expenses TEXT NOT NULL,
                    expenses_pence BIGINT NOT NULL,
                    total_pence BIGINT NOT NULL,
                    payment_method TEXT NOT NULL,
                    status TEXT NOT NULL,
                    submitted_by TEXT NOT NULL,
                    submitted_at TEXT NOT NULL,
                    decided_by TEXT,
                    decided_at TEXT,
                    reason TEXT NOT NULL,
                    paid_on TEXT,
                    reference TEXT NOT NULL,
                    over_budget INTEGER NOT NULL))",
                "CREATE INDEX claims_by_partnership ON claims (partnership_id, status, submitted_at)",
                "CREATE INDEX claims_by_person ON claims (person_id, submitted_at)",
                R"(CREATE TABLE bank_details (
                    person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    sealed TEXT NOT NULL,
                    last4 TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE payment_offers (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    status TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    answered_at TEXT,
                    UNIQUE (activity_id, person_id)))",
            } },
        { 15, "plain-language settings and the record of published texts",
            {
                R"(CREATE TABLE language_settings (
                    partnership_id TEXT PRIMARY KEY REFERENCES partnerships (id),
                    hard_rule INTEGER NOT NULL,
                    min_reading_ease INTEGER NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE published_texts (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT,
                    subject_type TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    field TEXT NOT NULL,
                    locale TEXT NOT NULL,
                    meets_target INTEGER NOT NULL,
                    reading_ease TEXT NOT NULL,
                    unexplained_jargon INTEGER NOT NULL,
                    published_by TEXT NOT NULL,
                    published_at TEXT NOT NULL,
                    PRIMARY KEY (subject_type, subject_id, field)))",
                "CREATE INDEX published_texts_by_partnership ON published_texts (partnership_id, project_id)",
            } },
        { 16, "translations and Easy Read versions of published texts",
            {
                R"(CREATE TABLE content_translations (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    subject_type TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    field TEXT NOT NULL,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    translated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (subject_type, subject_id, field, language)))",
                R"(CREATE TABLE easy_read_versions (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    subject_type TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    field TEXT NOT NULL,
                    lines TEXT NOT NULL,
                    meets_target INTEGER NOT NULL,
                    written_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (subject_type, subject_id, field)))",
            } },
        { 17, "whether an attendee's employer pays them to be there",
            {
                // Until now this followed the stakeholder group alone; the rows already recorded keep that answer.
                "ALTER TABLE activity_attendance ADD COLUMN paid_by_employer INTEGER NOT NULL DEFAULT 0",
                "UPDATE activity_attendance SET paid_by_employer = 1 "
                "WHERE stakeholder_group IN ('local_authority', 'health', 'provider', 'staff')",
            } },
        { 18, "the wording a translation or Easy Read version was made from, so one of an older wording can be told apart",
            {
                // SHA-256 of the published text, and of the text each version was made from ('' before this).
                "ALTER TABLE published_texts ADD COLUMN text_hash TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE content_translations ADD COLUMN source_hash TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE easy_read_versions ADD COLUMN source_hash TEXT NOT NULL DEFAULT ''",
            } },
        { 19, "finance controls: the finance role changes only when a second convener confirms; who issued each sign-in link",
            {
                R"(CREATE TABLE finance_requests (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    give INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    requested_by TEXT NOT NULL,
                    requested_at TEXT NOT NULL,
                    status TEXT NOT NULL,
                    decided_by TEXT,
                    decided_at TEXT))",
                "CREATE INDEX finance_requests_by_partnership ON finance_requests (partnership_id, status, requested_at)",
                // What the finance controls did: grants, removals and every refusal, for all conveners to see.
                R"(CREATE TABLE finance_control_events (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    at TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    actor_id TEXT NOT NULL,
                    person_id TEXT,
                    claim_id TEXT,
                    request_id TEXT))",
                "CREATE INDEX finance_control_events_by_partnership ON finance_control_events (partnership_id, id)",
                // Who issued a sign-in link (the invitation chain), and whether it sets a first
                // password ('account') or resets one the person already has ('password_reset').
                "ALTER TABLE invites ADD COLUMN issued_by TEXT",
                "ALTER TABLE invites ADD COLUMN kind TEXT NOT NULL DEFAULT 'account'",
                "CREATE INDEX invites_by_person ON invites (person_id, created_at)",
            } },
        { 20, "an email address is unique within a partnership, not across Roundtable",
            {
                // Another partnership must not learn that an address is used. SQLite cannot drop the
                // column's UNIQUE without rebuilding the table (whose rows other tables cascade from),
                // so the address moves to a new column and the old one stays, always empty.
                "ALTER TABLE people ADD COLUMN email_address TEXT",
                "UPDATE people SET email_address = email",
                "UPDATE people SET email = NULL",
                "CREATE UNIQUE INDEX people_email_in_partnership ON people (partnership_id, email_address)",
                "CREATE INDEX people_by_email ON people (email_address)",
            } },
        { 21, "labels a partnership gives its own tags, in each language",
            {
                R"(CREATE TABLE tag_labels (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    tag TEXT NOT NULL,
                    language TEXT NOT NULL,
                    label TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (partnership_id, tag, language)))",
            } },
        { 22, "British Sign Language as its ISO 639-3 code",
            {
                // `bsl` is ISO 639-3 for Basa-Gumna; the activity form used it for British Sign Language, which is `bfi`.
                "UPDATE activities SET languages = REPLACE(languages, '\"bsl\"', '\"bfi\"') WHERE languages LIKE '%\"bsl\"%'",
            } },
        { 23, "a convener's reason for attendance or a claim recorded before the activity starts; invitation answers given on paper or by phone",
            {
                "ALTER TABLE activity_attendance ADD COLUMN early_reason TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE claims ADD COLUMN early_reason TEXT NOT NULL DEFAULT ''",
                // How the answer reached us: '' online (the invitee answered), or paper | phone | in_person,
                // recorded by a convener (responded_by) with an optional note.
                "ALTER TABLE project_invitations ADD COLUMN answered_via TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE project_invitations ADD COLUMN answer_note TEXT NOT NULL DEFAULT ''",
            } },
        { 26, "keyset pages of a survey's responses and of claims read in index order",
            {
                // A survey's responses page on (created_at, id); anonymous responses share the
                // day as created_at, so without the id in the index every page would sort them all.
                "CREATE INDEX survey_responses_by_survey_page ON survey_responses (survey_id, created_at, id)",
                "DROP INDEX survey_responses_by_survey",
                "CREATE INDEX claims_by_partnership_page ON claims (partnership_id, submitted_at, id)",
            } },
        { 27, "each change to a person's stakeholder groups, with who made it",
            {
                R"(CREATE TABLE person_group_changes (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id),
                    seq INTEGER NOT NULL,
                    changed_by TEXT NOT NULL,
                    changed_at TEXT NOT NULL,
                    added TEXT NOT NULL,
                    removed TEXT NOT NULL))",
                // seq orders one person's changes (two can share a millisecond); the
                // person's row is updated first in the same transaction, so writers queue.
                "CREATE UNIQUE INDEX person_group_changes_by_person ON person_group_changes (partnership_id, person_id, seq)",
            } },
        { 28, "a short code on each sent invitation, to quote on the phone or from a printed letter",
            {
                "ALTER TABLE project_invitations ADD COLUMN short_code TEXT",
                "CREATE UNIQUE INDEX project_invitations_by_code ON project_invitations (partnership_id, short_code)",
            } },
        { 29, "the barometer: settings, ladder ratings, anonymous experience answers, notes on figures, daily snapshots, demographics",
            {
                // Thresholds, baseline and wording as one JSON document per partnership.
                R"(CREATE TABLE barometer_settings (
                    partnership_id TEXT PRIMARY KEY REFERENCES partnerships (id),
                    settings TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                R"(CREATE TABLE ladder_ratings (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    stage TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    rung INTEGER NOT NULL,
                    comment TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (project_id, stage, person_id)))",
                // The answers keep no person; who has answered is kept apart, with no link between them.
                R"(CREATE TABLE experience_answers (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    stage TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    answers TEXT NOT NULL))",
                "CREATE INDEX experience_answers_by_project ON experience_answers (project_id, stage)",
                R"(CREATE TABLE experience_respondents (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    stage TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    PRIMARY KEY (project_id, stage, person_id)))",
                R"(CREATE TABLE barometer_notes (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    figure TEXT NOT NULL,
                    text TEXT NOT NULL,
                    person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
                    stakeholder_group TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                "CREATE INDEX barometer_notes_by_project ON barometer_notes (project_id, created_at)",
                // Figures only: key, value and state per project and day.
                R"(CREATE TABLE barometer_snapshots (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    day TEXT NOT NULL,
                    figures TEXT NOT NULL,
                    taken_at TEXT NOT NULL,
                    PRIMARY KEY (project_id, day)))",
                R"(CREATE TABLE person_demographics (
                    person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    answers TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX person_demographics_by_partnership ON person_demographics (partnership_id)",
            } },
        { 30, "indexes the barometer counts from, so a project of 100,000 contributions answers quickly",
            {
                // Each group's first event of a kind is one index lookup, not a scan of every event.
                "CREATE INDEX project_events_first ON project_events (partnership_id, project_id, stakeholder_group, kind, at)",
                // Counted from the index alone: contributions by group and status, their named authors, votes by group.
                "CREATE INDEX contributions_by_group ON contributions (partnership_id, project_id, stakeholder_group, status)",
                "CREATE INDEX contributions_by_project_author ON contributions (partnership_id, project_id, author_person_id, anonymous)",
                "CREATE INDEX proposal_votes_by_group ON proposal_votes (proposal_id, stakeholder_group)",
            } },
        { 31, "a job queue in the database, and the messages already handed to the mail server",
            {
                // One table for both databases; times are RFC 3339 text, which sorts as time does.
                R"(CREATE TABLE jobs (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL,
                    run_after TEXT NOT NULL,
                    lease_until TEXT,
                    last_error TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    finished_at TEXT))",
                "CREATE INDEX jobs_due ON jobs (status, run_after)",
                R"(CREATE TABLE sent_messages (
                    message_id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    job_id TEXT NOT NULL,
                    sent_at TEXT NOT NULL))",
            } },
        { 32, "in-app notifications, and how each person wants each topic's emails",
            {
                // dedupe_key makes a notice once only, for one person.
                R"(CREATE TABLE notifications (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    params TEXT NOT NULL,
                    path TEXT NOT NULL,
                    dedupe_key TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    read_at TEXT,
                    email_state TEXT NOT NULL,
                    UNIQUE (partnership_id, person_id, dedupe_key)))",
                "CREATE INDEX notifications_by_person ON notifications (partnership_id, person_id, created_at, id)",
                "CREATE INDEX notifications_for_digest ON notifications (email_state, person_id, topic)",
                R"(CREATE TABLE notification_preferences (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                    topic TEXT NOT NULL,
                    delivery TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (person_id, topic)))",
                // One digest run per period and day, whichever server takes it first.
                R"(CREATE TABLE digest_runs (
                    period TEXT NOT NULL,
                    day TEXT NOT NULL,
                    ran_at TEXT NOT NULL,
                    PRIMARY KEY (period, day)))",
            } },
        { 33, "the barometer's counts kept as things happen: contributions by group and status, and who took part in a project",
            {
                // Kept by the contributions module in the transaction of each
                // new contribution and each change of status.
                R"(CREATE TABLE contribution_tallies (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    status TEXT NOT NULL,
                    n BIGINT NOT NULL,
                    PRIMARY KEY (project_id, stakeholder_group, status)))",
                std::string_view { k_count_contribution_tallies },
                // Everyone who attended, said something under their own name or
                // voted, once each: written with the attendance, contribution or vote.
                R"(CREATE TABLE project_participants (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    PRIMARY KEY (project_id, person_id)))",
                std::string_view { k_count_project_participants },
            } },
        { 34, "living documents: the draft's sections, published versions, the golden thread's links and progress; a contribution's earlier wordings",
            {
                R"(CREATE TABLE documents (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT REFERENCES projects (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    published_version INTEGER NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX documents_by_partnership ON documents (partnership_id, created_at, id)",
                // The draft: edited in place; a published version freezes a copy.
                R"(CREATE TABLE document_sections (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    parent_id TEXT,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    heading TEXT NOT NULL,
                    body TEXT NOT NULL,
                    owner_group TEXT,
                    due_on TEXT,
                    review_on TEXT,
                    status TEXT,
                    dropped_reason TEXT,
                    measure TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX document_sections_by_document ON document_sections (document_id, parent_id, position)",
                R"(CREATE TABLE document_versions (
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    note TEXT NOT NULL,
                    published_by TEXT NOT NULL,
                    published_at TEXT NOT NULL,
                    sections TEXT NOT NULL,
                    PRIMARY KEY (document_id, number)))",
                // fingerprint: SHA-256 of the source's substance when linked, or when last cleared.
                R"(CREATE TABLE section_links (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    section_id TEXT NOT NULL REFERENCES document_sections (id) ON DELETE CASCADE,
                    source_kind TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    cleared_by TEXT,
                    cleared_at TEXT,
                    cleared_reason TEXT NOT NULL,
                    UNIQUE (section_id, source_kind, source_id)))",
                "CREATE INDEX section_links_by_document ON section_links (document_id, created_at, id)",
                "CREATE INDEX section_links_by_source ON section_links (partnership_id, source_kind, source_id)",
                R"(CREATE TABLE section_progress (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    section_id TEXT NOT NULL REFERENCES document_sections (id) ON DELETE CASCADE,
                    status TEXT NOT NULL,
                    note TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    at TEXT NOT NULL))",
                "CREATE INDEX section_progress_by_section ON section_progress (section_id, at)",
                // A contribution's words before each correction (the contributions module's).
                R"(CREATE TABLE contribution_wordings (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    contribution_id TEXT NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    replaced_by TEXT NOT NULL,
                    replaced_at TEXT NOT NULL))",
                "CREATE INDEX contribution_wordings_by_contribution ON contribution_wordings (contribution_id, replaced_at)",
            } },
        { 35, "consultation on a living document's draft: comments and suggested wordings, each also a contribution",
            {
                R"(CREATE TABLE document_consultations (
                    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    opened_by TEXT NOT NULL,
                    opened_at TEXT NOT NULL,
                    closes_at TEXT NOT NULL))",
                // kind: comment | suggestion; status: open | accepted | declined (comments stay open).
                R"(CREATE TABLE section_responses (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                    section_id TEXT NOT NULL REFERENCES document_sections (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    text TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    status TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    answered_by TEXT,
                    answered_at TEXT,
                    contribution_id TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                "CREATE INDEX section_responses_by_document ON section_responses (document_id, created_at, id)",
            } },
        { 36, "a living document's public address: its latest published version, readable without signing in",
            {
                R"(CREATE TABLE document_public_links (
                    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    token TEXT NOT NULL UNIQUE,
                    made_by TEXT NOT NULL,
                    made_at TEXT NOT NULL))",
            } },
        { 37, "community-led initiatives: leads and supporters, tasks, volunteer roles and hours, offline helpers, outcomes, stories with photos",
            {
                // status: proposed | approved | declined | closed
                R"(CREATE TABLE initiatives (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    project_id TEXT,
                    section_id TEXT,
                    title TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    for_whom TEXT NOT NULL,
                    status TEXT NOT NULL,
                    decline_reason TEXT NOT NULL,
                    learned TEXT NOT NULL,
                    budget_pence BIGINT NOT NULL,
                    proposed_by TEXT NOT NULL,
                    decided_by TEXT,
                    decided_at TEXT,
                    closed_at TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX initiatives_by_partnership ON initiatives (partnership_id, created_at, id)",
                "CREATE INDEX initiatives_by_project ON initiatives (project_id)",
                // role: lead | supporter
                R"(CREATE TABLE initiative_people (
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL,
                    role TEXT NOT NULL,
                    stakeholder_group TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (initiative_id, person_id)))",
                R"(CREATE TABLE initiative_settings (
                    partnership_id TEXT PRIMARY KEY REFERENCES partnerships (id),
                    approval_required INTEGER NOT NULL))",
                // status: to_do | doing | done
                R"(CREATE TABLE initiative_tasks (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    milestone TEXT NOT NULL,
                    owner_id TEXT,
                    due_on TEXT,
                    status TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))",
                "CREATE INDEX initiative_tasks_by_initiative ON initiative_tasks (initiative_id)",
                R"(CREATE TABLE initiative_roles (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    description TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE initiative_volunteers (
                    role_id TEXT NOT NULL REFERENCES initiative_roles (id) ON DELETE CASCADE,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    joined_at TEXT NOT NULL,
                    PRIMARY KEY (role_id, person_id)))",
                // People without an account: a name and how many, nothing else.
                R"(CREATE TABLE initiative_offline_helpers (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    helpers INTEGER NOT NULL,
                    role_id TEXT,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL))",
                R"(CREATE TABLE initiative_hours (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    role_id TEXT NOT NULL,
                    person_id TEXT,
                    helper_id TEXT,
                    minutes BIGINT NOT NULL,
                    worked_on TEXT NOT NULL,
                    logged_by TEXT NOT NULL,
                    logged_at TEXT NOT NULL))",
                "CREATE INDEX initiative_hours_by_initiative ON initiative_hours (initiative_id)",
                R"(CREATE TABLE initiative_outcomes (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    measure TEXT NOT NULL,
                    hundredths BIGINT NOT NULL,
                    note TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL))",
                R"(CREATE TABLE initiative_photos (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    media_type TEXT NOT NULL,
                    size BIGINT NOT NULL,
                    uploaded_by TEXT NOT NULL,
                    uploaded_at TEXT NOT NULL))",
                R"(CREATE TABLE initiative_stories (
                    id TEXT PRIMARY KEY,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    photo_id TEXT,
                    alt TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL))",
                R"(CREATE TABLE initiative_activities (
                    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
                    activity_id TEXT NOT NULL,
                    partnership_id TEXT NOT NULL REFERENCES partnerships (id),
                    PRIMARY KEY (initiative_id, activity_id)))",
            } },
    };
    return migrations;
}

void ensure_migrations_table(soci::session& sql)
{
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
}

int current_version(soci::session& sql)
{
    int version = 0;
    soci::indicator indicator = soci::i_ok;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, indicator);
    return indicator == soci::i_null ? 0 : version;
}

}

void recount_kept_counts(soci::session& sql)
{
    sql << "DELETE FROM contribution_tallies";
    sql << k_count_contribution_tallies;
    sql << "DELETE FROM project_participants";
    sql << k_count_project_participants;
}

int latest_schema_version()
{
    return all_migrations().back().version;
}

int schema_version(Database& database)
{
    return database.read([](soci::session& sql) {
        ensure_migrations_table(sql);
        return current_version(sql);
    });
}

void migrate(Database& database)
{
    auto& sql = database.session();
    ensure_migrations_table(sql);

    if (database.dialect() == Dialect::Sqlite) {
        sql << "BEGIN IMMEDIATE";
    } else {
        sql << "BEGIN";
        // Held until COMMIT: a second server starting at the same time waits here.
        sql << "SELECT pg_advisory_xact_lock(727274)";
    }
    try {
        // Every migration not yet recorded, not only those above the highest: numbers are
        // handed out to work done side by side, so a later number may be merged first.
        std::set<int> applied;
        {
            soci::rowset<int> versions = (sql.prepare << "SELECT version FROM schema_migrations");
            for (int const version : versions)
                applied.insert(version);
        }
        for (auto const& migration : all_migrations()) {
            if (applied.contains(migration.version))
                continue;
            for (auto const statement : migration.statements)
                sql << std::string { statement };
            std::string const name { migration.name };
            std::string const applied_at = now_text();
            sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :applied_at)",
                soci::use(migration.version), soci::use(name), soci::use(applied_at);
            spdlog::info(R"("event":"migration_applied","version":{},"name":{})", migration.version, json_quoted(migration.name));
        }
        sql << "COMMIT";
    } catch (...) {
        sql << "ROLLBACK";
        throw;
    }
}

}
