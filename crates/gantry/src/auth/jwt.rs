//! JWT bearer tokens from configured OIDC issuers (IdPs, GitLab CI/CD ID tokens).
//!
//! Each issuer's JWKS is fetched on first use and cached; a token signed with
//! an unknown `kid` triggers one refetch (at most once per `min_refresh_ms`,
//! so random kids cannot turn the gateway into a JWKS flooder). Only
//! asymmetric algorithms are accepted, and a token's `alg` must fit its key.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use jsonwebtoken::jwk::{AlgorithmParameters, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::Value;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::config::schema::{IssuerConfig, Timeouts};
use crate::providers::{HttpClient, build_client};

/// Why a token was refused. Messages are safe to show the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError(pub String);

struct SigningKey {
    key: DecodingKey,
    algorithms: Vec<Algorithm>,
}

#[derive(Default)]
struct KeySet {
    keys: HashMap<String, Arc<SigningKey>>,
    fetched_at: Option<Instant>,
}

/// One configured issuer and its cached signing keys.
pub struct Issuer {
    pub name: String,
    pub issuer: String,
    audience: Vec<String>,
    jwks_url: Option<String>,
    leeway_s: u64,
    min_refresh: Duration,
    keys: ArcSwap<KeySet>,
    fetch_lock: Mutex<()>,
    client: HttpClient,
}

impl std::fmt::Debug for Issuer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issuer")
            .field("name", &self.name)
            .field("issuer", &self.issuer)
            .finish()
    }
}

const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_JWKS_BYTES: usize = 1024 * 1024;

impl Issuer {
    pub fn new(name: &str, cfg: &IssuerConfig) -> Issuer {
        let timeouts = Timeouts {
            connect_ms: 3_000,
            first_byte_ms: 5_000,
            total_ms: 5_000,
        };
        Issuer {
            name: name.to_owned(),
            issuer: cfg.issuer.clone(),
            audience: cfg.audience.clone(),
            jwks_url: cfg.jwks_url.clone(),
            leeway_s: cfg.leeway_s,
            min_refresh: Duration::from_millis(cfg.min_refresh_ms),
            keys: ArcSwap::from_pointee(KeySet::default()),
            fetch_lock: Mutex::new(()),
            client: build_client(&timeouts),
        }
    }

    /// Verifies signature, `iss`, `aud`, `exp` and `nbf`; returns the claims.
    pub async fn verify(&self, token: &str, kid: Option<&str>, alg: Algorithm) -> Result<Value, TokenError> {
        let kid = kid.unwrap_or("");
        let key = match self.keys.load().keys.get(kid) {
            Some(key) => key.clone(),
            None => self.refetch_for(kid).await?,
        };
        if !key.algorithms.contains(&alg) {
            return Err(TokenError(format!(
                "token algorithm {alg:?} does not match its signing key"
            )));
        }
        let mut validation = Validation::new(alg);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&self.audience);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.validate_nbf = true;
        validation.leeway = self.leeway_s;
        match jsonwebtoken::decode::<Value>(token, &key.key, &validation) {
            Ok(data) => Ok(data.claims),
            Err(e) => Err(TokenError(describe(e.kind()).to_owned())),
        }
    }

    /// Fetches the JWKS again when `kid` is unknown, unless it was fetched very recently.
    async fn refetch_for(&self, kid: &str) -> Result<Arc<SigningKey>, TokenError> {
        let _guard = self.fetch_lock.lock().await;
        // Another request may have fetched while this one waited.
        let current = self.keys.load_full();
        if let Some(key) = current.keys.get(kid) {
            return Ok(key.clone());
        }
        if current.fetched_at.is_some_and(|t| t.elapsed() < self.min_refresh) {
            return Err(TokenError("token signed with an unknown key (kid)".into()));
        }
        let fetched = self.fetch().await;
        let keys = match fetched {
            Ok(keys) => keys,
            Err(message) => {
                tracing::warn!(issuer = %self.name, error = %message, "cannot fetch JWKS");
                // Keep the old keys; remember the attempt so failures are not retried per request.
                self.keys.store(Arc::new(KeySet {
                    keys: current.keys.clone(),
                    fetched_at: Some(Instant::now()),
                }));
                return Err(TokenError("the token issuer's signing keys are unavailable".into()));
            }
        };
        let found = keys.get(kid).cloned();
        self.keys.store(Arc::new(KeySet {
            keys,
            fetched_at: Some(Instant::now()),
        }));
        found.ok_or_else(|| TokenError("token signed with an unknown key (kid)".into()))
    }

    async fn fetch(&self) -> Result<HashMap<String, Arc<SigningKey>>, String> {
        let url = match &self.jwks_url {
            Some(url) => url.clone(),
            None => {
                let discovery = format!("{}/.well-known/openid-configuration", self.issuer.trim_end_matches('/'));
                let doc: Value = serde_json::from_slice(&self.get(&discovery).await?)
                    .map_err(|e| format!("bad discovery document: {e}"))?;
                doc.get("jwks_uri")
                    .and_then(Value::as_str)
                    .ok_or("the discovery document has no jwks_uri")?
                    .to_owned()
            }
        };
        let set: JwkSet = serde_json::from_slice(&self.get(&url).await?).map_err(|e| format!("bad JWKS: {e}"))?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            let algorithms = match (&jwk.common.key_algorithm, &jwk.algorithm) {
                (_, AlgorithmParameters::OctetKey(_) | AlgorithmParameters::Other(_)) => continue,
                (Some(alg), _) => match Algorithm::try_from(*alg) {
                    Ok(alg) => vec![alg],
                    Err(_) => continue,
                },
                (None, AlgorithmParameters::RSA(_)) => vec![
                    Algorithm::RS256,
                    Algorithm::RS384,
                    Algorithm::RS512,
                    Algorithm::PS256,
                    Algorithm::PS384,
                    Algorithm::PS512,
                ],
                (None, AlgorithmParameters::EllipticCurve(_)) => vec![Algorithm::ES256, Algorithm::ES384],
                (None, AlgorithmParameters::OctetKeyPair(_)) => vec![Algorithm::EdDSA],
                (None, _) => continue,
            };
            if algorithms
                .iter()
                .any(|a| matches!(a, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512))
            {
                continue;
            }
            let Ok(key) = DecodingKey::from_jwk(jwk) else { continue };
            let kid = jwk.common.key_id.clone().unwrap_or_default();
            keys.insert(kid, Arc::new(SigningKey { key, algorithms }));
        }
        Ok(keys)
    }

    async fn get(&self, url: &str) -> Result<Bytes, String> {
        let uri: http::Uri = url.parse().map_err(|e| format!("bad URL {url}: {e}"))?;
        let mut request = http::Request::new(Full::new(Bytes::new()));
        *request.uri_mut() = uri;
        request
            .headers_mut()
            .insert(http::header::ACCEPT, http::HeaderValue::from_static("application/json"));
        let response = tokio::time::timeout(FETCH_TIMEOUT, self.client.request(request))
            .await
            .map_err(|_| format!("GET {url} timed out"))?
            .map_err(|e| format!("GET {url}: {e}"))?;
        if !response.status().is_success() {
            return Err(format!("GET {url}: status {}", response.status()));
        }
        let body = http_body_util::Limited::new(response.into_body(), MAX_JWKS_BYTES);
        let body = tokio::time::timeout(FETCH_TIMEOUT, body.collect())
            .await
            .map_err(|_| format!("GET {url} timed out"))?
            .map_err(|e| format!("GET {url}: {e}"))?;
        Ok(body.to_bytes())
    }
}

fn describe(kind: &jsonwebtoken::errors::ErrorKind) -> &'static str {
    use jsonwebtoken::errors::ErrorKind as K;
    match kind {
        K::ExpiredSignature => "token expired",
        K::ImmatureSignature => "token not valid yet (nbf)",
        K::InvalidIssuer => "token issuer not accepted",
        K::InvalidAudience => "token audience not accepted",
        K::InvalidSignature => "token signature is invalid",
        K::InvalidAlgorithm => "token algorithm not accepted",
        K::MissingRequiredClaim(_) => "token lacks a required claim (exp, iss or aud)",
        _ => "token is malformed",
    }
}

/// The parts of a token needed to pick an issuer, read before verification.
pub struct Unverified {
    pub issuer: String,
    pub kid: Option<String>,
    pub alg: Algorithm,
}

/// Reads header and `iss` without trusting them (verification follows).
pub fn peek(token: &str) -> Result<Unverified, TokenError> {
    let bad = || TokenError("token is malformed".into());
    let header = jsonwebtoken::decode_header(token).map_err(|_| bad())?;
    let claims: Value = jsonwebtoken::dangerous::insecure_decode_claims(token).map_err(|_| bad())?;
    let issuer = claims.get("iss").and_then(Value::as_str).ok_or_else(bad)?.to_owned();
    Ok(Unverified {
        issuer,
        kid: header.kid,
        alg: header.alg,
    })
}

/// Whether a token looks like a JWT (three base64url parts, a JSON header).
pub fn looks_like_jwt(token: &str) -> bool {
    token.starts_with("eyJ") && token.bytes().filter(|b| *b == b'.').count() == 2
}

/// A claim matches when it equals the value (strings, numbers and booleans
/// compare by their text) or is a list holding it.
pub fn claim_matches(claims: &Value, name: &str, expected: &str) -> bool {
    match claims.get(name) {
        Some(Value::Array(items)) => items.iter().any(|v| scalar_text(v).as_deref() == Some(expected)),
        Some(v) => scalar_text(v).as_deref() == Some(expected),
        None => false,
    }
}

pub fn all_match(claims: &Value, when: &BTreeMap<String, String>) -> bool {
    when.iter().all(|(name, value)| claim_matches(claims, name, value))
}

pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn claims_match_by_text_and_list_membership() {
        let claims = json!({"project_id": "42", "ref_protected": "true", "n": 7, "b": true, "groups": ["a", "ml"]});
        assert!(claim_matches(&claims, "project_id", "42"));
        assert!(claim_matches(&claims, "n", "7"));
        assert!(claim_matches(&claims, "b", "true"));
        assert!(claim_matches(&claims, "groups", "ml"));
        assert!(!claim_matches(&claims, "groups", "m"));
        assert!(!claim_matches(&claims, "missing", "x"));
        let when: BTreeMap<String, String> = [
            ("project_id".into(), "42".into()),
            ("ref_protected".into(), "true".into()),
        ]
        .into();
        assert!(all_match(&claims, &when));
        let when: BTreeMap<String, String> = [("project_id".into(), "43".into())].into();
        assert!(!all_match(&claims, &when));
    }

    #[test]
    fn jwt_shape_is_recognised() {
        assert!(looks_like_jwt("eyJhbGciOi.eyJzdWIi.sig"));
        assert!(!looks_like_jwt("gk-abc"));
        assert!(!looks_like_jwt("eyJ.only"));
        assert!(peek("eyJ.x.y").is_err());
    }
}
