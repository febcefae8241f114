//! The admin API's OpenAPI 3.1 document, generated from this table and the
//! request/response types' JSON Schemas (schemars). A test calls every
//! operation listed here, so the table and the router cannot drift apart.

use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

use crate::store::policy::Policy;
use crate::store::usage::UsageReport;
use crate::store::{
    ApiKey, App, AppPatch, AuditEntry, Decision, IssuedKey, IssuedUser, KeyPatch, NewApp, NewKey, NewSubscription,
    NewTeam, NewUser, Subscription, Team, TeamPatch, User, UserPatch,
};

type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

fn of<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

fn list_of<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<Vec<T>>()
}

fn any_object(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({"type": "object"})
}

/// One documented operation.
pub struct Operation {
    pub method: &'static str,
    /// With `{id}` for path parameters.
    pub path: &'static str,
    pub summary: &'static str,
    /// Who may call it.
    pub access: &'static str,
    pub query: &'static [&'static str],
    pub body: Option<SchemaFn>,
    pub status: u16,
    pub response: SchemaFn,
}

const TEAM_QUERY: &[&str] = &["team"];
const KEY_QUERY: &[&str] = &["team", "app"];
const SUB_QUERY: &[&str] = &["team", "app", "status"];
const AUDIT_QUERY: &[&str] = &["entity", "entity_id", "actor", "since", "until", "limit"];
const USAGE_QUERY: &[&str] = &[
    "from",
    "to",
    "group_by",
    "granularity",
    "team",
    "app",
    "key",
    "model",
    "provider",
];

macro_rules! op {
    ($method:literal, $path:literal, $summary:literal, $access:literal, $query:expr, $body:expr, $status:literal, $resp:expr) => {
        Operation {
            method: $method,
            path: $path,
            summary: $summary,
            access: $access,
            query: $query,
            body: $body,
            status: $status,
            response: $resp,
        }
    };
}

/// Every admin operation.
pub fn operations() -> Vec<Operation> {
    vec![
        op!(
            "get",
            "/admin/v1/whoami",
            "The caller's name, role and team",
            "any admin caller",
            &[],
            None,
            200,
            any_object
        ),
        op!(
            "get",
            "/admin/v1/openapi.json",
            "This document",
            "any admin caller",
            &[],
            None,
            200,
            any_object
        ),
        op!(
            "get",
            "/admin/v1/teams",
            "List teams",
            "org admins see all; others their own",
            &[],
            None,
            200,
            list_of::<Team>
        ),
        op!(
            "post",
            "/admin/v1/teams",
            "Create a team",
            "org admin",
            &[],
            Some(of::<NewTeam>),
            201,
            of::<Team>
        ),
        op!(
            "get",
            "/admin/v1/teams/{id}",
            "Get a team",
            "its members, org admins",
            &[],
            None,
            200,
            of::<Team>
        ),
        op!(
            "patch",
            "/admin/v1/teams/{id}",
            "Update a team",
            "its team admins, org admins",
            &[],
            Some(of::<TeamPatch>),
            200,
            of::<Team>
        ),
        op!(
            "delete",
            "/admin/v1/teams/{id}",
            "Delete an empty team",
            "org admin",
            &[],
            None,
            200,
            any_object
        ),
        op!(
            "get",
            "/admin/v1/apps",
            "List apps",
            "team members (own team), org admins",
            TEAM_QUERY,
            None,
            200,
            list_of::<App>
        ),
        op!(
            "post",
            "/admin/v1/apps",
            "Create an app (a developer becomes its owner)",
            "developers and team admins of the team, org admins",
            &[],
            Some(of::<NewApp>),
            201,
            of::<App>
        ),
        op!(
            "get",
            "/admin/v1/apps/{id}",
            "Get an app",
            "team members, org admins",
            &[],
            None,
            200,
            of::<App>
        ),
        op!(
            "patch",
            "/admin/v1/apps/{id}",
            "Update an app",
            "its owner, team admins, org admins",
            &[],
            Some(of::<AppPatch>),
            200,
            of::<App>
        ),
        op!(
            "delete",
            "/admin/v1/apps/{id}",
            "Delete an app; its keys are revoked",
            "its owner, team admins, org admins",
            &[],
            None,
            200,
            any_object
        ),
        op!(
            "get",
            "/admin/v1/users",
            "List users",
            "team members (own team), org admins",
            TEAM_QUERY,
            None,
            200,
            list_of::<User>
        ),
        op!(
            "post",
            "/admin/v1/users",
            "Create a user; the admin token is returned once",
            "team admins (own team, not org_admin), org admins",
            &[],
            Some(of::<NewUser>),
            201,
            of::<IssuedUser>
        ),
        op!(
            "get",
            "/admin/v1/users/{id}",
            "Get a user",
            "the user, team members, org admins",
            &[],
            None,
            200,
            of::<User>
        ),
        op!(
            "patch",
            "/admin/v1/users/{id}",
            "Change a user's role, team or disabled flag",
            "team admins (own team), org admins",
            &[],
            Some(of::<UserPatch>),
            200,
            of::<User>
        ),
        op!(
            "delete",
            "/admin/v1/users/{id}",
            "Delete a user",
            "team admins (own team), org admins",
            &[],
            None,
            200,
            any_object
        ),
        op!(
            "post",
            "/admin/v1/users/{id}/rotate-token",
            "Issue a new admin token; the old one stops working",
            "the user, team admins, org admins",
            &[],
            None,
            200,
            of::<IssuedUser>
        ),
        op!(
            "get",
            "/admin/v1/keys",
            "List keys (never their secrets)",
            "team members (own team), org admins",
            KEY_QUERY,
            None,
            200,
            list_of::<ApiKey>
        ),
        op!(
            "post",
            "/admin/v1/keys",
            "Create a key; the secret is returned once",
            "app owners, team admins, org admins",
            &[],
            Some(of::<NewKey>),
            201,
            of::<IssuedKey>
        ),
        op!(
            "get",
            "/admin/v1/keys/{id}",
            "Get a key",
            "team members, org admins",
            &[],
            None,
            200,
            of::<ApiKey>
        ),
        op!(
            "patch",
            "/admin/v1/keys/{id}",
            "Change a key's models, expiry, enabled flag, metadata or tags",
            "app owners, team admins, org admins",
            &[],
            Some(of::<KeyPatch>),
            200,
            of::<ApiKey>
        ),
        op!(
            "delete",
            "/admin/v1/keys/{id}",
            "Revoke a key (same as POST …/revoke)",
            "app owners, team admins, org admins",
            &[],
            None,
            200,
            of::<ApiKey>
        ),
        op!(
            "post",
            "/admin/v1/keys/{id}/rotate",
            "Replace a key's secret; the new one is returned once",
            "app owners, team admins, org admins",
            &[],
            None,
            200,
            of::<IssuedKey>
        ),
        op!(
            "post",
            "/admin/v1/keys/{id}/revoke",
            "Revoke a key; refused from the next request on this node",
            "app owners, team admins, org admins",
            &[],
            None,
            200,
            of::<ApiKey>
        ),
        op!(
            "get",
            "/admin/v1/teams/{id}/policy",
            "The policy set on a team: limits, budgets, regions, guard (empty when none)",
            "team members (own team), org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "put",
            "/admin/v1/teams/{id}/policy",
            "Set (replace) the policy of a team; they apply on every node within auth.cache_refresh_ms",
            "org admins",
            &[],
            Some(of::<Policy>),
            200,
            of::<Policy>
        ),
        op!(
            "delete",
            "/admin/v1/teams/{id}/policy",
            "Clear the policy of a team",
            "org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "get",
            "/admin/v1/apps/{id}/policy",
            "The policy set on an app: limits, budgets, regions, guard (empty when none)",
            "team members (own team), org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "put",
            "/admin/v1/apps/{id}/policy",
            "Set (replace) the policy of an app; they apply on every node within auth.cache_refresh_ms",
            "team admins (own team), org admins",
            &[],
            Some(of::<Policy>),
            200,
            of::<Policy>
        ),
        op!(
            "delete",
            "/admin/v1/apps/{id}/policy",
            "Clear the policy of an app",
            "team admins (own team), org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "get",
            "/admin/v1/keys/{id}/policy",
            "The policy set on a key: limits, budgets, regions, guard (empty when none)",
            "team members (own team), org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "put",
            "/admin/v1/keys/{id}/policy",
            "Set (replace) the policy of a key; they apply on every node within auth.cache_refresh_ms",
            "team admins (own team), org admins",
            &[],
            Some(of::<Policy>),
            200,
            of::<Policy>
        ),
        op!(
            "delete",
            "/admin/v1/keys/{id}/policy",
            "Clear the policy of a key",
            "team admins (own team), org admins",
            &[],
            None,
            200,
            of::<Policy>
        ),
        op!(
            "get",
            "/admin/v1/subscriptions",
            "List subscriptions",
            "team members (own team), org admins",
            SUB_QUERY,
            None,
            200,
            list_of::<Subscription>
        ),
        op!(
            "post",
            "/admin/v1/subscriptions",
            "Request access for an app to a model",
            "app owners, team admins, org admins",
            &[],
            Some(of::<NewSubscription>),
            201,
            of::<Subscription>
        ),
        op!(
            "get",
            "/admin/v1/subscriptions/{id}",
            "Get a subscription",
            "team members, org admins",
            &[],
            None,
            200,
            of::<Subscription>
        ),
        op!(
            "post",
            "/admin/v1/subscriptions/{id}/approve",
            "Approve a pending request",
            "org admins; team admins of the model's owner_team",
            &[],
            Some(of::<Decision>),
            200,
            of::<Subscription>
        ),
        op!(
            "post",
            "/admin/v1/subscriptions/{id}/reject",
            "Reject a pending request",
            "org admins; team admins of the model's owner_team",
            &[],
            Some(of::<Decision>),
            200,
            of::<Subscription>
        ),
        op!(
            "post",
            "/admin/v1/subscriptions/{id}/revoke",
            "Revoke an approved subscription",
            "org admins; team admins of the model's owner_team",
            &[],
            Some(of::<Decision>),
            200,
            of::<Subscription>
        ),
        op!(
            "get",
            "/admin/v1/audit",
            "The audit log, newest first",
            "org admin",
            AUDIT_QUERY,
            None,
            200,
            list_of::<AuditEntry>
        ),
        op!(
            "get",
            "/admin/v1/usage",
            "Usage totals and time series by team, app, key, model or provider",
            "org admins (any team); others their own team",
            USAGE_QUERY,
            None,
            200,
            of::<UsageReport>
        ),
    ]
}

fn error_schema() -> Value {
    json!({
        "type": "object",
        "properties": {"error": {"type": "object", "properties": {
            "message": {"type": "string"}, "type": {"type": "string"},
            "param": {"type": ["string", "null"]}, "code": {"type": "string"}
        }}}
    })
}

/// The whole OpenAPI document.
pub fn document() -> Value {
    let mut generator = SchemaSettings::openapi3().into_generator();
    let mut paths: Map<String, Value> = Map::new();
    for op in operations() {
        let mut parameters: Vec<Value> = op
            .query
            .iter()
            .map(|name| json!({"name": name, "in": "query", "required": false, "schema": {"type": "string"}}))
            .collect();
        if op.path.contains("{id}") {
            parameters.push(json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}));
        }
        let mut operation = json!({
            "summary": op.summary,
            "description": format!("Who may call it: {}.", op.access),
            "parameters": parameters,
            "responses": {
                op.status.to_string(): {"description": "Success", "content": {"application/json": {"schema": (op.response)(&mut generator)}}},
                "400": {"$ref": "#/components/responses/Error"},
                "401": {"$ref": "#/components/responses/Error"},
                "403": {"$ref": "#/components/responses/Error"},
                "404": {"$ref": "#/components/responses/Error"},
                "409": {"$ref": "#/components/responses/Error"}
            }
        });
        if let Some(body) = op.body {
            operation["requestBody"] =
                json!({"required": true, "content": {"application/json": {"schema": body(&mut generator)}}});
        }
        let entry = paths.entry(op.path.to_owned()).or_insert_with(|| json!({}));
        entry[op.method] = operation;
    }
    let schemas = generator.take_definitions(true);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Gantry admin API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Teams, apps, users, keys, subscriptions and the audit log. Served on the admin listener only; every call needs `Authorization: Bearer <admin token or JWT>`."
        },
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "An OpenAI-shaped error", "content": {"application/json": {"schema": error_schema()}}}}
        }
    })
}
