//! In-memory copies of the store's keys and approved subscriptions, so that
//! authenticating a call never waits on the database.
//!
//! Staleness is bounded: every node reloads what changed in the store every
//! `auth.cache_refresh_ms`, and re-reads everything every [`FULL_RELOAD_EVERY`]
//! rounds to repair anything an incremental round could miss (clock skew
//! between writers beyond [`OVERLAP_MS`]). Changes made through this node's
//! admin API are applied here at once.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use super::{Caller, ModelFilter};
use crate::secret::{self, Digest32};
use crate::store::{KeyRecord, Store, StoreError, Subscription, SubscriptionStatus, now_ms};

/// Each incremental reload re-reads this much history, to cover writers whose clocks run behind.
pub const OVERLAP_MS: i64 = 5_000;
/// Every this many rounds, reload everything.
pub const FULL_RELOAD_EVERY: u32 = 60;

/// An active key as the request path sees it.
#[derive(Debug)]
pub struct CachedKey {
    pub caller: Arc<Caller>,
    pub expires_at: Option<i64>,
}

#[derive(Default)]
struct KeyState {
    by_digest: HashMap<Digest32, Arc<CachedKey>>,
    /// Key id → digest, so a rotated or revoked key's old entry can be found.
    by_id: HashMap<String, Digest32>,
}

/// Active store keys by digest. Reads are lock-free; writes copy the map
/// (they are rare: admin changes and reload rounds that found changes).
#[derive(Default)]
pub struct KeyCache {
    state: ArcSwap<KeyState>,
}

impl KeyCache {
    pub fn lookup(&self, digest: &Digest32) -> Option<Arc<CachedKey>> {
        let state = self.state.load();
        let (stored, entry) = state.by_digest.get_key_value(digest)?;
        // The map found it by digest; confirm in constant time all the same.
        secret::same(stored, digest).then(|| entry.clone())
    }

    pub fn len(&self) -> usize {
        self.state.load().by_digest.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Applies changed records (a revoked, disabled or rotated key drops out).
    pub fn apply(&self, records: &[KeyRecord]) {
        if records.is_empty() {
            return;
        }
        let current = self.state.load();
        let mut by_digest = current.by_digest.clone();
        let mut by_id = current.by_id.clone();
        let now = now_ms();
        for record in records {
            if let Some(old) = by_id.remove(&record.key.id) {
                by_digest.remove(&old);
            }
            let Some(digest) = secret::parse_hex(&record.hash) else {
                continue;
            };
            if record.key.enabled && record.key.revoked_at.is_none() && record.key.expires_at.is_none_or(|t| now < t) {
                by_id.insert(record.key.id.clone(), digest);
                by_digest.insert(digest, Arc::new(cached(record)));
            }
        }
        self.state.store(Arc::new(KeyState { by_digest, by_id }));
    }

    fn replace_all(&self, records: &[KeyRecord]) {
        let now = now_ms();
        let mut state = KeyState::default();
        for record in records.iter().filter(|r| r.key.is_active(now)) {
            if let Some(digest) = secret::parse_hex(&record.hash) {
                state.by_id.insert(record.key.id.clone(), digest);
                state.by_digest.insert(digest, Arc::new(cached(record)));
            }
        }
        self.state.store(Arc::new(state));
    }
}

fn cached(record: &KeyRecord) -> CachedKey {
    CachedKey {
        caller: Arc::new(Caller {
            principal: format!("key:{}", record.key.id),
            team: Some(record.key.team.clone()),
            app: record.key.app.clone(),
            models: ModelFilter::new(record.key.models.clone()),
        }),
        expires_at: record.key.expires_at,
    }
}

/// Approved subscriptions: app → published APIs.
#[derive(Default)]
pub struct AccessCache {
    approved: ArcSwap<HashMap<String, HashSet<String>>>,
}

impl AccessCache {
    pub fn approved(&self, app: &str, api: &str) -> bool {
        self.approved.load().get(app).is_some_and(|apis| apis.contains(api))
    }

    pub fn apply(&self, changes: &[Subscription]) {
        if changes.is_empty() {
            return;
        }
        let mut map = (**self.approved.load()).clone();
        for sub in changes {
            let apis = map.entry(sub.app.clone()).or_default();
            if sub.status == SubscriptionStatus::Approved {
                apis.insert(sub.api.clone());
            } else {
                apis.remove(&sub.api);
            }
        }
        map.retain(|_, apis| !apis.is_empty());
        self.approved.store(Arc::new(map));
    }

    fn replace_all(&self, all: &[Subscription]) {
        let mut map: HashMap<String, HashSet<String>> = HashMap::new();
        for sub in all.iter().filter(|s| s.status == SubscriptionStatus::Approved) {
            map.entry(sub.app.clone()).or_default().insert(sub.api.clone());
        }
        self.approved.store(Arc::new(map));
    }
}

/// The store and the caches in front of it.
pub struct Identity {
    pub store: Arc<Store>,
    pub keys: KeyCache,
    pub access: AccessCache,
    /// Limits and budgets set on teams, apps and keys.
    pub policies: crate::policies::PolicyCache,
    pub anonymous: Arc<Caller>,
}

impl Identity {
    /// Loads every key and subscription from the store.
    pub async fn load(store: Arc<Store>) -> Result<Arc<Identity>, StoreError> {
        let identity = Arc::new(Identity {
            store,
            keys: KeyCache::default(),
            access: AccessCache::default(),
            policies: Default::default(),
            anonymous: Arc::new(Caller::anonymous()),
        });
        identity.full_reload().await?;
        Ok(identity)
    }

    async fn full_reload(&self) -> Result<(), StoreError> {
        let keys = self.store.keys_changed_since(i64::MIN).await?;
        let subs = self.store.subscriptions_changed_since(i64::MIN).await?;
        let policies = self.store.policies_changed_since(i64::MIN).await?;
        self.keys.replace_all(&keys);
        self.access.replace_all(&subs);
        self.policies.replace_all(&policies);
        Ok(())
    }

    /// Reloads changes every `interval()` until the process ends; a failing
    /// store is logged and retried, and the caches keep serving meanwhile.
    pub fn spawn_refresh(self: &Arc<Self>, interval: impl Fn() -> Duration + Send + 'static) {
        let identity = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut since = now_ms() - OVERLAP_MS;
            let mut round: u32 = 0;
            loop {
                tokio::time::sleep(interval()).await;
                let Some(identity) = identity.upgrade() else { return };
                round = round.wrapping_add(1);
                let started = now_ms();
                let result = if round.is_multiple_of(FULL_RELOAD_EVERY) {
                    identity.full_reload().await
                } else {
                    identity.reload_since(since).await
                };
                match result {
                    Ok(()) => since = started - OVERLAP_MS,
                    Err(e) => tracing::warn!(error = %e, "cannot refresh keys from the store; serving the cached ones"),
                }
            }
        });
    }

    pub async fn reload_since(&self, since: i64) -> Result<(), StoreError> {
        let keys = self.store.keys_changed_since(since).await?;
        let subs = self.store.subscriptions_changed_since(since).await?;
        let policies = self.store.policies_changed_since(since).await?;
        self.keys.apply(&keys);
        self.access.apply(&subs);
        self.policies.apply(&policies);
        Ok(())
    }
}
