//! Routing through HTTP, against one gantry-mock per target with injected
//! faults: fallbacks serve the call, nothing falls back after the first
//! streamed byte, breakers open and probe, splits are sticky, and retries keep
//! to `Retry-After` and the deadline.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use gantry::server::App;
use gantry_mock::{MockConfig, MockServer};
use serde_json::json;

struct Routed {
    app: Arc<App>,
    config: std::path::PathBuf,
    url: String,
    mocks: Vec<MockServer>,
    http: reqwest::Client,
}

/// One mock per fault (`""`: healthy), providers `p0…`, and `routing_yaml`
/// (the model entries, which name those providers).
async fn routed(faults: &[&str], models_yaml: &str) -> Routed {
    let configs = faults
        .iter()
        .map(|fault| MockConfig {
            fault: (*fault).to_owned(),
            ..MockConfig::default()
        })
        .collect();
    routed_with(configs, models_yaml).await
}

async fn routed_with(configs: Vec<MockConfig>, models_yaml: &str) -> Routed {
    routed_full(configs, models_yaml, "").await
}

async fn routed_full(configs: Vec<MockConfig>, models_yaml: &str, top_yaml: &str) -> Routed {
    let mut mocks = Vec::new();
    let mut providers = String::new();
    for (i, config) in configs.into_iter().enumerate() {
        let mock = MockServer::start(config).await.unwrap();
        providers.push_str(&format!(
            "  p{i}: {{kind: openai_compatible, base_url: \"{}/v1\", timeouts: {{first_byte_ms: 400, total_ms: 5000}}}}\n",
            mock.url()
        ));
        mocks.push(mock);
    }
    providers.push_str("  refused: {kind: openai_compatible, base_url: \"http://127.0.0.1:9/v1\"}\n");
    let dir = temp_dir("routing");
    let config = dir.join("gantry.yaml");
    std::fs::write(
        &config,
        format!(
            "auth: {{anonymous: true}}\nstore: {{url: \"sqlite::memory:\"}}\n{top_yaml}providers:\n{providers}models:\n{models_yaml}"
        ),
    )
    .unwrap();
    let snapshot = gantry::config::load(&config).unwrap_or_else(|e| panic!("{e:#?}"));
    let app = App::start(snapshot).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(gantry::server::serve(app.clone(), listener, std::future::pending()));
    Routed {
        app,
        config,
        url,
        mocks,
        http: reqwest::Client::new(),
    }
}

struct Answer {
    status: u16,
    target: String,
    attempts: String,
    body: String,
}

async fn ask(r: &Routed, model: &str, stream: bool, headers: &[(&str, &str)]) -> Answer {
    ask_with(
        r,
        json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": "hello there"}]}),
        headers,
    )
    .await
}

async fn ask_with(r: &Routed, body: serde_json::Value, headers: &[(&str, &str)]) -> Answer {
    let mut req = r.http.post(format!("{}/v1/chat/completions", r.url)).json(&body);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let resp = req.send().await.unwrap();
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (status, target, attempts) = (
        resp.status().as_u16(),
        header("x-gantry-target"),
        header("x-gantry-attempts"),
    );
    Answer {
        status,
        target,
        attempts,
        body: resp.text().await.unwrap(),
    }
}

fn two_targets(model: &str, first: &str, routing: &str) -> String {
    format!(
        "  {model}:\n    routing: {routing}\n    targets:\n      - {{provider: {first}, model: m, name: a}}\n      - {{provider: p1, model: m, name: b}}\n"
    )
}

#[tokio::test]
async fn a_failing_first_target_falls_back_for_every_kind_of_failure() {
    let r = routed(
        &["status=500", "", "status=429", "hang", "empty_stream"],
        &[
            two_targets("server-error", "p0", "{}"),
            two_targets("rate-limited", "p2", "{}"),
            two_targets("timeout", "p3", "{}"),
            two_targets("refused", "refused", "{}"),
            two_targets("cut", "p4", "{}"),
        ]
        .concat(),
    )
    .await;
    for (model, stream) in [
        ("server-error", false),
        ("rate-limited", false),
        ("timeout", false),
        ("refused", false),
        ("server-error", true),
        ("cut", true),
    ] {
        let answer = ask(&r, model, stream, &[]).await;
        assert_eq!(answer.status, 200, "{model} (stream {stream}): {}", answer.body);
        assert_eq!(answer.target, "b", "{model}");
        assert_eq!(answer.attempts, "2", "{model}");
        if stream {
            assert!(answer.body.contains("data: [DONE]"), "{model}: {}", answer.body);
            assert!(!answer.body.contains("\"error\""), "{model}: {}", answer.body);
        }
    }
    // The records say which target served, after how many attempts, and why.
    let deadline = Instant::now() + Duration::from_secs(5);
    let records = loop {
        let records = r.app.identity.store.usage_records(0, i64::MAX, 100).await.unwrap();
        if records.len() >= 6 || Instant::now() > deadline {
            break records;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let reasons: Vec<_> = records.iter().filter_map(|r| r.fallback_reason.clone()).collect();
    for reason in ["server_error", "rate_limited", "timeout", "connect", "stream_cut"] {
        assert!(reasons.iter().any(|r| r == reason), "{reason} in {reasons:?}");
    }
    assert!(records.iter().all(|rec| rec.target == "b" && rec.attempts == 2));
    let metrics = r.app.metrics.render();
    assert!(
        metrics.contains("gantry_upstream_attempts_total{model=\"timeout\",target=\"a\",outcome=\"timeout\"} 1"),
        "{metrics}"
    );
}

#[tokio::test]
async fn nothing_falls_back_after_the_first_streamed_byte() {
    let r = routed(&["disconnect_after=3", ""], &two_targets("gpt", "p0", "{}")).await;
    let answer = ask(&r, "gpt", true, &[]).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.target, "a", "the stream had started on the first target");
    assert_eq!(answer.attempts, "1");
    assert!(
        answer.body.contains("\"error\""),
        "a clean error event ends it: {}",
        answer.body
    );
    assert!(!answer.body.contains("data: [DONE]"));
    assert_eq!(r.mocks[1].requests().len(), 0, "the fallback was never called");
}

#[tokio::test]
async fn client_errors_do_not_fall_back() {
    let r = routed(&["status=400", ""], &two_targets("gpt", "p0", "{}")).await;
    let answer = ask(&r, "gpt", false, &[]).await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert_eq!(r.mocks[1].requests().len(), 0);
}

#[tokio::test]
async fn a_breaker_opens_after_failures_and_probes_after_its_cooldown() {
    let r = routed(
        &["status=500", ""],
        &two_targets("gpt", "p0", "{breaker: {failures: 2, cooldown_ms: 400}}"),
    )
    .await;
    for _ in 0..2 {
        let answer = ask(&r, "gpt", false, &[]).await;
        assert_eq!((answer.target.as_str(), answer.attempts.as_str()), ("b", "2"));
    }
    // Open: the failing target is skipped outright.
    for _ in 0..3 {
        let answer = ask(&r, "gpt", false, &[]).await;
        assert_eq!((answer.target.as_str(), answer.attempts.as_str()), ("b", "1"));
    }
    assert_eq!(r.mocks[0].requests().len(), 2);
    // After the cooldown one probe tries it again (and, failing, re-opens it).
    tokio::time::sleep(Duration::from_millis(450)).await;
    let answer = ask(&r, "gpt", false, &[]).await;
    assert_eq!((answer.target.as_str(), answer.attempts.as_str()), ("b", "2"));
    assert_eq!(r.mocks[0].requests().len(), 3);
    let answer = ask(&r, "gpt", false, &[]).await;
    assert_eq!(answer.attempts, "1", "open again after the failed probe");
    let metrics = r.app.metrics.render();
    assert!(
        metrics.contains("gantry_circuit_breaker_transitions_total{model=\"gpt\",target=\"a\",state=\"open\"} 2"),
        "{metrics}"
    );

    // With every target open, the call is refused at once with Retry-After.
    let r = routed(
        &["status=500"],
        "  solo:\n    routing: {breaker: {failures: 1, cooldown_ms: 5000}}\n    targets: [{provider: p0, model: m}]\n",
    )
    .await;
    assert_eq!(ask(&r, "solo", false, &[]).await.status, 502);
    let answer = ask(&r, "solo", false, &[]).await;
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert!(answer.body.contains("no_healthy_target"));
}

#[tokio::test]
async fn a_sticky_split_keeps_each_user_on_one_variant() {
    let r = routed(
        &["", ""],
        "  split:\n    routing: {strategy: weighted, sticky: {header: x-user}}\n    targets:\n      - {provider: p0, model: m, name: stable, weight: 50}\n      - {provider: p1, model: m, name: canary, weight: 50}\n",
    )
    .await;
    let mut seen = std::collections::HashSet::new();
    for user in 0..20 {
        let user = format!("user-{user}");
        let first = ask(&r, "split", false, &[("x-user", &user)]).await.target;
        for _ in 0..3 {
            assert_eq!(
                ask(&r, "split", false, &[("x-user", &user)]).await.target,
                first,
                "{user}"
            );
        }
        seen.insert(first);
    }
    assert_eq!(seen.len(), 2, "20 users land on both variants: {seen:?}");
}

#[tokio::test]
async fn retries_wait_for_retry_after_and_stop_at_the_deadline() {
    let r = routed(
        &["status=429", "hang"],
        "  limited:\n    routing: {retry: {attempts: 1, max_backoff_ms: 5000}, fallback_on: []}\n    targets: [{provider: p0, model: m}]\n  stuck:\n    routing: {retry: {attempts: 5, backoff_ms: 10}, deadline_ms: 1000}\n    targets: [{provider: p1, model: m}]\n",
    )
    .await;
    // The mock says `Retry-After: 1`: the retry waits that second.
    let started = Instant::now();
    let answer = ask(&r, "limited", false, &[]).await;
    assert_eq!(answer.status, 429, "{}", answer.body);
    assert_eq!(answer.attempts, "2");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
    // A target that never answers: retries (400 ms first-byte timeout each) stop at the 1 s deadline.
    let started = Instant::now();
    let answer = ask(&r, "stuck", false, &[]).await;
    assert_eq!(answer.status, 504, "{}", answer.body);
    let took = started.elapsed();
    assert!(took < Duration::from_millis(1500), "the deadline held: {took:?}");
    assert!(answer.attempts.parse::<u32>().unwrap() <= 3, "{}", answer.attempts);
}

#[tokio::test]
async fn residency_holds_on_every_fallback_path() {
    let r = routed(
        &["", "status=500", "hang", ""],
        "  gdpr:\n    routing: {regions: [eu], retry: {attempts: 1, backoff_ms: 1}}\n    targets:\n      - {provider: p0, model: m, name: us, region: us}\n      - {provider: p1, model: m, name: eu-a, region: eu}\n      - {provider: p2, model: m, name: eu-b, region: eu}\n      - {provider: p3, model: m, name: untagged}\n  us-only:\n    routing: {regions: [eu]}\n    targets: [{provider: p0, model: m, region: us}]\n",
    )
    .await;
    for stream in [false, true] {
        let answer = ask(&r, "gdpr", stream, &[]).await;
        assert!(answer.status >= 500, "every eu target fails: {}", answer.body);
        assert_eq!(answer.target, "eu-b");
        assert_eq!(answer.attempts, "4", "two eu targets, each tried twice");
    }
    assert_eq!(r.mocks[0].requests().len(), 0, "the us target never saw a request");
    assert_eq!(r.mocks[3].requests().len(), 0, "nor did the untagged one");
    let answer = ask(&r, "us-only", false, &[]).await;
    assert_eq!(answer.status, 403, "{}", answer.body);
    assert!(answer.body.contains("region_unavailable"));
}

#[tokio::test]
async fn conditions_and_context_windows_pick_the_target() {
    let r = routed(
        &["", "", ""],
        "  routed:\n    routing:\n      rules:\n        - {when: {header: {x-tier: premium}}, targets: [premium]}\n        - {when: {metadata: {project: apollo}, param: {temperature: 0}}, targets: [long, premium]}\n    targets:\n      - {provider: p0, model: m, name: small, price: {input: 1, output: 1, context_window: 1000}}\n      - {provider: p1, model: m, name: long, price: {input: 2, output: 2, context_window: 1000000}}\n      - {provider: p2, model: m, name: premium}\n",
    )
    .await;
    let short = json!({"model": "routed", "messages": [{"role": "user", "content": "hi"}]});
    assert_eq!(ask_with(&r, short.clone(), &[]).await.target, "small");
    assert_eq!(
        ask_with(&r, short.clone(), &[("x-tier", "premium")]).await.target,
        "premium"
    );
    let tagged = json!({"model": "routed", "temperature": 0, "metadata": {"project": "apollo"},
                        "messages": [{"role": "user", "content": "hi"}]});
    assert_eq!(ask_with(&r, tagged, &[]).await.target, "long");
    // ~2,500 estimated tokens do not fit the small target's 1,000-token window.
    let long = json!({"model": "routed", "messages": [{"role": "user", "content": "word ".repeat(2000)}]});
    assert_eq!(ask_with(&r, long, &[]).await.target, "long");
}

#[tokio::test]
async fn lowest_latency_and_lowest_cost_strategies() {
    let slow = MockConfig {
        latency_ms: 150,
        ..MockConfig::default()
    };
    let r = routed_with(
        vec![slow, MockConfig::default(), MockConfig::default()],
        "  fast:\n    routing: {strategy: lowest_latency}\n    targets:\n      - {provider: p0, model: m, name: slow}\n      - {provider: p1, model: m, name: quick}\n  cheap:\n    routing: {strategy: lowest_cost}\n    targets:\n      - {provider: p1, model: m, name: pricey, price: {input: 5, output: 15}}\n      - {provider: p2, model: m, name: bargain, price: {input: 0.1, output: 0.4}}\n      - {provider: p2, model: m, name: unpriced}\n",
    )
    .await;
    // Untried targets go first (to measure them); then the quicker one wins.
    let picks: Vec<String> = {
        let mut picks = Vec::new();
        for _ in 0..4 {
            picks.push(ask(&r, "fast", false, &[]).await.target);
        }
        picks
    };
    assert_eq!(picks[2..], ["quick", "quick"], "{picks:?}");
    assert_eq!(ask(&r, "cheap", false, &[]).await.target, "bargain");
}

/// Three targets, each failing a (seeded) 20 % of calls in its own way; a few
/// seconds of concurrent load; every call must still succeed. `bench/chaos`
/// runs the 30-second version with latency figures.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_three_flaky_targets_give_no_client_errors() {
    let flaky = |fault: &str| MockConfig {
        fault: fault.to_owned(),
        fault_rate: 0.2,
        ..MockConfig::default()
    };
    let r = Arc::new(
        routed_with(
            vec![flaky("status=500"), flaky("status=429"), flaky("hang")],
            "  chaos:\n    routing: {strategy: round_robin, retry: {attempts: 2, backoff_ms: 5, max_backoff_ms: 20}, breaker: {failures: 50}}\n    targets:\n      - {provider: p0, model: m}\n      - {provider: p1, model: m}\n      - {provider: p2, model: m}\n",
        )
        .await,
    );
    let until = Instant::now() + Duration::from_secs(4);
    let workers: Vec<_> = (0..8)
        .map(|i| {
            let r = r.clone();
            tokio::spawn(async move {
                let (mut ok, mut failed) = (0u32, Vec::new());
                while Instant::now() < until {
                    let answer = ask(&r, "chaos", i % 2 == 0, &[]).await;
                    let clean = answer.status == 200 && !answer.body.contains("\"error\"");
                    if clean {
                        ok += 1;
                    } else {
                        failed.push((answer.status, answer.attempts, answer.body));
                    }
                }
                (ok, failed)
            })
        })
        .collect();
    let (mut ok, mut failed) = (0, Vec::new());
    for worker in workers {
        let (o, f) = worker.await.unwrap();
        ok += o;
        failed.extend(f);
    }
    assert!(ok > 100, "only {ok} calls in 4 s");
    assert!(
        failed.is_empty(),
        "{} of {} calls failed: {:?}",
        failed.len(),
        ok as usize + failed.len(),
        &failed[..failed.len().min(3)]
    );
    let metrics = r.app.metrics.render();
    for outcome in ["server_error", "rate_limited", "timeout"] {
        assert!(
            metrics.contains(&format!("outcome=\"{outcome}\"")),
            "the faults happened and were absorbed: {outcome}"
        );
    }
}

#[tokio::test]
async fn an_open_breaker_stays_open_across_a_reload() {
    let r = routed(
        &["status=500", ""],
        &two_targets("gpt", "p0", "{breaker: {failures: 1, cooldown_ms: 60000}}"),
    )
    .await;
    assert_eq!(ask(&r, "gpt", false, &[]).await.attempts, "2");
    assert_eq!(ask(&r, "gpt", false, &[]).await.attempts, "1", "open");
    let text = std::fs::read_to_string(&r.config)
        .unwrap()
        .replace("  gpt:\n", "  gpt:\n    description: reloaded\n");
    std::fs::write(&r.config, text).unwrap();
    assert!(gantry::reload::reload(&r.app, &r.config));
    assert_eq!(
        r.app.config.load().models["gpt"].description.as_deref(),
        Some("reloaded")
    );
    let answer = ask(&r, "gpt", false, &[]).await;
    assert_eq!(
        (answer.target.as_str(), answer.attempts.as_str()),
        ("b", "1"),
        "still open after the reload"
    );
}

#[tokio::test]
async fn a_group_is_one_target_of_its_model_with_its_own_routing() {
    let r = routed(
        &["", "", "", "status=500", "status=500"],
        "  nested:\n    targets:\n      - name: pool\n        routing: {strategy: weighted, sticky: {header: x-user}}\n        targets:\n          - {provider: p0, model: m, name: pool-a}\n          - {provider: p1, model: m, name: pool-b}\n      - {provider: p2, model: m, name: backup}\n  broken-pool:\n    targets:\n      - name: pool\n        routing: {strategy: round_robin}\n        targets:\n          - {provider: p3, model: m, name: bad-a}\n          - {provider: p4, model: m, name: bad-b}\n      - {provider: p2, model: m, name: backup}\n",
    )
    .await;
    // The pool serves, split by user; the backup is its fallback.
    let mut seen = std::collections::HashSet::new();
    for user in 0..12 {
        let user = format!("u{user}");
        let answer = ask(&r, "nested", false, &[("x-user", &user)]).await;
        assert!(answer.target.starts_with("pool-"), "{}", answer.target);
        assert_eq!(
            ask(&r, "nested", false, &[("x-user", &user)]).await.target,
            answer.target
        );
        seen.insert(answer.target);
    }
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(r.mocks[2].requests().len(), 0);
    // When the whole pool fails, the model's next target serves.
    let answer = ask(&r, "broken-pool", false, &[]).await;
    assert_eq!(
        (answer.status, answer.target.as_str(), answer.attempts.as_str()),
        (200, "backup", "3")
    );
}

#[test]
fn groups_are_checked_when_the_config_loads() {
    let dir = temp_dir("routing-config");
    let config = dir.join("gantry.yaml");
    std::fs::write(
        &config,
        "auth: {anonymous: true}\nproviders:\n  p: {kind: openai_compatible, base_url: \"http://127.0.0.1:9/v1\"}\nmodels:\n  a:\n    targets:\n      - targets: [{provider: p, model: m}]\n  b:\n    targets:\n      - {provider: p, model: m, targets: [{provider: p, model: n}], name: x}\n  c:\n    targets:\n      - {name: nothing}\n  d:\n    routing: {sticky: key}\n    targets: [{provider: p, model: m}]\n",
    )
    .unwrap();
    let errors = gantry::config::load(&config).unwrap_err();
    let text = errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
    assert!(text.contains("model `a`: a group needs a `name`"), "{text}");
    assert!(text.contains("model `b`: a target is either a group"), "{text}");
    assert!(
        text.contains("model `c`: a target needs `provider` and `model`"),
        "{text}"
    );
    assert!(
        text.contains("model `d`: routing: `sticky` applies to `strategy: weighted` only"),
        "{text}"
    );
}

#[tokio::test]
async fn health_checks_open_a_dead_targets_breaker_before_any_call_fails() {
    let r = routed(
        &[""],
        "  checked:\n    routing: {health_check: {interval_ms: 50, timeout_ms: 200}, breaker: {failures: 2, cooldown_ms: 60000}}\n    targets:\n      - {provider: refused, model: m, name: dead}\n      - {provider: p0, model: m, name: alive}\n",
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while !r.app.metrics.render().contains("target=\"dead\",state=\"open\"") {
        assert!(
            Instant::now() < deadline,
            "the checks never opened the dead target's breaker"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let answer = ask(&r, "checked", false, &[]).await;
    assert_eq!(
        (answer.status, answer.target.as_str(), answer.attempts.as_str()),
        (200, "alive", "1")
    );
    assert!(!r.app.metrics.render().contains("target=\"alive\",state=\"open\""));
}

#[tokio::test]
async fn a_shared_breaker_opened_by_one_replica_opens_on_the_other() {
    let Some(url) = common::redis_server::shared().await else {
        return;
    };
    let redis = format!(
        "redis: {{url: \"{url}\", prefix: \"{}\"}}\n",
        common::redis_server::unique_prefix()
    );
    let model = "  gpt:\n    routing: {breaker: {failures: 1, cooldown_ms: 60000, shared: true}}\n    targets:\n      - {provider: p0, model: m, name: a}\n      - {provider: p1, model: m, name: b}\n";
    let faulty = || {
        vec![
            MockConfig {
                fault: "status=500".into(),
                ..MockConfig::default()
            },
            MockConfig::default(),
        ]
    };
    let first = routed_full(faulty(), model, &redis).await;
    let second = routed_full(faulty(), model, &redis).await;
    // One failure on the first replica opens its breaker and tells Redis.
    assert_eq!(ask(&first, "gpt", false, &[]).await.attempts, "2");
    // The second replica follows within a second, without ever trying the target itself.
    let deadline = Instant::now() + Duration::from_secs(3);
    while !second.app.metrics.render().contains("target=\"a\",state=\"open\"") {
        assert!(
            Instant::now() < deadline,
            "the second replica never heard of the open breaker"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let answer = ask(&second, "gpt", false, &[]).await;
    assert_eq!((answer.target.as_str(), answer.attempts.as_str()), ("b", "1"));
    assert_eq!(
        second.mocks[0].requests().len(),
        0,
        "the second replica never called the failing target"
    );
}
