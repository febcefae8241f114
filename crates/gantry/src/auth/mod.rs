//! Who is calling, and what may they call.
//!
//! [`authenticate`] turns a request's credentials into a [`Caller`]: a virtual
//! API key (looked up in memory by its SHA-256, never a database round trip),
//! a key declared in config, or a JWT from a configured issuer mapped to a
//! team/app by claim rules. [`authorize`] then checks the caller's model
//! allow-list and, for models that require one, its app's subscription.

pub mod cache;
pub mod jwt;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use gantry_protocol::ApiError;
use http::HeaderMap;
use serde_json::Value;

pub use cache::Identity;

use crate::config::ModelRoute;
use crate::secret::{self, Digest32};
use crate::store::{Role, now_ms};

/// The authenticated principal of one API call.
#[derive(Debug, Clone, PartialEq)]
pub struct Caller {
    /// `key:<id>`, `config-key:<id>`, `jwt:<issuer>:<sub>` or `anonymous`.
    pub principal: String,
    pub team: Option<String>,
    pub app: Option<String>,
    pub models: ModelFilter,
}

/// The principal of calls without credentials when `auth.anonymous` is on.
const ANONYMOUS: &str = "anonymous";

impl Caller {
    pub fn anonymous() -> Caller {
        Caller {
            principal: ANONYMOUS.to_owned(),
            team: None,
            app: None,
            models: ModelFilter::default(),
        }
    }

    /// Anonymous development access reaches every model, subscriptions included.
    pub fn is_anonymous(&self) -> bool {
        self.principal == ANONYMOUS
    }
}

/// Public model names or `*`/`?` globs; empty allows every model.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelFilter(Vec<String>);

impl ModelFilter {
    pub fn new(patterns: Vec<String>) -> ModelFilter {
        ModelFilter(patterns)
    }

    pub fn allows(&self, model: &str) -> bool {
        self.0.is_empty() || self.0.iter().any(|p| glob_match(p.as_bytes(), model.as_bytes()))
    }
}

/// `*` matches any run (also empty), `?` one byte; everything else itself.
fn glob_match(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            backtrack = Some((p, t));
            p += 1;
        } else if let Some((star, matched)) = backtrack {
            p = star + 1;
            t = matched + 1;
            backtrack = Some((star, matched + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|b| *b == b'*')
}

/// A key declared in config.
#[derive(Debug)]
pub struct ConfigKeyEntry {
    pub caller: Arc<Caller>,
    pub expires_at: Option<i64>,
}

/// A caller JWT rule, compiled.
#[derive(Debug)]
pub struct CallerRule {
    pub issuer: String,
    pub when: BTreeMap<String, String>,
    pub team: ClaimOrFixed,
    pub app: ClaimOrFixed,
    pub models: ModelFilter,
}

#[derive(Debug, Clone)]
pub enum ClaimOrFixed {
    None,
    Fixed(String),
    Claim(String),
}

impl ClaimOrFixed {
    fn resolve(&self, claims: &Value) -> Option<String> {
        match self {
            ClaimOrFixed::None => None,
            ClaimOrFixed::Fixed(v) => Some(v.clone()),
            ClaimOrFixed::Claim(name) => claims.get(name).and_then(jwt::scalar_text),
        }
    }
}

/// Who may use the admin API besides users in the store.
#[derive(Debug)]
pub struct AdminPolicy {
    pub listen: String,
    pub tokens: Vec<(Digest32, AdminGrant)>,
    pub jwt: Vec<AdminRule>,
}

/// A role granted to a static token or a JWT rule.
#[derive(Debug, Clone)]
pub struct AdminGrant {
    pub name: String,
    pub role: Role,
    pub team: Option<String>,
}

#[derive(Debug)]
pub struct AdminRule {
    pub issuer: String,
    pub when: BTreeMap<String, String>,
    pub role: Role,
    pub team: Option<String>,
}

/// The compiled `auth` and `admin` config.
#[derive(Debug)]
pub struct AuthPolicy {
    pub anonymous: bool,
    pub api_keys: bool,
    pub refresh: Duration,
    pub config_keys: HashMap<Digest32, ConfigKeyEntry>,
    /// By `iss` claim value.
    pub issuers: HashMap<String, Arc<jwt::Issuer>>,
    pub caller_rules: Vec<CallerRule>,
    pub admin: Option<AdminPolicy>,
}

impl Default for AuthPolicy {
    fn default() -> Self {
        AuthPolicy {
            anonymous: false,
            api_keys: true,
            refresh: Duration::from_secs(1),
            config_keys: HashMap::new(),
            issuers: HashMap::new(),
            caller_rules: Vec::new(),
            admin: None,
        }
    }
}

/// The bearer credential of a request: `Authorization: Bearer`, `x-api-key` or `api-key`.
pub fn credential(headers: &HeaderMap) -> Option<&str> {
    if let Some(value) = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        let value = value.trim();
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .unwrap_or(value);
        return Some(token.trim());
    }
    ["x-api-key", "api-key"]
        .iter()
        .find_map(|name| headers.get(*name).and_then(|v| v.to_str().ok()))
        .map(str::trim)
}

fn unauthorized(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(401, "invalid_request_error", code, message)
}

fn forbidden(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(403, "permission_error", code, message)
}

/// Authenticates an API call. Error messages never echo the credential.
pub async fn authenticate(
    policy: &AuthPolicy,
    identity: &Identity,
    headers: &HeaderMap,
) -> Result<Arc<Caller>, ApiError> {
    let Some(token) = credential(headers).filter(|t| !t.is_empty()) else {
        if policy.anonymous {
            return Ok(identity.anonymous.clone());
        }
        return Err(unauthorized(
            "missing_api_key",
            "no API key: send `Authorization: Bearer <key>` or `x-api-key: <key>`",
        ));
    };
    if token.starts_with(secret::KEY_PREFIX) && policy.api_keys {
        return authenticate_key(policy, identity, token);
    }
    if jwt::looks_like_jwt(token) && !policy.issuers.is_empty() {
        return authenticate_jwt(policy, token).await.map(Arc::new);
    }
    Err(unauthorized("invalid_api_key", "the API key is not valid"))
}

fn authenticate_key(policy: &AuthPolicy, identity: &Identity, token: &str) -> Result<Arc<Caller>, ApiError> {
    let digest = secret::digest(token);
    let now = now_ms();
    let expired = || unauthorized("expired_api_key", "the API key has expired");
    if let Some((stored, entry)) = policy.config_keys.get_key_value(&digest)
        && secret::same(stored, &digest)
    {
        if entry.expires_at.is_some_and(|t| now >= t) {
            return Err(expired());
        }
        return Ok(entry.caller.clone());
    }
    match identity.keys.lookup(&digest) {
        Some(entry) if entry.expires_at.is_some_and(|t| now >= t) => Err(expired()),
        Some(entry) => Ok(entry.caller.clone()),
        None => Err(unauthorized(
            "invalid_api_key",
            "the API key is not valid or has been revoked",
        )),
    }
}

async fn authenticate_jwt(policy: &AuthPolicy, token: &str) -> Result<Caller, ApiError> {
    let (issuer, claims) = verify_jwt(&policy.issuers, token).await?;
    let rule = policy
        .caller_rules
        .iter()
        .find(|r| r.issuer == issuer.name && jwt::all_match(&claims, &r.when))
        .ok_or_else(|| {
            forbidden(
                "no_access_rule",
                "the token is valid but no access rule matches its claims",
            )
        })?;
    let team = rule.team.resolve(&claims);
    let app = rule.app.resolve(&claims);
    let subject = claims.get("sub").and_then(jwt::scalar_text).unwrap_or_default();
    Ok(Caller {
        principal: format!("jwt:{}:{subject}", issuer.name),
        team,
        app,
        models: rule.models.clone(),
    })
}

/// Verifies a JWT against the issuer named by its `iss`; returns the issuer and claims.
pub async fn verify_jwt(
    issuers: &HashMap<String, Arc<jwt::Issuer>>,
    token: &str,
) -> Result<(Arc<jwt::Issuer>, Value), ApiError> {
    let peeked = jwt::peek(token).map_err(|e| unauthorized("invalid_token", e.0))?;
    let issuer = issuers
        .get(&peeked.issuer)
        .ok_or_else(|| unauthorized("invalid_token", "token issuer not accepted"))?;
    let claims = issuer
        .verify(token, peeked.kid.as_deref(), peeked.alg)
        .await
        .map_err(|e| {
            let code = if e.0 == "token expired" {
                "expired_token"
            } else {
                "invalid_token"
            };
            unauthorized(code, e.0)
        })?;
    Ok((issuer.clone(), claims))
}

/// May this caller call this model?
pub fn authorize(caller: &Caller, route: &ModelRoute, identity: &Identity) -> Result<(), ApiError> {
    if !caller.models.allows(&route.name) {
        return Err(forbidden(
            "model_not_allowed",
            format!("this API key may not call model `{}`", route.name),
        ));
    }
    if route.subscription && !caller.is_anonymous() {
        let Some(app) = &caller.app else {
            return Err(forbidden(
                "subscription_required",
                format!(
                    "model `{}` requires an app subscription; this key belongs to no app",
                    route.name
                ),
            ));
        };
        if !identity.access.approved(app, &route.name) {
            return Err(forbidden(
                "subscription_required",
                format!("app `{app}` has no approved subscription to model `{}`", route.name),
            ));
        }
    }
    Ok(())
}

/// Whether `/v1/models` should list this model for the caller.
pub fn visible(caller: &Caller, route: &ModelRoute, identity: &Identity) -> bool {
    authorize(caller, route, identity).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_shell_wildcards() {
        let f = ModelFilter::new(vec!["gpt-4o*".into(), "claude-?-haiku".into()]);
        assert!(f.allows("gpt-4o"));
        assert!(f.allows("gpt-4o-mini"));
        assert!(!f.allows("gpt-4"));
        assert!(f.allows("claude-3-haiku"));
        assert!(!f.allows("claude-35-haiku"));
        assert!(ModelFilter::default().allows("anything"));
        assert!(glob_match(b"*a*b*", b"xxaxxbxx"));
        assert!(!glob_match(b"*a*b", b"xxaxxbxx"));
        assert!(glob_match(b"**", b""));
    }

    #[test]
    fn credentials_come_from_the_usual_headers() {
        let mut h = HeaderMap::new();
        assert_eq!(credential(&h), None);
        h.insert("x-api-key", "gk-1".parse().unwrap());
        assert_eq!(credential(&h), Some("gk-1"));
        h.insert("authorization", "Bearer gk-2".parse().unwrap());
        assert_eq!(credential(&h), Some("gk-2"));
    }
}
