//! Limits and budgets set on a team, app or key in the store (the admin API's
//! `…/{id}/policy`), beside the ones declared in config.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::{Result, Store, StoreError, audit, json_text, now_ms};

/// What a policy is set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyEntity {
    Team,
    App,
    Key,
}

impl PolicyEntity {
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyEntity::Team => "team",
            PolicyEntity::App => "app",
            PolicyEntity::Key => "key",
        }
    }

    fn parse(text: &str) -> Option<PolicyEntity> {
        match text {
            "team" => Some(PolicyEntity::Team),
            "app" => Some(PolicyEntity::App),
            "key" => Some(PolicyEntity::Key),
            _ => None,
        }
    }
}

/// The limits and budgets of one team, app or key. Each counts that entity's
/// calls (a team's: every key of the team), on top of the config's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    #[serde(default)]
    pub limits: Vec<PolicyLimit>,
    #[serde(default)]
    pub budgets: Vec<PolicyBudget>,
    /// Data residency: calls may only reach targets tagged with one of these
    /// regions (empty: no restriction). Key, app and team restrictions all apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// The guard policy (a name under the config's `guards.policies`, or `none`)
    /// for the entity's calls; a key's beats its app's, an app's its team's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<String>,
}

/// A rate limit, as in config's `limits` but counted for this entity alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyLimit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<u64>,
    pub window: crate::limits::Window,
    /// Only calls to these public models (names or globs) count; empty: every model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<String>,
}

/// A budget, as in config's `budgets` but for this entity alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyBudget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usd: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<u64>,
    pub window: crate::budgets::BudgetWindow,
    #[serde(default = "default_alerts")]
    pub alerts: Vec<f64>,
}

fn default_alerts() -> Vec<f64> {
    vec![0.8, 1.0]
}

/// A stored policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PolicyRecord {
    pub entity: PolicyEntity,
    pub entity_id: String,
    pub policy: Policy,
    pub updated_at: i64,
}

fn record_from(row: &sqlx::any::AnyRow) -> Result<PolicyRecord> {
    let entity: String = row.try_get("entity")?;
    let policy: String = row.try_get("policy")?;
    Ok(PolicyRecord {
        entity: PolicyEntity::parse(&entity)
            .ok_or_else(|| StoreError::Backend(format!("unknown policy entity `{entity}`")))?,
        entity_id: row.try_get("entity_id")?,
        policy: serde_json::from_str(&policy).map_err(|e| StoreError::Backend(format!("bad stored policy: {e}")))?,
        updated_at: row.try_get("updated_at")?,
    })
}

impl Store {
    /// The policy of a team, app or key (empty when none was set).
    pub async fn policy(&self, entity: PolicyEntity, id: &str) -> Result<Policy> {
        self.entity_exists(entity, id).await?;
        let row = sqlx::query("SELECT * FROM policies WHERE entity = $1 AND entity_id = $2")
            .bind(entity.as_str())
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => record_from(&row)?.policy,
            None => Policy::default(),
        })
    }

    async fn entity_exists(&self, entity: PolicyEntity, id: &str) -> Result<()> {
        match entity {
            PolicyEntity::Team => self.team(id).await.map(|_| ()),
            PolicyEntity::App => self.app(id).await.map(|_| ()),
            PolicyEntity::Key => self.key(id).await.map(|_| ()),
        }
    }

    /// Sets (replaces) a policy; an empty one clears it. The caller has
    /// checked it compiles.
    pub async fn set_policy(
        &self,
        actor: &str,
        entity: PolicyEntity,
        id: &str,
        policy: Policy,
    ) -> Result<PolicyRecord> {
        let before = self.policy(entity, id).await?;
        let record = PolicyRecord {
            entity,
            entity_id: id.to_owned(),
            policy,
            updated_at: now_ms(),
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO policies (entity, entity_id, policy, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (entity, entity_id) DO UPDATE SET policy = $3, updated_at = $4",
        )
        .bind(entity.as_str())
        .bind(id)
        .bind(json_text(&record.policy))
        .bind(record.updated_at)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            "policy.set",
            entity.as_str(),
            id,
            Some(&before),
            Some(&record.policy),
        )
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    pub async fn policies_changed_since(&self, since: i64) -> Result<Vec<PolicyRecord>> {
        let rows = sqlx::query("SELECT * FROM policies WHERE updated_at >= $1 ORDER BY updated_at")
            .bind(since)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(record_from).collect()
    }
}
