//! Compiles the `store`, `auth` and `admin` sections.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::schema::{AdminConfig, AuthConfig, Located, StoreConfig, default_store_url};
use super::{ConfigError, ModelRoute, err, secrets};
use crate::auth::{
    AdminGrant, AdminPolicy, AdminRule, AuthPolicy, Caller, CallerRule, ClaimOrFixed, ConfigKeyEntry, ModelFilter,
    jwt::Issuer,
};
use crate::secret;
use crate::store::{self, Engine, Role};

type Section<T> = Option<(PathBuf, Located<T>)>;

pub(super) fn compile_store(cfg: Section<StoreConfig>, base: &Path, errors: &mut Vec<ConfigError>) -> (String, Engine) {
    let (file, url) = match cfg {
        Some((file, cfg)) => (file, cfg.value.url),
        None => (PathBuf::new(), default_store_url()),
    };
    let raw = if url.value.contains("${") {
        match secrets::resolve_secret(&url.value) {
            Ok(v) => v,
            Err(message) => {
                err(errors, &file, url.line, url.column, format!("store.url: {message}"));
                return (String::new(), Engine::Sqlite);
            }
        }
    } else {
        url.value.clone()
    };
    match store::resolve_url(&raw, base) {
        Ok(resolved) => resolved,
        Err(e) => {
            err(errors, &file, url.line, url.column, format!("store.url: {e}"));
            (String::new(), Engine::Sqlite)
        }
    }
}

fn role_team_ok(role: Role, team: &Option<String>) -> Result<(), String> {
    match (role, team) {
        (Role::OrgAdmin, Some(_)) => Err("an org_admin is not scoped to a team".into()),
        (Role::OrgAdmin, None) | (_, Some(_)) => Ok(()),
        (_, None) => Err(format!("role {} needs a `team`", role.as_str())),
    }
}

fn claim_or_fixed(fixed: &Option<String>, claim: &Option<String>) -> Result<ClaimOrFixed, String> {
    match (fixed, claim) {
        (Some(_), Some(_)) => Err("set either the value or the claim, not both".into()),
        (Some(v), None) => Ok(ClaimOrFixed::Fixed(v.clone())),
        (None, Some(c)) => Ok(ClaimOrFixed::Claim(c.clone())),
        (None, None) => Ok(ClaimOrFixed::None),
    }
}

pub(super) fn compile(
    auth: Section<AuthConfig>,
    admin: Section<AdminConfig>,
    models: &HashMap<String, Arc<ModelRoute>>,
    errors: &mut Vec<ConfigError>,
) -> AuthPolicy {
    let (auth_file, cfg) = match auth {
        Some((file, cfg)) => (file, cfg.value),
        None => (PathBuf::new(), AuthConfig::default()),
    };
    let mut policy = AuthPolicy {
        anonymous: cfg.anonymous,
        api_keys: cfg.api_keys,
        refresh: Duration::from_millis(cfg.cache_refresh_ms.max(50)),
        ..AuthPolicy::default()
    };
    let mut issuer_names = HashMap::new();
    for (name, def) in &cfg.issuers {
        let issuer = Arc::new(Issuer::new(name, &def.value));
        if def.value.audience.is_empty() {
            err(
                errors,
                &auth_file,
                def.line,
                def.column,
                format!("issuer `{name}`: audience must list at least one value"),
            );
        }
        if policy.issuers.insert(def.value.issuer.clone(), issuer).is_some() {
            err(
                errors,
                &auth_file,
                def.line,
                def.column,
                format!("issuer `{name}`: `{}` is configured twice", def.value.issuer),
            );
        }
        issuer_names.insert(name.clone(), ());
    }
    for key in &cfg.keys {
        let Some(digest) = secret::parse_hex(&key.value.sha256.value) else {
            err(
                errors,
                &auth_file,
                key.value.sha256.line,
                key.value.sha256.column,
                format!("key `{}`: sha256 must be 64 hex characters", key.value.id),
            );
            continue;
        };
        let caller = Caller {
            principal: format!("config-key:{}", key.value.id),
            team: Some(key.value.team.clone()),
            app: key.value.app.clone(),
            models: ModelFilter::new(key.value.models.clone()),
        };
        let entry = ConfigKeyEntry {
            caller: Arc::new(caller),
            expires_at: key.value.expires_at,
        };
        if policy.config_keys.insert(digest, entry).is_some() {
            err(
                errors,
                &auth_file,
                key.line,
                key.column,
                format!("key `{}`: the same secret is declared twice", key.value.id),
            );
        }
    }
    for rule in &cfg.jwt {
        let r = &rule.value;
        if !issuer_names.contains_key(&r.issuer) {
            err(
                errors,
                &auth_file,
                rule.line,
                rule.column,
                format!("auth.jwt: unknown issuer `{}`", r.issuer),
            );
            continue;
        }
        let team = claim_or_fixed(&r.team, &r.team_claim);
        let app = claim_or_fixed(&r.app, &r.app_claim);
        match (team, app) {
            (Ok(team), Ok(app)) => policy.caller_rules.push(CallerRule {
                issuer: r.issuer.clone(),
                when: r.when.clone(),
                team,
                app,
                models: ModelFilter::new(r.models.clone()),
            }),
            (Err(m), _) | (_, Err(m)) => err(errors, &auth_file, rule.line, rule.column, format!("auth.jwt: {m}")),
        }
    }
    for (name, route) in models {
        if route.subscription && route.owner_team.as_deref() == Some("") {
            err(errors, &auth_file, 0, 0, format!("model `{name}`: owner_team is empty"));
        }
    }
    if let Some((file, admin)) = admin {
        policy.admin = Some(compile_admin(&file, admin, &issuer_names, errors));
    }
    policy
}

fn compile_admin(
    file: &Path,
    admin: Located<AdminConfig>,
    issuers: &HashMap<String, ()>,
    errors: &mut Vec<ConfigError>,
) -> AdminPolicy {
    let cfg = admin.value;
    if cfg.listen.parse::<std::net::SocketAddr>().is_err() {
        err(
            errors,
            file,
            admin.line,
            admin.column,
            format!("admin.listen `{}` is not an address like 127.0.0.1:8081", cfg.listen),
        );
    }
    let mut tokens = Vec::new();
    for token in &cfg.tokens {
        let t = &token.value;
        if let Err(m) = role_team_ok(t.role, &t.team) {
            err(
                errors,
                file,
                token.line,
                token.column,
                format!("admin token `{}`: {m}", t.name),
            );
            continue;
        }
        let digest = match (&t.sha256, &t.token) {
            (Some(hex), None) => secret::parse_hex(&hex.value).ok_or("sha256 must be 64 hex characters".to_owned()),
            (None, Some(reference)) => secrets::resolve_secret(&reference.value).map(|v| secret::digest(&v)),
            _ => Err("set exactly one of `sha256` or `token`".to_owned()),
        };
        match digest {
            Ok(digest) => tokens.push((
                digest,
                AdminGrant {
                    name: format!("token:{}", t.name),
                    role: t.role,
                    team: t.team.clone(),
                },
            )),
            Err(m) => err(
                errors,
                file,
                token.line,
                token.column,
                format!("admin token `{}`: {m}", t.name),
            ),
        }
    }
    let mut jwt = Vec::new();
    for rule in &cfg.jwt {
        let r = &rule.value;
        if !issuers.contains_key(&r.issuer) {
            err(
                errors,
                file,
                rule.line,
                rule.column,
                format!(
                    "admin.jwt: unknown issuer `{}` (define it under auth.issuers)",
                    r.issuer
                ),
            );
            continue;
        }
        if let Err(m) = role_team_ok(r.role, &r.team) {
            err(errors, file, rule.line, rule.column, format!("admin.jwt: {m}"));
            continue;
        }
        if r.when.is_empty() {
            err(
                errors,
                file,
                rule.line,
                rule.column,
                "admin.jwt: `when` must name at least one claim (e.g. project_id), or every token of the issuer would be admin",
            );
            continue;
        }
        jwt.push(AdminRule {
            issuer: r.issuer.clone(),
            when: r.when.clone(),
            role: r.role,
            team: r.team.clone(),
        });
    }
    AdminPolicy {
        listen: cfg.listen,
        tokens,
        jwt,
    }
}
