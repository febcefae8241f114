//! Cluster mode: replicas share limits through a real Redis, and a Redis
//! outage follows the configured policy without ever hanging a call.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use common::process::Served;
use common::redis_server::{PrivateRedis, shared, unique_prefix};
use common::*;
use gantry_mock::{MockConfig, MockServer};
use serde_json::{Value, json};

async fn call(http: &reqwest::Client, base: &str) -> (u16, Value, Duration) {
    let started = Instant::now();
    let resp = http
        .post(format!("{base}/v1/chat/completions"))
        .bearer_auth(CLIENT_KEY)
        .json(&json!({"model": "gpt", "messages": [{"role": "user", "content": "hi [[mock:tokens=5]]"}]}))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let body = resp.json().await.unwrap_or(Value::Null);
    (status, body, started.elapsed())
}

/// Two `gantry serve` processes on one config (each with its own in-memory
/// store), sharing the Redis in `extra`, in front of one mock.
struct Replicas {
    bases: [String; 2],
    _processes: [Served; 2],
    _mock: MockServer,
}

async fn two_replicas(extra: &str) -> Replicas {
    gantry::providers::install_crypto_provider();
    let mock = MockServer::start(MockConfig {
        api_key: Some(UPSTREAM_KEY.to_owned()),
        ..MockConfig::default()
    })
    .await
    .unwrap();
    let dir = temp_dir("cluster");
    let key_file = dir.join("upstream.key");
    std::fs::write(&key_file, UPSTREAM_KEY).unwrap();
    std::fs::write(dir.join("upstream.key.wrong"), "wrong").unwrap();
    let config = dir.join("gantry.yaml");
    let extra = format!("{extra}store: {{url: \"sqlite::memory:\"}}\n");
    let text = config_text(&mock.url(), &key_file.display().to_string(), &extra)
        .replace("server:\n", "server:\n  log: {format: json, level: info}\n");
    std::fs::write(&config, text).unwrap();
    let a = Served::start(&config, false);
    let b = Served::start(&config, false);
    Replicas {
        bases: [format!("http://{}", a.listen), format!("http://{}", b.listen)],
        _processes: [a, b],
        _mock: mock,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_gateway_processes_enforce_one_limit_through_redis() {
    let Some(url) = shared().await else { return };
    let replicas = two_replicas(&format!(
        "limits:\n  - {{name: shared, per: [key], requests: 20, window: minute, models: [gpt]}}\n  - {{name: team-tokens, per: [team], tokens: 50, window: hour, models: [claude]}}\nredis:\n  url: {url}\n  prefix: \"{}\"\n",
        unique_prefix()
    ))
    .await;
    let bases = &replicas.bases;
    let http = reqwest::Client::new();
    let started = Instant::now();

    // Taking turns: each replica sees only half the calls, yet the limit is one.
    let mut admitted = [0u32; 2];
    for i in 0..10 {
        let (status, body, _) = call(&http, &bases[i % 2]).await;
        assert_eq!(status, 200, "{body}");
        admitted[i % 2] += 1;
    }
    // Then all at once, 60 calls split over both.
    let calls = (0..60).map(|i| {
        let (http, base) = (http.clone(), bases[i % 2].clone());
        tokio::spawn(async move { (i % 2, call(&http, &base).await) })
    });
    for handle in calls {
        let (replica, (status, body, _)) = handle.await.unwrap();
        match status {
            200 => admitted[replica] += 1,
            429 => assert_eq!(body["error"]["code"], "rate_limit_exceeded", "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    // GCRA frees one request every 3 s: allow for the ones the test's own duration earned.
    let earned = (started.elapsed().as_secs() / 3) as u32;
    let total = admitted[0] + admitted[1];
    assert!(
        (20..=20 + earned).contains(&total),
        "admitted {admitted:?} = {total} across both replicas; the limit is 20 (+{earned} refilled)"
    );
    assert!(admitted[0] >= 5 && admitted[1] >= 5, "{admitted:?}");

    // Tokens used through one replica are charged where the other one sees them.
    let claude = |base: String| {
        let http = http.clone();
        async move {
            let resp = http
                .post(format!("{base}/v1/messages"))
                .header("x-api-key", CLIENT_KEY)
                .json(&json!({"model": "claude", "max_tokens": 200, "messages": [{"role": "user", "content": "hi [[mock:tokens=120]]"}]}))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    assert_eq!(claude(bases[0].clone()).await.0, 200);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (status, body) = claude(bases[1].clone()).await;
        if status == 429 {
            assert!(
                body["error"]["message"].as_str().unwrap().contains("`team-tokens`"),
                "{body}"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "replica B never saw A's tokens: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_gateway_processes_share_one_budget_through_redis() {
    let Some(url) = shared().await else { return };
    let replicas = two_replicas(&format!(
        "budgets:\n  - {{name: team-prepaid, per: team, tokens: 300, window: total}}\nredis:\n  url: {url}\n  prefix: \"{}\"\n",
        unique_prefix()
    ))
    .await;
    let http = reqwest::Client::new();
    let ask = |base: String| {
        let http = http.clone();
        async move {
            let resp = http
                .post(format!("{base}/v1/chat/completions"))
                .bearer_auth(CLIENT_KEY)
                .json(&json!({"model": "gpt", "max_tokens": 30, "messages": [{"role": "user", "content": "hi [[mock:tokens=25]]"}]}))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    // 24 calls at once over both replicas: each holds ~32 tokens, so at most 9 fit in 300.
    let calls: Vec<_> = (0..24)
        .map(|i| tokio::spawn(ask(replicas.bases[i % 2].clone())))
        .collect();
    let mut spent = 0;
    let mut admitted = [0; 2];
    for (i, call) in calls.into_iter().enumerate() {
        let (status, body) = call.await.unwrap();
        match status {
            200 => {
                admitted[i % 2] += 1;
                spent += body["usage"]["total_tokens"].as_u64().unwrap();
            }
            429 => assert_eq!(body["error"]["code"], "budget_exceeded", "{body}"),
            other => panic!("{other}: {body}"),
        }
    }
    assert!(
        spent <= 300,
        "both replicas together spent {spent} of 300 ({admitted:?})"
    );
    assert!(admitted[0] + admitted[1] >= 5, "{admitted:?}");
    // Settled spend is shared: calls keep going until the budget is used up, on either replica.
    // (Settlement is sent after the answer, so a hold may outlive its call by a moment:
    // a refusal counts once it repeats after the holds have been released.)
    let mut turn = 0;
    let mut refusals = 0;
    loop {
        let (status, body) = ask(replicas.bases[turn % 2].clone()).await;
        if status == 429 {
            refusals += 1;
            if refusals == 3 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        }
        refusals = 0;
        spent += body["usage"]["total_tokens"].as_u64().unwrap();
        turn += 1;
        assert!(turn < 20);
    }
    assert!(spent <= 300, "{spent}");
    assert!(spent >= 300 - 2 * 32, "the budget was used up, not locked: {spent}");
    assert_eq!(
        ask(replicas.bases[(turn + 1) % 2].clone()).await.0,
        429,
        "the other replica agrees"
    );
}

async fn outage_harness(redis: &PrivateRedis, policy: &str) -> Harness {
    Harness::start_custom(
        MockConfig::default(),
        &format!(
            "limits:\n  - {{name: per-key, per: [key], requests: 5, window: minute}}\nredis:\n  url: {}\n  prefix: \"{}\"\n  timeout_ms: 100\n  retry_after_ms: 300\n  on_failure: {policy}\n",
            redis.url(),
            unique_prefix()
        ),
    )
    .await
}

fn fallbacks(h: &Harness) -> u64 {
    let text = h.app.metrics.render();
    text.lines()
        .find(|l| l.starts_with("gantry_redis_fallbacks_total{feature=\"limits\"}"))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_killed_fail_open_falls_back_to_local_limits_without_hanging() {
    let Some(mut redis) = PrivateRedis::start().await else {
        return;
    };
    redis.ready().await;
    let h = outage_harness(&redis, "open").await;
    for _ in 0..3 {
        assert_eq!(call(&h.http, &h.url).await.0, 200);
    }

    // Frozen: connections hang, so only the timeout protects the call.
    redis.freeze();
    let (status, body, took) = call(&h.http, &h.url).await;
    assert_eq!(status, 200, "{body}");
    assert!(took < Duration::from_secs(1), "a frozen Redis held the call {took:?}");
    redis.thaw();
    redis.kill();

    // Killed: every call is decided locally, quickly, and the local limit still holds.
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let (status, _, took) = call(&h.http, &h.url).await;
        assert!(took < Duration::from_secs(1), "a dead Redis held the call {took:?}");
        statuses.push(status);
    }
    // The local buckets saw one call (the frozen one) before the kill.
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 4, "{statuses:?}");
    assert!(statuses.ends_with(&[429, 429, 429, 429]), "{statuses:?}");
    assert!(fallbacks(&h) >= 5, "fallbacks are counted: {}", fallbacks(&h));

    // Back up (empty): after retry_after_ms, calls use the shared buckets again.
    redis.restart().await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let before = fallbacks(&h);
    let (status, body, _) = call(&h.http, &h.url).await;
    assert_eq!(status, 200, "the fresh Redis bucket admits: {body}");
    assert_eq!(fallbacks(&h), before, "decided by Redis, not locally");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_down_fail_closed_refuses_quickly_with_503() {
    let Some(mut redis) = PrivateRedis::start().await else {
        return;
    };
    redis.ready().await;
    let h = outage_harness(&redis, "closed").await;
    assert_eq!(call(&h.http, &h.url).await.0, 200);
    redis.freeze();
    let (status, body, took) = call(&h.http, &h.url).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "limits_unavailable");
    assert!(took < Duration::from_secs(1), "{took:?}");
    redis.thaw();
    redis.kill();
    for _ in 0..5 {
        let (status, body, took) = call(&h.http, &h.url).await;
        assert_eq!(status, 503, "{body}");
        assert!(took < Duration::from_secs(1), "{took:?}");
    }
    redis.restart().await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let (status, body, _) = call(&h.http, &h.url).await;
    assert_eq!(status, 200, "recovered: {body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn budgets_follow_the_failure_policy_when_redis_dies() {
    let Some(mut redis) = PrivateRedis::start().await else {
        return;
    };
    redis.ready().await;
    let budget = |policy: &str| {
        format!(
            "budgets:\n  - {{name: key-total, per: key, tokens: 100000, window: total}}\nredis:\n  url: {}\n  prefix: \"{}\"\n  timeout_ms: 100\n  on_failure: {policy}\n",
            redis.url(),
            unique_prefix()
        )
    };
    let open = Harness::start_custom(MockConfig::default(), &budget("open")).await;
    let closed = Harness::start_custom(MockConfig::default(), &budget("closed")).await;
    assert_eq!(call(&open.http, &open.url).await.0, 200);
    assert_eq!(call(&closed.http, &closed.url).await.0, 200);
    redis.kill();
    let (status, body, took) = call(&closed.http, &closed.url).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "budgets_unavailable");
    assert!(took < Duration::from_secs(1), "{took:?}");
    let (status, body, took) = call(&open.http, &open.url).await;
    assert_eq!(status, 200, "{body}");
    assert!(took < Duration::from_secs(1), "{took:?}");
    let metrics = open.app.metrics.render();
    assert!(
        metrics.contains("gantry_redis_fallbacks_total{feature=\"budgets\"} 1"),
        "{metrics}"
    );
}
