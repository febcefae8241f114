//! The store's behaviour, run the same way against SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::db::TestDb;
use gantry::secret;
use gantry::store::*;

/// Generates one test per engine from an async fn taking the store.
macro_rules! on_both_engines {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let dir = super::common::temp_dir(stringify!($name));
                let db = super::TestDb::sqlite(&dir);
                super::$name(db.open().await).await;
                db.drop_db().await;
                let _ = std::fs::remove_dir_all(dir);
            }

            #[tokio::test]
            async fn postgres() {
                let Some(db) = super::TestDb::postgres().await else {
                    return;
                };
                let store = db.open().await;
                super::$name(store).await;
                db.drop_db().await;
            }
        }
    };
}

const ROOT: &str = "user:root";

async fn seed(store: &Store) {
    store
        .create_team(
            ROOT,
            NewTeam {
                id: "ml".into(),
                description: "ML team".into(),
                metadata: None,
            },
        )
        .await
        .unwrap();
    store
        .create_app(
            ROOT,
            NewApp {
                id: "chatbot".into(),
                team: "ml".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
}

on_both_engines!(teams_and_apps_round_trip_with_audit);
async fn teams_and_apps_round_trip_with_audit(store: Store) {
    seed(&store).await;
    let team = store.team("ml").await.unwrap();
    assert_eq!(team.description, "ML team");
    assert_eq!(team.metadata, serde_json::json!({}));
    let updated = store
        .update_team(
            "user:alice",
            "ml",
            TeamPatch {
                description: Some("Machine learning".into()),
                metadata: Some(serde_json::json!({"cc": "42"})),
            },
        )
        .await
        .unwrap();
    assert_eq!(updated.metadata["cc"], "42");
    assert_eq!(store.teams().await.unwrap().len(), 1);
    assert_eq!(store.apps(Some("ml")).await.unwrap()[0].id, "chatbot");
    assert!(store.apps(Some("other")).await.unwrap().is_empty());

    let log = store
        .audit_log(&AuditFilter {
            entity: Some("team".into()),
            entity_id: Some("ml".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 2, "{log:?}");
    // Newest first: the update, by alice, with before and after.
    assert_eq!(log[0].action, "team.update");
    assert_eq!(log[0].actor, "user:alice");
    assert_eq!(log[0].before.as_ref().unwrap()["description"], "ML team");
    assert_eq!(log[0].after.as_ref().unwrap()["description"], "Machine learning");
    assert_eq!(log[1].action, "team.create");
    assert!(log[1].before.is_none());
    let by_alice = store
        .audit_log(&AuditFilter {
            actor: Some("user:alice".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(by_alice.len(), 1);
}

on_both_engines!(bad_input_is_refused_clearly);
async fn bad_input_is_refused_clearly(store: Store) {
    seed(&store).await;
    let dup = store
        .create_team(
            ROOT,
            NewTeam {
                id: "ml".into(),
                ..Default::default()
            },
        )
        .await;
    assert_eq!(
        dup.unwrap_err(),
        StoreError::Conflict("team `ml` already exists".into())
    );
    let bad = store
        .create_team(
            ROOT,
            NewTeam {
                id: "Bad Name".into(),
                ..Default::default()
            },
        )
        .await;
    assert!(matches!(bad, Err(StoreError::Invalid(_))));
    let no_team = store
        .create_app(
            ROOT,
            NewApp {
                id: "x".into(),
                team: "nope".into(),
                ..Default::default()
            },
        )
        .await;
    assert_eq!(
        no_team.unwrap_err(),
        StoreError::NotFound("team `nope` not found".into())
    );
    let meta = store
        .create_team(
            ROOT,
            NewTeam {
                id: "t2".into(),
                metadata: Some(serde_json::json!([1])),
                ..Default::default()
            },
        )
        .await;
    assert!(matches!(meta, Err(StoreError::Invalid(_))));
    // A team that still owns an app cannot go.
    assert!(matches!(
        store.delete_team(ROOT, "ml").await,
        Err(StoreError::Conflict(_))
    ));
    store.delete_app(ROOT, "chatbot").await.unwrap();
    store.delete_team(ROOT, "ml").await.unwrap();
    assert!(matches!(store.team("ml").await, Err(StoreError::NotFound(_))));
    let orphan = store.create_key(ROOT, NewKey::default()).await;
    assert!(matches!(orphan, Err(StoreError::Invalid(_))));
    let wrong_team = store
        .create_user(
            ROOT,
            NewUser {
                id: "bob".into(),
                role: Role::Developer,
                team: None,
            },
        )
        .await;
    assert!(matches!(wrong_team, Err(StoreError::Invalid(_))));
}

on_both_engines!(keys_store_only_a_digest_and_change_visibly);
async fn keys_store_only_a_digest_and_change_visibly(store: Store) {
    seed(&store).await;
    let start = now_ms();
    let issued = store
        .create_key(
            "user:alice",
            NewKey {
                name: "ci".into(),
                app: Some("chatbot".into()),
                models: vec!["gpt-4o*".into()],
                tags: vec!["prod".into()],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(issued.secret.starts_with("gk-"));
    assert_eq!(issued.key.team, "ml", "the app's team owns the key");
    assert!(issued.secret.starts_with(&issued.key.prefix));
    let changed = store.keys_changed_since(start).await.unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].hash, secret::hash_hex(&issued.secret));
    assert!(changed[0].key.is_active(now_ms()));
    // The secret is nowhere in the audit log.
    let log = store.audit_log(&AuditFilter::default()).await.unwrap();
    let text = serde_json::to_string(&log).unwrap();
    assert!(!text.contains(&issued.secret));
    assert!(!text.contains(&changed[0].hash), "not even its digest");

    let listed = store
        .keys(&ListFilter {
            team: Some("ml".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed, vec![issued.key.clone()]);

    let patched = store
        .update_key(
            ROOT,
            &issued.key.id,
            KeyPatch {
                enabled: Some(false),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(!patched.is_active(now_ms()));

    let (rotated, old_hash) = store.rotate_key(ROOT, &issued.key.id).await.unwrap();
    assert_eq!(old_hash, secret::hash_hex(&issued.secret));
    assert_ne!(rotated.secret, issued.secret);
    let revoked = store.revoke_key(ROOT, &issued.key.id).await.unwrap();
    assert!(revoked.key.revoked_at.is_some());
    assert_eq!(revoked.hash, secret::hash_hex(&rotated.secret));
    assert!(matches!(
        store.update_key(ROOT, &issued.key.id, KeyPatch::default()).await,
        Err(StoreError::Conflict(_))
    ));
    let after = store.keys_changed_since(revoked.key.updated_at).await.unwrap();
    assert!(
        after
            .iter()
            .any(|k| k.key.id == issued.key.id && k.key.revoked_at.is_some())
    );
    let actions: Vec<String> = store
        .audit_log(&AuditFilter {
            entity: Some("key".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["key.revoke", "key.rotate", "key.update", "key.create"]);

    let expired = store
        .create_key(
            ROOT,
            NewKey {
                team: Some("ml".into()),
                expires_at: Some(now_ms() - 1),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(!expired.key.is_active(now_ms()));
}

on_both_engines!(users_hold_admin_tokens_by_digest);
async fn users_hold_admin_tokens_by_digest(store: Store) {
    seed(&store).await;
    let alice = store
        .create_user(
            ROOT,
            NewUser {
                id: "alice".into(),
                role: Role::TeamAdmin,
                team: Some("ml".into()),
            },
        )
        .await
        .unwrap();
    assert!(alice.token.starts_with("gka-"));
    let found = store
        .user_by_token_hash(&secret::hash_hex(&alice.token))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, "alice");
    assert_eq!(found.role, Role::TeamAdmin);
    let rotated = store.rotate_user_token(ROOT, "alice").await.unwrap();
    assert!(
        store
            .user_by_token_hash(&secret::hash_hex(&alice.token))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .user_by_token_hash(&secret::hash_hex(&rotated.token))
            .await
            .unwrap()
            .is_some()
    );
    store
        .update_user(
            ROOT,
            "alice",
            UserPatch {
                disabled: Some(true),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(
        store
            .user_by_token_hash(&secret::hash_hex(&rotated.token))
            .await
            .unwrap()
            .is_none()
    );
    let org = store
        .update_user(
            ROOT,
            "alice",
            UserPatch {
                role: Some(Role::OrgAdmin),
                ..Default::default()
            },
        )
        .await;
    assert!(matches!(org, Err(StoreError::Invalid(_))), "an org admin has no team");
    let org = store
        .update_user(
            ROOT,
            "alice",
            UserPatch {
                role: Some(Role::OrgAdmin),
                team: Some(String::new()),
                disabled: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(org.team, None);
    assert_eq!(store.users(None).await.unwrap().len(), 1);
    store.delete_user(ROOT, "alice").await.unwrap();
    assert!(store.users(None).await.unwrap().is_empty());
}

on_both_engines!(subscriptions_move_through_their_states);
async fn subscriptions_move_through_their_states(store: Store) {
    seed(&store).await;
    let sub = store
        .request_subscription(
            "user:dev",
            NewSubscription {
                app: "chatbot".into(),
                api: "gpt-4o".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(sub.status, SubscriptionStatus::Pending);
    let again = store
        .request_subscription(
            "user:dev",
            NewSubscription {
                app: "chatbot".into(),
                api: "gpt-4o".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(again.id, sub.id, "asking twice keeps one request");
    let rejected = store
        .decide_subscription("user:admin", &sub.id, SubscriptionStatus::Rejected, "no budget")
        .await
        .unwrap();
    assert_eq!(rejected.reason, "no budget");
    assert!(matches!(
        store
            .decide_subscription("user:admin", &sub.id, SubscriptionStatus::Approved, "")
            .await,
        Err(StoreError::Conflict(_))
    ));
    let asked = store
        .request_subscription(
            "user:dev",
            NewSubscription {
                app: "chatbot".into(),
                api: "gpt-4o".into(),
            },
        )
        .await
        .unwrap();
    assert_eq!(asked.status, SubscriptionStatus::Pending);
    let approved = store
        .decide_subscription("user:admin", &sub.id, SubscriptionStatus::Approved, "ok")
        .await
        .unwrap();
    assert_eq!(approved.decided_by.as_deref(), Some("user:admin"));
    let listed = store
        .subscriptions(&ListFilter {
            team: Some("ml".into()),
            status: Some("approved".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    let revoked = store
        .decide_subscription("user:admin", &sub.id, SubscriptionStatus::Revoked, "")
        .await
        .unwrap();
    assert_eq!(revoked.status, SubscriptionStatus::Revoked);
    assert!(
        store
            .subscriptions_changed_since(revoked.updated_at)
            .await
            .unwrap()
            .len()
            == 1
    );
    let decisions: Vec<String> = store
        .audit_log(&AuditFilter {
            entity: Some("subscription".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        decisions,
        [
            "subscription.revoke",
            "subscription.approve",
            "subscription.request",
            "subscription.reject",
            "subscription.request"
        ]
    );
}

#[tokio::test]
async fn postgres_reopen_applies_migrations_once() {
    let Some(db) = TestDb::postgres().await else { return };
    let store = db.open().await;
    seed(&store).await;
    store.close().await;
    let store = db.open().await;
    assert_eq!(store.apps(None).await.unwrap().len(), 1);
    store.close().await;
    db.drop_db().await;
}

#[tokio::test]
async fn sqlite_file_survives_reopen() {
    let dir = common::temp_dir("reopen");
    let url = format!("sqlite:{}", dir.join("sub/../g.db").display());
    let (resolved, engine) = resolve_url(&url, &dir).unwrap();
    let store = Store::open(&resolved, engine).await.unwrap();
    seed(&store).await;
    store.close().await;
    let store = Store::open(&resolved, engine).await.unwrap();
    assert_eq!(store.teams().await.unwrap().len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn store_urls_resolve_against_the_config_directory() {
    let base = std::path::Path::new("/etc/gantry");
    assert_eq!(
        resolve_url("sqlite:gantry.db", base).unwrap(),
        ("sqlite:///etc/gantry/gantry.db?mode=rwc".to_owned(), Engine::Sqlite)
    );
    assert_eq!(
        resolve_url("sqlite:///var/g.db", base).unwrap().0,
        "sqlite:///var/g.db?mode=rwc"
    );
    assert_eq!(resolve_url("postgres://u@h/db", base).unwrap().1, Engine::Postgres);
    assert!(resolve_url("mysql://x", base).is_err());
}

#[tokio::test]
async fn an_in_memory_sqlite_store_keeps_its_data_across_calls() {
    let store = Store::open("sqlite::memory:", Engine::Sqlite).await.unwrap();
    seed(&store).await;
    for _ in 0..8 {
        assert_eq!(store.teams().await.unwrap().len(), 1);
    }
}

fn usage(at: i64, team: &str, model: &str, prompt: u64, completion: u64, status: u16) -> usage::UsageRecord {
    usage::UsageRecord {
        request_id: format!("req-{at}-{team}-{model}"),
        at,
        principal: format!("key:{team}-key"),
        team: Some(team.to_owned()),
        app: None,
        endpoint: "chat_completions".into(),
        model: model.into(),
        provider: "openai".into(),
        upstream_model: "gpt-4o-mini".into(),
        stream: false,
        status,
        error_code: (status >= 400).then(|| "upstream_error".to_owned()),
        prompt_tokens: prompt,
        completion_tokens: completion,
        cached_tokens: prompt / 2,
        cache_write_tokens: 0,
        reasoning_tokens: 1,
        tokens_reported: true,
        cost_nano_usd: 1_500,
        latency_us: 2_000,
        ttft_us: None,
        overhead_us: 50,
        target: "openai/gpt-4o".into(),
        attempts: 2,
        fallback_reason: Some("timeout".into()),
        guard: None,
    }
}

on_both_engines!(usage_records_are_stored_and_reported_by_group_and_bucket);
async fn usage_records_are_stored_and_reported_by_group_and_bucket(store: Store) {
    const HOUR: i64 = 3_600_000;
    let t0 = 1_800_000_000_000 / HOUR * HOUR; // an hour boundary
    // 250 records (more than one INSERT chunk): ml/gpt in hour 0, ops/claude in hour 1, one failure.
    let mut records: Vec<_> = (0..200).map(|i| usage(t0 + i, "ml", "gpt", 10, 5, 200)).collect();
    records.extend((0..49).map(|i| usage(t0 + HOUR + i, "ops", "claude", 100, 50, 200)));
    records.push(usage(t0 + HOUR + 100, "ops", "claude", 0, 0, 502));
    // Guard verdicts: stored as JSON; a blocked call is audited with its record, a clean one is not.
    records[3].guard =
        Some(serde_json::json!({"policy": "strict", "request": {"EMAIL": {"count": 1, "action": "mask"}}}));
    records[249].guard = Some(serde_json::json!({"policy": "strict", "blocked": "injection"}));
    records[5].guard = Some(serde_json::json!({"policy": "strict"}));
    store.insert_usage(&records).await.unwrap();
    let stored = store.usage_records(t0, t0 + 2 * HOUR, 1000).await.unwrap();
    assert_eq!(stored.len(), 250);
    assert!(stored.contains(&records[7]), "a record reads back exactly as written");
    assert!(stored.contains(&records[3]) && stored.contains(&records[249]));
    let audit = store
        .audit_log(&gantry::store::model::AuditFilter {
            entity: Some("request".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let mut actions: Vec<(&str, &str)> = audit
        .iter()
        .map(|a| (a.action.as_str(), a.entity_id.as_str()))
        .collect();
    actions.sort();
    assert_eq!(
        actions,
        vec![
            ("guard.block", records[249].request_id.as_str()),
            ("guard.flag", records[3].request_id.as_str())
        ]
    );

    let query = usage::UsageQuery {
        from: Some(t0),
        to: Some(t0 + 2 * HOUR),
        group_by: usage::GroupBy::Team,
        granularity: Some("hour".into()),
        ..Default::default()
    };
    let report = store.usage_report(&query, now_ms()).await.unwrap();
    let ml = report.totals.iter().find(|r| r.group == "ml").unwrap();
    assert_eq!(
        (ml.requests, ml.errors, ml.prompt_tokens, ml.completion_tokens),
        (200, 0, 2000, 1000)
    );
    assert_eq!(ml.cached_tokens, 1000);
    assert!((ml.cost_usd - 200.0 * 1.5e-6).abs() < 1e-12);
    assert!((ml.avg_latency_ms - 2.0).abs() < 1e-9);
    let ops = report.totals.iter().find(|r| r.group == "ops").unwrap();
    assert_eq!((ops.requests, ops.errors), (50, 1));
    let series = report.series.unwrap();
    assert_eq!(series.len(), 2);
    assert_eq!((series[0].bucket, series[0].group.as_str()), (Some(t0), "ml"));
    assert_eq!((series[1].bucket, series[1].group.as_str()), (Some(t0 + HOUR), "ops"));

    let filtered = store
        .usage_report(
            &usage::UsageQuery {
                team: Some("ops".into()),
                to: Some(t0 + 2 * HOUR),
                from: Some(t0),
                ..Default::default()
            },
            now_ms(),
        )
        .await
        .unwrap();
    assert_eq!(filtered.totals.len(), 1);
    assert_eq!(filtered.totals[0].requests, 50);
    assert!(filtered.series.is_none());
    let by_model = store
        .usage_report(
            &usage::UsageQuery {
                group_by: usage::GroupBy::Model,
                from: Some(t0),
                to: Some(t0 + 2 * HOUR),
                ..Default::default()
            },
            now_ms(),
        )
        .await
        .unwrap();
    let models: Vec<&str> = by_model.totals.iter().map(|r| r.group.as_str()).collect();
    assert_eq!(models, ["claude", "gpt"]);
    let bad = usage::UsageQuery {
        granularity: Some("week".into()),
        ..Default::default()
    };
    assert!(matches!(
        store.usage_report(&bad, now_ms()).await,
        Err(StoreError::Invalid(_))
    ));
    let backwards = usage::UsageQuery {
        from: Some(10),
        to: Some(5),
        ..Default::default()
    };
    assert!(matches!(
        store.usage_report(&backwards, now_ms()).await,
        Err(StoreError::Invalid(_))
    ));
}

on_both_engines!(policies_are_set_replaced_cleared_and_seen_by_incremental_reads);
async fn policies_are_set_replaced_cleared_and_seen_by_incremental_reads(store: Store) {
    use gantry::store::policy::{Policy, PolicyEntity};
    seed(&store).await;
    assert_eq!(store.policy(PolicyEntity::Team, "ml").await.unwrap(), Policy::default());
    assert!(matches!(
        store.policy(PolicyEntity::App, "nope").await,
        Err(StoreError::NotFound(_))
    ));
    let since = now_ms() - 1;
    let policy: Policy =
        serde_json::from_value(serde_json::json!({"limits": [{"requests": 10, "window": "minute"}]})).unwrap();
    store
        .set_policy(ROOT, PolicyEntity::Team, "ml", policy.clone())
        .await
        .unwrap();
    assert_eq!(store.policy(PolicyEntity::Team, "ml").await.unwrap(), policy);
    // Replaced (an upsert on both engines), then cleared: the row stays, empty, so reloads see it.
    let budget: Policy = serde_json::from_value(
        serde_json::json!({"budgets": [{"usd": 12.5, "window": {"every": "30d", "from": "2026-01-01"}}]}),
    )
    .unwrap();
    store
        .set_policy(ROOT, PolicyEntity::Team, "ml", budget.clone())
        .await
        .unwrap();
    assert_eq!(store.policy(PolicyEntity::Team, "ml").await.unwrap(), budget);
    store
        .set_policy(ROOT, PolicyEntity::Team, "ml", Policy::default())
        .await
        .unwrap();
    let changed = store.policies_changed_since(since).await.unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].policy, Policy::default());
    let audit = store
        .audit_log(&AuditFilter {
            entity: Some("team".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "policy.set").count(), 3);
}

on_both_engines!(large_batches_of_usage_records_are_written_whole);
async fn large_batches_of_usage_records_are_written_whole(store: Store) {
    // 137 = 2 × 50 + 3 × 10 + 7 × 1 on SQLite, 100 + 37 × 1 on PostgreSQL: every statement size.
    let batch: Vec<_> = (0..137)
        .map(|i| {
            let mut r = usage(1_000 + i, "ml", "gpt-4o", i as u64, 1, 200);
            r.request_id = format!("req-{i}");
            r
        })
        .collect();
    store.insert_usage(&batch).await.unwrap();
    let mut stored = store.usage_records(0, i64::MAX, 1_000).await.unwrap();
    stored.sort_by_key(|r| r.at);
    assert_eq!(stored, batch, "every field of every row, in order");
}
