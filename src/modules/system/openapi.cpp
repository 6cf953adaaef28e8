#include "modules/system/routes.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/cursor.hpp"

namespace rt::system {

namespace {

// The shapes of request and response bodies. Routes name them in their docs;
// a test checks that every name a route uses is defined here.
constexpr std::string_view k_schemas = R"json({
  "Problem": { "type": "object", "required": ["type", "title", "status", "detail", "code"], "properties": {
      "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
      "detail": { "type": "string" }, "code": { "type": "string" },
      "errors": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } },
      "missing_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" }, "description": "409 groups_missing: the required groups not at the table yet; 409 on closing a proposal without them" },
      "people": { "type": "array", "items": { "type": "string" }, "description": "409 objectors_not_heard: the objectors yet to vote on the new wording" },
      "partnership_ids": { "type": "array", "items": { "type": "string" }, "description": "choose_partnership on sign-in: the partnerships the email and password open" },
      "rows": { "type": "array", "description": "422 from a survey import: each bad row by its line in the file",
        "items": { "type": "object", "required": ["line", "column", "message"], "properties": {
          "line": { "type": "integer" }, "column": { "type": "string" }, "message": { "type": "string" } } } } } },
  "Health": { "type": "object", "properties": { "status": { "type": "string" } } },
  "Tags": { "type": "array", "maxItems": 30, "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 40 } },
  "Sector": { "type": "string", "enum": ["local_authority", "health", "vcs", "provider", "other"] },
  "Group": { "type": "string", "enum": ["local_authority", "health", "vcs", "provider", "service_users_carers", "residents", "staff"] },
  "Login": { "type": "object", "required": ["email", "password"], "additionalProperties": false, "properties": {
      "email": { "type": "string", "maxLength": 254 }, "password": { "type": "string", "maxLength": 1024 } } },
  "AcceptInvite": { "type": "object", "required": ["token", "password"], "additionalProperties": false, "properties": {
      "token": { "type": "string" }, "password": { "type": "string", "minLength": 10, "maxLength": 256 } } },
  "Me": { "type": "object", "required": ["user", "partnership", "csrf_token", "finance", "password_reset"], "properties": {
      "user": { "$ref": "#/components/schemas/Person" },
      "partnership": { "$ref": "#/components/schemas/PartnershipBrief" },
      "csrf_token": { "type": "string", "description": "Send as X-CSRF-Token on POST, PUT, PATCH and DELETE" },
      "finance": { "type": "boolean", "description": "A convener with the finance role: approves and pays claims" },
      "password_reset": { "type": ["object", "null"], "required": ["requested_at", "requested_by"], "description": "A new sign-in link someone asked for and not yet used; null when there is none",
        "properties": { "requested_at": { "type": "string", "format": "date-time" },
          "requested_by": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }] } } } } },
  "PartnershipBrief": { "type": "object", "required": ["id", "name", "colour", "created_at"], "properties": {
      "id": { "type": "string", "format": "uuid" }, "name": { "type": "string" }, "colour": { "type": "string", "pattern": "^#[0-9a-fA-F]{6}$" },
      "created_at": { "type": "string", "format": "date-time" } } },
  "Partnership": { "type": "object", "required": ["id", "name", "colour", "created_at", "summary"], "properties": {
      "id": { "type": "string", "format": "uuid" }, "name": { "type": "string" }, "colour": { "type": "string", "pattern": "^#[0-9a-fA-F]{6}$" },
      "created_at": { "type": "string", "format": "date-time" },
      "summary": { "$ref": "#/components/schemas/PartnershipSummary" } } },
  "PartnershipSummary": { "type": "object", "required": ["organisations_by_sector", "people_by_group", "organisations", "people"], "properties": {
      "organisations_by_sector": { "type": "object", "additionalProperties": { "type": "integer" }, "propertyNames": { "$ref": "#/components/schemas/Sector" } },
      "people_by_group": { "type": "object", "additionalProperties": { "type": "integer" }, "propertyNames": { "$ref": "#/components/schemas/Group" } },
      "organisations": { "type": "integer" }, "people": { "type": "integer" } } },
  "PartnershipUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 120 }, "colour": { "type": "string", "pattern": "^#[0-9a-fA-F]{6}$" } } },
  "Organisation": { "type": "object", "required": ["id", "name", "sector", "interests", "communities", "description", "website", "created_at", "updated_at"], "properties": {
      "id": { "type": "string", "format": "uuid" }, "name": { "type": "string" }, "sector": { "$ref": "#/components/schemas/Sector" },
      "interests": { "$ref": "#/components/schemas/Tags" }, "communities": { "$ref": "#/components/schemas/Tags" },
      "description": { "type": "string" }, "website": { "type": "string" },
      "created_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" } } },
  "OrganisationCreate": { "type": "object", "required": ["name", "sector"], "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "sector": { "$ref": "#/components/schemas/Sector" },
      "interests": { "$ref": "#/components/schemas/Tags" }, "communities": { "$ref": "#/components/schemas/Tags" },
      "description": { "type": "string", "maxLength": 2000 }, "website": { "type": "string", "maxLength": 300 } } },
  "OrganisationUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "sector": { "$ref": "#/components/schemas/Sector" },
      "interests": { "$ref": "#/components/schemas/Tags" }, "communities": { "$ref": "#/components/schemas/Tags" },
      "description": { "type": "string", "maxLength": 2000 }, "website": { "type": "string", "maxLength": 300 } } },
  "OrganisationPage": { "type": "object", "properties": {
      "items": { "type": "array", "items": { "$ref": "#/components/schemas/Organisation" } },
      "next_cursor": { "type": ["string", "null"] } } },
  "Person": { "type": "object", "required": ["id", "name", "role", "groups", "organisation_ids", "interests", "preferred_language", "created_at", "updated_at"], "properties": {
      "id": { "type": "string", "format": "uuid" }, "name": { "type": "string" },
      "email": { "type": ["string", "null"], "description": "Only for conveners and the person themself" },
      "role": { "$ref": "#/components/schemas/Role" },
      "groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
      "organisation_ids": { "type": "array", "items": { "type": "string", "format": "uuid" } },
      "interests": { "$ref": "#/components/schemas/Tags" }, "preferred_language": { "type": "string" },
      "access_needs": { "allOf": [{ "$ref": "#/components/schemas/Tags" }], "description": "Only for conveners and the person themself" },
      "has_account": { "type": "boolean", "description": "On a single person, and on create" },
      "group_changes": { "type": "array", "description": "On a single person, for conveners and the person themself: the latest 20 changes to their groups, newest first",
        "items": { "$ref": "#/components/schemas/GroupChange" } },
      "invite_url": { "type": "string", "description": "On create, when an email was given" },
      "invitation_emailed_to": { "type": "string", "description": "On create, when an email was given: where the account invitation was sent" },
      "created_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" } } },
  "Role": { "type": "string", "enum": ["convener", "member"] },
  "GroupChange": { "type": "object", "required": ["changed_at", "changed_by", "added", "removed"], "properties": {
      "changed_at": { "type": "string", "format": "date-time" },
      "changed_by": { "$ref": "#/components/schemas/PersonRef" },
      "added": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
      "removed": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } } } },
  "PersonCreate": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "email": { "type": "string", "maxLength": 254 },
      "send_sign_in_link": { "type": "boolean", "description": "With an email: send the sign-in link now (the default), or later from the person's page" },
      "role": { "type": "string", "enum": ["convener", "member"] },
      "groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
      "organisation_ids": { "type": "array", "items": { "type": "string", "format": "uuid" } },
      "interests": { "$ref": "#/components/schemas/Tags" }, "preferred_language": { "type": "string" },
      "access_needs": { "$ref": "#/components/schemas/Tags" } } },
  "PersonUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "email": { "type": "string", "maxLength": 254 },
      "role": { "type": "string", "enum": ["convener", "member"] },
      "groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
      "organisation_ids": { "type": "array", "items": { "type": "string", "format": "uuid" } },
      "interests": { "$ref": "#/components/schemas/Tags" }, "preferred_language": { "type": "string" },
      "access_needs": { "$ref": "#/components/schemas/Tags" } } },
  "PersonPage": { "type": "object", "properties": {
      "items": { "type": "array", "items": { "$ref": "#/components/schemas/Person" } },
      "next_cursor": { "type": ["string", "null"] } } },
  "Invite": { "type": "object", "properties": { "invite_url": { "type": "string" } } },
  "Tag": { "type": "object", "properties": { "tag": { "type": "string" }, "uses": { "type": "integer" },
      "labels": { "type": "object", "additionalProperties": { "type": "string" } } } },
  "TagList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Tag" } } } },
  "TagSlug": { "type": "object", "properties": { "tag": { "type": "string" } } },
  "TagLabelsUpdate": { "type": "object", "required": ["labels"], "additionalProperties": false, "properties": {
      "labels": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 80 } } } },
  "LanguageList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "common": { "type": "array", "items": { "type": "string" } },
      "items": { "type": "array", "items": { "type": "object", "properties": { "tag": { "type": "string" }, "name": { "type": "string" },
          "english": { "type": "string" }, "endonym": { "type": "string" }, "common": { "type": "boolean" } } } } } },
  "AuditEntry": { "type": "object", "properties": {
      "id": { "type": "string" }, "seq": { "type": "integer" }, "at": { "type": "string", "format": "date-time" },
      "actor_id": { "type": ["string", "null"] }, "action": { "type": "string" }, "subject_type": { "type": "string" },
      "subject_id": { "type": "string" }, "before_id": { "type": ["string", "null"] }, "after_id": { "type": ["string", "null"] },
      "details": { "type": "object" } } },
  "AuditPage": { "type": "object", "properties": {
      "items": { "type": "array", "items": { "$ref": "#/components/schemas/AuditEntry" } },
      "next_cursor": { "type": ["string", "null"] } } },
  "Stage": { "type": "string", "enum": ["discover", "design", "deliver", "review", "closed"] },
  "ProjectCreate": { "type": "object", "required": ["title", "summary", "interests", "charter"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "summary": { "type": "string", "maxLength": 2000 },
      "need": { "type": "string", "maxLength": 2000 }, "population": { "type": "string", "maxLength": 500 },
      "interests": { "$ref": "#/components/schemas/Tags" }, "communities": { "$ref": "#/components/schemas/Tags" },
      "charter": { "type": "object", "properties": {
          "required_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
          "decision_rule": { "$ref": "#/components/schemas/DecisionRule" },
          "chair_rotation": { "$ref": "#/components/schemas/ChairRotation" },
          "co_leads": { "$ref": "#/components/schemas/CoLeadList" } } } } },
  "DecisionRule": { "type": "string", "enum": ["consent", "consensus", "majority", "score", "ranked_choice", "dot_vote"] },
  "ChairRotation": { "type": "string", "enum": ["each_meeting", "each_stage", "co_leads_take_turns"] },
  "CoLeadList": { "type": "array", "maxItems": 6, "description": "None, or at least two people from at least two groups",
      "items": { "type": "object", "required": ["person_id", "group"], "properties": {
          "person_id": { "type": "string", "format": "uuid" }, "group": { "$ref": "#/components/schemas/Group" } } } },
  "CoLeads": { "type": "object", "required": ["co_leads"], "additionalProperties": false, "properties": {
      "co_leads": { "$ref": "#/components/schemas/CoLeadList" } } },
  "ProjectUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "summary": { "type": "string", "maxLength": 2000 },
      "need": { "type": "string", "maxLength": 2000 }, "population": { "type": "string", "maxLength": 500 } } },
  "Project": { "type": "object", "required": ["id", "title", "summary", "need", "population", "interests", "communities", "stage", "charter",
      "missing_groups", "counts", "can_manage", "my_groups", "facilitating", "created_at", "updated_at"], "properties": {
      "id": { "type": "string", "format": "uuid" }, "title": { "type": "string" }, "summary": { "type": "string" },
      "need": { "type": "string" }, "population": { "type": "string" },
      "interests": { "$ref": "#/components/schemas/Tags" }, "communities": { "$ref": "#/components/schemas/Tags" },
      "stage": { "$ref": "#/components/schemas/Stage" },
      "charter": { "type": "object", "required": ["required_groups", "decision_rule", "chair_rotation", "co_leads"], "properties": {
          "required_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
          "decision_rule": { "$ref": "#/components/schemas/DecisionRule" },
          "chair_rotation": { "$ref": "#/components/schemas/ChairRotation" },
          "co_leads": { "type": "array", "items": { "$ref": "#/components/schemas/CoLead" } } } },
      "missing_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } },
      "counts": { "$ref": "#/components/schemas/ProjectCounts" }, "can_manage": { "type": "boolean" },
      "my_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" }, "description": "On a single project: the groups I propose and vote for in it ([] in lists)" },
      "facilitating": { "type": "boolean", "description": "On a single project: I organise it without a group, so I do not propose or vote (false in lists)" },
      "created_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" } } },
  "CoLead": { "type": "object", "required": ["person_id", "name", "group"], "properties": {
      "person_id": { "type": "string", "format": "uuid" }, "name": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } },
  "ProjectCounts": { "type": "object", "required": ["unsent", "pending", "accepted", "declined", "members"], "description": "The project's invitations by status, and its members",
    "properties": { "unsent": { "type": "integer" }, "pending": { "type": "integer" }, "accepted": { "type": "integer" },
      "declined": { "type": "integer" }, "members": { "type": "integer" } } },
  "ProjectList": { "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Project" } },
      "next_cursor": { "type": ["string", "null"] } } },
  "StageMove": { "type": "object", "required": ["to", "reason"], "additionalProperties": false, "properties": {
      "to": { "$ref": "#/components/schemas/Stage" }, "reason": { "type": "string", "maxLength": 2000 },
      "override": { "type": "boolean", "description": "Conveners only: move on without every required group" } } },
  "Invitee": { "type": "object", "additionalProperties": false, "properties": {
      "organisation_id": { "type": "string", "format": "uuid" }, "person_id": { "type": "string", "format": "uuid" },
      "group": { "$ref": "#/components/schemas/Group" } } },
  "MemberAdd": { "type": "object", "required": ["person_id", "group"], "additionalProperties": false, "properties": {
      "person_id": { "type": "string", "format": "uuid" }, "group": { "$ref": "#/components/schemas/Group" } } },
  "Decline": { "type": "object", "additionalProperties": false, "properties": { "reason": { "type": "string", "maxLength": 1000 },
      "via": { "type": "string", "enum": ["paper", "phone", "in_person"] }, "note": { "type": "string", "maxLength": 1000 } } },
  "Invitation": { "type": "object", "required": ["id", "project_id", "project_title", "organisation_id", "person_id", "invitee_name", "group", "status",
      "matched_on", "created_at", "sent_at", "responded_at", "answered_via", "answer_note", "responded_by", "short_code"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "project_title": { "type": "string" },
      "organisation_id": { "type": ["string", "null"] }, "person_id": { "type": ["string", "null"] }, "invitee_name": { "type": "string" },
      "group": { "$ref": "#/components/schemas/Group" }, "status": { "type": "string", "enum": ["pending", "accepted", "declined"] },
      "matched_on": { "$ref": "#/components/schemas/Tags" }, "created_at": { "type": "string" },
      "sent_at": { "type": ["string", "null"] }, "responded_at": { "type": ["string", "null"] },
      "answered_via": { "type": ["string", "null"], "enum": ["online", "paper", "phone", "in_person", null], "description": "How the answer reached us; null while pending" },
      "answer_note": { "type": "string" },
      "responded_by": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }], "description": "Who recorded the answer; null while pending" },
      "short_code": { "type": ["string", "null"], "description": "Given when sent, to quote on the phone or from a letter: K7MQ-3XPA" },
      "reach": { "type": ["string", "null"], "enum": ["email", "no_email", "no_contact", null],
          "description": "In the organisers' list: whether anyone invited has an email address, or a letter is needed, or an organisation has nobody acting for it" } } },
  "Answer": { "type": "object", "additionalProperties": false, "properties": {
      "via": { "type": "string", "enum": ["paper", "phone", "in_person"], "description": "Required when an organiser records someone else's answer; absent for one's own" },
      "note": { "type": "string", "maxLength": 1000 } } },
  "Letter": { "type": "object", "required": ["invitation", "project_summary", "language", "convener", "sign_in_url"], "properties": {
      "invitation": { "$ref": "#/components/schemas/Invitation" }, "project_summary": { "type": "string" },
      "language": { "type": "string", "description": "The invitee's preferred language (BCP 47)" },
      "convener": { "type": "object", "required": ["name", "email"], "properties": { "name": { "type": "string" }, "email": { "type": ["string", "null"] } } },
      "sign_in_url": { "type": "string" } } },
  "InvitationList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Invitation" } } } },
  "Sent": { "type": "object", "required": ["sent", "emailed", "no_email", "no_contact"], "properties": { "sent": { "type": "integer" },
      "emailed": { "type": "integer" }, "no_email": { "type": "integer" }, "no_contact": { "type": "integer" } } },
  "Member": { "type": "object", "required": ["id", "project_id", "person_id", "organisation_id", "name", "group", "joined_at", "via"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "person_id": { "type": ["string", "null"] },
      "organisation_id": { "type": ["string", "null"] }, "name": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" },
      "joined_at": { "type": "string" }, "via": { "type": "string", "enum": ["co_lead", "invitation", "direct"] },
      "access_needs": { "allOf": [{ "$ref": "#/components/schemas/Tags" }], "description": "Conveners and co-leads only" },
      "preferred_language": { "type": "string", "description": "Conveners and co-leads only" } } },
  "MemberList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Member" } } } },
  "Moment": { "type": "object", "required": ["at", "stage", "lag_days"], "properties": { "at": { "type": "string" }, "stage": { "$ref": "#/components/schemas/Stage" },
      "lag_days": { "type": "number", "description": "Days since the project was created, to one decimal" } } },
  "Timeline": { "type": "object", "required": ["project_id", "created_at", "stage", "groups", "stage_changes", "events"], "properties": {
      "project_id": { "type": "string" }, "created_at": { "type": "string" }, "stage": { "$ref": "#/components/schemas/Stage" },
      "groups": { "type": "array", "items": { "$ref": "#/components/schemas/TimelineGroup" } },
      "stage_changes": { "type": "array", "items": { "$ref": "#/components/schemas/StageChange" } },
      "events": { "type": "array", "items": { "$ref": "#/components/schemas/TimelineEvent" } } } },
  "TimelineGroup": { "type": "object", "required": ["group", "required", "invited", "accepted", "took_part"], "properties": {
      "group": { "$ref": "#/components/schemas/Group" }, "required": { "type": "boolean" },
      "invited": { "oneOf": [{ "$ref": "#/components/schemas/Moment" }, { "type": "null" }], "description": "When the group was first invited; null if never" },
      "accepted": { "oneOf": [{ "$ref": "#/components/schemas/Moment" }, { "type": "null" }] },
      "took_part": { "oneOf": [{ "$ref": "#/components/schemas/Moment" }, { "type": "null" }] } } },
  "StageChange": { "type": "object", "required": ["from", "to", "at", "by_name", "reason", "override", "missing_groups"], "properties": {
      "from": { "$ref": "#/components/schemas/Stage" }, "to": { "$ref": "#/components/schemas/Stage" }, "at": { "type": "string" },
      "by_name": { "type": "string" }, "reason": { "type": "string" },
      "override": { "type": "boolean", "description": "A convener moved on without every required group" },
      "missing_groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } } } },
  "TimelineEvent": { "type": "object", "required": ["at", "kind", "group", "stage", "name"], "properties": {
      "at": { "type": "string" },
      "kind": { "type": "string", "enum": ["invited", "accepted", "declined", "joined", "chaired", "took_part", "decided", "led_initiative"], "description": "led_initiative: an initiative of the project that ran, credited to its leads' group (name: its title)" },
      "group": { "anyOf": [{ "$ref": "#/components/schemas/Group" }, { "const": "" }],
        "description": "Empty for a decision closed by someone who takes part in no group" },
      "stage": { "$ref": "#/components/schemas/Stage" },
      "name": { "type": "string", "description": "Who or what the event is about" } } },
  "ActivityCreate": { "type": "object", "required": ["kind", "title", "purpose", "starts_at", "ends_at"], "additionalProperties": false,
    "properties": {
      "kind": { "$ref": "#/components/schemas/ActivityKind" },
      "title": { "type": "string", "maxLength": 200 }, "purpose": { "type": "string", "maxLength": 2000 },
      "starts_at": { "type": "string", "format": "date-time" }, "ends_at": { "type": "string", "format": "date-time" },
      "timezone": { "type": "string", "default": "Europe/London" },
      "venue": { "type": ["object", "null"], "properties": { "address": { "type": "string" },
          "features": { "type": "array", "items": { "$ref": "#/components/schemas/VenueFeature" } } } },
      "online_url": { "type": ["string", "null"] }, "capacity": { "type": ["integer", "null"], "minimum": 1 },
      "languages": { "type": "array", "items": { "type": "string" } },
      "chair": { "type": ["object", "null"], "properties": { "person_id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } },
      "repeat": { "type": ["object", "null"], "properties": { "every": { "type": "string", "enum": ["week", "month"] },
          "count": { "type": "integer", "minimum": 2, "maximum": 24 } } } } },
  "ActivityKind": { "type": "string", "enum": ["tea_and_talk", "meeting", "workshop", "forum", "focus_group", "online_discussion", "other"] },
  "VenueFeature": { "type": "string", "enum": ["step-free", "hearing-loop", "accessible-toilet", "quiet-room", "parking"] },
  "Venue": { "type": "object", "required": ["address", "features"], "properties": { "address": { "type": "string" },
      "features": { "type": "array", "items": { "$ref": "#/components/schemas/VenueFeature" } } } },
  "Activity": { "type": "object", "required": ["id", "project_id", "kind", "title", "purpose", "starts_at", "ends_at", "timezone", "venue", "online_url",
      "capacity", "languages", "status", "sequence", "series_id", "recurrence", "chair", "places_taken", "waiting", "can_organise", "my_signup",
      "created_at", "updated_at"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "kind": { "$ref": "#/components/schemas/ActivityKind" }, "title": { "type": "string" },
      "purpose": { "type": "string" }, "starts_at": { "type": "string" }, "ends_at": { "type": "string" }, "timezone": { "type": "string" },
      "venue": { "oneOf": [{ "$ref": "#/components/schemas/Venue" }, { "type": "null" }], "description": "null for an activity online only" },
      "online_url": { "type": ["string", "null"] }, "capacity": { "type": ["integer", "null"], "description": "null: no limit" },
      "languages": { "type": "array", "items": { "type": "string" } }, "status": { "type": "string", "enum": ["scheduled", "cancelled"] },
      "sequence": { "type": "integer", "description": "Raised on every change, for calendar files" },
      "series_id": { "type": ["string", "null"], "description": "Shared by the meetings of one series" },
      "recurrence": { "type": ["string", "null"], "description": "The series' rule (RFC 5545 RRULE), such as FREQ=MONTHLY;COUNT=6" },
      "chair": { "type": ["object", "null"], "required": ["person_id", "group"], "description": "Who chairs, and for which of their groups",
        "properties": { "person_id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } },
      "places_taken": { "type": "integer" }, "waiting": { "type": "integer" }, "can_organise": { "type": "boolean" },
      "my_signup": { "oneOf": [{ "$ref": "#/components/schemas/MySignup" }, { "type": "null" }], "description": "The reader's own sign-up, or null" },
      "created_at": { "type": "string" }, "updated_at": { "type": "string" } } },
  "MySignup": { "type": "object", "required": ["status", "access_needs", "language"], "properties": {
      "status": { "type": "string", "enum": ["place", "waiting"] }, "access_needs": { "$ref": "#/components/schemas/Tags" },
      "language": { "type": "string" } } },
  "ActivityUpdate": { "type": "object", "description": "Any ActivityCreate field, or status: scheduled|cancelled" },
  "MinutesSave": { "type": "object", "required": ["summary"], "additionalProperties": false, "properties": {
      "minutes": { "type": "string", "maxLength": 50000, "description": "Plain text or Markdown" },
      "summary": { "type": "string", "maxLength": 3000, "description": "Published to every partner" },
      "actions": { "type": "array", "maxItems": 100, "items": { "type": "object", "required": ["text", "owner", "due_on"], "properties": {
          "text": { "type": "string" }, "owner": { "type": "string" }, "due_on": { "type": "string", "format": "date" }, "done": { "type": "boolean" } } } } } },
  "Minutes": { "type": "object", "required": ["summary", "actions", "updated_at"], "properties": { "summary": { "type": "string" },
      "actions": { "type": "array", "items": { "type": "object", "required": ["text", "owner", "due_on", "done"], "properties": {
          "text": { "type": "string" }, "owner": { "type": "string" }, "due_on": { "type": "string", "format": "date" }, "done": { "type": "boolean" } } } },
      "minutes": { "type": "string", "description": "Organisers only" }, "updated_at": { "type": "string" } } },
  "CalendarFeed": { "type": "object", "properties": { "url": { "type": "string", "description": "Keep it private: anyone with it sees your activities" } } },
  "ActivityList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Activity" } } } },
  "Signup": { "type": "object", "additionalProperties": false, "properties": {
      "person_id": { "type": "string", "format": "uuid" }, "access_needs": { "$ref": "#/components/schemas/Tags" },
      "language": { "type": "string" }, "walk_in": { "type": "boolean" } } },
  "SignupResult": { "type": "object", "required": ["id", "activity_id", "person_id", "name", "group", "status", "access_needs", "language", "walk_in", "created_at"],
    "properties": {
      "id": { "type": "string" }, "activity_id": { "type": "string" }, "person_id": { "type": "string" }, "name": { "type": "string" },
      "group": { "$ref": "#/components/schemas/Group" },
      "status": { "type": "string", "enum": ["place", "waiting"] }, "access_needs": { "$ref": "#/components/schemas/Tags" },
      "language": { "type": "string" }, "walk_in": { "type": "boolean" }, "created_at": { "type": "string" } } },
  "SignupList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/SignupResult" } } } },
  "Plan": { "type": "object", "required": ["people_coming", "needs", "interpreters", "venue_gaps", "flagged"], "properties": {
      "people_coming": { "type": "integer" },
      "needs": { "type": "array", "items": { "type": "object", "required": ["need", "count", "arranged", "met_by_venue"], "properties": {
          "need": { "type": "string" }, "count": { "type": "integer" }, "arranged": { "type": "boolean" }, "met_by_venue": { "type": "boolean" } } } },
      "interpreters": { "type": "array", "items": { "type": "object", "required": ["language", "count", "arranged", "key"], "properties": {
          "language": { "type": "string" }, "count": { "type": "integer" }, "arranged": { "type": "boolean" },
          "key": { "type": "string", "description": "The need to mark arranged: interpreter:<language>" } } } },
      "venue_gaps": { "type": "array", "items": { "type": "object", "required": ["need", "feature", "count"], "properties": {
          "need": { "type": "string" }, "feature": { "type": "string" }, "count": { "type": "integer" } } } },
      "flagged": { "type": "boolean" } } },
  "Arranged": { "type": "object", "required": ["need"], "additionalProperties": false, "properties": {
      "need": { "type": "string" }, "arranged": { "type": "boolean", "default": true } } },
  "Attendance": { "type": "object", "required": ["person_id"], "additionalProperties": false, "properties": {
      "person_id": { "type": "string", "format": "uuid" }, "group": { "$ref": "#/components/schemas/Group" },
      "paid_by_employer": { "type": "boolean" },
      "early_reason": { "type": "string", "maxLength": 1000, "description": "Conveners: why attendance is recorded before the start" } } },
  "Next": { "type": "object", "properties": {
      "setup": { "type": ["array", "null"], "items": { "type": "object", "properties": {
          "key": { "type": "string", "enum": ["organisations", "people", "project"] }, "done": { "type": "boolean" }, "href": { "type": "string" } } } },
      "sections": { "type": "array", "items": { "type": "object", "properties": {
          "key": { "type": "string", "enum": ["invitations", "activities", "arrangements", "votes", "contributions", "translations", "claims", "reviews", "initiatives", "tasks"] },
          "count": { "type": "integer" },
          "items": { "type": "array", "maxItems": 3, "items": { "type": "object", "properties": {
              "id": { "type": "string" }, "title": { "type": "string" }, "detail": { "type": "string" }, "project_id": { "type": "string" },
              "project_title": { "type": "string" }, "at": { "type": ["string", "null"] }, "href": { "type": "string" } } } } } } } } },
  "Register": { "type": "object", "required": ["entries"], "additionalProperties": false, "properties": {
      "entries": { "type": "array", "minItems": 1, "maxItems": 500, "items": { "type": "object", "required": ["person_id"],
          "additionalProperties": false, "properties": {
          "person_id": { "type": "string", "format": "uuid" }, "group": { "$ref": "#/components/schemas/Group" },
          "paid_by_employer": { "type": "boolean" } } } },
      "early_reason": { "type": "string", "maxLength": 1000, "description": "Conveners: why attendance is recorded before the start" } } },
  "AttendanceList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/AttendanceRecord" } } } },
  "AttendanceRecord": { "type": "object", "required": ["person_id", "group", "recorded_at", "paid_by_employer", "early_reason"], "properties": {
      "person_id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" }, "recorded_at": { "type": "string" },
      "paid_by_employer": { "type": "boolean" }, "early_reason": { "type": "string", "description": "Why it was recorded before the start; empty when it was not" } } },
  "ContributionCreate": { "type": "object", "required": ["kind", "text"], "additionalProperties": false, "properties": {
      "kind": { "$ref": "#/components/schemas/ContributionKind" },
      "text": { "type": "string", "maxLength": 5000 }, "group": { "$ref": "#/components/schemas/Group" },
      "source": { "type": "string", "enum": ["online", "activity", "on_behalf"], "default": "online" },
      "activity_id": { "type": "string", "format": "uuid" }, "person_id": { "type": "string", "format": "uuid", "description": "Organisers: whose words these are" },
      "anonymous": { "type": "boolean", "default": false }, "tags": { "$ref": "#/components/schemas/Tags" } } },
  "ContributionKind": { "type": "string", "enum": ["need", "idea", "concern", "experience", "question", "feedback"] },
  "ContributionStatus": { "type": "string", "enum": ["received", "considered", "adopted", "partly_adopted", "not_adopted"] },
  "Contribution": { "type": "object", "required": ["id", "project_id", "kind", "text", "group", "source", "activity_id", "survey_id", "anonymous", "author",
      "recorded_by", "tags", "status", "response", "responded_at", "created_at", "mine"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "kind": { "$ref": "#/components/schemas/ContributionKind" }, "text": { "type": "string" },
      "group": { "$ref": "#/components/schemas/Group" },
      "source": { "type": "string", "enum": ["online", "activity", "survey", "on_behalf"], "description": "survey: made from an answer to a survey" },
      "activity_id": { "type": ["string", "null"] }, "survey_id": { "type": ["string", "null"] }, "anonymous": { "type": "boolean" },
      "author": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }], "description": "Always null for anonymous contributions" },
      "recorded_by": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }], "description": "The organiser who recorded it for someone; null when they wrote it themself" },
      "tags": { "$ref": "#/components/schemas/Tags" },
      "status": { "$ref": "#/components/schemas/ContributionStatus" },
      "response": { "type": "string" }, "responded_at": { "type": ["string", "null"] }, "created_at": { "type": "string" },
      "mine": { "type": "boolean" } } },
  "ContributionList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Contribution" } } } },
  "ContributionDetail": { "allOf": [ { "$ref": "#/components/schemas/Contribution" }, { "type": "object", "required": ["history", "earlier_wordings", "needs", "shaped"], "properties": {
      "earlier_wordings": { "type": "array", "description": "The words before each correction, oldest first", "items": { "type": "object", "required": ["text", "replaced_at"], "properties": {
          "text": { "type": "string" }, "replaced_at": { "type": "string" } } } },
      "history": { "type": "array", "items": { "type": "object", "required": ["status", "response", "at"], "properties": {
          "status": { "$ref": "#/components/schemas/ContributionStatus" }, "response": { "type": "string" }, "at": { "type": "string" } } } },
      "needs": { "type": "array", "description": "The needs it is evidence for", "items": { "type": "object", "required": ["id", "title"], "properties": {
          "id": { "type": "string" }, "title": { "type": "string" } } } },
      "shaped": { "type": "array", "items": { "$ref": "#/components/schemas/Shaped" } },
      "project_title": { "type": "string", "description": "In \"You said, we did\" lists, which cross projects" } } } ] },
  "ContributionDetailList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/ContributionDetail" } } } },
  "ContributionCorrection": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": {
      "text": { "type": "string", "minLength": 1, "maxLength": 5000 } } },
  "ContributionResponse": { "type": "object", "required": ["status"], "additionalProperties": false, "properties": {
      "status": { "type": "string", "enum": ["considered", "adopted", "partly_adopted", "not_adopted"] },
      "response": { "type": "string", "maxLength": 2000, "description": "Required for not_adopted: why not" } } },
  "Shaped": { "type": "object", "required": ["from_type", "from_id", "title", "via", "need_id", "created_at"], "properties": {
      "from_type": { "type": "string", "enum": ["need", "proposal", "decision", "document_section"] }, "from_id": { "type": "string" }, "title": { "type": "string" },
      "via": { "type": "string", "enum": ["contribution", "need"] }, "need_id": { "type": ["string", "null"] }, "created_at": { "type": "string" } } },
  "ShapedList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Shaped" } } } },
  "YouSaidWeDid": { "type": "object", "required": ["groups"], "properties": { "groups": { "type": "array", "items": { "type": "object", "required": ["status", "items"],
      "properties": {
      "status": { "$ref": "#/components/schemas/ContributionStatus" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/ContributionDetail" } } } } } } },
  "NeedCreate": { "type": "object", "required": ["title"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "maxLength": 200 }, "description": { "type": "string", "maxLength": 2000 },
      "communities": { "$ref": "#/components/schemas/Tags" }, "contribution_ids": { "type": "array", "items": { "type": "string", "format": "uuid" } } } },
  "NeedUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "title": { "type": "string", "maxLength": 200 }, "description": { "type": "string", "maxLength": 2000 },
      "communities": { "$ref": "#/components/schemas/Tags" } } },
  "Evidence": { "type": "object", "required": ["contribution_ids"], "additionalProperties": false, "properties": {
      "contribution_ids": { "type": "array", "minItems": 1, "items": { "type": "string", "format": "uuid" } } } },
  "Merge": { "type": "object", "required": ["into"], "additionalProperties": false, "properties": { "into": { "type": "string", "format": "uuid" } } },
  "Need": { "type": "object", "required": ["id", "project_id", "title", "description", "communities", "status", "merged_into", "contribution_ids", "evidence",
      "rank", "score", "created_at"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
      "communities": { "$ref": "#/components/schemas/Tags" }, "status": { "type": "string", "enum": ["open", "merged"] },
      "merged_into": { "type": ["string", "null"] }, "contribution_ids": { "type": "array", "items": { "type": "string" } },
      "evidence": { "type": "array", "description": "The contributions behind it, counted by group",
        "items": { "type": "object", "required": ["group", "count"], "properties": { "group": { "$ref": "#/components/schemas/Group" }, "count": { "type": "integer" } } } },
      "rank": { "type": ["integer", "null"] }, "score": { "type": ["number", "null"] }, "created_at": { "type": "string" } } },
  "NeedList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Need" } } } },
  "Ranking": { "type": "object", "required": ["group", "need_ids"], "additionalProperties": false, "properties": {
      "group": { "$ref": "#/components/schemas/Group" }, "need_ids": { "type": "array", "minItems": 1, "items": { "type": "string", "format": "uuid" } } } },
  "Priority": { "type": "object", "required": ["order", "groups"], "properties": {
      "order": { "type": "array", "items": { "type": "object", "required": ["need_id", "title", "rank", "score", "by_group"], "properties": {
          "need_id": { "type": "string" }, "title": { "type": "string" }, "rank": { "type": "integer" }, "score": { "type": "number" },
          "by_group": { "type": "object", "additionalProperties": { "type": "number" }, "propertyNames": { "$ref": "#/components/schemas/Group" } } } } },
      "groups": { "type": "array", "items": { "type": "object", "required": ["group", "rankers"], "properties": {
          "group": { "$ref": "#/components/schemas/Group" }, "rankers": { "type": "integer" } } } } } },
  "SurveyQuestion": { "type": "object", "required": ["kind", "text"], "properties": {
      "id": { "type": "string" }, "kind": { "$ref": "#/components/schemas/QuestionKind" },
      "text": { "type": "string", "maxLength": 500 }, "options": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 200 } },
      "required": { "type": "boolean", "default": true },
      "translations": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/QuestionTranslation" }, "description": "By language (BCP 47)" } } },
  "QuestionTranslation": { "type": "object", "required": ["text"], "properties": {
      "text": { "type": "string", "maxLength": 500 },
      "options": { "type": "array", "items": { "type": "string" }, "description": "Every option, in the same order; always sent in answers" } } },
  "QuestionKind": { "type": "string", "enum": ["single_choice", "multiple_choice", "free_text", "scale", "ranking"] },
  "SurveyCreate": { "type": "object", "required": ["title", "opens_at", "closes_at", "questions"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "maxLength": 200 }, "description": { "type": "string", "maxLength": 2000 },
      "anonymous": { "type": "boolean", "default": false }, "opens_at": { "type": "string", "format": "date-time" },
      "closes_at": { "type": "string", "format": "date-time" }, "language": { "type": "string", "default": "en" },
      "questions": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/components/schemas/SurveyQuestion" } } } },
  "SurveyUpdate": { "type": "object", "description": "Any SurveyCreate field" },
  "Survey": { "type": "object", "required": ["id", "project_id", "title", "description", "anonymous", "opens_at", "closes_at", "language", "questions",
      "responses", "status", "can_organise", "my_response", "created_at"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
      "anonymous": { "type": "boolean" }, "opens_at": { "type": "string" }, "closes_at": { "type": "string" }, "language": { "type": "string" },
      "questions": { "type": "array", "description": "Each with its id, options, whether it must be answered, and its translations",
        "items": { "type": "object", "allOf": [{ "$ref": "#/components/schemas/SurveyQuestion" }], "required": ["id", "options", "required", "translations"] } },
      "responses": { "type": "integer" },
      "status": { "type": "string", "enum": ["not_open", "open", "closed"] }, "can_organise": { "type": "boolean" },
      "my_response": { "type": "boolean" }, "created_at": { "type": "string" } } },
  "SurveyList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Survey" } } } },
  "SurveyAnswer": { "type": "object", "required": ["answers"], "additionalProperties": false, "properties": {
      "group": { "$ref": "#/components/schemas/Group" },
      "answers": { "type": "array", "items": { "type": "object", "required": ["question_id", "value"], "properties": {
          "question_id": { "type": "string" }, "value": { "$ref": "#/components/schemas/AnswerValue" } } } } } },
  "AnswerValue": { "type": ["string", "integer", "array"], "items": { "type": "string" }, "description": "Text, the options chosen (in order for a ranking), or 1-5 on a scale" },
  "SurveyAnswered": { "type": "object", "properties": { "id": { "type": "string" }, "group": { "type": "string" } } },
  "SurveyResponseList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/SurveyResponse" } } } },
  "SurveyResponse": { "type": "object", "required": ["id", "group", "respondent", "answers", "source", "created_at"], "properties": {
      "id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" },
      "respondent": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }], "description": "null for an anonymous survey or an imported answer" },
      "answers": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/AnswerValue" }, "description": "By question id" },
      "source": { "type": "string", "enum": ["web", "import"] }, "created_at": { "type": "string" } } },
  "SurveyResults": { "type": "object", "required": ["responses", "by_group", "questions"], "properties": { "responses": { "type": "integer" },
      "by_group": { "type": "object", "additionalProperties": { "type": "integer" }, "propertyNames": { "$ref": "#/components/schemas/Group" } },
      "questions": { "type": "array", "items": { "type": "object", "required": ["question_id", "kind", "text", "answered"], "properties": {
          "question_id": { "type": "string" }, "kind": { "$ref": "#/components/schemas/QuestionKind" }, "text": { "type": "string" },
          "answered": { "type": "integer", "description": "How many people answered it" },
          "counts": { "type": "object", "additionalProperties": { "type": "integer" }, "description": "Choices and scales: answers by option" },
          "mean": { "type": "number", "description": "Scales: the average" },
          "mean_rank": { "type": "object", "additionalProperties": { "type": "number" }, "description": "Rankings: each option's average place, 1 being first" } } } } } },
  "SurveyImport": { "type": "object", "required": ["imported", "unknown_columns", "ignored_columns"], "properties": { "imported": { "type": "integer" },
      "unknown_columns": { "type": "array", "items": { "type": "string" } }, "ignored_columns": { "type": "array", "items": { "type": "string" } } } },
  "SurveyConvert": { "type": "object", "required": ["question_id", "kind"], "additionalProperties": false, "properties": {
      "question_id": { "type": "string" }, "kind": { "type": "string", "enum": ["need", "idea", "concern", "experience", "question", "feedback"] } } },
  "LanguageCheck": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": {
      "text": { "type": "string", "description": "Up to about 3 MB in the request body (413 beyond)" },
      "locale": { "type": "string", "default": "en" }, "easy_read": { "type": "boolean", "default": false } } },
  "LanguageCheckResult": { "type": "object", "properties": {
      "locale": { "type": "string" }, "sentences": { "type": "integer" }, "words": { "type": "integer" }, "syllables": { "type": "integer" },
      "average_sentence_length": { "type": "number" }, "flesch_reading_ease": { "type": ["number", "null"] },
      "flesch_kincaid_grade": { "type": ["number", "null"] }, "pisarek": { "type": ["number", "null"] },
      "long_words": { "type": "object" }, "long_sentence_share": { "type": "number" },
      "long_sentences": { "type": "array", "items": { "type": "object", "properties": { "offset": { "type": "integer" }, "length": { "type": "integer" } } } },
      "hard_sentences": { "type": "array", "items": { "type": "object" } },
      "jargon": { "type": "array", "items": { "type": "object", "properties": { "term": { "type": "string" }, "found": { "type": "string" },
          "offset": { "type": "integer", "description": "In Unicode code points" }, "length": { "type": "integer" }, "suggestion": { "type": "string" },
          "explanation": { "type": "string" }, "kind": { "type": "string", "enum": ["glossary", "acronym"] }, "explained": { "type": "boolean" } } } },
      "passive": { "type": "array", "items": { "type": "object" } }, "target": { "type": "object" },
      "reasons": { "type": "array", "items": { "type": "string" } }, "meets_target": { "type": "boolean" } } },
  "GlossaryTerm": { "type": "object", "required": ["term"], "additionalProperties": false, "properties": {
      "term": { "type": "string", "maxLength": 80 }, "plain": { "type": "string", "maxLength": 200 },
      "explanation": { "type": "string", "maxLength": 500 }, "enabled": { "type": "boolean", "default": true } } },
  "GlossaryTermResult": { "type": "object", "properties": { "term": { "type": "string" }, "plain": { "type": "string" },
      "explanation": { "type": "string" }, "enabled": { "type": "boolean" }, "source": { "type": "string", "enum": ["shipped", "partnership"] },
      "acronym": { "type": "boolean" } } },
  "GlossaryList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/GlossaryTermResult" } } } },
  "ProposalCreate": { "type": "object", "required": ["title", "text", "closes_at"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "maxLength": 200 }, "text": { "type": "string", "maxLength": 10000 },
      "method": { "type": "string", "enum": ["consent", "consensus", "majority", "score", "ranked_choice", "dot_vote"] },
      "weighting": { "type": "string", "enum": ["equal_groups", "per_person"], "default": "equal_groups" },
      "options": { "type": "array", "minItems": 2, "maxItems": 20, "items": { "type": "string" } },
      "threshold": { "type": "number", "minimum": 0.5, "maximum": 0.9, "default": 0.5 }, "dots_per_voter": { "type": "integer", "minimum": 1, "maximum": 20 },
      "closes_at": { "type": "string", "format": "date-time" }, "contribution_ids": { "type": "array", "items": { "type": "string" } },
      "need_ids": { "type": "array", "items": { "type": "string" } }, "group": { "$ref": "#/components/schemas/Group" } } },
  "ProposalAmend": { "type": "object", "additionalProperties": false, "properties": { "title": { "type": "string" }, "text": { "type": "string" } } },
  "Proposal": { "type": "object", "properties": {
      "id": { "type": "string" }, "project_id": { "type": "string" }, "title": { "type": "string" }, "text": { "type": "string" },
      "method": { "type": "string" }, "weighting": { "type": "string" }, "options": { "type": "array", "items": { "type": "string" } },
      "threshold": { "type": "number", "description": "The share of support that passes a majority vote" },
      "dots_per_voter": { "type": "integer" }, "closes_at": { "type": "string" },
      "status": { "type": "string", "enum": ["open", "closed"] }, "version": { "type": "integer" }, "proposer": { "type": "object" },
      "required_groups": { "type": "array", "items": { "type": "string" } },
      "contribution_ids": { "type": "array", "items": { "type": "string" } }, "need_ids": { "type": "array", "items": { "type": "string" } },
      "voters": { "type": "integer" },
      "my_vote": { "type": ["object", "null"] }, "can_close": { "type": "boolean" },
      "can_take_part": { "type": "boolean", "description": "The reader may vote and comment" },
      "decision_id": { "type": ["string", "null"] },
      "votes": { "type": "array", "items": { "type": "object" } },
      "votes_shown": { "type": "boolean", "description": "With the tally: whether each vote is listed (up to 1,000 voters)" },
      "objections": { "type": "array", "items": { "type": "object" } },
      "tally": { "type": "object" }, "created_at": { "type": "string" }, "updated_at": { "type": "string" } } },
  "ProposalList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Proposal" } } } },
  "Vote": { "type": "object", "additionalProperties": false, "properties": {
      "position": { "type": "string" }, "ranking": { "type": "array", "items": { "type": "string" } },
      "scores": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 5 } },
      "dots": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } },
      "reason": { "type": "string", "description": "Required with object or block" }, "comment": { "type": "string" },
      "group": { "$ref": "#/components/schemas/Group" } } },
  "CommentCreate": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": {
      "text": { "type": "string", "maxLength": 5000 }, "parent_id": { "type": "string" } } },
  "Comment": { "type": "object", "properties": { "id": { "type": "string" }, "parent_id": { "type": ["string", "null"] },
      "author": { "type": "object" }, "group": { "type": "string" }, "text": { "type": "string" }, "created_at": { "type": "string" } } },
  "CommentList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Comment" } } } },
  "Close": { "type": "object", "required": ["rationale"], "additionalProperties": false, "properties": {
      "rationale": { "type": "string", "maxLength": 5000 }, "close_without_quorum": { "type": "boolean", "default": false } } },
  "Decision": { "type": "object", "properties": {
      "id": { "type": "string" }, "proposal_id": { "type": "string" }, "project_id": { "type": "string" },
      "title": { "type": "string" }, "text": { "type": "string" }, "passed": { "type": "boolean" }, "result": { "type": "string" },
      "method": { "type": "string" }, "weighting": { "type": "string" }, "options": { "type": "array", "items": { "type": "string" } },
      "version": { "type": "integer", "description": "The proposal's wording the decision was made on" },
      "quorum": { "type": "boolean" }, "voters": { "type": "integer" },
      "required_groups": { "type": "array", "items": { "type": "string" } },
      "missing_groups": { "type": "array", "items": { "type": "string" } }, "counts": { "type": "object" }, "group_positions": { "type": "object" },
      "totals": { "type": "object" }, "rounds": { "type": "array", "items": { "type": "object" } }, "objections": { "type": "array", "items": { "type": "object" } },
      "explanation": { "type": "string" }, "rationale": { "type": "string" }, "closed_by": { "type": "object" },
      "contribution_ids": { "type": "array", "items": { "type": "string" } }, "need_ids": { "type": "array", "items": { "type": "string" } },
      "created_at": { "type": "string" } } },
  "PanelCreate": { "type": "object", "required": ["title", "kind", "members", "criteria"], "additionalProperties": false, "properties": {
      "title": { "type": "string" }, "purpose": { "type": "string" }, "kind": { "type": "string", "enum": ["recruitment", "award", "other"] },
      "project_id": { "type": "string" },
      "members": { "type": "array", "items": { "type": "object", "properties": { "person_id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } } },
      "criteria": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "weight": { "type": "integer", "minimum": 1, "maximum": 10 } } } } } },
  "Panel": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "purpose": { "type": "string" },
      "kind": { "type": "string" }, "project_id": { "type": ["string", "null"] },
      "criteria": { "type": "array", "items": { "type": "object" } }, "members": { "type": "array", "items": { "type": "object" } },
      "i_sit_on_it": { "type": "boolean", "description": "The reader is one of its members" },
      "candidates": { "type": "array", "items": { "type": "object" }, "description": "On a single panel" },
      "my_conflicts": { "type": "array", "items": { "type": "string" }, "description": "On a single panel" },
      "my_scores": { "type": "object", "description": "On a single panel" }, "created_at": { "type": "string" } } },
  "DocumentKind": { "type": "string", "enum": ["strategy", "service_specification", "values", "charter", "plan", "other"] },
  "SectionKind": { "type": "string", "enum": ["vision", "value", "objective", "action", "text"] },
  "SectionStatus": { "type": "string", "enum": ["not_started", "on_track", "at_risk", "done", "dropped"] },
  "SourceKind": { "type": "string", "enum": ["contribution", "need", "decision", "survey_question", "activity", "section"] },
  "DocumentCreate": { "type": "object", "required": ["title", "kind"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "kind": { "$ref": "#/components/schemas/DocumentKind" },
      "project_id": { "type": ["string", "null"], "description": "A project's document; absent or null: the partnership's own" } } },
  "InitiativeStatus": { "type": "string", "enum": ["proposed", "approved", "declined", "closed"] },
  "PersonInGroup": { "type": "object", "required": ["person_id", "group"], "additionalProperties": false, "properties": {
      "person_id": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } },
  "InitiativeCreate": { "type": "object", "required": ["title", "purpose", "for_whom", "leads"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "purpose": { "type": "string", "minLength": 1, "maxLength": 5000 },
      "for_whom": { "type": "string", "minLength": 1, "maxLength": 500 },
      "leads": { "type": "array", "minItems": 1, "maxItems": 10, "description": "From service_users_carers, residents or vcs, each in that group", "items": { "$ref": "#/components/schemas/PersonInGroup" } },
      "supporters": { "type": "array", "maxItems": 10, "description": "Staff and officers who help", "items": { "$ref": "#/components/schemas/PersonInGroup" } },
      "project_id": { "type": "string" }, "section_id": { "type": "string", "description": "The living document's objective it serves" } } },
  "InitiativeChange": { "type": "object", "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "purpose": { "type": "string", "minLength": 1, "maxLength": 5000 },
      "for_whom": { "type": "string", "minLength": 1, "maxLength": 500 } } },
  "Reason": { "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1, "maxLength": 2000 } } },
  "InitiativeClose": { "type": "object", "required": ["learned"], "additionalProperties": false, "properties": { "learned": { "type": "string", "minLength": 1, "maxLength": 5000 } } },
  "InitiativeSettings": { "type": "object", "required": ["approval_required"], "additionalProperties": false, "properties": { "approval_required": { "type": "boolean" } } },
  "TaskStatus": { "type": "string", "enum": ["to_do", "doing", "done"] },
  "Task": { "type": "object", "required": ["id", "initiative_id", "title", "milestone", "owner_id", "owner_name", "due_on", "status", "created_at", "updated_at"], "properties": {
      "id": { "type": "string" }, "initiative_id": { "type": "string" }, "title": { "type": "string" }, "milestone": { "type": "string", "description": "Tasks with the same milestone go together; empty: none" },
      "owner_id": { "type": ["string", "null"] }, "owner_name": { "type": ["string", "null"] }, "due_on": { "type": ["string", "null"] },
      "status": { "$ref": "#/components/schemas/TaskStatus" }, "created_at": { "type": "string" }, "updated_at": { "type": "string" } } },
  "TaskList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Task" } } } },
  "TaskCreate": { "type": "object", "required": ["title"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "milestone": { "type": "string", "maxLength": 100 },
      "owner_id": { "type": ["string", "null"], "description": "A lead, a supporter or a volunteer" }, "due_on": { "type": ["string", "null"], "description": "YYYY-MM-DD" },
      "status": { "$ref": "#/components/schemas/TaskStatus" } } },
  "TaskChange": { "type": "object", "additionalProperties": false, "description": "The person a task is given to may send status alone", "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "milestone": { "type": "string", "maxLength": 100 },
      "owner_id": { "type": ["string", "null"] }, "due_on": { "type": ["string", "null"] }, "status": { "$ref": "#/components/schemas/TaskStatus" } } },
  "VolunteerRole": { "type": "object", "required": ["id", "initiative_id", "title", "description", "volunteers", "created_at"], "properties": {
      "id": { "type": "string" }, "initiative_id": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
      "volunteers": { "type": "integer" }, "created_at": { "type": "string" },
      "mine": { "type": "boolean", "description": "On an initiative: the reader volunteers in it" },
      "people": { "type": "array", "description": "On an initiative, for its people and conveners: who volunteers, with the access needs from their profile", "items": { "type": "object", "required": ["person_id", "name", "access_needs"], "properties": {
          "person_id": { "type": "string" }, "name": { "type": "string" }, "access_needs": { "type": "array", "items": { "type": "string" } } } } } } },
  "RoleList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/VolunteerRole" } } } },
  "RoleCreate": { "type": "object", "required": ["title"], "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 100 }, "description": { "type": "string", "maxLength": 1000 } } },
  "VolunteerCreate": { "type": "object", "additionalProperties": false, "properties": { "person_id": { "type": "string", "description": "Leads only: someone else" } } },
  "HoursCreate": { "type": "object", "required": ["role_id", "minutes", "on"], "additionalProperties": false, "properties": {
      "person_id": { "type": "string", "description": "Default: yourself" }, "helper_id": { "type": "string", "description": "Offline helpers (leads only)" },
      "role_id": { "type": "string" }, "minutes": { "type": "integer", "minimum": 1, "maximum": 1440 }, "on": { "type": "string", "description": "YYYY-MM-DD, not in the future" } } },
  "Hours": { "type": "object", "required": ["id", "initiative_id", "role_id", "person_id", "helper_id", "minutes", "on", "logged_at"], "properties": {
      "id": { "type": "string" }, "initiative_id": { "type": "string" }, "role_id": { "type": "string" }, "person_id": { "type": ["string", "null"] },
      "helper_id": { "type": ["string", "null"] }, "minutes": { "type": "integer" }, "on": { "type": "string" }, "logged_at": { "type": "string" } } },
  "HelperCreate": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": {
      "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "count": { "type": "integer", "minimum": 1, "maximum": 100 }, "role_id": { "type": "string" } } },
  "OfflineHelper": { "type": "object", "required": ["id", "name", "count", "role_id", "recorded_at"], "properties": {
      "id": { "type": "string" }, "name": { "type": ["string", "null"], "description": "For the initiative's people and conveners only" }, "count": { "type": "integer" },
      "role_id": { "type": ["string", "null"] }, "recorded_at": { "type": "string" } } },
  "InitiativeBudget": { "type": "object", "required": ["budget_pence", "committed_pence", "spent_pence", "left_pence", "claims"], "properties": {
      "budget_pence": { "type": "integer" }, "committed_pence": { "type": "integer", "description": "Claims submitted or approved for its activities" },
      "spent_pence": { "type": "integer", "description": "Claims paid" }, "left_pence": { "type": "integer" }, "claims": { "type": "integer" } } },
  "InitiativeBudgetSet": { "type": "object", "required": ["budget_pence"], "additionalProperties": false, "properties": { "budget_pence": { "type": "integer", "minimum": 0, "maximum": 100000000 } } },
  "InitiativeActivity": { "type": "object", "required": ["activity_id"], "additionalProperties": false, "properties": { "activity_id": { "type": "string" } } },
  "OutcomeCreate": { "type": "object", "required": ["measure", "value"], "additionalProperties": false, "properties": {
      "measure": { "type": "string", "minLength": 1, "maxLength": 100, "description": "People reached, or a measure agreed at the start" },
      "value": { "type": "number", "minimum": 0, "description": "At most two decimal places" }, "note": { "type": "string", "maxLength": 1000 } } },
  "Outcome": { "type": "object", "required": ["id", "measure", "value", "note", "recorded_at"], "properties": {
      "id": { "type": "string" }, "measure": { "type": "string" }, "value": { "type": "number" }, "note": { "type": "string" }, "recorded_at": { "type": "string" } } },
  "InitiativePhoto": { "type": "object", "required": ["id", "initiative_id", "media_type", "size", "path", "uploaded_at"], "properties": {
      "id": { "type": "string" }, "initiative_id": { "type": "string" }, "media_type": { "type": "string" }, "size": { "type": "integer" },
      "path": { "type": "string" }, "uploaded_at": { "type": "string" } } },
  "StoryCreate": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": {
      "text": { "type": "string", "minLength": 1, "maxLength": 2000 }, "photo_id": { "type": "string", "description": "From POST /initiatives/{id}/photos" },
      "alt": { "type": "string", "maxLength": 300, "description": "What the photo shows: required with a photo" } } },
  "Story": { "type": "object", "required": ["id", "text", "photo", "created_at"], "properties": {
      "id": { "type": "string" }, "text": { "type": "string" }, "created_at": { "type": "string" },
      "photo": { "type": ["object", "null"], "required": ["path", "alt"], "properties": { "path": { "type": "string" }, "alt": { "type": "string" } } } } },
  "Initiative": { "type": "object", "required": ["id", "project_id", "section_id", "section_heading", "title", "purpose", "for_whom", "status", "decline_reason", "learned",
      "proposed_by", "decided_at", "closed_at", "created_at", "updated_at", "leads", "supporters", "tasks", "roles", "offline_helpers", "hours", "volunteers",
      "outcomes", "stories", "activity_ids", "budget", "can_lead", "can_decide", "sees_people"], "properties": {
      "id": { "type": "string" }, "project_id": { "type": ["string", "null"] }, "section_id": { "type": ["string", "null"] }, "section_heading": { "type": ["string", "null"] },
      "title": { "type": "string" }, "purpose": { "type": "string" }, "for_whom": { "type": "string" }, "status": { "$ref": "#/components/schemas/InitiativeStatus" },
      "decline_reason": { "type": "string" }, "learned": { "type": "string" }, "proposed_by": { "type": "string" },
      "decided_at": { "type": ["string", "null"] }, "closed_at": { "type": ["string", "null"] }, "created_at": { "type": "string" }, "updated_at": { "type": "string" },
      "leads": { "type": "array", "items": { "type": "object", "required": ["person_id", "name", "group"], "properties": { "person_id": { "type": "string" }, "name": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } } },
      "supporters": { "type": "array", "items": { "type": "object", "required": ["person_id", "name", "group"], "properties": { "person_id": { "type": "string" }, "name": { "type": "string" }, "group": { "$ref": "#/components/schemas/Group" } } } },
      "tasks": { "type": "array", "items": { "$ref": "#/components/schemas/Task" } },
      "roles": { "type": "array", "items": { "$ref": "#/components/schemas/VolunteerRole" } },
      "offline_helpers": { "type": "array", "items": { "$ref": "#/components/schemas/OfflineHelper" } },
      "hours": { "type": "object", "required": ["total_minutes", "offline_minutes", "offline_people", "by_person", "by_role"], "properties": {
          "total_minutes": { "type": "integer" }, "offline_minutes": { "type": "integer" }, "offline_people": { "type": "integer" },
          "by_person": { "type": ["array", "null"], "description": "Named volunteers' time, most first: for the initiative's people and conveners (offline helpers are counted in offline_minutes, never named)", "items": { "type": "object", "required": ["person_id", "name", "minutes"], "properties": {
              "person_id": { "type": "string" }, "name": { "type": "string" }, "minutes": { "type": "integer" } } } },
          "by_role": { "type": "array", "items": { "type": "object", "required": ["role_id", "title", "minutes"], "properties": { "role_id": { "type": "string" }, "title": { "type": "string" }, "minutes": { "type": "integer" } } } } } },
      "volunteers": { "type": "integer", "description": "People with an account who volunteer, once each, and offline helpers" },
      "outcomes": { "type": "array", "items": { "$ref": "#/components/schemas/Outcome" } },
      "stories": { "type": "array", "items": { "$ref": "#/components/schemas/Story" } },
      "activity_ids": { "type": "array", "items": { "type": "string" } },
      "budget": { "$ref": "#/components/schemas/InitiativeBudget" },
      "can_lead": { "type": "boolean" }, "can_decide": { "type": "boolean" }, "sees_people": { "type": "boolean" } } },
  "InitiativeList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Initiative" } } } },
  "DocumentChange": { "type": "object", "additionalProperties": false, "properties": {
      "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "kind": { "$ref": "#/components/schemas/DocumentKind" } } },
  "Progress": { "type": ["object", "null"], "description": "An objective's progress from its actions: done / (actions - dropped); share null when nothing is left to count (docs/documents.md)",
    "required": ["actions", "done", "dropped", "share"], "properties": {
      "actions": { "type": "integer" }, "done": { "type": "integer" }, "dropped": { "type": "integer" }, "share": { "type": ["number", "null"] } } },
  "Section": { "type": "object", "required": ["id", "document_id", "parent_id", "position", "kind", "heading", "body", "owner_group", "due_on", "review_on", "status", "dropped_reason", "measure", "updated_at"], "properties": {
      "id": { "type": "string" }, "document_id": { "type": "string" }, "parent_id": { "type": ["string", "null"] }, "position": { "type": "integer" },
      "kind": { "$ref": "#/components/schemas/SectionKind" }, "heading": { "type": "string" }, "body": { "type": "string", "description": "Plain text with light markdown" },
      "owner_group": { "oneOf": [ { "$ref": "#/components/schemas/Group" }, { "type": "null" } ] },
      "due_on": { "type": ["string", "null"], "description": "YYYY-MM-DD" }, "review_on": { "type": ["string", "null"], "description": "YYYY-MM-DD" },
      "status": { "oneOf": [ { "$ref": "#/components/schemas/SectionStatus" }, { "type": "null" } ], "description": "Objectives and actions only" },
      "dropped_reason": { "type": ["string", "null"] }, "measure": { "type": "string", "description": "What will show it worked" },
      "updated_at": { "type": "string" } } },
  "SectionLink": { "type": "object", "required": ["id", "section_id", "source_kind", "source_id", "created_at", "cleared_at", "cleared_reason"], "properties": {
      "id": { "type": "string" }, "section_id": { "type": "string" }, "source_kind": { "$ref": "#/components/schemas/SourceKind" },
      "source_id": { "type": "string", "description": "A survey question's is SURVEY_ID/QUESTION_ID" }, "created_at": { "type": "string" },
      "cleared_at": { "type": ["string", "null"] }, "cleared_reason": { "type": "string" } } },
  "LinkedSource": { "type": ["object", "null"], "description": "What the link points at now; null when it is gone", "required": ["title", "text", "group", "at", "project_id"], "properties": {
      "title": { "type": "string" }, "text": { "type": "string" }, "group": { "type": "string", "description": "A contribution's group (never its author); a survey question's: how many answered" },
      "at": { "type": "string" }, "project_id": { "type": ["string", "null"] } } },
  "SectionInDocument": { "allOf": [ { "$ref": "#/components/schemas/Section" }, { "type": "object", "required": ["links", "suspect", "no_community_trace", "progress"], "properties": {
      "links": { "type": "array", "items": { "allOf": [ { "$ref": "#/components/schemas/SectionLink" }, { "type": "object", "required": ["suspect", "source"], "properties": {
          "suspect": { "type": "boolean", "description": "Its source changed since it was linked or last cleared (writers only; false for readers)" },
          "source": { "$ref": "#/components/schemas/LinkedSource" } } } ] } },
      "suspect": { "type": ["string", "null"], "enum": ["source_changed", "beneath", null], "description": "source_changed: one of its links is suspect; beneath: something it rests on is (writers only)" },
      "no_community_trace": { "type": "boolean", "description": "No path through its links to anything people said" },
      "progress": { "$ref": "#/components/schemas/Progress" },
      "versions": { "$ref": "#/components/schemas/Versions", "description": "A document's own page only: the section's translations and Easy Read version (its field is body: the heading, a blank line, the body), each outdated when made from other words than the ones shown" },
      "published": { "type": "boolean", "description": "A document's own page only: the section is in the latest published version, so it can be translated" } } } ] },
  "Document": { "type": "object", "required": ["id", "project_id", "title", "kind", "published_version", "created_at", "updated_at", "writer", "version", "suspect_links", "without_trace", "consultation", "public_path", "sections"], "properties": {
      "public_path": { "type": ["string", "null"], "description": "Writers only: the public reader's address (/public/documents/TOKEN) while the document is public" },
      "consultation": { "type": ["object", "null"], "description": "The draft's consultation: while open, every member reads the draft and comments on it", "required": ["opened_at", "closes_at", "open"], "properties": {
          "opened_at": { "type": "string" }, "closes_at": { "type": "string" }, "open": { "type": "boolean" } } },
      "id": { "type": "string" }, "project_id": { "type": ["string", "null"] }, "title": { "type": "string" }, "kind": { "$ref": "#/components/schemas/DocumentKind" },
      "published_version": { "type": "integer", "description": "0: never published" }, "created_at": { "type": "string" }, "updated_at": { "type": "string" },
      "writer": { "type": "boolean", "description": "The reader writes it: they see the draft" },
      "version": { "type": ["integer", "null"], "description": "The version shown; null: the draft" },
      "suspect_links": { "type": "integer" }, "without_trace": { "type": "integer" },
      "sections": { "type": "array", "description": "In reading order (in lists, without their links)", "items": { "$ref": "#/components/schemas/SectionInDocument" } } } },
  "DocumentList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Document" } } } },
  "Version": { "type": "object", "required": ["number", "note", "published_at"], "properties": {
      "number": { "type": "integer" }, "note": { "type": "string" }, "published_at": { "type": "string" },
      "sections": { "type": "array", "description": "One version on its own: its sections as they were, in reading order", "items": { "$ref": "#/components/schemas/Section" } } } },
  "VersionList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Version" } } } },
  "Publish": { "type": "object", "additionalProperties": false, "properties": { "note": { "type": "string", "maxLength": 2000, "description": "What changed, in a sentence" } } },
  "WordRun": { "type": "object", "required": ["change", "text"], "properties": {
      "change": { "type": "string", "enum": ["same", "added", "removed"] }, "text": { "type": "string" } } },
  "Difference": { "type": "object", "required": ["from", "to", "sections"], "properties": {
      "from": { "type": "integer", "description": "0: the draft" }, "to": { "type": "integer" },
      "sections": { "type": "array", "items": { "type": "object", "required": ["section_id", "change", "kind", "heading", "heading_words", "body_words", "also_changed"], "properties": {
          "section_id": { "type": "string" }, "change": { "type": "string", "enum": ["unchanged", "added", "removed", "reworded"] },
          "kind": { "$ref": "#/components/schemas/SectionKind" }, "heading": { "type": "string" },
          "heading_words": { "type": "array", "items": { "$ref": "#/components/schemas/WordRun" } },
          "body_words": { "type": "array", "items": { "$ref": "#/components/schemas/WordRun" } },
          "also_changed": { "type": "array", "items": { "type": "string", "enum": ["kind", "status", "owner_group", "due_on", "review_on", "measure", "place"] } } } } } } },
  "SectionCreate": { "type": "object", "required": ["kind", "heading"], "additionalProperties": false, "properties": {
      "kind": { "$ref": "#/components/schemas/SectionKind" }, "heading": { "type": "string", "minLength": 1, "maxLength": 200 },
      "body": { "type": "string", "maxLength": 20000 }, "parent_id": { "type": ["string", "null"] }, "position": { "type": "integer", "minimum": 0 },
      "owner_group": { "oneOf": [ { "$ref": "#/components/schemas/Group" }, { "type": "null" } ] }, "due_on": { "type": ["string", "null"] },
      "review_on": { "type": ["string", "null"] }, "measure": { "type": "string", "maxLength": 2000 } } },
  "SectionChange": { "type": "object", "additionalProperties": false, "description": "Any of SectionCreate's fields; position swaps places with the sibling there", "properties": {
      "kind": { "$ref": "#/components/schemas/SectionKind" }, "heading": { "type": "string", "minLength": 1, "maxLength": 200 },
      "body": { "type": "string", "maxLength": 20000 }, "parent_id": { "type": ["string", "null"] }, "position": { "type": "integer", "minimum": 0 },
      "owner_group": { "oneOf": [ { "$ref": "#/components/schemas/Group" }, { "type": "null" } ] }, "due_on": { "type": ["string", "null"] },
      "review_on": { "type": ["string", "null"] }, "measure": { "type": "string", "maxLength": 2000 } } },
  "SuspectList": { "type": "object", "required": ["sections"], "properties": {
      "sections": { "type": "array", "description": "The suspect sections in reading order, each with only its suspect links", "items": { "$ref": "#/components/schemas/SectionInDocument" } } } },
  "LinkCreate": { "type": "object", "required": ["source_kind", "source_id"], "additionalProperties": false, "properties": {
      "source_kind": { "$ref": "#/components/schemas/SourceKind" }, "source_id": { "type": "string", "maxLength": 80, "description": "A survey question: SURVEY_ID/QUESTION_ID" } } },
  "LinkClear": { "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1, "maxLength": 2000 } } },
  "ProgressCreate": { "type": "object", "required": ["status"], "additionalProperties": false, "properties": {
      "status": { "$ref": "#/components/schemas/SectionStatus" }, "note": { "type": "string", "maxLength": 2000, "description": "Required when dropped: why" } } },
  "ProgressNote": { "type": "object", "required": ["id", "section_id", "status", "note", "at"], "properties": {
      "id": { "type": "string" }, "section_id": { "type": "string" }, "status": { "$ref": "#/components/schemas/SectionStatus" }, "note": { "type": "string" }, "at": { "type": "string" } } },
  "Thread": { "type": "object", "required": ["document_id", "document_title", "section", "progress", "suspect", "no_community_trace", "story"], "properties": {
      "document_id": { "type": "string" }, "document_title": { "type": "string" }, "section": { "$ref": "#/components/schemas/Section" },
      "progress": { "$ref": "#/components/schemas/Progress" }, "suspect": { "type": ["string", "null"], "enum": ["source_changed", "beneath", null] },
      "no_community_trace": { "type": "boolean" },
      "story": { "type": "array", "description": "In time order", "items": { "type": "object", "required": ["at", "kind", "title", "text", "group", "through", "link_id", "suspect", "version", "status", "by"], "properties": {
          "at": { "type": "string" }, "kind": { "type": "string", "enum": ["contribution", "need", "decision", "survey_question", "activity", "section", "version", "progress"] },
          "title": { "type": "string" }, "text": { "type": "string" }, "group": { "type": "string" },
          "through": { "type": "string", "description": "The heading of the section it came through (an action delivering this objective); empty: this section's own" },
          "link_id": { "type": ["string", "null"] }, "suspect": { "type": "boolean" }, "version": { "type": ["integer", "null"] },
          "status": { "type": "string", "description": "A version's: added or reworded; a progress note's: the new status" }, "by": { "type": "string" } } } } } },
  "ConsultationOpen": { "type": "object", "required": ["closes_at"], "additionalProperties": false, "properties": {
      "closes_at": { "type": "string", "format": "date-time", "description": "In the future; again: a new closing date" } } },
  "CommentCreate": { "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 5000 } } },
  "SuggestionCreate": { "type": "object", "required": ["body"], "additionalProperties": false, "properties": {
      "body": { "type": "string", "minLength": 1, "maxLength": 20000, "description": "The wording suggested for the section's body" },
      "reason": { "type": "string", "maxLength": 2000 } } },
  "SuggestionDecline": { "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "type": "string", "minLength": 1, "maxLength": 2000 } } },
  "SectionResponse": { "type": "object", "required": ["id", "document_id", "section_id", "kind", "group", "text", "reason", "status", "answer", "answered_at", "contribution_id", "created_at", "mine"], "properties": {
      "id": { "type": "string" }, "document_id": { "type": "string" }, "section_id": { "type": "string" },
      "kind": { "type": "string", "enum": ["comment", "suggestion"] }, "group": { "$ref": "#/components/schemas/Group" },
      "text": { "type": "string", "description": "The comment, or the suggested wording" }, "reason": { "type": "string" },
      "status": { "type": "string", "enum": ["open", "accepted", "declined"] }, "answer": { "type": "string" },
      "answered_at": { "type": ["string", "null"] }, "contribution_id": { "type": "string", "description": "The contribution it also counts as" },
      "created_at": { "type": "string" }, "mine": { "type": "boolean" },
      "section_heading": { "type": "string", "description": "In lists" } } },
  "SectionResponseList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/SectionResponse" } } } },
  "PanelList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Panel" } } } },
  "CandidateCreate": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": {
      "name": { "type": "string", "maxLength": 200 }, "details": { "type": "string", "maxLength": 5000 } } },
  "Candidate": { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "details": { "type": "string" },
      "created_at": { "type": "string" } } },
  "ConflictCreate": { "type": "object", "required": ["candidate_id", "reason"], "additionalProperties": false, "properties": {
      "candidate_id": { "type": "string" }, "reason": { "type": "string", "maxLength": 1000 } } },
  "Conflict": { "type": "object", "properties": { "candidate_id": { "type": "string" }, "reason": { "type": "string" }, "declared_at": { "type": "string" } } },
  "ScoreCreate": { "type": "object", "required": ["candidate_id", "scores"], "additionalProperties": false, "properties": {
      "candidate_id": { "type": "string" }, "scores": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 5 } } } },
  "Scores": { "type": "object", "properties": { "candidate_id": { "type": "string" }, "scores": { "type": "object" } } },
  "PanelResults": { "type": "object", "properties": { "candidates": { "type": "array", "items": { "type": "object" } },
      "groups": { "type": "array", "items": { "type": "object" } } } },
  "Policy": { "type": "object" },
  "FinanceChange": { "type": "object", "required": ["finance"], "additionalProperties": false, "properties": {
      "finance": { "type": "boolean" }, "reason": { "type": "string", "maxLength": 1000 } } },
  "FinanceRequest": { "type": "object", "required": ["id", "person", "give", "status", "requested_by", "requested_at"], "properties": {
      "id": { "type": "string" }, "person": { "$ref": "#/components/schemas/PersonRef" }, "give": { "type": "boolean" },
      "reason": { "type": "string" }, "requested_by": { "$ref": "#/components/schemas/PersonRef" }, "requested_at": { "type": "string" },
      "status": { "enum": ["pending", "confirmed", "cancelled"] }, "decided_by": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }] },
      "decided_at": { "type": ["string", "null"] } } },
  "PersonRef": { "type": "object", "required": ["id", "name"], "properties": { "id": { "type": "string" }, "name": { "type": "string" } } },
  "FinanceControls": { "type": "object", "required": ["holders", "pending", "items", "next_cursor"], "properties": {
      "holders": { "type": "array", "items": { "type": "object" } },
      "pending": { "type": "array", "items": { "$ref": "#/components/schemas/FinanceRequest" } },
      "items": { "type": "array", "description": "Every request, grant, removal and refusal, newest first", "items": { "type": "object", "properties": {
          "id": { "type": "string" }, "at": { "type": "string" },
          "kind": { "enum": ["requested", "granted", "removed", "cancelled", "refused"] }, "rule": { "type": ["string", "null"] },
          "actor": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }] },
          "person": { "oneOf": [{ "$ref": "#/components/schemas/PersonRef" }, { "type": "null" }] },
          "claim_id": { "type": ["string", "null"] }, "request_id": { "type": ["string", "null"] } } } },
      "next_cursor": { "type": ["string", "null"] } } },
  "Budget": { "type": "object" },
  "BudgetSet": { "type": "object", "required": ["total_pence"], "additionalProperties": false, "properties": {
      "total_pence": { "type": "integer", "minimum": 0 }, "by_group": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } } } },
  "Receipt": { "type": "object" },
  "ClaimList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Claim" } } } },
  "ClaimCreate": { "type": "object", "required": ["activity_id", "payment_method"], "additionalProperties": false, "properties": {
      "activity_id": { "type": "string" }, "person_id": { "type": "string", "description": "Conveners, claiming for someone" },
      "minutes": { "type": "integer", "minimum": 1, "maximum": 1440 }, "include_time": { "type": "boolean", "default": true },
      "payment_method": { "type": "string", "enum": ["bank_transfer", "voucher", "none"] }, "backfill_organisation_id": { "type": "string" },
      "early_reason": { "type": "string", "maxLength": 1000, "description": "Conveners: why the claim is recorded before the activity starts" },
      "expenses": { "type": "array", "maxItems": 20, "items": { "type": "object", "required": ["kind"], "properties": {
          "kind": { "type": "string", "enum": ["travel", "care_cover", "interpreter", "subsistence", "equipment", "data_phone"] },
          "amount_pence": { "type": "integer", "minimum": 1 }, "miles": { "type": "integer" }, "receipt_id": { "type": "string" }, "note": { "type": "string" } } } } } },
  "Claim": { "type": "object", "properties": { "id": { "type": "string" }, "project_id": { "type": "string" },
      "activity_id": { "type": "string" }, "activity_title": { "type": "string" },
      "person_id": { "type": "string" }, "person_name": { "type": "string" },
      "organisation": { "type": ["object", "null"], "required": ["id", "name"], "description": "The organisation paid for the time (backfill)",
        "properties": { "id": { "type": "string" }, "name": { "type": "string" } } },
      "group": { "type": "string" }, "minutes": { "type": "integer" }, "time_pence": { "type": "integer" }, "expenses": { "type": "array", "items": { "type": "object" } },
      "expenses_pence": { "type": "integer" }, "total_pence": { "type": "integer" }, "total": { "type": "string", "description": "total_pence in pounds: 12.50" },
      "payment_method": { "type": "string" },
      "status": { "type": "string", "enum": ["submitted", "approved", "rejected", "paid"] }, "submitted_at": { "type": "string" },
      "submitted_by": { "type": "string" }, "decided_at": { "type": ["string", "null"] }, "reason": { "type": "string" },
      "paid_on": { "type": ["string", "null"] }, "reference": { "type": "string" }, "over_budget": { "type": "boolean" },
      "can_decide": { "type": "boolean", "description": "In the claims list and on a single claim: the reader may approve, reject or pay it" },
      "cannot_decide_because": { "type": ["string", "null"], "description": "In the claims list and on a single claim: the finance control that stops the reader deciding it" } } },
  "ClaimApprove": { "type": "object", "additionalProperties": false, "properties": { "confirm_over_budget": { "type": "boolean" } } },
  "ClaimReject": { "type": "object", "required": ["reason"], "additionalProperties": false, "properties": { "reason": { "type": "string", "maxLength": 1000 } } },
  "ClaimPaid": { "type": "object", "required": ["paid_on", "reference"], "additionalProperties": false, "properties": {
      "paid_on": { "type": "string", "format": "date" }, "reference": { "type": "string", "maxLength": 100 } } },
  "Payments": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Claim" } },
      "paid_pence": { "type": "integer", "description": "Over all my claims, not this page" }, "approved_pence": { "type": "integer" }, "paid": { "type": "string" } } },
  "BankDetails": { "type": "object", "required": ["account_name", "sort_code", "account_number"], "additionalProperties": false, "properties": {
      "account_name": { "type": "string" }, "sort_code": { "type": "string", "description": "6 digits" }, "account_number": { "type": "string", "description": "8 digits" } } },
  "BankDetailsShown": { "type": "object", "properties": { "account_name": { "type": "string" }, "account_ending": { "type": "string", "description": "The last 4 digits only" },
      "updated_at": { "type": "string" } } },
  "OfferList": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Offer" } } } },
  "Offer": { "type": "object" },
  "Unpaid": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "type": "object" } },
      "counts": { "type": "object", "description": "Over every attendee, not this page" }, "unpaid_participation": { "type": "integer" } } },
  "LanguageSettings": { "type": "object", "required": ["hard_rule", "min_reading_ease"], "properties": {
      "hard_rule": { "type": "boolean" }, "min_reading_ease": { "type": "integer", "minimum": 30, "maximum": 90 } } },
  "PublishedTexts": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "items": { "type": "array", "items": { "type": "object" } },
      "published": { "type": "integer" }, "meeting_target": { "type": "integer" }, "share_meeting_target": { "type": "number" } } },
  "Translation": { "type": "object", "required": ["subject_type", "subject_id", "field", "language", "text"], "properties": {
      "subject_type": { "type": "string" }, "subject_id": { "type": "string" }, "field": { "type": "string" },
      "language": { "type": "string" }, "text": { "type": "string" } } },
  "Versions": { "type": "object", "required": ["translations", "easy_read"], "properties": {
      "translations": { "type": "array", "items": { "type": "object", "required": ["field", "language", "text", "updated_at", "outdated"], "properties": {
          "field": { "type": "string" }, "language": { "type": "string" }, "text": { "type": "string" }, "updated_at": { "type": "string" },
          "outdated": { "type": "boolean", "description": "Made from another wording than the one read" } } } },
      "easy_read": { "type": "array", "items": { "type": "object", "required": ["field", "lines", "meets_target", "updated_at", "outdated"], "properties": {
          "field": { "type": "string" }, "meets_target": { "type": "boolean" }, "updated_at": { "type": "string" }, "outdated": { "type": "boolean" },
          "lines": { "type": "array", "items": { "type": "object", "required": ["text", "pictogram"], "properties": { "text": { "type": "string" },
              "pictogram": { "type": ["string", "null"] } } } } } } } } },
  "EasyRead": { "type": "object", "required": ["subject_type", "subject_id", "field", "lines"], "properties": {
      "subject_type": { "type": "string" }, "subject_id": { "type": "string" }, "field": { "type": "string" },
      "lines": { "type": "array", "maxItems": 40, "items": { "type": "object", "properties": { "text": { "type": "string" },
          "pictogram": { "type": ["string", "null"], "enum": ["calendar", "clock", "meeting", "money", "no", "people-group", "person", "phone",
              "place", "question", "wheelchair-access", "yes", null] } } } } } },
  "EasyReadSaved": { "type": "object", "properties": { "lines": { "type": "array", "items": { "type": "object" } }, "meets_target": { "type": "boolean" },
      "check": { "$ref": "#/components/schemas/LanguageCheckResult" } } },
  "TranslationsNeeded": { "type": "object", "properties": { "next_cursor": { "type": ["string", "null"], "description": "The `after` of the next page; null on the last" }, "member_languages": { "type": "array", "items": { "type": "string" } },
      "items": { "type": "array", "items": { "type": "object" } } } },
  "OpenApi": { "type": "object" },
  "BarometerFigure": { "type": "object", "required": ["key", "value", "unit", "state", "formula", "counts", "missing", "missing_parts", "threshold", "alert_when"], "properties": {
      "key": { "type": "string" }, "value": { "type": ["number", "null"] }, "unit": { "type": "string", "enum": ["share", "ratio", "days", "count", "pence"] },
      "state": { "type": "string", "enum": ["ok", "alert", "not_enough_data"] }, "formula": { "type": "string" },
      "counts": { "type": "object", "additionalProperties": { "type": "number" } }, "missing": { "type": "string" },
      "missing_parts": { "type": "array", "description": "What was missing, sentence by sentence: a key and its values (groups: group keys joined by commas), to be worded in the reader's language",
          "items": { "type": "object", "required": ["key", "params"], "properties": { "key": { "type": "string" },
              "params": { "type": "object", "additionalProperties": { "type": "string" } } } } },
      "threshold": { "type": ["number", "null"] }, "alert_when": { "type": "string", "enum": ["below", "above", "never"] },
      "notes": { "type": "array", "items": { "$ref": "#/components/schemas/BarometerNote" } } } },
  "BarometerAlert": { "type": "object", "properties": { "key": { "type": "string" }, "message": { "type": "string" },
      "action_path": { "type": "string" }, "params": { "type": "object", "additionalProperties": { "type": "string" } } } },
  "Breakdown": { "type": "object", "properties": { "respondents": { "type": "integer" }, "suppressed": { "type": "boolean" },
      "mean": { "type": ["number", "null"] }, "group": { "type": "string" } } },
  "Ladder": { "type": "object", "properties": { "stage": { "type": "string" }, "rungs": { "type": "array", "items": { "type": "string" } },
      "mine": { "type": ["object", "null"] }, "can_rate": { "type": "boolean" }, "respondents": { "type": "integer" }, "suppressed": { "type": "boolean" },
      "mean": { "type": ["number", "null"] }, "by_group": { "type": "array", "items": { "$ref": "#/components/schemas/Breakdown" } },
      "statutory": { "$ref": "#/components/schemas/Breakdown" }, "community": { "$ref": "#/components/schemas/Breakdown" },
      "gap": { "type": ["number", "null"] }, "comments": { "type": ["array", "null"], "items": { "type": "string" } },
      "notes": { "type": "array", "items": { "$ref": "#/components/schemas/BarometerNote" } } } },
  "LadderRating": { "type": "object", "required": ["rung"], "additionalProperties": false, "properties": {
      "rung": { "type": "string", "enum": ["coercion", "educating", "informing", "consulting", "engaging", "co_designing", "co_producing"] },
      "comment": { "type": "string", "maxLength": 1000 } } },
  "Experience": { "type": "object", "properties": { "stage": { "type": "string" }, "answered": { "type": "boolean" }, "can_answer": { "type": "boolean" },
      "respondents": { "type": "integer" }, "suppressed": { "type": "boolean" },
      "questions": { "type": "array", "items": { "type": "object", "properties": { "key": { "type": "string" }, "text": { "type": "string" } } } },
      "by_question": { "type": "array", "items": { "type": "object" } },
      "notes": { "type": "array", "items": { "$ref": "#/components/schemas/BarometerNote" } } } },
  "ExperienceAnswers": { "type": "object", "required": ["answers"], "additionalProperties": false, "properties": {
      "answers": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 5 } } } },
  "ProjectBarometer": { "type": "object", "properties": { "project_id": { "type": "string" }, "title": { "type": "string" }, "stage": { "type": "string" },
      "computed_at": { "type": "string" }, "small_number": { "type": "integer" },
      "barriers": { "type": "array", "items": { "type": "object", "properties": {
          "key": { "type": "string", "enum": ["invited_early", "marginal", "equal_partner", "top_down", "language", "resources"] },
          "state": { "type": "string" }, "figures": { "type": "array", "items": { "$ref": "#/components/schemas/BarometerFigure" } },
          "alerts": { "type": "array", "items": { "$ref": "#/components/schemas/BarometerAlert" } } } } },
      "reach": { "type": "object" }, "ladder": { "$ref": "#/components/schemas/Ladder" }, "experience": { "$ref": "#/components/schemas/Experience" } } },
  "BarometerOverview": { "type": "object", "properties": {
      "items": { "type": "array", "items": { "type": "object", "properties": { "project_id": { "type": "string" }, "title": { "type": "string" },
          "stage": { "type": "string" }, "state": { "type": "string" }, "alerts": { "type": "integer" },
          "barriers": { "type": "array", "items": { "type": "object", "properties": { "key": { "type": "string" }, "state": { "type": "string" },
              "alerts": { "type": "integer" } } } } } } },
      "next_cursor": { "type": ["string", "null"] } } },
  "BarometerTrend": { "type": "object", "properties": { "figure": { "type": "string" }, "points": { "type": "array", "items": { "type": "object", "properties": {
      "day": { "type": "string", "format": "date" }, "value": { "type": ["number", "null"] }, "state": { "type": "string" } } } } } },
  "BarometerSettings": { "type": "object", "properties": { "small_number": { "type": "integer" },
      "thresholds": { "type": "object", "additionalProperties": { "type": "number" } }, "reach_threshold": { "type": "number" },
      "baseline": { "type": "object", "additionalProperties": { "type": "number" } },
      "experience_wording": { "type": "object", "additionalProperties": { "type": "string" } }, "defaults": { "type": "object" },
      "categories": { "type": "array", "items": { "type": "string" } } } },
  "BarometerSettingsUpdate": { "type": "object", "additionalProperties": false, "properties": {
      "small_number": { "type": "integer", "minimum": 3, "maximum": 50 },
      "thresholds": { "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } },
      "reach_threshold": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
      "baseline": { "type": "object", "additionalProperties": { "type": "number", "minimum": 0, "maximum": 1 } },
      "experience_wording": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 200 } } } },
  "BarometerNoteCreate": { "type": "object", "required": ["figure", "text"], "additionalProperties": false, "properties": {
      "figure": { "type": "string", "maxLength": 100 }, "text": { "type": "string", "minLength": 1, "maxLength": 1000 } } },
  "BarometerNote": { "type": "object", "properties": { "id": { "type": "string" }, "figure": { "type": "string" }, "text": { "type": "string" },
      "author_name": { "type": "string" }, "group": { "type": ["string", "null"] }, "created_at": { "type": "string" } } },
  "Demographics": { "type": "object", "additionalProperties": false, "properties": {
      "age": { "type": ["string", "null"], "enum": ["16_24", "25_44", "45_64", "65_74", "75_plus", "prefer_not_to_say", null] },
      "disability": { "type": ["string", "null"], "enum": ["yes", "no", "prefer_not_to_say", null] },
      "carer": { "type": ["string", "null"], "enum": ["yes", "no", "prefer_not_to_say", null] },
      "ethnicity": { "type": ["string", "null"], "enum": ["asian", "black", "mixed", "white", "other", "prefer_not_to_say", null] } } },
  "Notification": { "type": "object", "required": ["id", "kind", "topic", "params", "path", "created_at", "read_at"], "properties": {
      "id": { "type": "string" },
      "kind": { "type": "string", "enum": ["project_invitation", "activity_confirmation", "activity_reminder", "activity_changed", "activity_cancelled",
          "waiting_list_place", "contribution_answered", "shaped_progress", "decision_closed", "claim_decided"] },
      "topic": { "type": "string", "enum": ["invitations", "activities", "answers", "decisions", "claims"] },
      "params": { "type": "object", "description": "What the notice is about, worded by the reader's app in their language (docs/api.md lists each kind's)" },
      "path": { "type": "string", "description": "The app's page it is about" },
      "created_at": { "type": "string", "format": "date-time" }, "read_at": { "type": ["string", "null"], "format": "date-time" } } },
  "NotificationList": { "type": "object", "required": ["items", "next_cursor"], "properties": {
      "items": { "type": "array", "items": { "$ref": "#/components/schemas/Notification" } }, "next_cursor": { "type": ["string", "null"] } } },
  "UnreadCount": { "type": "object", "required": ["unread"], "properties": { "unread": { "type": "integer" } } },
  "ReadCount": { "type": "object", "required": ["read"], "properties": { "read": { "type": "integer" } } },
  "NotificationPreferences": { "type": "object", "required": ["has_email", "topics"], "properties": {
      "has_email": { "type": "boolean" },
      "topics": { "type": "array", "items": { "type": "object", "required": ["topic", "delivery", "can_change"], "properties": {
          "topic": { "type": "string", "enum": ["invitations", "activities", "answers", "decisions", "claims", "organising", "security"] },
          "delivery": { "type": "string", "enum": ["email", "daily", "weekly", "in_app"] }, "can_change": { "type": "boolean" } } } } } },
  "NotificationPreferencesUpdate": { "type": "object", "required": ["preferences"], "additionalProperties": false, "properties": {
      "preferences": { "type": "object", "additionalProperties": { "type": "string", "enum": ["email", "daily", "weekly", "in_app"] } } } },
  "Unsubscribe": { "type": "object", "required": ["topic", "delivery"], "properties": {
      "topic": { "type": "string", "enum": ["invitations", "activities", "answers", "decisions", "claims", "organising", "digest"] },
      "delivery": { "type": "string" }, "partnership_name": { "type": "string" } } }
})json";

std::string_view status_description(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "Done, nothing to return";
    case 401:
        return "Sign in required, or the email or password is not right";
    case 403:
        return "Not allowed, or the CSRF token is missing";
    case 404:
        return "Not found in your partnership";
    case 409:
        return "Clashes with existing data";
    case 422:
        return "Invalid input; errors names each field";
    case 429:
        return "Too many attempts; see Retry-After";
    case 503:
        return "The database cannot be reached";
    }
    return "Response";
}

boost::json::object content_for(std::string_view schema, std::string_view media_type = "application/json")
{
    return { { std::string { media_type }, { { "schema", { { "$ref", "#/components/schemas/" + std::string { schema } } } } } } };
}

// A list answers a page: its schema has `next_cursor` beside `items`.
bool is_page(boost::json::object const& schemas, std::string const& name)
{
    auto const* schema = schemas.if_contains(name);
    if (!schema || !schema->is_object())
        return false;
    auto const* properties = schema->as_object().if_contains("properties");
    return properties && properties->is_object() && properties->as_object().contains("next_cursor");
}

boost::json::object operation_for(http::Route const& route, boost::json::object const& schemas)
{
    boost::json::object operation;
    operation["summary"] = route.docs.summary;
    operation["tags"] = boost::json::array { route.docs.tag };
    operation["operationId"] = route.method + " " + route.pattern;

    boost::json::array parameters;
    for (std::size_t start = route.pattern.find('{'); start != std::string::npos; start = route.pattern.find('{', start + 1)) {
        auto const end = route.pattern.find('}', start);
        parameters.push_back({ { "name", route.pattern.substr(start + 1, end - start - 1) }, { "in", "path" }, { "required", true },
            { "schema", { { "type", "string" } } } });
    }
    auto query_parameters = route.docs.query_parameters;
    std::vector<int> errors = route.docs.error_statuses;
    // Every list takes the same two parameters (docs/api.md, Conventions).
    bool const page = route.method == "GET" && is_page(schemas, route.docs.response_schema);
    if (page) {
        for (auto const* name : { "limit", "after" })
            if (std::ranges::find(query_parameters, name) == query_parameters.end())
                query_parameters.emplace_back(name);
        if (std::ranges::find(errors, 422) == errors.end())
            errors.push_back(422);
    }
    for (auto const& name : query_parameters) {
        boost::json::object parameter { { "name", name }, { "in", "query" }, { "required", false }, { "schema", { { "type", "string" } } } };
        if (page && name == "limit") {
            parameter["schema"] = { { "type", "integer" }, { "minimum", 1 }, { "maximum", k_max_page_size }, { "default", k_default_page_size } };
            parameter["description"] = "Items on a page (422 naming limit outside 1-200)";
        } else if (page && name == "after") {
            parameter["description"] = "The next_cursor of the page before (422 naming after when it is not one)";
        }
        parameters.push_back(std::move(parameter));
    }
    if (!parameters.empty())
        operation["parameters"] = std::move(parameters);

    if (!route.docs.request_schema.empty())
        operation["requestBody"] = { { "required", true }, { "content", content_for(route.docs.request_schema) } };

    boost::json::object responses;
    boost::json::object success { { "description", status_description(route.docs.success_status) } };
    if (!route.docs.response_schema.empty())
        success["content"] = content_for(route.docs.response_schema);
    responses[std::to_string(route.docs.success_status)] = std::move(success);

    if (route.access == http::Access::Session) {
        errors.push_back(401);
        if (route.method != "GET")
            errors.push_back(403);
    }
    if (route.method != "GET")
        errors.push_back(400);
    std::ranges::sort(errors);
    for (int const status : errors) {
        responses[std::to_string(status)] = { { "description", status == 400 ? "The body is not valid JSON" : status_description(status) },
            { "content", content_for("Problem", "application/problem+json") } };
    }
    operation["responses"] = std::move(responses);
    if (route.access == http::Access::Public)
        operation["security"] = boost::json::array {};
    return operation;
}

}

boost::json::object openapi_document(http::Router const& router)
{
    auto const schemas = boost::json::parse(k_schemas).as_object();
    boost::json::object paths;
    for (auto const& route : router.routes()) {
        auto method = route.method;
        std::ranges::transform(method, method.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        auto& item = paths[route.pattern];
        if (!item.is_object())
            item = boost::json::object {};
        item.as_object()[method] = operation_for(route, schemas);
    }

    return {
        { "openapi", "3.1.0" },
        { "info", { { "title", "Roundtable API" }, { "version", "1" },
                      { "description", "Co-producing public services as equal partners. Errors are RFC 9457 problem details. "
                                       "Unsafe methods need the X-CSRF-Token header with the csrf_token from sign-in or GET /api/v1/me." } } },
        { "paths", std::move(paths) },
        { "components", {
                            { "schemas", schemas },
                            { "securitySchemes", { { "session", { { "type", "apiKey" }, { "in", "cookie" }, { "name", "rt_session" } } } } },
                        } },
        { "security", boost::json::array { { { "session", boost::json::array {} } } } },
    };
}

}
