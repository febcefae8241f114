//! Cluster mode: the Redis that replicas share rate limits and budgets through.
//!
//! Every call to Redis is one atomic Lua script, bounded by `timeout_ms`. A
//! failure marks Redis down for `retry_after_ms`, during which callers use
//! their fallback (local counters, or a refusal) without waiting on Redis
//! again; the next call after that probes it. The connection manager
//! reconnects in the background.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{FromRedisValue, Script};
use tokio::time::Instant;

use crate::config::schema::{RedisConfig, RedisFailurePolicy};

pub struct Redis {
    client: redis::Client,
    manager_config: redis::aio::ConnectionManagerConfig,
    /// Made on first use: it needs a running Tokio runtime, which `gantry validate` has not.
    conn: tokio::sync::OnceCell<ConnectionManager>,
    pub prefix: String,
    timeout: Duration,
    retry_after: Duration,
    pub on_failure: RedisFailurePolicy,
    /// Milliseconds since `epoch` until which Redis counts as down (0: up).
    down_until_ms: AtomicU64,
    epoch: Instant,
}

impl std::fmt::Debug for Redis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redis").field("prefix", &self.prefix).finish()
    }
}

/// Why a Redis call gave no answer.
#[derive(Debug)]
pub enum Unavailable {
    /// Marked down by an earlier failure; not tried.
    Down,
    Timeout,
    Error(String),
}

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unavailable::Down => f.write_str("marked down after a recent failure"),
            Unavailable::Timeout => f.write_str("timed out"),
            Unavailable::Error(e) => f.write_str(e),
        }
    }
}

impl Redis {
    /// Connects lazily: nothing is sent until the first call, so a gateway starts
    /// (and serves, under its failure policy) while Redis is down.
    pub fn new(cfg: &RedisConfig) -> Result<Redis, String> {
        let url = crate::config::secrets::expand(&cfg.url)?;
        if !cfg.url.contains("${") && cfg.url.contains('@') {
            return Err("the url holds credentials: write them as ${env:NAME} or ${file:PATH}".to_owned());
        }
        let client = redis::Client::open(url.as_str()).map_err(|e| format!("bad url: {e}"))?;
        let timeout = Duration::from_millis(cfg.timeout_ms.max(1));
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(timeout))
            .set_response_timeout(Some(timeout))
            .set_number_of_retries(1);
        Ok(Redis {
            client,
            manager_config: config,
            conn: tokio::sync::OnceCell::new(),
            prefix: cfg.prefix.clone(),
            timeout,
            retry_after: Duration::from_millis(cfg.retry_after_ms),
            on_failure: cfg.on_failure,
            down_until_ms: AtomicU64::new(0),
            epoch: Instant::now(),
        })
    }

    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }

    /// Runs `script` with `keys` and `args`, within the timeout.
    pub async fn eval<T: FromRedisValue>(
        &self,
        script: &Script,
        keys: &[String],
        args: &[String],
    ) -> Result<T, Unavailable> {
        let down_until = self.down_until_ms.load(Ordering::Relaxed);
        if down_until != 0 && self.now_ms() < down_until {
            return Err(Unavailable::Down);
        }
        let mut invocation = script.prepare_invoke();
        for key in keys {
            invocation.key(key);
        }
        for arg in args {
            invocation.arg(arg);
        }
        let attempt = async {
            let mut conn = self
                .conn
                .get_or_try_init(|| async {
                    ConnectionManager::new_lazy_with_config(self.client.clone(), self.manager_config.clone())
                })
                .await?
                .clone();
            match invocation.invoke_async::<T>(&mut conn).await {
                // A connection broken while Redis was away: the manager reconnects, try once more.
                Err(e) if e.is_io_error() || e.is_connection_dropped() => invocation.invoke_async::<T>(&mut conn).await,
                other => other,
            }
        };
        let outcome = match tokio::time::timeout(self.timeout, attempt).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(Unavailable::Error(e.to_string())),
            Err(_) => Err(Unavailable::Timeout),
        };
        match &outcome {
            Ok(_) if down_until != 0 => {
                self.down_until_ms.store(0, Ordering::Relaxed);
                tracing::info!("redis is reachable again");
            }
            Ok(_) => {}
            Err(e) => {
                let until = self.now_ms() + self.retry_after.as_millis() as u64;
                if self.down_until_ms.swap(until.max(1), Ordering::Relaxed) == 0 {
                    tracing::warn!(error = %e, policy = ?self.on_failure, "redis failed; using the failure policy");
                }
            }
        }
        outcome
    }
}
