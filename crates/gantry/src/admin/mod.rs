//! The admin API, served on its own listener (`admin.listen`), never on the
//! public one. Every call is authenticated (static admin tokens, store users'
//! tokens, or JWTs such as GitLab CI/CD ID tokens matched by claims) and
//! checked against the caller's role; every change is written to the audit log
//! by the store, in the same transaction. `openapi.rs` describes each route.

mod access;
pub mod openapi;

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRequestParts, Path, Query};
use axum::response::Response;
use axum::routing::{get, post};
use bytes::Bytes;
use gantry_protocol::ApiError;
use http::StatusCode;
use http::request::Parts;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use access::Actor;

use crate::config::Snapshot;
use crate::pipeline::{ClientWire, error_response, json_response};
use crate::server::App;
use crate::store::policy::{Policy, PolicyEntity};
use crate::store::usage::UsageQuery;
use crate::store::{
    AppPatch, AuditFilter, Decision, KeyPatch, ListFilter, NewApp, NewKey, NewSubscription, NewTeam, NewUser, Role,
    StoreError, SubscriptionStatus, TeamPatch, UserPatch, now_ms,
};

/// An admin error, rendered OpenAI-shaped.
pub struct AdminError(ApiError);

impl From<ApiError> for AdminError {
    fn from(e: ApiError) -> Self {
        AdminError(e)
    }
}

impl From<StoreError> for AdminError {
    fn from(e: StoreError) -> Self {
        AdminError(match e {
            StoreError::NotFound(m) => ApiError::new(404, "invalid_request_error", "not_found", m),
            StoreError::Conflict(m) => ApiError::new(409, "invalid_request_error", "conflict", m),
            StoreError::Invalid(m) => ApiError::invalid_request("invalid_request", m),
            StoreError::Backend(m) => {
                tracing::error!(error = %m, "store failure on the admin API");
                ApiError::new(
                    503,
                    "api_error",
                    "store_unavailable",
                    "the store is unavailable; try again",
                )
            }
        })
    }
}

type Reply = Result<(StatusCode, serde_json::Value), AdminError>;

fn ok<T: Serialize>(status: StatusCode, value: T) -> Reply {
    Ok((status, serde_json::to_value(value).unwrap_or_default()))
}

fn finish(reply: Reply) -> Response {
    match reply {
        Ok((status, value)) => json_response(status, value.to_string()),
        Err(AdminError(e)) => error_response(&e, ClientWire::OpenAi),
    }
}

fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, AdminError> {
    let body: &[u8] = if body.is_empty() { b"{}" } else { body };
    serde_json::from_slice(body).map_err(|e| {
        AdminError(ApiError::invalid_request(
            "invalid_json",
            format!("invalid request body: {e}"),
        ))
    })
}

/// The authenticated caller of one admin request, with the config it saw.
pub struct Ctx {
    pub actor: Actor,
    pub snapshot: Arc<Snapshot>,
    app: Arc<App>,
    started_ms: i64,
}

impl FromRequestParts<Arc<App>> for Ctx {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, Response> {
        let snapshot = app.config.load_full();
        let started_ms = now_ms();
        match access::authenticate(&snapshot, &app.identity.store, &parts.headers).await {
            Ok(actor) => Ok(Ctx {
                actor,
                snapshot,
                app: app.clone(),
                started_ms,
            }),
            Err(e) => Err(error_response(&e, ClientWire::OpenAi)),
        }
    }
}

impl Ctx {
    fn store(&self) -> &crate::store::Store {
        &self.app.identity.store
    }

    /// Makes a change visible to this node's request path at once.
    async fn apply_changes(&self) {
        if let Err(e) = self.app.identity.reload_since(self.started_ms - 1).await {
            tracing::warn!(error = %e, "cannot refresh the key cache after an admin change");
        }
    }
}

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/admin/v1/whoami", get(whoami))
        .route("/admin/v1/openapi.json", get(openapi_json))
        .route("/admin/v1/teams", get(list_teams).post(create_team))
        .route(
            "/admin/v1/teams/{id}",
            get(get_team).patch(update_team).delete(delete_team),
        )
        .route("/admin/v1/apps", get(list_apps).post(create_app))
        .route("/admin/v1/apps/{id}", get(get_app).patch(update_app).delete(delete_app))
        .route("/admin/v1/users", get(list_users).post(create_user))
        .route(
            "/admin/v1/users/{id}",
            get(get_user).patch(update_user).delete(delete_user),
        )
        .route("/admin/v1/users/{id}/rotate-token", post(rotate_user_token))
        .route("/admin/v1/keys", get(list_keys).post(create_key))
        .route("/admin/v1/keys/{id}", get(get_key).patch(update_key).delete(revoke_key))
        .route("/admin/v1/keys/{id}/rotate", post(rotate_key))
        .route("/admin/v1/keys/{id}/revoke", post(revoke_key))
        .route(
            "/admin/v1/subscriptions",
            get(list_subscriptions).post(request_subscription),
        )
        .route("/admin/v1/subscriptions/{id}", get(get_subscription))
        .route("/admin/v1/subscriptions/{id}/approve", post(approve))
        .route("/admin/v1/subscriptions/{id}/reject", post(reject))
        .route("/admin/v1/subscriptions/{id}/revoke", post(revoke_subscription))
        .route(
            "/admin/v1/teams/{id}/policy",
            get(|ctx, id| get_policy(ctx, PolicyEntity::Team, id))
                .put(|ctx, id, body| put_policy(ctx, PolicyEntity::Team, id, body))
                .delete(|ctx, id| put_policy(ctx, PolicyEntity::Team, id, Bytes::new())),
        )
        .route(
            "/admin/v1/apps/{id}/policy",
            get(|ctx, id| get_policy(ctx, PolicyEntity::App, id))
                .put(|ctx, id, body| put_policy(ctx, PolicyEntity::App, id, body))
                .delete(|ctx, id| put_policy(ctx, PolicyEntity::App, id, Bytes::new())),
        )
        .route(
            "/admin/v1/keys/{id}/policy",
            get(|ctx, id| get_policy(ctx, PolicyEntity::Key, id))
                .put(|ctx, id, body| put_policy(ctx, PolicyEntity::Key, id, body))
                .delete(|ctx, id| put_policy(ctx, PolicyEntity::Key, id, Bytes::new())),
        )
        .route("/admin/v1/audit", get(audit))
        .route("/admin/v1/usage", get(usage_report))
        .fallback(not_found)
        .with_state(app)
}

/// Serves the admin API until `shutdown` resolves.
pub async fn serve(
    app: Arc<App>,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    crate::server::serve_router(router(app), listener, shutdown).await
}

async fn not_found(_ctx: Ctx, req: axum::extract::Request) -> Response {
    let error = ApiError::new(
        404,
        "invalid_request_error",
        "unknown_url",
        format!("unknown admin URL: {} {}", req.method(), req.uri().path()),
    );
    error_response(&error, ClientWire::OpenAi)
}

async fn whoami(ctx: Ctx) -> Response {
    finish(ok(
        StatusCode::OK,
        serde_json::json!({
            "name": ctx.actor.name,
            "role": ctx.actor.role,
            "team": ctx.actor.team,
        }),
    ))
}

async fn openapi_json(_ctx: Ctx) -> Response {
    json_response(StatusCode::OK, openapi::document().to_string())
}

// ---- teams --------------------------------------------------------------

async fn list_teams(ctx: Ctx) -> Response {
    finish(
        async {
            let teams = ctx.store().teams().await?;
            let visible: Vec<_> = teams
                .into_iter()
                .filter(|t| ctx.actor.can_read(&t.id).is_ok())
                .collect();
            ok(StatusCode::OK, visible)
        }
        .await,
    )
}

async fn create_team(ctx: Ctx, body: Bytes) -> Response {
    finish(
        async {
            ctx.actor.must_be_org_admin()?;
            let team = ctx
                .store()
                .create_team(&ctx.actor.name, parse::<NewTeam>(&body)?)
                .await?;
            ok(StatusCode::CREATED, team)
        }
        .await,
    )
}

async fn get_team(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            ctx.actor.can_read(&id)?;
            ok(StatusCode::OK, ctx.store().team(&id).await?)
        }
        .await,
    )
}

async fn update_team(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    finish(
        async {
            ctx.actor.can_admin(&id)?;
            let team = ctx
                .store()
                .update_team(&ctx.actor.name, &id, parse::<TeamPatch>(&body)?)
                .await?;
            ok(StatusCode::OK, team)
        }
        .await,
    )
}

async fn delete_team(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            ctx.actor.must_be_org_admin()?;
            ctx.store().delete_team(&ctx.actor.name, &id).await?;
            ctx.apply_changes().await;
            ok(StatusCode::OK, serde_json::json!({"deleted": id}))
        }
        .await,
    )
}

// ---- policies (limits and budgets on a team, app or key) ------------------

/// The team that owns a team, app or key.
async fn owning_team(ctx: &Ctx, entity: PolicyEntity, id: &str) -> Result<String, AdminError> {
    Ok(match entity {
        PolicyEntity::Team => ctx.store().team(id).await?.id,
        PolicyEntity::App => ctx.store().app(id).await?.team,
        PolicyEntity::Key => ctx.store().key(id).await?.team,
    })
}

async fn get_policy(ctx: Ctx, entity: PolicyEntity, Path(id): Path<String>) -> Response {
    finish(
        async {
            ctx.actor.can_read(&owning_team(&ctx, entity, &id).await?)?;
            ok(StatusCode::OK, ctx.store().policy(entity, &id).await?)
        }
        .await,
    )
}

/// Sets a policy (an empty body, or DELETE, clears it). A team's limits are
/// the org admin's to set; an app's or key's, its team admin's: developers
/// cannot raise their own.
async fn put_policy(ctx: Ctx, entity: PolicyEntity, Path(id): Path<String>, body: Bytes) -> Response {
    finish(
        async {
            let team = owning_team(&ctx, entity, &id).await?;
            match entity {
                PolicyEntity::Team => ctx.actor.must_be_org_admin()?,
                PolicyEntity::App | PolicyEntity::Key => ctx.actor.can_admin(&team)?,
            }
            let policy: Policy = parse(&body)?;
            crate::policies::compile(entity, &id, &policy)
                .map_err(|e| AdminError(ApiError::invalid_request("invalid_policy", e)))?;
            if let Some(guard) = &policy.guard
                && !ctx.snapshot.guards.contains(guard)
            {
                return Err(AdminError(ApiError::invalid_request(
                    "invalid_policy",
                    format!("guard `{guard}` is not a policy under the config's guards.policies (or `none`)"),
                )));
            }
            let record = ctx.store().set_policy(&ctx.actor.name, entity, &id, policy).await?;
            ctx.apply_changes().await;
            ok(StatusCode::OK, record.policy)
        }
        .await,
    )
}

// ---- apps ---------------------------------------------------------------

async fn list_apps(ctx: Ctx, Query(filter): Query<ListFilter>) -> Response {
    finish(
        async {
            let team = ctx.actor.list_scope(filter.team)?;
            ok(StatusCode::OK, ctx.store().apps(team.as_deref()).await?)
        }
        .await,
    )
}

async fn create_app(ctx: Ctx, body: Bytes) -> Response {
    finish(
        async {
            let mut new: NewApp = parse(&body)?;
            ctx.actor.can_create_app(&new.team)?;
            if ctx.actor.role == Role::Developer {
                // A developer's apps are theirs.
                new.owner = ctx.actor.user.clone();
            } else if new.owner.is_none() {
                new.owner = ctx.actor.user.clone();
            }
            ok(StatusCode::CREATED, ctx.store().create_app(&ctx.actor.name, new).await?)
        }
        .await,
    )
}

async fn get_app(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let app = ctx.store().app(&id).await?;
            ctx.actor.can_read(&app.team)?;
            ok(StatusCode::OK, app)
        }
        .await,
    )
}

async fn update_app(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    finish(
        async {
            let app = ctx.store().app(&id).await?;
            ctx.actor.can_manage_app(&app)?;
            let patch: AppPatch = parse(&body)?;
            if patch.owner.is_some() {
                ctx.actor.can_admin(&app.team)?;
            }
            ok(
                StatusCode::OK,
                ctx.store().update_app(&ctx.actor.name, &id, patch).await?,
            )
        }
        .await,
    )
}

async fn delete_app(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let app = ctx.store().app(&id).await?;
            ctx.actor.can_manage_app(&app)?;
            ctx.store().delete_app(&ctx.actor.name, &id).await?;
            ctx.apply_changes().await;
            ok(StatusCode::OK, serde_json::json!({"deleted": id}))
        }
        .await,
    )
}

// ---- users --------------------------------------------------------------

/// Team admins manage users of their own team, and never grant org_admin.
fn can_manage_user(actor: &Actor, role: Role, team: Option<&str>) -> Result<(), AdminError> {
    if actor.role == Role::OrgAdmin {
        return Ok(());
    }
    match team {
        Some(team) if role != Role::OrgAdmin => Ok(actor.can_admin(team)?),
        _ => Err(access::forbidden(format!("{} may not manage org admins", actor.name)).into()),
    }
}

async fn list_users(ctx: Ctx, Query(filter): Query<ListFilter>) -> Response {
    finish(
        async {
            let team = ctx.actor.list_scope(filter.team)?;
            ok(StatusCode::OK, ctx.store().users(team.as_deref()).await?)
        }
        .await,
    )
}

async fn create_user(ctx: Ctx, body: Bytes) -> Response {
    finish(
        async {
            let new: NewUser = parse(&body)?;
            can_manage_user(&ctx.actor, new.role, new.team.as_deref())?;
            ok(
                StatusCode::CREATED,
                ctx.store().create_user(&ctx.actor.name, new).await?,
            )
        }
        .await,
    )
}

async fn get_user(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let user = ctx.store().user(&id).await?;
            if ctx.actor.user.as_deref() != Some(id.as_str()) {
                match &user.team {
                    Some(team) => ctx.actor.can_read(team)?,
                    None => ctx.actor.must_be_org_admin()?,
                }
            }
            ok(StatusCode::OK, user)
        }
        .await,
    )
}

async fn update_user(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    finish(
        async {
            let user = ctx.store().user(&id).await?;
            let patch: UserPatch = parse(&body)?;
            can_manage_user(&ctx.actor, user.role, user.team.as_deref())?;
            let role = patch.role.unwrap_or(user.role);
            let team = match &patch.team {
                Some(t) if t.is_empty() => None,
                Some(t) => Some(t.as_str()),
                None => user.team.as_deref(),
            };
            can_manage_user(&ctx.actor, role, team)?;
            ok(
                StatusCode::OK,
                ctx.store().update_user(&ctx.actor.name, &id, patch).await?,
            )
        }
        .await,
    )
}

async fn delete_user(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let user = ctx.store().user(&id).await?;
            can_manage_user(&ctx.actor, user.role, user.team.as_deref())?;
            ctx.store().delete_user(&ctx.actor.name, &id).await?;
            ok(StatusCode::OK, serde_json::json!({"deleted": id}))
        }
        .await,
    )
}

async fn rotate_user_token(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let user = ctx.store().user(&id).await?;
            if ctx.actor.user.as_deref() != Some(id.as_str()) {
                can_manage_user(&ctx.actor, user.role, user.team.as_deref())?;
            }
            ok(
                StatusCode::OK,
                ctx.store().rotate_user_token(&ctx.actor.name, &id).await?,
            )
        }
        .await,
    )
}

// ---- keys ---------------------------------------------------------------

/// May the actor change keys owned by `team` / `app`?
async fn can_manage_key(ctx: &Ctx, team: &str, app: Option<&str>) -> Result<(), AdminError> {
    match app {
        Some(app) => Ok(ctx.actor.can_manage_app(&ctx.store().app(app).await?)?),
        None => Ok(ctx.actor.can_admin(team)?),
    }
}

async fn list_keys(ctx: Ctx, Query(mut filter): Query<ListFilter>) -> Response {
    finish(
        async {
            filter.team = ctx.actor.list_scope(filter.team)?;
            ok(StatusCode::OK, ctx.store().keys(&filter).await?)
        }
        .await,
    )
}

async fn create_key(ctx: Ctx, body: Bytes) -> Response {
    finish(
        async {
            let mut new: NewKey = parse(&body)?;
            match &new.app {
                Some(app) => {
                    let app = ctx.store().app(app).await?;
                    ctx.actor.can_manage_app(&app)?;
                    new.team.get_or_insert(app.team);
                }
                None => {
                    let team = new.team.clone().unwrap_or_default();
                    ctx.actor.can_admin(&team)?;
                }
            }
            let issued = ctx.store().create_key(&ctx.actor.name, new).await?;
            ctx.apply_changes().await;
            ok(StatusCode::CREATED, issued)
        }
        .await,
    )
}

async fn get_key(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let key = ctx.store().key(&id).await?;
            ctx.actor.can_read(&key.team)?;
            ok(StatusCode::OK, key)
        }
        .await,
    )
}

async fn update_key(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    finish(
        async {
            let key = ctx.store().key(&id).await?;
            can_manage_key(&ctx, &key.team, key.app.as_deref()).await?;
            let key = ctx
                .store()
                .update_key(&ctx.actor.name, &id, parse::<KeyPatch>(&body)?)
                .await?;
            ctx.apply_changes().await;
            ok(StatusCode::OK, key)
        }
        .await,
    )
}

async fn rotate_key(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let key = ctx.store().key(&id).await?;
            can_manage_key(&ctx, &key.team, key.app.as_deref()).await?;
            let (issued, _old) = ctx.store().rotate_key(&ctx.actor.name, &id).await?;
            ctx.apply_changes().await;
            ok(StatusCode::OK, issued)
        }
        .await,
    )
}

async fn revoke_key(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let key = ctx.store().key(&id).await?;
            can_manage_key(&ctx, &key.team, key.app.as_deref()).await?;
            let revoked = ctx.store().revoke_key(&ctx.actor.name, &id).await?;
            // Drop it from this node's cache now, whatever the refresh cadence.
            ctx.app.identity.keys.apply(std::slice::from_ref(&revoked));
            ok(StatusCode::OK, revoked.key)
        }
        .await,
    )
}

// ---- subscriptions ------------------------------------------------------

async fn list_subscriptions(ctx: Ctx, Query(mut filter): Query<ListFilter>) -> Response {
    finish(
        async {
            filter.team = ctx.actor.list_scope(filter.team)?;
            ok(StatusCode::OK, ctx.store().subscriptions(&filter).await?)
        }
        .await,
    )
}

async fn request_subscription(ctx: Ctx, body: Bytes) -> Response {
    finish(
        async {
            let new: NewSubscription = parse(&body)?;
            let app = ctx.store().app(&new.app).await?;
            ctx.actor.can_manage_app(&app)?;
            if !ctx.snapshot.models.contains_key(&new.api) {
                return Err(StoreError::NotFound(format!("model `{}` is not published", new.api)).into());
            }
            let sub = ctx.store().request_subscription(&ctx.actor.name, new).await?;
            ok(StatusCode::CREATED, sub)
        }
        .await,
    )
}

async fn get_subscription(ctx: Ctx, Path(id): Path<String>) -> Response {
    finish(
        async {
            let sub = ctx.store().subscription(&id).await?;
            let app = ctx.store().app(&sub.app).await?;
            ctx.actor.can_read(&app.team)?;
            ok(StatusCode::OK, sub)
        }
        .await,
    )
}

async fn decide(ctx: Ctx, id: String, body: Bytes, status: SubscriptionStatus) -> Response {
    finish(
        async {
            let decision: Decision = parse(&body)?;
            let sub = ctx.store().subscription(&id).await?;
            access::can_decide(&ctx.actor, &ctx.snapshot, &sub.api)?;
            let sub = ctx
                .store()
                .decide_subscription(&ctx.actor.name, &id, status, &decision.reason)
                .await?;
            ctx.app.identity.access.apply(std::slice::from_ref(&sub));
            ok(StatusCode::OK, sub)
        }
        .await,
    )
}

async fn approve(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    decide(ctx, id, body, SubscriptionStatus::Approved).await
}

async fn reject(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    decide(ctx, id, body, SubscriptionStatus::Rejected).await
}

async fn revoke_subscription(ctx: Ctx, Path(id): Path<String>, body: Bytes) -> Response {
    decide(ctx, id, body, SubscriptionStatus::Revoked).await
}

// ---- usage --------------------------------------------------------------

async fn usage_report(ctx: Ctx, Query(mut query): Query<UsageQuery>) -> Response {
    finish(
        async {
            // Team-scoped roles see their own team's usage only.
            query.team = ctx.actor.list_scope(query.team)?;
            ok(StatusCode::OK, ctx.store().usage_report(&query, now_ms()).await?)
        }
        .await,
    )
}

// ---- audit --------------------------------------------------------------

async fn audit(ctx: Ctx, Query(filter): Query<AuditFilter>) -> Response {
    finish(
        async {
            ctx.actor.must_be_org_admin()?;
            ok(StatusCode::OK, ctx.store().audit_log(&filter).await?)
        }
        .await,
    )
}
