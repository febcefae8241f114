//! Limits and budgets set on teams, apps and keys through the admin API: they
//! apply to calls at once on this node, count each entity separately, can be
//! cleared, are refused when malformed, and developers cannot set them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use gantry::secret::hash_hex;
use gantry_mock::MockConfig;
use reqwest::Method;
use serde_json::{Value, json};

const ROOT: &str = "gka-root-admin-token-for-policies";

async fn gateway() -> Harness {
    let extra = format!(
        "admin:\n  tokens:\n    - {{name: root, sha256: {}, role: org_admin}}\n",
        hash_hex(ROOT)
    );
    Harness::start_custom(MockConfig::default(), &extra).await
}

async fn admin(h: &Harness, token: &str, method: Method, path: &str, body: Value) -> (u16, Value) {
    let mut req = h
        .http
        .request(method, format!("{}{path}", h.admin_url))
        .bearer_auth(token);
    if !body.is_null() {
        req = req.json(&body);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn chat(h: &Harness, key: &str, max_tokens: u64) -> (u16, Value) {
    let resp = h
        .http
        .post(format!("{}/v1/chat/completions", h.url))
        .bearer_auth(key)
        .json(&json!({"model": "gpt", "max_tokens": max_tokens,
                      "messages": [{"role": "user", "content": "hi [[mock:tokens=10]]"}]}))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// A team with an app, and a key for each (returns the secrets and key ids).
async fn tenant(h: &Harness, team: &str) -> [(String, String); 2] {
    assert_eq!(
        admin(h, ROOT, Method::POST, "/admin/v1/teams", json!({"id": team}))
            .await
            .0,
        201
    );
    let app = format!("{team}-app");
    let (status, body) = admin(
        h,
        ROOT,
        Method::POST,
        "/admin/v1/apps",
        json!({"id": app, "team": team}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let mut keys = Vec::new();
    for app in [None, Some(app)] {
        let (status, body) = admin(
            h,
            ROOT,
            Method::POST,
            "/admin/v1/keys",
            json!({"team": team, "app": app}),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        keys.push((
            body["secret"].as_str().unwrap().to_owned(),
            body["id"].as_str().unwrap().to_owned(),
        ));
    }
    [keys[0].clone(), keys[1].clone()]
}

#[tokio::test]
async fn a_key_limit_set_through_the_admin_api_applies_at_once_and_can_be_cleared() {
    let h = gateway().await;
    let [(key, key_id), (other, _)] = tenant(&h, "ml").await;
    let path = format!("/admin/v1/keys/{key_id}/policy");
    assert_eq!(
        admin(&h, ROOT, Method::GET, &path, Value::Null).await.1,
        json!({"limits": [], "budgets": []})
    );
    let policy = json!({"limits": [{"requests": 2, "window": "minute"}]});
    let (status, body) = admin(&h, ROOT, Method::PUT, &path, policy.clone()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        admin(&h, ROOT, Method::GET, &path, Value::Null).await.1["limits"],
        policy["limits"]
    );

    assert_eq!(chat(&h, &key, 5).await.0, 200);
    assert_eq!(chat(&h, &key, 5).await.0, 200);
    let (status, body) = chat(&h, &key, 5).await;
    assert_eq!(status, 429, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("key {key_id} limit 1")),
        "{body}"
    );
    assert_eq!(
        chat(&h, &other, 5).await.0,
        200,
        "another key of the team is not limited"
    );

    // Cleared: the key is free again.
    assert_eq!(admin(&h, ROOT, Method::DELETE, &path, Value::Null).await.0, 200);
    assert_eq!(chat(&h, &key, 5).await.0, 200);
    // Audited.
    let (_, audit) = admin(
        &h,
        ROOT,
        Method::GET,
        &format!("/admin/v1/audit?entity=key&entity_id={key_id}"),
        Value::Null,
    )
    .await;
    assert!(
        audit.as_array().unwrap().iter().any(|e| e["action"] == "policy.set"),
        "{audit}"
    );
}

#[tokio::test]
async fn a_team_budget_counts_every_key_of_the_team_and_an_app_budget_only_its_keys() {
    let h = gateway().await;
    let [(team_key, _), (app_key, _)] = tenant(&h, "research").await;
    let [(outsider, _), _] = tenant(&h, "ops").await;
    // The app may spend 40 tokens; the whole team 100.
    let (status, body) = admin(
        &h,
        ROOT,
        Method::PUT,
        "/admin/v1/apps/research-app/policy",
        json!({"budgets": [{"tokens": 40, "window": "day"}]}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = admin(
        &h,
        ROOT,
        Method::PUT,
        "/admin/v1/teams/research/policy",
        json!({"budgets": [{"tokens": 100, "window": "total"}]}),
    )
    .await;
    assert_eq!(status, 200);

    let mut app_calls = 0;
    let refusal = loop {
        let (status, body) = chat(&h, &app_key, 10).await;
        if status != 200 {
            break body;
        }
        app_calls += 1;
        assert!(app_calls < 10);
    };
    assert!(
        refusal["error"]["message"]
            .as_str()
            .unwrap()
            .contains("app research-app budget 1"),
        "{refusal}"
    );
    // The team's other key goes on until the team budget is used up.
    let mut team_calls = 0;
    let refusal = loop {
        let (status, body) = chat(&h, &team_key, 10).await;
        if status != 200 {
            break body;
        }
        team_calls += 1;
        assert!(team_calls < 20);
    };
    assert!(team_calls >= 1, "the team had room left after the app's budget");
    assert!(
        refusal["error"]["message"]
            .as_str()
            .unwrap()
            .contains("team research budget 1"),
        "{refusal}"
    );
    assert_eq!(chat(&h, &outsider, 10).await.0, 200, "another team is not affected");
}

#[tokio::test]
async fn policies_are_checked_and_only_admins_set_them() {
    let h = gateway().await;
    let [(_, key_id), _] = tenant(&h, "lab").await;
    let path = format!("/admin/v1/keys/{key_id}/policy");
    for bad in [
        json!({"limits": [{"window": "minute"}]}),
        json!({"limits": [{"requests": 0, "window": "minute"}]}),
        json!({"budgets": [{"usd": 5, "window": {"rolling": "5w"}}]}),
        json!({"limits": [], "surprise": true}),
    ] {
        let (status, body) = admin(&h, ROOT, Method::PUT, &path, bad.clone()).await;
        assert_eq!(status, 400, "{bad} → {body}");
    }
    assert_eq!(
        admin(&h, ROOT, Method::PUT, "/admin/v1/keys/none/policy", json!({}))
            .await
            .0,
        404
    );

    // A developer of the team can read the policy but not change it.
    let (status, body) = admin(
        &h,
        ROOT,
        Method::POST,
        "/admin/v1/users",
        json!({"id": "dev", "role": "developer", "team": "lab"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let dev = body["token"].as_str().unwrap().to_owned();
    assert_eq!(admin(&h, &dev, Method::GET, &path, Value::Null).await.0, 200);
    let raise = json!({"limits": [{"requests": 100000, "window": "second"}]});
    assert_eq!(admin(&h, &dev, Method::PUT, &path, raise).await.0, 403);
    assert_eq!(
        admin(&h, &dev, Method::PUT, "/admin/v1/teams/lab/policy", json!({}))
            .await
            .0,
        403
    );
}

#[tokio::test]
async fn a_team_that_must_stay_in_a_region_reaches_only_targets_there() {
    let extra = format!(
        "  eu-gpt:\n    targets: [{{provider: openai, model: gpt-4o-mini, region: eu}}]\n  anywhere-gpt:\n    targets:\n      - {{provider: openai, model: gpt-4o-mini, name: us, region: us}}\n      - {{provider: compat, model: llama3, name: eu, region: eu}}\nadmin:\n  tokens:\n    - {{name: root, sha256: {}, role: org_admin}}\n",
        hash_hex(ROOT)
    );
    let h = Harness::start_custom(MockConfig::default(), &extra).await;
    let [(key, _), _] = tenant(&h, "berlin").await;
    let call = |model: &'static str| {
        let (http, url, key) = (h.http.clone(), h.url.clone(), key.clone());
        async move {
            let resp = http
                .post(format!("{url}/v1/chat/completions"))
                .bearer_auth(key)
                .json(&json!({"model": model, "messages": [{"role": "user", "content": "hi"}]}))
                .send()
                .await
                .unwrap();
            let target = resp
                .headers()
                .get("x-gantry-target")
                .map(|v| v.to_str().unwrap().to_owned());
            (resp.status().as_u16(), target, resp.text().await.unwrap())
        }
    };
    assert_eq!(
        call("anywhere-gpt").await.1.as_deref(),
        Some("us"),
        "no restriction yet"
    );
    let (status, body) = admin(
        &h,
        ROOT,
        Method::PUT,
        "/admin/v1/teams/berlin/policy",
        json!({"regions": ["eu"]}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(call("anywhere-gpt").await.1.as_deref(), Some("eu"));
    assert_eq!(call("eu-gpt").await.0, 200);
    let (status, _, body) = call("gpt").await;
    assert_eq!(status, 403, "the plain model has no eu target: {body}");
    assert!(body.contains("region_unavailable"), "{body}");
}

#[tokio::test]
async fn a_guard_policy_set_on_a_team_applies_to_its_keys_and_a_key_can_opt_out() {
    let extra = format!(
        "admin:\n  tokens:\n    - {{name: root, sha256: {}, role: org_admin}}\nguards:\n  policies:\n    cards:\n      pii: {{entities: {{CREDIT_CARD: block}}}}\n",
        hash_hex(ROOT)
    );
    let h = Harness::start_custom(MockConfig::default(), &extra).await;
    let [(team_key, _), (app_key, app_key_id)] = tenant(&h, "payments").await;
    let card = |key: String| {
        let h = &h;
        async move {
            h.http
                .post(format!("{}/v1/chat/completions", h.url))
                .bearer_auth(key)
                .json(
                    &json!({"model": "gpt", "messages": [{"role": "user", "content": "pay with 4111 1111 1111 1111"}]}),
                )
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(card(team_key.clone()).await, 200, "no guard yet");
    let (status, body) = admin(
        &h,
        ROOT,
        Method::PUT,
        "/admin/v1/teams/payments/policy",
        json!({"guard": "cards"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(card(team_key.clone()).await, 400);
    assert_eq!(
        card(app_key.clone()).await,
        400,
        "the team's guard covers its app's keys"
    );
    let path = format!("/admin/v1/keys/{app_key_id}/policy");
    assert_eq!(
        admin(&h, ROOT, Method::PUT, &path, json!({"guard": "none"})).await.0,
        200
    );
    assert_eq!(card(app_key).await, 200, "the key opted out");
    assert_eq!(card(team_key).await, 400);
    // Only defined policies can be named.
    let (status, body) = admin(&h, ROOT, Method::PUT, &path, json!({"guard": "typo"})).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid_policy");
}
