//! Routing decision cost per request, as percentiles: ordering a model's
//! targets under each strategy (residency and rule checks included), then the
//! breaker check, the in-flight count and the success record of the chosen
//! target — everything routing adds to a call besides the upstream I/O.
//!
//! Run: `cargo bench -p gantry --bench routing`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::report;

use std::time::Instant;

use gantry::auth::Caller;
use gantry::routing::RequestFacts;
use gantry_protocol::raw::RawObject;
use http::HeaderMap;

const ITERATIONS: usize = 1_000_000;

fn main() {
    let dir = std::env::temp_dir().join(format!("gantry-bench-routing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let targets = "      - {provider: a, model: gpt-4o, name: one, weight: 60, region: eu}\n      - {provider: a, model: gpt-4o-mini, name: two, weight: 30, region: eu}\n      - {provider: a, model: claude-sonnet-4-5, name: three, weight: 10, region: eu}\n";
    let mut models = String::new();
    for strategy in [
        "fallback",
        "weighted",
        "round_robin",
        "least_in_flight",
        "lowest_latency",
        "lowest_cost",
        "power_of_two",
    ] {
        models.push_str(&format!(
            "  {strategy}:\n    routing: {{strategy: {strategy}}}\n    targets:\n{targets}"
        ));
    }
    models.push_str(&format!(
        "  sticky-rules-regions:\n    routing:\n      strategy: weighted\n      sticky: key\n      regions: [eu]\n      rules:\n        - {{when: {{header: {{x-tier: premium}}}}, targets: [one]}}\n        - {{when: {{team: [research], prompt_tokens_over: 100000}}, targets: [two]}}\n    targets:\n{targets}"
    ));
    let config = dir.join("gantry.yaml");
    std::fs::write(
        &config,
        format!("auth: {{anonymous: true}}\nproviders:\n  a: {{kind: openai_compatible, base_url: \"http://127.0.0.1:9/v1\"}}\nmodels:\n{models}"),
    )
    .unwrap();
    let snapshot = gantry::config::load(&config).unwrap();
    let caller = Caller {
        principal: "key:bench".into(),
        team: Some("ml".into()),
        app: Some("chatbot".into()),
        models: Default::default(),
    };
    let headers = HeaderMap::new();
    let body = br#"{"model":"m","messages":[{"role":"user","content":"Say hello to the benchmark"}]}"#;
    let raw = RawObject::parse(body).unwrap();
    let mut names: Vec<&String> = snapshot.models.keys().collect();
    names.sort();
    for name in names {
        let route = &snapshot.models[name];
        let facts = RequestFacts {
            caller: Some(&caller),
            headers: &headers,
            body: &raw,
            prompt_tokens: 7,
            tenant_regions: None,
        };
        let mut samples = Vec::with_capacity(ITERATIONS);
        for _ in 0..ITERATIONS {
            let start = Instant::now();
            let order = route.router.order(&route.name, &route.nodes, &facts).unwrap();
            let target = order[0];
            let now = tokio::time::Instant::now();
            target.health.admit(now).unwrap();
            let in_flight = target.health.enter();
            let _ = target.health.success();
            drop(in_flight);
            samples.push(start.elapsed());
        }
        report(name, samples);
    }
    let _ = std::fs::remove_dir_all(dir);
}
