//! Who is calling the admin API, and what their role lets them do.

use std::sync::Arc;

use gantry_protocol::ApiError;
use http::HeaderMap;

use crate::auth::{self, jwt};
use crate::config::Snapshot;
use crate::secret;
use crate::store::{App, Role, Store};

/// An authenticated admin caller.
#[derive(Debug, Clone)]
pub struct Actor {
    /// How it appears in the audit log: `user:<id>`, `token:<name>`, `jwt:<issuer>:<sub>`.
    pub name: String,
    pub role: Role,
    pub team: Option<String>,
    /// Set for store users: the id that owns apps.
    pub user: Option<String>,
}

pub fn unauthorized(message: &str) -> ApiError {
    ApiError::new(401, "invalid_request_error", "unauthorized", message)
}

pub fn forbidden(message: impl Into<String>) -> ApiError {
    ApiError::new(403, "permission_error", "forbidden", message)
}

/// Authenticates by static token, store user token, or JWT rule — in that order.
pub async fn authenticate(snapshot: &Snapshot, store: &Store, headers: &HeaderMap) -> Result<Actor, ApiError> {
    let Some(policy) = &snapshot.auth.admin else {
        return Err(unauthorized("the admin API is not configured"));
    };
    let token = auth::credential(headers)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| unauthorized("the admin API needs `Authorization: Bearer <admin token>`"))?;
    if jwt::looks_like_jwt(token) {
        let (issuer, claims) = auth::verify_jwt(&snapshot.auth.issuers, token).await?;
        let rule = policy
            .jwt
            .iter()
            .find(|r| r.issuer == issuer.name && jwt::all_match(&claims, &r.when))
            .ok_or_else(|| forbidden("the token is valid but no admin rule matches its claims"))?;
        let subject = claims.get("sub").and_then(jwt::scalar_text).unwrap_or_default();
        return Ok(Actor {
            name: format!("jwt:{}:{subject}", issuer.name),
            role: rule.role,
            team: rule.team.clone(),
            user: None,
        });
    }
    let digest = secret::digest(token);
    // Compare against every static token in constant time; no early exit on a match.
    let mut found = None;
    for (stored, grant) in &policy.tokens {
        if secret::same(stored, &digest) {
            found = Some(grant);
        }
    }
    if let Some(grant) = found {
        return Ok(Actor {
            name: grant.name.clone(),
            role: grant.role,
            team: grant.team.clone(),
            user: None,
        });
    }
    let user = store
        .user_by_token_hash(&secret::to_hex(&digest))
        .await
        .map_err(|e| ApiError::new(503, "api_error", "store_unavailable", e.to_string()))?
        .ok_or_else(|| unauthorized("the admin token is not valid"))?;
    Ok(Actor {
        name: format!("user:{}", user.id),
        role: user.role,
        team: user.team,
        user: Some(user.id),
    })
}

impl Actor {
    fn is_org_admin(&self) -> bool {
        self.role == Role::OrgAdmin
    }

    fn in_team(&self, team: &str) -> bool {
        self.team.as_deref() == Some(team)
    }

    /// Read anything of a team.
    pub fn can_read(&self, team: &str) -> Result<(), ApiError> {
        if self.is_org_admin() || self.in_team(team) {
            Ok(())
        } else {
            Err(forbidden(format!("{} may not see team `{team}`", self.name)))
        }
    }

    /// Manage a team's apps, keys, users and subscriptions (team admins).
    pub fn can_admin(&self, team: &str) -> Result<(), ApiError> {
        if self.is_org_admin() || (self.role == Role::TeamAdmin && self.in_team(team)) {
            Ok(())
        } else {
            Err(forbidden(format!("{} may not manage team `{team}`", self.name)))
        }
    }

    /// Org-wide operations: teams, the audit log.
    pub fn must_be_org_admin(&self) -> Result<(), ApiError> {
        if self.is_org_admin() {
            Ok(())
        } else {
            Err(forbidden(format!("{} is not an org admin", self.name)))
        }
    }

    /// Create apps in a team: team admins, and developers (who then own them).
    pub fn can_create_app(&self, team: &str) -> Result<(), ApiError> {
        if self.role == Role::Developer && self.in_team(team) {
            return Ok(());
        }
        self.can_admin(team)
    }

    /// Change an app and its keys: team admins, and developers who own the app.
    pub fn can_manage_app(&self, app: &App) -> Result<(), ApiError> {
        let owns = self.role == Role::Developer
            && self.in_team(&app.team)
            && self.user.is_some()
            && app.owner.as_deref() == self.user.as_deref();
        if owns {
            return Ok(());
        }
        self.can_admin(&app.team)
            .map_err(|_| forbidden(format!("{} may not manage app `{}`", self.name, app.id)))
    }

    /// The team a list is restricted to: any for org admins, their own otherwise.
    pub fn list_scope(&self, asked: Option<String>) -> Result<Option<String>, ApiError> {
        if self.is_org_admin() {
            return Ok(asked);
        }
        match (asked, &self.team) {
            (Some(team), Some(mine)) if &team == mine => Ok(Some(team)),
            (None, Some(mine)) => Ok(Some(mine.clone())),
            (Some(team), _) => Err(forbidden(format!("{} may not see team `{team}`", self.name))),
            (None, None) => Err(forbidden(format!("{} has no team", self.name))),
        }
    }
}

/// Who may decide subscriptions to a model: org admins, and team admins of its owner team.
pub fn can_decide(actor: &Actor, snapshot: &Arc<Snapshot>, api: &str) -> Result<(), ApiError> {
    if actor.role == Role::OrgAdmin {
        return Ok(());
    }
    let owner = snapshot.models.get(api).and_then(|m| m.owner_team.clone());
    match owner {
        Some(team) if actor.role == Role::TeamAdmin && actor.team.as_deref() == Some(team.as_str()) => Ok(()),
        _ => Err(forbidden(format!(
            "{} may not decide subscriptions to `{api}` (org admins and admins of its owner team may)",
            actor.name
        ))),
    }
}
