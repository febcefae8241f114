//! A test OIDC issuer: serves discovery and a JWKS over real HTTP, and signs
//! tokens with the fixture keys (`tests/fixtures/jwt-*.pem`).

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::get;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

pub const KEY_A: &str = include_str!("../fixtures/jwt-rsa-a.pem");
pub const KEY_B: &str = include_str!("../fixtures/jwt-rsa-b.pem");
pub const KEY_C: &str = include_str!("../fixtures/jwt-ec-c.pem");

pub struct TestIdp {
    /// The issuer (`iss`) and base URL; discovery lives under it.
    pub url: String,
    jwks: Arc<Mutex<JwkSet>>,
}

pub fn encoding_key(pem: &str, alg: Algorithm) -> EncodingKey {
    match alg {
        Algorithm::ES256 => EncodingKey::from_ec_pem(pem.as_bytes()).unwrap(),
        _ => EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap(),
    }
}

pub fn jwk(pem: &str, alg: Algorithm, kid: &str) -> Jwk {
    let mut jwk = Jwk::from_encoding_key(&encoding_key(pem, alg), alg).unwrap();
    jwk.common.key_id = Some(kid.to_owned());
    jwk
}

pub fn now_s() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

impl TestIdp {
    /// Serves a JWKS holding key A (`kid-a`, RS256) and key C (`kid-c`, ES256).
    pub async fn start() -> TestIdp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let jwks = Arc::new(Mutex::new(JwkSet {
            keys: vec![
                jwk(KEY_A, Algorithm::RS256, "kid-a"),
                jwk(KEY_C, Algorithm::ES256, "kid-c"),
            ],
        }));
        let served = jwks.clone();
        let base = url.clone();
        let router = Router::new()
            .route(
                "/jwks",
                get(move || {
                    let set = served.lock().unwrap().clone();
                    async move { axum::Json(serde_json::to_value(set).unwrap()) }
                }),
            )
            .route(
                "/.well-known/openid-configuration",
                get(move || {
                    let doc = json!({"issuer": base, "jwks_uri": format!("{base}/jwks")});
                    async move { axum::Json(doc) }
                }),
            );
        tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        TestIdp { url, jwks }
    }

    pub fn add_key(&self, jwk: Jwk) {
        self.jwks.lock().unwrap().keys.push(jwk);
    }

    /// A token from this issuer for `aud`, valid for an hour, with extra claims.
    pub fn token(&self, aud: &str, extra: Value) -> String {
        let mut claims = json!({"iss": self.url, "aud": aud, "sub": "alice", "exp": now_s() + 3600, "iat": now_s()});
        for (k, v) in extra.as_object().unwrap() {
            claims[k] = v.clone();
        }
        sign(&claims, KEY_A, Algorithm::RS256, "kid-a")
    }
}

pub fn sign(claims: &Value, pem: &str, alg: Algorithm, kid: &str) -> String {
    let mut header = Header::new(alg);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &encoding_key(pem, alg)).unwrap()
}
