//! The admin API through HTTP: authentication on every operation, role checks,
//! GitLab CI/CD ID tokens, audit entries and the OpenAPI document.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::idp::TestIdp;
use common::*;
use gantry::secret::hash_hex;
use gantry_mock::MockConfig;
use reqwest::Method;
use serde_json::{Value, json};

const ROOT: &str = "gka-root-admin-token-for-tests";
const GITLAB_AUD: &str = "https://gantry.example";

async fn gateway(idp: &TestIdp) -> Harness {
    let extra = format!(
        r#"auth:
  keys:
    - {{id: harness, team: test, sha256: {harness}}}
  issuers:
    gitlab: {{issuer: "{iss}", audience: ["{GITLAB_AUD}"], min_refresh_ms: 0}}
admin:
  tokens:
    - {{name: root, sha256: {root}, role: org_admin}}
  jwt:
    - issuer: gitlab
      when: {{project_id: "42", ref_protected: "true", environment: production}}
      role: org_admin
"#,
        harness = hash_hex(CLIENT_KEY),
        root = hash_hex(ROOT),
        iss = idp.url,
    );
    Harness::start_custom(MockConfig::default(), &extra).await
}

async fn admin(h: &Harness, token: Option<&str>, method: Method, path: &str, body: Value) -> (u16, Value) {
    let mut req = h.http.request(method, format!("{}{path}", h.admin_url));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    if !body.is_null() {
        req = req.json(&body);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn method(name: &str) -> Method {
    Method::from_bytes(name.to_uppercase().as_bytes()).unwrap()
}

#[tokio::test]
async fn every_operation_refuses_unauthenticated_calls_and_exists() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let operations = gantry::admin::openapi::operations();
    assert!(operations.len() >= 30);
    for op in &operations {
        let path = op.path.replace("{id}", "nothing-here");
        let (status, body) = admin(&h, None, method(op.method), &path, json!({})).await;
        assert_eq!(status, 401, "{} {path} without a token: {body}", op.method);
        let (status, _) = admin(&h, Some("gka-wrong"), method(op.method), &path, json!({})).await;
        assert_eq!(status, 401, "{} {path} with a wrong token", op.method);
        let (status, _) = admin(&h, Some(CLIENT_KEY), method(op.method), &path, json!({})).await;
        assert_eq!(status, 401, "{} {path}: an API key is not an admin token", op.method);
        // With a valid token the route exists (its entity may not).
        let (status, body) = admin(&h, Some(ROOT), method(op.method), &path, json!({})).await;
        assert_ne!(status, 405, "{} {path} is documented but not routed", op.method);
        assert_ne!(
            body["error"]["code"], "unknown_url",
            "{} {path} is documented but not routed",
            op.method
        );
    }
    let (status, _) = admin(&h, None, Method::GET, "/admin/v1/nope", Value::Null).await;
    assert_eq!(status, 401, "unknown admin URLs also need a token");
    // The public listener does not serve the admin API.
    let resp = h
        .http
        .get(format!("{}/admin/v1/teams", h.url))
        .bearer_auth(ROOT)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn roles_limit_every_endpoint_to_their_team_and_apps() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let root = Some(ROOT);
    let post = Method::POST;
    for team in ["ml", "ops"] {
        assert_eq!(
            admin(&h, root, post.clone(), "/admin/v1/teams", json!({"id": team}))
                .await
                .0,
            201
        );
    }
    let mut tokens = std::collections::HashMap::new();
    for (id, role, team) in [
        ("dev", "developer", "ml"),
        ("dev2", "developer", "ml"),
        ("viewer", "viewer", "ml"),
        ("opsadmin", "team_admin", "ops"),
    ] {
        let (s, user) = admin(
            &h,
            root,
            post.clone(),
            "/admin/v1/users",
            json!({"id": id, "role": role, "team": team}),
        )
        .await;
        assert_eq!(s, 201, "{user}");
        tokens.insert(id, user["token"].as_str().unwrap().to_owned());
    }
    let t = |id: &str| Some(tokens[id].clone());
    let (s, _) = admin(
        &h,
        t("dev").as_deref(),
        post.clone(),
        "/admin/v1/apps",
        json!({"id": "bot", "team": "ml"}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, _) = admin(
        &h,
        t("opsadmin").as_deref(),
        post.clone(),
        "/admin/v1/apps",
        json!({"id": "ops-app", "team": "ops"}),
    )
    .await;
    assert_eq!(s, 201);
    let (_, ml_key) = admin(
        &h,
        t("dev").as_deref(),
        post.clone(),
        "/admin/v1/keys",
        json!({"app": "bot"}),
    )
    .await;
    let ml_key = ml_key["id"].as_str().unwrap().to_owned();
    let (_, ops_key) = admin(
        &h,
        t("opsadmin").as_deref(),
        post.clone(),
        "/admin/v1/keys",
        json!({"app": "ops-app"}),
    )
    .await;
    let ops_key = ops_key["id"].as_str().unwrap().to_owned();

    // (who, method, path, body, expected status)
    let checks: Vec<(&str, Method, String, Value, u16)> = vec![
        // A developer cannot touch another team's keys, apps or lists …
        (
            "dev",
            post.clone(),
            format!("/admin/v1/keys/{ops_key}/revoke"),
            Value::Null,
            403,
        ),
        (
            "dev",
            post.clone(),
            format!("/admin/v1/keys/{ops_key}/rotate"),
            Value::Null,
            403,
        ),
        (
            "dev",
            Method::PATCH,
            format!("/admin/v1/keys/{ops_key}"),
            json!({"enabled": false}),
            403,
        ),
        (
            "dev",
            Method::DELETE,
            format!("/admin/v1/keys/{ops_key}"),
            Value::Null,
            403,
        ),
        (
            "dev",
            Method::GET,
            format!("/admin/v1/keys/{ops_key}"),
            Value::Null,
            403,
        ),
        ("dev", Method::GET, "/admin/v1/keys?team=ops".into(), Value::Null, 403),
        (
            "dev",
            post.clone(),
            "/admin/v1/keys".into(),
            json!({"app": "ops-app"}),
            403,
        ),
        ("dev", post.clone(), "/admin/v1/keys".into(), json!({"team": "ml"}), 403),
        ("dev", Method::DELETE, "/admin/v1/apps/ops-app".into(), Value::Null, 403),
        (
            "dev",
            post.clone(),
            "/admin/v1/apps".into(),
            json!({"id": "x", "team": "ops"}),
            403,
        ),
        (
            "dev",
            post.clone(),
            "/admin/v1/teams".into(),
            json!({"id": "mine"}),
            403,
        ),
        (
            "dev",
            Method::PATCH,
            "/admin/v1/teams/ml".into(),
            json!({"description": "x"}),
            403,
        ),
        (
            "dev",
            post.clone(),
            "/admin/v1/users".into(),
            json!({"id": "u", "role": "developer", "team": "ml"}),
            403,
        ),
        ("dev", Method::GET, "/admin/v1/audit".into(), Value::Null, 403),
        ("dev", Method::GET, "/admin/v1/teams/ops".into(), Value::Null, 403),
        (
            "dev",
            post.clone(),
            "/admin/v1/subscriptions".into(),
            json!({"app": "ops-app", "api": "gpt"}),
            403,
        ),
        // … nor a teammate's app; but may read within the team and manage their own.
        (
            "dev2",
            post.clone(),
            format!("/admin/v1/keys/{ml_key}/revoke"),
            Value::Null,
            403,
        ),
        (
            "dev2",
            Method::PATCH,
            "/admin/v1/apps/bot".into(),
            json!({"description": "x"}),
            403,
        ),
        (
            "dev2",
            Method::GET,
            format!("/admin/v1/keys/{ml_key}"),
            Value::Null,
            200,
        ),
        (
            "dev",
            Method::PATCH,
            "/admin/v1/apps/bot".into(),
            json!({"description": "mine"}),
            200,
        ),
        (
            "dev",
            Method::PATCH,
            "/admin/v1/apps/bot".into(),
            json!({"owner": "dev2"}),
            403,
        ),
        (
            "dev",
            post.clone(),
            format!("/admin/v1/keys/{ml_key}/rotate"),
            Value::Null,
            200,
        ),
        ("dev", Method::GET, "/admin/v1/keys".into(), Value::Null, 200),
        // A viewer reads its team only.
        ("viewer", Method::GET, "/admin/v1/apps".into(), Value::Null, 200),
        (
            "viewer",
            post.clone(),
            "/admin/v1/apps".into(),
            json!({"id": "v", "team": "ml"}),
            403,
        ),
        (
            "viewer",
            Method::PATCH,
            format!("/admin/v1/keys/{ml_key}"),
            json!({"enabled": false}),
            403,
        ),
        (
            "viewer",
            Method::GET,
            "/admin/v1/users?team=ops".into(),
            Value::Null,
            403,
        ),
        // A team admin runs its own team, nothing else, and cannot mint org admins.
        (
            "opsadmin",
            post.clone(),
            format!("/admin/v1/keys/{ml_key}/revoke"),
            Value::Null,
            403,
        ),
        (
            "opsadmin",
            post.clone(),
            "/admin/v1/users".into(),
            json!({"id": "y", "role": "developer", "team": "ml"}),
            403,
        ),
        (
            "opsadmin",
            post.clone(),
            "/admin/v1/users".into(),
            json!({"id": "z", "role": "org_admin"}),
            403,
        ),
        (
            "opsadmin",
            Method::PATCH,
            "/admin/v1/users/dev".into(),
            json!({"disabled": true}),
            403,
        ),
        (
            "opsadmin",
            Method::PATCH,
            "/admin/v1/teams/ml".into(),
            json!({"description": "x"}),
            403,
        ),
        (
            "opsadmin",
            Method::DELETE,
            "/admin/v1/teams/ops".into(),
            Value::Null,
            403,
        ),
        (
            "opsadmin",
            Method::PATCH,
            "/admin/v1/teams/ops".into(),
            json!({"description": "Ops"}),
            200,
        ),
        (
            "opsadmin",
            post.clone(),
            "/admin/v1/users".into(),
            json!({"id": "opsdev", "role": "developer", "team": "ops"}),
            201,
        ),
        (
            "opsadmin",
            post.clone(),
            format!("/admin/v1/keys/{ops_key}/revoke"),
            Value::Null,
            200,
        ),
    ];
    for (who, m, path, body, expected) in checks {
        let (status, answer) = admin(&h, t(who).as_deref(), m.clone(), &path, body).await;
        assert_eq!(status, expected, "{who} {m} {path}: {answer}");
    }
    // Lists are scoped to the caller's team.
    let (_, keys) = admin(&h, t("dev").as_deref(), Method::GET, "/admin/v1/keys", Value::Null).await;
    assert!(keys.as_array().unwrap().iter().all(|k| k["team"] == "ml"));
    let (_, teams) = admin(&h, t("viewer").as_deref(), Method::GET, "/admin/v1/teams", Value::Null).await;
    assert_eq!(teams.as_array().unwrap().len(), 1);

    // Every change is in the audit log with who, what and before/after.
    let (_, log) = admin(
        &h,
        root,
        Method::GET,
        &format!("/admin/v1/audit?entity=key&entity_id={ops_key}"),
        Value::Null,
    )
    .await;
    let log = log.as_array().unwrap();
    assert_eq!(log[0]["action"], "key.revoke");
    assert_eq!(log[0]["actor"], "user:opsadmin");
    assert!(log[0]["before"]["revoked_at"].is_null());
    assert!(log[0]["after"]["revoked_at"].is_i64());
    assert_eq!(log[1]["action"], "key.create");
    let (_, all) = admin(&h, root, Method::GET, "/admin/v1/audit?limit=1000", Value::Null).await;
    let text = all.to_string();
    for token in tokens.values() {
        assert!(!text.contains(token.as_str()), "admin tokens never reach the audit log");
    }
    let refused = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor"] == "user:dev2")
        .count();
    assert_eq!(refused, 0, "refused calls change nothing");
}

#[tokio::test]
async fn gitlab_ci_id_tokens_manage_the_gateway_by_claims() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let ci = |extra: Value| {
        let mut claims = json!({
            "namespace_path": "platform", "project_path": "platform/gateway-config",
            "ref": "main", "ref_type": "branch", "ref_protected": "true",
            "environment": "production", "environment_protected": "true", "project_id": "42",
            "sub": "project_path:platform/gateway-config:ref_type:branch:ref:main"
        });
        for (k, v) in extra.as_object().unwrap() {
            claims[k] = v.clone();
        }
        idp.token(GITLAB_AUD, claims)
    };
    let good = ci(json!({}));
    let (status, me) = admin(&h, Some(&good), Method::GET, "/admin/v1/whoami", Value::Null).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["role"], "org_admin");
    let (status, _) = admin(
        &h,
        Some(&good),
        Method::POST,
        "/admin/v1/teams",
        json!({"id": "from-ci"}),
    )
    .await;
    assert_eq!(status, 201);
    let (_, log) = admin(
        &h,
        Some(ROOT),
        Method::GET,
        "/admin/v1/audit?entity_id=from-ci",
        Value::Null,
    )
    .await;
    assert_eq!(
        log[0]["actor"],
        "jwt:gitlab:project_path:platform/gateway-config:ref_type:branch:ref:main"
    );

    for (extra, why) in [
        (
            json!({"ref_protected": "false", "ref": "feature"}),
            "an unprotected branch",
        ),
        (json!({"project_id": "43"}), "another project"),
        (json!({"environment": "staging"}), "another environment"),
    ] {
        let (status, body) = admin(&h, Some(&ci(extra)), Method::GET, "/admin/v1/whoami", Value::Null).await;
        assert_eq!(status, 403, "{why}: {body}");
    }
    let wrong_audience = idp.token(
        "https://other.example",
        json!({"project_id": "42", "ref_protected": "true", "environment": "production"}),
    );
    let (status, _) = admin(&h, Some(&wrong_audience), Method::GET, "/admin/v1/whoami", Value::Null).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn bad_admin_input_gets_clear_errors() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let resp = h
        .http
        .post(format!("{}/admin/v1/teams", h.admin_url))
        .bearer_auth(ROOT)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_json");
    let (s, body) = admin(&h, Some(ROOT), Method::POST, "/admin/v1/teams", json!({"id": "Bad Id"})).await;
    assert_eq!(s, 400, "{body}");
    assert_eq!(
        admin(&h, Some(ROOT), Method::POST, "/admin/v1/teams", json!({"id": "a"}))
            .await
            .0,
        201
    );
    let (s, body) = admin(&h, Some(ROOT), Method::POST, "/admin/v1/teams", json!({"id": "a"})).await;
    assert_eq!(s, 409);
    assert_eq!(body["error"]["code"], "conflict");
    let (s, _) = admin(&h, Some(ROOT), Method::GET, "/admin/v1/keys/key_missing", Value::Null).await;
    assert_eq!(s, 404);
    let (s, body) = admin(
        &h,
        Some(ROOT),
        Method::POST,
        "/admin/v1/users",
        json!({"id": "u", "role": "developer"}),
    )
    .await;
    assert_eq!(s, 400, "a team role needs a team: {body}");
    assert_eq!(
        admin(
            &h,
            Some(ROOT),
            Method::POST,
            "/admin/v1/apps",
            json!({"id": "app", "team": "a"})
        )
        .await
        .0,
        201
    );
    let (s, body) = admin(
        &h,
        Some(ROOT),
        Method::POST,
        "/admin/v1/subscriptions",
        json!({"app": "app", "api": "no-such-model"}),
    )
    .await;
    assert_eq!(s, 404, "{body}");
}

#[tokio::test]
async fn the_openapi_document_matches_the_committed_copy() {
    let idp = TestIdp::start().await;
    let h = gateway(&idp).await;
    let (status, doc) = admin(&h, Some(ROOT), Method::GET, "/admin/v1/openapi.json", Value::Null).await;
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    let ops: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(ops, gantry::admin::openapi::operations().len());
    assert!(doc["components"]["schemas"]["NewKey"].is_object());
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/admin-openapi.json"))
        .expect("docs/admin-openapi.json: generate it with `gantry openapi > docs/admin-openapi.json`");
    let committed: Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(
        committed, doc,
        "docs/admin-openapi.json is stale: run `gantry openapi > docs/admin-openapi.json`"
    );
}
