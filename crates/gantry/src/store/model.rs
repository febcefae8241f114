//! The tenancy model as the admin API and CLI see it: organisation (one per
//! deployment) → teams → apps → keys; users with roles; subscriptions; audit.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a user may do. Team-scoped roles act only within their team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, in every team.
    OrgAdmin,
    /// Everything within one team: apps, keys, users, subscription decisions.
    TeamAdmin,
    /// Their own apps and those apps' keys, within one team.
    Developer,
    /// Read-only, within one team.
    Viewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::OrgAdmin => "org_admin",
            Role::TeamAdmin => "team_admin",
            Role::Developer => "developer",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Some(match text {
            "org_admin" => Role::OrgAdmin,
            "team_admin" => Role::TeamAdmin,
            "developer" => Role::Developer,
            "viewer" => Role::Viewer,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Team {
    pub id: String,
    pub description: String,
    pub metadata: Value,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct App {
    pub id: String,
    pub team: String,
    pub description: String,
    /// The user who owns the app (a developer may manage only apps they own).
    pub owner: Option<String>,
    pub metadata: Value,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct User {
    pub id: String,
    pub role: Role,
    /// The team a team-scoped role acts in; none for org admins.
    pub team: Option<String>,
    pub disabled: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A virtual API key. The secret itself is never stored; `prefix` is what may be shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApiKey {
    pub id: String,
    /// The first characters of the secret, to recognise it in lists.
    pub prefix: String,
    pub name: String,
    pub team: String,
    pub app: Option<String>,
    pub created_by: String,
    /// Public model names or globs (`gpt-4o*`) the key may call; empty means every model.
    pub models: Vec<String>,
    /// Unix milliseconds after which the key is refused.
    pub expires_at: Option<i64>,
    pub enabled: bool,
    pub revoked_at: Option<i64>,
    pub metadata: Value,
    pub tags: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl ApiKey {
    pub fn is_active(&self, now_ms: i64) -> bool {
        self.enabled && self.revoked_at.is_none() && self.expires_at.is_none_or(|t| now_ms < t)
    }
}

/// A stored key with its digest, as the key cache loads it.
#[derive(Debug, Clone)]
pub struct KeyRecord {
    pub key: ApiKey,
    pub hash: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Pending,
    Approved,
    Rejected,
    Revoked,
}

impl SubscriptionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriptionStatus::Pending => "pending",
            SubscriptionStatus::Approved => "approved",
            SubscriptionStatus::Rejected => "rejected",
            SubscriptionStatus::Revoked => "revoked",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "rejected" => Self::Rejected,
            "revoked" => Self::Revoked,
            _ => return None,
        })
    }
}

/// An app's access to a published API (a public model name) that requires a subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Subscription {
    pub id: String,
    pub app: String,
    /// The published API: a public model name.
    pub api: String,
    pub status: SubscriptionStatus,
    pub requested_by: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub reason: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One admin change: who, what, when, and the entity before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AuditEntry {
    pub id: String,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

// ---- inputs -------------------------------------------------------------

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTeam {
    /// A slug: lowercase letters, digits, `-`, `_`, `.`; at most 63 characters.
    pub id: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub metadata: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamPatch {
    pub description: Option<String>,
    pub metadata: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApp {
    /// A slug, unique across the organisation.
    pub id: String,
    pub team: String,
    #[serde(default)]
    pub description: String,
    /// Owner user id; defaults to the caller when the caller is a user.
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub metadata: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppPatch {
    pub description: Option<String>,
    pub owner: Option<String>,
    pub metadata: Option<Value>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    pub id: String,
    pub role: Role,
    #[serde(default)]
    pub team: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UserPatch {
    pub role: Option<Role>,
    pub team: Option<String>,
    pub disabled: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewKey {
    #[serde(default)]
    pub name: String,
    /// Owner team; with `app`, defaults to the app's team.
    #[serde(default)]
    pub team: Option<String>,
    #[serde(default)]
    pub app: Option<String>,
    #[serde(default)]
    pub models: Vec<String>,
    /// Unix milliseconds.
    #[serde(default)]
    pub expires_at: Option<i64>,
    #[serde(default)]
    pub metadata: Option<Value>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyPatch {
    pub name: Option<String>,
    pub models: Option<Vec<String>>,
    pub expires_at: Option<i64>,
    pub enabled: Option<bool>,
    pub metadata: Option<Value>,
    pub tags: Option<Vec<String>>,
}

/// A key with its secret, returned once on create and rotate.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct IssuedKey {
    #[serde(flatten)]
    pub key: ApiKey,
    /// The secret. It is not stored and cannot be shown again.
    pub secret: String,
}

/// A user with a new admin token, returned once on create and rotate.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct IssuedUser {
    #[serde(flatten)]
    pub user: User,
    pub token: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSubscription {
    pub app: String,
    pub api: String,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    #[serde(default)]
    pub reason: String,
}

/// Filters for lists; every field narrows.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct ListFilter {
    pub team: Option<String>,
    pub app: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor: Option<String>,
    /// Unix milliseconds, inclusive.
    pub since: Option<i64>,
    /// Unix milliseconds, exclusive.
    pub until: Option<i64>,
    /// At most this many entries, newest first (default 100, at most 1000).
    pub limit: Option<i64>,
}
