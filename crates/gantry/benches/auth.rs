//! Key authentication cost per request, as percentiles (the goal is stated at
//! p99, which criterion does not report). Times `auth::authenticate` — header
//! parsing, SHA-256 of the presented key, the cache lookup and the
//! constant-time check — with 100,000 keys in the cache.
//!
//! Run: `cargo bench -p gantry --bench auth`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::report;

use std::sync::Arc;
use std::time::{Duration, Instant};

use gantry::auth::{self, AuthPolicy, Caller, ConfigKeyEntry, Identity, ModelFilter};
use gantry::secret;
use gantry::store::{ApiKey, Engine, KeyRecord, Store};
use http::HeaderMap;

const KEYS: usize = 100_000;
const ITERATIONS: usize = 1_000_000;

fn record(i: usize, secret_text: &str) -> KeyRecord {
    KeyRecord {
        hash: secret::hash_hex(secret_text),
        key: ApiKey {
            id: format!("key_{i}"),
            prefix: secret::display_prefix(secret_text),
            name: String::new(),
            team: "bench".into(),
            app: Some("app".into()),
            created_by: "bench".into(),
            models: vec!["gpt-4o*".into()],
            expires_at: None,
            enabled: true,
            revoked_at: None,
            metadata: serde_json::json!({}),
            tags: vec![],
            created_at: 0,
            updated_at: 0,
        },
    }
}

async fn measure(policy: &AuthPolicy, identity: &Identity, headers: &HeaderMap, expect_ok: bool) -> Vec<Duration> {
    let mut samples = Vec::with_capacity(ITERATIONS);
    for _ in 0..ITERATIONS {
        let start = Instant::now();
        let result = auth::authenticate(policy, identity, headers).await;
        let elapsed = start.elapsed();
        assert_eq!(result.is_ok(), expect_ok);
        std::hint::black_box(result.ok());
        samples.push(elapsed);
    }
    samples
}

fn bearer(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("authorization", format!("Bearer {token}").parse().unwrap());
    headers.insert("content-type", "application/json".parse().unwrap());
    headers
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = Store::open("sqlite::memory:", Engine::Sqlite).await.unwrap();
        let identity = Identity::load(Arc::new(store)).await.unwrap();
        let secrets: Vec<String> = (0..KEYS)
            .map(|_| secret::generate(secret::KEY_PREFIX).unwrap())
            .collect();
        let records: Vec<KeyRecord> = secrets.iter().enumerate().map(|(i, s)| record(i, s)).collect();
        identity.keys.apply(&records);
        assert_eq!(identity.keys.len(), KEYS);

        let mut policy = AuthPolicy::default();
        let config_key = "gk-bench-config-key";
        policy.config_keys.insert(
            secret::digest(config_key),
            ConfigKeyEntry {
                caller: Arc::new(Caller {
                    principal: "config-key:bench".into(),
                    team: Some("bench".into()),
                    app: None,
                    models: ModelFilter::default(),
                }),
                expires_at: None,
            },
        );

        println!("auth::authenticate, {ITERATIONS} calls each, {KEYS} store keys cached");
        report(
            "store key (hit)",
            measure(&policy, &identity, &bearer(&secrets[KEYS / 2]), true).await,
        );
        report(
            "config key (hit)",
            measure(&policy, &identity, &bearer(config_key), true).await,
        );
        report(
            "unknown key (401)",
            measure(
                &policy,
                &identity,
                &bearer("gk-not-a-known-key-0000000000000000000000000"),
                false,
            )
            .await,
        );
        let mut x_api_key = HeaderMap::new();
        x_api_key.insert("x-api-key", secrets[7].parse().unwrap());
        report(
            "store key via x-api-key",
            measure(&policy, &identity, &x_api_key, true).await,
        );
    });
}
