//! Limits and budgets set on teams, apps and keys in the store, compiled once
//! per change and cached for the request path (refreshed with the key cache).

use std::collections::HashMap;
use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::auth::Caller;
use crate::budgets::{self, BudgetConfig, BudgetScope};
use crate::limits::{self, LimitConfig};
use crate::store::policy::{Policy, PolicyEntity, PolicyRecord};

/// One entity's policy, ready for the limiter and the budgets.
#[derive(Debug)]
pub struct CompiledPolicy {
    pub entity: PolicyEntity,
    pub limits: Vec<limits::Rule>,
    pub budgets: Vec<Arc<budgets::Rule>>,
    /// Regions the entity's calls must stay in (empty: any).
    pub regions: Vec<String>,
    /// The guard policy (a name under config's `guards.policies`) for the entity's calls.
    pub guard: Option<String>,
}

/// The regions every one of `policies` allows (`None`: no restriction).
pub fn allowed_regions(policies: &[Arc<CompiledPolicy>]) -> Option<Vec<String>> {
    let mut allowed: Option<Vec<String>> = None;
    for policy in policies.iter().filter(|p| !p.regions.is_empty()) {
        allowed = Some(match allowed {
            None => policy.regions.clone(),
            Some(so_far) => so_far.into_iter().filter(|r| policy.regions.contains(r)).collect(),
        });
    }
    allowed
}

/// Compiles a policy; the error says which entry is wrong (for a 400).
pub fn compile(entity: PolicyEntity, id: &str, policy: &Policy) -> Result<CompiledPolicy, String> {
    let who = format!("{} {id}", entity.as_str());
    let mut compiled = CompiledPolicy {
        entity,
        limits: Vec::new(),
        budgets: Vec::new(),
        regions: policy.regions.clone(),
        guard: policy.guard.clone(),
    };
    for (n, limit) in policy.limits.iter().enumerate() {
        let cfg = LimitConfig {
            name: format!("{who} limit {}", n + 1),
            per: Vec::new(),
            requests: limit.requests,
            tokens: limit.tokens,
            window: limit.window,
            models: limit.models.clone(),
        };
        let key_base = format!("rl:{}:{id}:{n}", entity.as_str());
        compiled.limits.extend(limits::Rule::compile(&cfg, &key_base)?);
    }
    for (n, budget) in policy.budgets.iter().enumerate() {
        let cfg = BudgetConfig {
            name: format!("{who} budget {}", n + 1),
            per: match entity {
                PolicyEntity::Team => BudgetScope::Team,
                PolicyEntity::App => BudgetScope::App,
                PolicyEntity::Key => BudgetScope::Key,
            },
            id: Some(id.to_owned()),
            usd: budget.usd,
            tokens: budget.tokens,
            window: budget.window.clone(),
            alerts: budget.alerts.clone(),
        };
        let bucket_id = format!("{}:{id}:{n}", entity.as_str());
        compiled
            .budgets
            .push(Arc::new(budgets::Rule::compile(&cfg, &bucket_id)?));
    }
    Ok(compiled)
}

type PolicyMap = HashMap<(PolicyEntity, String), Arc<CompiledPolicy>>;

/// Compiled policies by entity. Reads are lock-free.
#[derive(Default)]
pub struct PolicyCache {
    map: ArcSwap<PolicyMap>,
}

impl PolicyCache {
    fn compiled(record: &PolicyRecord) -> Option<Arc<CompiledPolicy>> {
        match compile(record.entity, &record.entity_id, &record.policy) {
            Ok(c) if !c.limits.is_empty() || !c.budgets.is_empty() || !c.regions.is_empty() || c.guard.is_some() => {
                Some(Arc::new(c))
            }
            Ok(_) => None,
            Err(e) => {
                // Written through the admin API, which compiles first; only a hand edit gets here.
                tracing::error!(entity = record.entity.as_str(), id = %record.entity_id, error = %e, "ignoring a stored policy that does not compile");
                None
            }
        }
    }

    pub fn apply(&self, records: &[PolicyRecord]) {
        if records.is_empty() {
            return;
        }
        let mut map = (**self.map.load()).clone();
        for record in records {
            let key = (record.entity, record.entity_id.clone());
            match Self::compiled(record) {
                Some(compiled) => map.insert(key, compiled),
                None => map.remove(&key),
            };
        }
        self.map.store(Arc::new(map));
    }

    pub fn replace_all(&self, records: &[PolicyRecord]) {
        let map = records
            .iter()
            .filter_map(|r| Some(((r.entity, r.entity_id.clone()), Self::compiled(r)?)))
            .collect();
        self.map.store(Arc::new(map));
    }

    /// The policies of the caller's key, app and team.
    pub fn for_caller(&self, caller: &Caller) -> Vec<Arc<CompiledPolicy>> {
        let map = self.map.load();
        if map.is_empty() {
            return Vec::new();
        }
        let key = caller.principal.strip_prefix("key:");
        [
            key.map(|id| (PolicyEntity::Key, id)),
            caller.app.as_deref().map(|id| (PolicyEntity::App, id)),
            caller.team.as_deref().map(|id| (PolicyEntity::Team, id)),
        ]
        .into_iter()
        .flatten()
        .filter_map(|(entity, id)| map.get(&(entity, id.to_owned())).cloned())
        .collect()
    }
}
