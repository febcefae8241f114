//! Usage records: one row per API call, written in batches, and the queries a
//! dashboard needs (totals and time series by team, app, key, model, provider).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::{Result, Store, StoreError};

/// One API call, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UsageRecord {
    pub request_id: String,
    /// Unix milliseconds when the call ended.
    pub at: i64,
    /// `key:<id>`, `config-key:<id>`, `jwt:<issuer>:<sub>`, `anonymous`.
    pub principal: String,
    pub team: Option<String>,
    pub app: Option<String>,
    pub endpoint: String,
    /// The public model name the client asked for.
    pub model: String,
    pub provider: String,
    /// The model the provider was asked for.
    pub upstream_model: String,
    pub stream: bool,
    pub status: u16,
    pub error_code: Option<String>,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub cached_tokens: u64,
    pub cache_write_tokens: u64,
    pub reasoning_tokens: u64,
    /// Whether the provider reported the counts (otherwise they are estimates or zero).
    pub tokens_reported: bool,
    /// Cost in nano-USD (1e-9 $).
    pub cost_nano_usd: i64,
    pub latency_us: i64,
    pub ttft_us: Option<i64>,
    pub overhead_us: i64,
    /// The target that served (or failed last), by its routing name.
    #[serde(default)]
    pub target: String,
    /// Upstream attempts (retries and fallbacks included); 0 when none was made.
    #[serde(default)]
    pub attempts: u32,
    /// Why the call moved past a target (`server_error`, `timeout`, …), if it did.
    #[serde(default)]
    pub fallback_reason: Option<String>,
    /// The guard policy's verdict, when one applied: entity types and counts,
    /// injection score and rules, moderation rules, what blocked the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<serde_json::Value>,
}

/// The column a budget's spend is summed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpentBy {
    Principal,
    App,
    Team,
}

const COLUMNS: usize = 26;
/// Rows per INSERT: 100 × 26 parameters stays far below both engines' limits.
const ROWS_PER_INSERT: usize = 100;

/// The placeholder style of an engine: SQLite binds `?` by position (its `$n`
/// parameters are looked up by name, which costs per parameter), PostgreSQL `$n`.
#[derive(Clone, Copy)]
enum Placeholders {
    Positional,
    Numbered,
}

fn insert_sql(rows: usize, style: Placeholders) -> String {
    let mut sql = String::from(
        "INSERT INTO usage_records (request_id, at, principal, team, app, endpoint, model, provider, \
         upstream_model, stream, status, error_code, prompt_tokens, completion_tokens, cached_tokens, \
         cache_write_tokens, reasoning_tokens, tokens_reported, cost_nano_usd, latency_us, ttft_us, overhead_us, \
         target, attempts, fallback_reason, guard) VALUES ",
    );
    for row in 0..rows {
        if row > 0 {
            sql.push(',');
        }
        sql.push('(');
        for col in 0..COLUMNS {
            if col > 0 {
                sql.push(',');
            }
            match style {
                Placeholders::Positional => sql.push('?'),
                Placeholders::Numbered => {
                    sql.push('$');
                    sql.push_str(&(row * COLUMNS + col + 1).to_string());
                }
            }
        }
        sql.push(')');
    }
    sql
}

fn clamp(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

fn bind_record<'q>(query: AnyQuery<'q>, r: &UsageRecord) -> AnyQuery<'q> {
    query
        .bind(r.request_id.clone())
        .bind(r.at)
        .bind(r.principal.clone())
        .bind(r.team.clone())
        .bind(r.app.clone())
        .bind(r.endpoint.clone())
        .bind(r.model.clone())
        .bind(r.provider.clone())
        .bind(r.upstream_model.clone())
        .bind(i64::from(r.stream))
        .bind(i64::from(r.status))
        .bind(r.error_code.clone())
        .bind(clamp(r.prompt_tokens))
        .bind(clamp(r.completion_tokens))
        .bind(clamp(r.cached_tokens))
        .bind(clamp(r.cache_write_tokens))
        .bind(clamp(r.reasoning_tokens))
        .bind(i64::from(r.tokens_reported))
        .bind(r.cost_nano_usd)
        .bind(r.latency_us)
        .bind(r.ttft_us)
        .bind(r.overhead_us)
        .bind(r.target.clone())
        .bind(i64::from(r.attempts))
        .bind(r.fallback_reason.clone())
        .bind(r.guard.as_ref().map(serde_json::Value::to_string))
}

/// Whether a verdict reports anything found (entities, an injection over the
/// threshold, moderation matches).
fn verdict_flags(verdict: &serde_json::Value) -> bool {
    ["request", "answer", "moderation"]
        .iter()
        .any(|k| verdict.get(k).is_some())
        || verdict.pointer("/injection/action").and_then(serde_json::Value::as_str) == Some("flag")
}

/// What a usage report groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    #[default]
    None,
    Team,
    App,
    Key,
    Model,
    Provider,
}

impl GroupBy {
    /// The column, from a fixed list (never from input).
    fn column(self) -> &'static str {
        match self {
            GroupBy::None => "''",
            GroupBy::Team => "COALESCE(team, '')",
            GroupBy::App => "COALESCE(app, '')",
            GroupBy::Key => "principal",
            GroupBy::Model => "model",
            GroupBy::Provider => "provider",
        }
    }
}

/// A usage query: a time range, optional filters, a grouping and a bucket size.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
pub struct UsageQuery {
    /// Unix milliseconds, inclusive (default: 24 hours before `to`).
    pub from: Option<i64>,
    /// Unix milliseconds, exclusive (default: now).
    pub to: Option<i64>,
    #[serde(default)]
    pub group_by: GroupBy,
    /// Bucket size of the time series: `minute`, `hour`, `day` (absent: totals only).
    pub granularity: Option<String>,
    pub team: Option<String>,
    pub app: Option<String>,
    /// A principal, e.g. `key:key_0190…`.
    pub key: Option<String>,
    pub model: Option<String>,
    pub provider: Option<String>,
}

/// One group (and bucket) of a report.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UsageRow {
    /// Start of the bucket (Unix ms); absent in totals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<i64>,
    /// The group's value (team, app, principal, model or provider); empty when ungrouped.
    pub group: String,
    pub requests: i64,
    /// Calls answered with status ≥ 400.
    pub errors: i64,
    pub prompt_tokens: i64,
    pub completion_tokens: i64,
    pub cached_tokens: i64,
    pub reasoning_tokens: i64,
    pub cost_usd: f64,
    pub avg_latency_ms: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UsageReport {
    pub from: i64,
    pub to: i64,
    pub totals: Vec<UsageRow>,
    /// Present when a granularity was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<Vec<UsageRow>>,
}

pub fn granularity_ms(name: &str) -> Option<i64> {
    Some(match name {
        "minute" => 60_000,
        "hour" => 3_600_000,
        "day" => 86_400_000,
        _ => return None,
    })
}

impl Store {
    /// Writes records in one transaction, in multi-row statements: on PostgreSQL
    /// each statement is a network round trip, on SQLite a round trip to sqlx's
    /// worker thread. SQLite's statements use positional `?` parameters (its
    /// `$n` ones are looked up by name, which grows with the row count).
    pub async fn insert_usage(&self, records: &[UsageRecord]) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let (sizes, style): (&[usize], _) = match self.engine {
            super::Engine::Sqlite => (&[50, 10, 1], Placeholders::Positional),
            super::Engine::Postgres => (&[ROWS_PER_INSERT, 1], Placeholders::Numbered),
        };
        // A few fixed statement sizes, largest first: each is prepared once and
        // cached, so no statement is prepared for an odd batch size.
        let mut rest = records;
        for &size in sizes {
            let full = rest.len() / size * size;
            let (batched, tail) = rest.split_at(full);
            rest = tail;
            if batched.is_empty() {
                continue;
            }
            let sql = insert_sql(size, style);
            for chunk in batched.chunks(size) {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                for r in chunk {
                    query = bind_record(query, r);
                }
                query.execute(&mut *tx).await?;
            }
        }
        // Calls a guard blocked or flagged are audited with their records.
        for r in records {
            let Some(verdict) = &r.guard else { continue };
            let action = if verdict.get("blocked").is_some() {
                "guard.block"
            } else if verdict_flags(verdict) {
                "guard.flag"
            } else {
                continue;
            };
            super::audit::<(), _>(
                &mut tx,
                &r.principal,
                action,
                "request",
                &r.request_id,
                None,
                Some(verdict),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Money (nano-USD) and tokens (prompt + completion) already spent in
    /// `[from, to)`, for budgets; `column` is `principal`, `app` or `team`
    /// (`None`: the whole organisation). With `slot_ms`, one row per slot
    /// (`(at - from) / slot_ms`), for rolling windows.
    pub async fn usage_spent(
        &self,
        filter: Option<(SpentBy, &str)>,
        from: i64,
        to: i64,
        slot_ms: i64,
    ) -> Result<Vec<(i64, i64, i64)>> {
        let column = match filter.map(|(by, _)| by) {
            Some(SpentBy::Principal) => "principal = $4",
            Some(SpentBy::App) => "app = $4",
            Some(SpentBy::Team) => "team = $4",
            None => "CAST($4 AS TEXT) IS NULL",
        };
        // The column comes from the fixed list above; every value is a bound parameter.
        let sql = format!(
            "SELECT (at - $1) / $3 AS slot, CAST(SUM(cost_nano_usd) AS BIGINT) AS cost, \
             CAST(SUM(prompt_tokens + completion_tokens) AS BIGINT) AS tokens \
             FROM usage_records WHERE at >= $1 AND at < $2 AND {column} GROUP BY (at - $1) / $3"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(from)
            .bind(to)
            .bind(slot_ms.max(1))
            .bind(filter.map(|(_, value)| value.to_owned()))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get::<i64, _>("slot")?,
                    row.try_get::<Option<i64>, _>("cost")?.unwrap_or(0),
                    row.try_get::<Option<i64>, _>("tokens")?.unwrap_or(0),
                ))
            })
            .collect()
    }

    /// Raw records in a time range, newest first (for exports and tests).
    pub async fn usage_records(&self, from: i64, to: i64, limit: i64) -> Result<Vec<UsageRecord>> {
        let rows = sqlx::query("SELECT * FROM usage_records WHERE at >= $1 AND at < $2 ORDER BY at DESC LIMIT $3")
            .bind(from)
            .bind(to)
            .bind(limit.clamp(1, 100_000))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(UsageRecord {
                    request_id: row.try_get("request_id")?,
                    at: row.try_get("at")?,
                    principal: row.try_get("principal")?,
                    team: row.try_get("team")?,
                    app: row.try_get("app")?,
                    endpoint: row.try_get("endpoint")?,
                    model: row.try_get("model")?,
                    provider: row.try_get("provider")?,
                    upstream_model: row.try_get("upstream_model")?,
                    stream: row.try_get::<i64, _>("stream")? != 0,
                    status: u16::try_from(row.try_get::<i64, _>("status")?).unwrap_or(0),
                    error_code: row.try_get("error_code")?,
                    prompt_tokens: row.try_get::<i64, _>("prompt_tokens")?.max(0) as u64,
                    completion_tokens: row.try_get::<i64, _>("completion_tokens")?.max(0) as u64,
                    cached_tokens: row.try_get::<i64, _>("cached_tokens")?.max(0) as u64,
                    cache_write_tokens: row.try_get::<i64, _>("cache_write_tokens")?.max(0) as u64,
                    reasoning_tokens: row.try_get::<i64, _>("reasoning_tokens")?.max(0) as u64,
                    tokens_reported: row.try_get::<i64, _>("tokens_reported")? != 0,
                    cost_nano_usd: row.try_get("cost_nano_usd")?,
                    latency_us: row.try_get("latency_us")?,
                    ttft_us: row.try_get("ttft_us")?,
                    overhead_us: row.try_get("overhead_us")?,
                    target: row.try_get("target")?,
                    attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(0),
                    fallback_reason: row.try_get("fallback_reason")?,
                    guard: row
                        .try_get::<Option<String>, _>("guard")?
                        .and_then(|g| serde_json::from_str(&g).ok()),
                })
            })
            .collect()
    }

    /// Totals, and a time series when `granularity` is set, for the query's range and filters.
    pub async fn usage_report(&self, q: &UsageQuery, now: i64) -> Result<UsageReport> {
        let to = q.to.unwrap_or(now);
        let from = q.from.unwrap_or(to - 86_400_000);
        if from >= to {
            return Err(StoreError::Invalid("`from` must be before `to`".into()));
        }
        let bucket_ms =
            match &q.granularity {
                None => None,
                Some(name) => Some(granularity_ms(name).ok_or_else(|| {
                    StoreError::Invalid(format!("granularity `{name}` is not one of minute, hour, day"))
                })?),
            };
        if let Some(ms) = bucket_ms
            && (to - from) / ms > 10_000
        {
            return Err(StoreError::Invalid(
                "the series would have more than 10,000 buckets; widen the granularity".into(),
            ));
        }
        let totals = self.usage_rows(q, from, to, None).await?;
        let series = match bucket_ms {
            Some(ms) => Some(self.usage_rows(q, from, to, Some(ms)).await?),
            None => None,
        };
        Ok(UsageReport {
            from,
            to,
            totals,
            series,
        })
    }

    async fn usage_rows(&self, q: &UsageQuery, from: i64, to: i64, bucket_ms: Option<i64>) -> Result<Vec<UsageRow>> {
        let bucket = if bucket_ms.is_some() {
            "(at / $8) * $8"
        } else {
            "CAST($8 AS BIGINT)"
        };
        // Identifiers come from fixed lists above; every value is a bound parameter.
        let sql = format!(
            "SELECT {bucket} AS bucket, {group} AS grp, COUNT(*) AS requests, \
             CAST(SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS BIGINT) AS errors, \
             CAST(SUM(prompt_tokens) AS BIGINT) AS prompt_tokens, CAST(SUM(completion_tokens) AS BIGINT) AS completion_tokens, \
             CAST(SUM(cached_tokens) AS BIGINT) AS cached_tokens, CAST(SUM(reasoning_tokens) AS BIGINT) AS reasoning_tokens, \
             CAST(SUM(cost_nano_usd) AS BIGINT) AS cost, CAST(SUM(latency_us) AS BIGINT) AS latency \
             FROM usage_records WHERE at >= $1 AND at < $2 AND ($3 IS NULL OR team = $3) AND ($4 IS NULL OR app = $4) \
             AND ($5 IS NULL OR principal = $5) AND ($6 IS NULL OR model = $6) AND ($7 IS NULL OR provider = $7) \
             GROUP BY 1, 2 ORDER BY 1, 2",
            group = q.group_by.column(),
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(from)
            .bind(to)
            .bind(q.team.as_deref())
            .bind(q.app.as_deref())
            .bind(q.key.as_deref())
            .bind(q.model.as_deref())
            .bind(q.provider.as_deref())
            .bind(bucket_ms.unwrap_or(0))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let requests: i64 = row.try_get("requests")?;
                let latency: i64 = row.try_get("latency")?;
                Ok(UsageRow {
                    bucket: bucket_ms.map(|_| row.try_get("bucket")).transpose()?,
                    group: row.try_get("grp")?,
                    requests,
                    errors: row.try_get("errors")?,
                    prompt_tokens: row.try_get("prompt_tokens")?,
                    completion_tokens: row.try_get("completion_tokens")?,
                    cached_tokens: row.try_get("cached_tokens")?,
                    reasoning_tokens: row.try_get("reasoning_tokens")?,
                    cost_usd: row.try_get::<i64, _>("cost")? as f64 / 1e9,
                    avg_latency_ms: if requests > 0 {
                        latency as f64 / requests as f64 / 1000.0
                    } else {
                        0.0
                    },
                })
            })
            .collect()
    }
}
