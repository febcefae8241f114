//! Authentication and authorisation of API callers, through HTTP: virtual keys
//! from the store and from config, JWTs from a test issuer, model allow-lists
//! and subscriptions with approval.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::idp::{self, TestIdp};
use common::*;
use gantry::secret::hash_hex;
use gantry_mock::MockConfig;
use jsonwebtoken::Algorithm;
use serde_json::{Value, json};

const ROOT_TOKEN: &str = "gka-root-token-for-tests-only";
const EXPIRED_KEY: &str = "gk-expired-key-for-tests";
const LIMITED_KEY: &str = "gk-claude-only-key-for-tests";
const AUD: &str = "gantry";

/// A gateway with config keys, an admin API, a JWT issuer and a model that needs a subscription.
async fn gateway(idp: &TestIdp) -> Harness {
    let extra = format!(
        r#"  premium:
    subscription: true
    owner_team: platform
    targets: [{{provider: openai, model: gpt-4o}}]
auth:
  cache_refresh_ms: 600000
  keys:
    - {{id: harness, team: test, sha256: {harness}}}
    - {{id: old, team: test, sha256: {expired}, expires_at: 1000}}
    - {{id: limited, team: test, sha256: {limited}, models: ["claude*"]}}
  issuers:
    idp: {{issuer: "{iss}", audience: [{AUD}], jwks_url: "{iss}/jwks", min_refresh_ms: 0}}
  jwt:
    - {{issuer: idp, when: {{groups: ml}}, team: ml, app_claim: app, models: ["gpt", "premium"]}}
admin:
  tokens:
    - {{name: root, sha256: {root}, role: org_admin}}
"#,
        harness = hash_hex(CLIENT_KEY),
        expired = hash_hex(EXPIRED_KEY),
        limited = hash_hex(LIMITED_KEY),
        root = hash_hex(ROOT_TOKEN),
        iss = idp.url,
    );
    Harness::start_custom(MockConfig::default(), &extra).await
}

fn chat_body(model: &str) -> Value {
    json!({"model": model, "messages": [{"role": "user", "content": "hi"}]})
}

async fn call(h: &Harness, auth: Option<(&str, &str)>, model: &str) -> (u16, Value) {
    let mut req = h
        .http
        .post(format!("{}/v1/chat/completions", h.url))
        .json(&chat_body(model));
    if let Some((name, value)) = auth {
        req = req.header(name, value);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn bearer(token: &str) -> Option<(&'static str, String)> {
    Some(("authorization", format!("Bearer {token}")))
}

async fn call_bearer(h: &Harness, token: &str, model: &str) -> (u16, Value) {
    let auth = bearer(token).unwrap();
    call(h, Some((auth.0, &auth.1)), model).await
}

async fn admin(h: &Harness, token: &str, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
    let resp = h
        .http
        .request(method, format!("{}{path}", h.admin_url))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn models_for(h: &Harness, token: &str) -> Vec<String> {
    let body: Value = h
        .http
        .get(format!("{}/v1/models", h.url))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn missing_invalid_and_expired_keys_get_401_without_echoing_the_key() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let (status, body) = call(&h, None, "gpt").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "missing_api_key");

    let wrong = "gk-this-key-does-not-exist-anywhere";
    let (status, body) = call_bearer(&h, wrong, "gpt").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "invalid_api_key");
    assert!(!body.to_string().contains(wrong), "the key is never echoed");

    let (status, body) = call_bearer(&h, EXPIRED_KEY, "gpt").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "expired_api_key");
    assert!(!body.to_string().contains(EXPIRED_KEY));

    let (status, _) = call_bearer(&h, "not-a-key-shape", "gpt").await;
    assert_eq!(status, 401);

    // Anthropic clients get their own error shape.
    let resp = h
        .http
        .post(format!("{}/v1/messages", h.url))
        .header("x-api-key", wrong)
        .json(&json!({"model": "claude", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["type"], "error");
    assert_eq!(body["error"]["type"], "authentication_error");
    assert!(
        h.mock.requests().is_empty(),
        "nothing unauthenticated reached the provider"
    );
}

#[tokio::test]
async fn store_keys_work_by_bearer_and_x_api_key_and_revocation_is_immediate() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let (s, _) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::POST,
        "/admin/v1/teams",
        json!({"id": "ml"}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, issued) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::POST,
        "/admin/v1/keys",
        json!({"team": "ml", "name": "ci", "models": ["gpt*"]}),
    )
    .await;
    assert_eq!(s, 201, "{issued}");
    let secret = issued["secret"].as_str().unwrap().to_owned();
    let id = issued["id"].as_str().unwrap().to_owned();

    assert_eq!(call_bearer(&h, &secret, "gpt").await.0, 200);
    assert_eq!(call(&h, Some(("x-api-key", &secret)), "gpt").await.0, 200);
    assert_eq!(call(&h, Some(("api-key", &secret)), "gpt").await.0, 200);
    // The key's list says what it may call.
    assert_eq!(call_bearer(&h, &secret, "claude").await.0, 403);

    // The GET never shows the secret again.
    let (_, shown) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::GET,
        &format!("/admin/v1/keys/{id}"),
        Value::Null,
    )
    .await;
    assert!(shown.get("secret").is_none());
    assert!(!shown.to_string().contains(&secret));

    // Rotation: the old secret stops at once, the new one works.
    let (s, rotated) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::POST,
        &format!("/admin/v1/keys/{id}/rotate"),
        Value::Null,
    )
    .await;
    assert_eq!(s, 200);
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    assert_eq!(call_bearer(&h, &secret, "gpt").await.0, 401);
    assert_eq!(call_bearer(&h, &new_secret, "gpt").await.0, 200);

    // Disabling and revoking apply to the very next request (the refresh interval is 10 minutes).
    let (s, _) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::PATCH,
        &format!("/admin/v1/keys/{id}"),
        json!({"enabled": false}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(call_bearer(&h, &new_secret, "gpt").await.0, 401);
    let (s, _) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::PATCH,
        &format!("/admin/v1/keys/{id}"),
        json!({"enabled": true}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(call_bearer(&h, &new_secret, "gpt").await.0, 200);
    let (s, revoked) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::POST,
        &format!("/admin/v1/keys/{id}/revoke"),
        Value::Null,
    )
    .await;
    assert_eq!(s, 200);
    assert!(revoked["revoked_at"].is_i64());
    let (status, body) = call_bearer(&h, &new_secret, "gpt").await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "invalid_api_key");
}

#[tokio::test]
async fn keys_created_elsewhere_arrive_within_the_refresh_bound() {
    let idp = TestIdp::start().await;
    let extra = format!(
        "auth:\n  cache_refresh_ms: 100\n  keys:\n    - {{id: harness, team: test, sha256: {}}}\n",
        hash_hex(CLIENT_KEY)
    );
    let h = Harness::start_custom(MockConfig::default(), &extra).await;
    drop(idp);
    // Another node (here: the store directly, as the CLI does) creates and later revokes a key.
    let store = h.app.identity.store.clone();
    store
        .create_team(
            "cli",
            gantry::store::NewTeam {
                id: "ops".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let issued = store
        .create_key(
            "cli",
            gantry::store::NewKey {
                team: Some("ops".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while call_bearer(&h, &issued.secret, "gpt").await.0 != 200 {
        assert!(std::time::Instant::now() < deadline, "the new key never became valid");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    store.revoke_key("cli", &issued.key.id).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    while call_bearer(&h, &issued.secret, "gpt").await.0 != 401 {
        assert!(std::time::Instant::now() < deadline, "the revocation never arrived");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn model_allow_lists_are_enforced_and_filter_the_model_list() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let (status, body) = call_bearer(&h, LIMITED_KEY, "gpt").await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "model_not_allowed");
    assert_eq!(body["error"]["type"], "permission_error");
    assert_eq!(call_bearer(&h, LIMITED_KEY, "claude").await.0, 200);
    let models = models_for(&h, LIMITED_KEY).await;
    assert_eq!(models, ["claude", "claude-badkey"]);
    let all = models_for(&h, CLIENT_KEY).await;
    assert!(all.contains(&"gpt".to_owned()));
    assert!(
        !all.contains(&"premium".to_owned()),
        "a model needing a subscription is hidden without one"
    );
    let resp = h.http.get(format!("{}/v1/models", h.url)).send().await.unwrap();
    assert_eq!(resp.status(), 401);
}

#[tokio::test]
async fn subscription_pending_is_403_then_approved_is_200() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let post = reqwest::Method::POST;
    for team in ["ml", "platform"] {
        assert_eq!(
            admin(&h, ROOT_TOKEN, post.clone(), "/admin/v1/teams", json!({"id": team}))
                .await
                .0,
            201
        );
    }
    let (_, dev) = admin(
        &h,
        ROOT_TOKEN,
        post.clone(),
        "/admin/v1/users",
        json!({"id": "dev", "role": "developer", "team": "ml"}),
    )
    .await;
    let dev_token = dev["token"].as_str().unwrap().to_owned();
    let (_, lead) = admin(
        &h,
        ROOT_TOKEN,
        post.clone(),
        "/admin/v1/users",
        json!({"id": "lead", "role": "team_admin", "team": "platform"}),
    )
    .await;
    let lead_token = lead["token"].as_str().unwrap().to_owned();
    let (_, ml_admin) = admin(
        &h,
        ROOT_TOKEN,
        post.clone(),
        "/admin/v1/users",
        json!({"id": "mladmin", "role": "team_admin", "team": "ml"}),
    )
    .await;
    let ml_admin_token = ml_admin["token"].as_str().unwrap().to_owned();

    // The developer makes an app (owning it) and a key for it.
    let (s, app) = admin(
        &h,
        &dev_token,
        post.clone(),
        "/admin/v1/apps",
        json!({"id": "bot", "team": "ml"}),
    )
    .await;
    assert_eq!(s, 201, "{app}");
    assert_eq!(app["owner"], "dev");
    let (s, key) = admin(&h, &dev_token, post.clone(), "/admin/v1/keys", json!({"app": "bot"})).await;
    assert_eq!(s, 201, "{key}");
    let secret = key["secret"].as_str().unwrap().to_owned();

    let (status, body) = call_bearer(&h, &secret, "premium").await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "subscription_required");
    assert_eq!(
        call_bearer(&h, &secret, "gpt").await.0,
        200,
        "other models need no subscription"
    );

    let (s, sub) = admin(
        &h,
        &dev_token,
        post.clone(),
        "/admin/v1/subscriptions",
        json!({"app": "bot", "api": "premium"}),
    )
    .await;
    assert_eq!(s, 201, "{sub}");
    assert_eq!(sub["status"], "pending");
    let id = sub["id"].as_str().unwrap().to_owned();
    assert_eq!(
        call_bearer(&h, &secret, "premium").await.0,
        403,
        "pending is not approved"
    );

    // Neither the developer nor the admin of another team may decide; the owner team's admin may.
    let approve = format!("/admin/v1/subscriptions/{id}/approve");
    assert_eq!(admin(&h, &dev_token, post.clone(), &approve, json!({})).await.0, 403);
    assert_eq!(
        admin(&h, &ml_admin_token, post.clone(), &approve, json!({})).await.0,
        403
    );
    let (s, decided) = admin(&h, &lead_token, post.clone(), &approve, json!({"reason": "budget ok"})).await;
    assert_eq!(s, 200, "{decided}");
    assert_eq!(decided["decided_by"], "user:lead");

    assert_eq!(call_bearer(&h, &secret, "premium").await.0, 200);
    assert!(models_for(&h, &secret).await.contains(&"premium".to_owned()));

    let (s, _) = admin(
        &h,
        &lead_token,
        post.clone(),
        &format!("/admin/v1/subscriptions/{id}/revoke"),
        json!({}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(call_bearer(&h, &secret, "premium").await.0, 403);

    let (_, log) = admin(
        &h,
        ROOT_TOKEN,
        reqwest::Method::GET,
        "/admin/v1/audit?entity=subscription",
        Value::Null,
    )
    .await;
    let actions: Vec<(&str, &str)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [
            ("subscription.revoke", "user:lead"),
            ("subscription.approve", "user:lead"),
            ("subscription.request", "user:dev")
        ]
    );
}

#[tokio::test]
async fn jwt_callers_are_verified_and_mapped_by_claims() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let good = idp.token(AUD, json!({"groups": ["ml", "eng"], "app": "notebook"}));
    assert_eq!(call_bearer(&h, &good, "gpt").await.0, 200);
    assert_eq!(
        call_bearer(&h, &good, "claude").await.0,
        403,
        "the rule's model list applies"
    );

    let refuse = |token: String, code: &'static str, why: &'static str| (token, code, why);
    let now = idp::now_s();
    let claims = |extra: Value| {
        let mut c = json!({"iss": idp.url, "aud": AUD, "sub": "alice", "exp": now + 3600, "groups": ["ml"]});
        for (k, v) in extra.as_object().unwrap() {
            c[k] = v.clone();
        }
        c
    };
    let cases = [
        refuse(
            idp::sign(
                &claims(json!({"iss": "https://evil.example"})),
                idp::KEY_A,
                Algorithm::RS256,
                "kid-a",
            ),
            "invalid_token",
            "wrong issuer",
        ),
        refuse(
            idp::sign(
                &claims(json!({"aud": "someone-else"})),
                idp::KEY_A,
                Algorithm::RS256,
                "kid-a",
            ),
            "invalid_token",
            "wrong audience",
        ),
        refuse(
            idp::sign(
                &claims(json!({"exp": now - 3600})),
                idp::KEY_A,
                Algorithm::RS256,
                "kid-a",
            ),
            "expired_token",
            "expired",
        ),
        refuse(
            idp::sign(
                &claims(json!({"nbf": now + 3600})),
                idp::KEY_A,
                Algorithm::RS256,
                "kid-a",
            ),
            "invalid_token",
            "not yet valid",
        ),
        refuse(
            idp::sign(&claims(json!({})), idp::KEY_B, Algorithm::RS256, "kid-a"),
            "invalid_token",
            "bad signature",
        ),
        refuse(
            idp::sign(&claims(json!({})), idp::KEY_B, Algorithm::RS256, "kid-unknown"),
            "invalid_token",
            "unknown kid",
        ),
        refuse(
            idp::sign(&claims(json!({})), idp::KEY_C, Algorithm::ES256, "kid-a"),
            "invalid_token",
            "alg does not fit the key",
        ),
    ];
    for (token, code, why) in cases {
        let (status, body) = call_bearer(&h, &token, "gpt").await;
        assert_eq!(status, 401, "{why}: {body}");
        assert_eq!(body["error"]["code"], code, "{why}");
        assert!(!body.to_string().contains(&token), "{why}: the token is never echoed");
    }
    // An ES256 key from the same JWKS works.
    let es = idp::sign(&claims(json!({})), idp::KEY_C, Algorithm::ES256, "kid-c");
    assert_eq!(call_bearer(&h, &es, "gpt").await.0, 200);
    // A token whose claims match no rule is authenticated but not allowed.
    let (status, body) = call_bearer(&h, &idp.token(AUD, json!({"groups": ["sales"]})), "gpt").await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["code"], "no_access_rule");

    // Key rotation at the issuer: an unknown kid makes the gateway fetch the JWKS again.
    let rotated = idp::sign(&claims(json!({})), idp::KEY_B, Algorithm::RS256, "kid-b");
    assert_eq!(call_bearer(&h, &rotated, "gpt").await.0, 401);
    idp.add_key(idp::jwk(idp::KEY_B, Algorithm::RS256, "kid-b"));
    assert_eq!(call_bearer(&h, &rotated, "gpt").await.0, 200);
}
