//! Prices and cost: a built-in catalog of list prices (`catalog.yaml`),
//! overridable in config, compiled into each target so a call's cost is
//! arithmetic on the tokens it used — no lookup on the request path.
//!
//! Prices are kept in pico-USD (1e-12 $) per token, so every list price with
//! up to six decimals per million tokens is exact; costs are recorded in
//! nano-USD.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use gantry_protocol::usage::Tokens;
use schemars::JsonSchema;
use serde::Deserialize;

const CATALOG: &str = include_str!("catalog.yaml");

/// A price as written: USD per million tokens (and per hour for self-hosted models).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriceConfig {
    /// Input (prompt) tokens.
    #[serde(default)]
    pub input: f64,
    /// Output (completion) tokens, reasoning included unless `reasoning` is set.
    #[serde(default)]
    pub output: f64,
    /// Prompt tokens read from the provider's cache (default: `input`).
    #[serde(default)]
    pub cached_input: Option<f64>,
    /// Prompt tokens written to the provider's cache (default: `input`).
    #[serde(default)]
    pub cache_write: Option<f64>,
    /// Reasoning tokens, when priced apart from output (default: `output`).
    #[serde(default)]
    pub reasoning: Option<f64>,
    /// Self-hosted models: USD per hour of the serving hardware, attributed to
    /// each call by its duration (an approximation that ignores concurrency).
    #[serde(default)]
    pub per_hour: Option<f64>,
    #[serde(default)]
    pub context_window: Option<u64>,
    #[serde(default)]
    pub max_output: Option<u64>,
}

/// A compiled price, per token in pico-USD.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    input: u64,
    output: u64,
    cached_input: u64,
    cache_write: u64,
    reasoning: u64,
    /// USD per hour.
    per_hour: f64,
    pub context_window: Option<u64>,
    pub max_output: Option<u64>,
}

fn pico_per_token(usd_per_million: f64, what: &str) -> Result<u64, String> {
    if !usd_per_million.is_finite() || usd_per_million < 0.0 {
        return Err(format!(
            "{what} must be a non-negative number of USD per million tokens"
        ));
    }
    Ok((usd_per_million * 1e6).round() as u64)
}

impl Price {
    pub fn compile(cfg: &PriceConfig) -> Result<Price, String> {
        let input = pico_per_token(cfg.input, "input")?;
        let output = pico_per_token(cfg.output, "output")?;
        let per_hour = cfg.per_hour.unwrap_or(0.0);
        if !per_hour.is_finite() || per_hour < 0.0 {
            return Err("per_hour must be a non-negative number of USD".into());
        }
        Ok(Price {
            input,
            output,
            cached_input: cfg
                .cached_input
                .map(|p| pico_per_token(p, "cached_input"))
                .transpose()?
                .unwrap_or(input),
            cache_write: cfg
                .cache_write
                .map(|p| pico_per_token(p, "cache_write"))
                .transpose()?
                .unwrap_or(input),
            reasoning: cfg
                .reasoning
                .map(|p| pico_per_token(p, "reasoning"))
                .transpose()?
                .unwrap_or(output),
            per_hour,
            context_window: cfg.context_window,
            max_output: cfg.max_output,
        })
    }

    /// Input plus output price of one token, in pico-USD (to rank targets by cost).
    pub fn per_token_pico(&self) -> u64 {
        self.input.saturating_add(self.output)
    }

    /// The cost of one call in nano-USD. `prompt` includes cached and
    /// cache-write tokens; `completion` includes reasoning tokens.
    pub fn cost_nano_usd(&self, t: &Tokens, duration: Duration) -> i64 {
        let cached = t.cached.min(t.prompt);
        let written = t.cache_write.min(t.prompt - cached);
        let fresh = t.prompt - cached - written;
        let reasoning = t.reasoning.min(t.completion);
        let answer = t.completion - reasoning;
        let pico = u128::from(fresh) * u128::from(self.input)
            + u128::from(cached) * u128::from(self.cached_input)
            + u128::from(written) * u128::from(self.cache_write)
            + u128::from(answer) * u128::from(self.output)
            + u128::from(reasoning) * u128::from(self.reasoning);
        let tokens_nano = (pico + 500) / 1000;
        let hourly_nano = self.per_hour * duration.as_secs_f64() / 3600.0 * 1e9;
        i64::try_from(tokens_nano)
            .unwrap_or(i64::MAX)
            .saturating_add(hourly_nano.round() as i64)
    }
}

/// Prices by upstream model name.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: HashMap<String, Arc<Price>>,
}

impl Catalog {
    /// The built-in catalog with `overrides` (from config) on top.
    pub fn new(overrides: &BTreeMap<String, PriceConfig>) -> Result<Catalog, String> {
        let builtin: BTreeMap<String, PriceConfig> =
            serde_saphyr::from_str(CATALOG).map_err(|e| format!("the built-in price catalog is invalid: {e}"))?;
        let mut entries = HashMap::new();
        for (name, cfg) in builtin.iter().chain(overrides) {
            let price = Price::compile(cfg).map_err(|e| format!("price of `{name}`: {e}"))?;
            entries.insert(name.clone(), Arc::new(price));
        }
        Ok(Catalog { entries })
    }

    /// The price of a model: an exact entry, else the longest entry that
    /// prefixes the name followed by `-` (dated snapshots, `-latest` aliases).
    pub fn lookup(&self, model: &str) -> Option<Arc<Price>> {
        if let Some(price) = self.entries.get(model) {
            return Some(price.clone());
        }
        self.entries
            .iter()
            .filter(|(name, _)| {
                model.len() > name.len() && model.starts_with(name.as_str()) && model.as_bytes()[name.len()] == b'-'
            })
            .max_by_key(|(name, _)| name.len())
            .map(|(_, price)| price.clone())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(prompt: u64, completion: u64, cached: u64, cache_write: u64, reasoning: u64) -> Tokens {
        Tokens {
            prompt,
            completion,
            cached,
            cache_write,
            reasoning,
        }
    }

    #[test]
    fn the_builtin_catalog_parses_and_matches_snapshots() {
        let catalog = Catalog::new(&BTreeMap::new()).unwrap();
        assert!(catalog.len() > 30);
        let mini = catalog.lookup("gpt-4o-mini").unwrap();
        assert_eq!(
            catalog.lookup("gpt-4o-mini-2024-07-18").unwrap(),
            mini,
            "dated snapshot"
        );
        assert_ne!(
            catalog.lookup("gpt-4o-2024-08-06").unwrap(),
            mini,
            "gpt-4o, not gpt-4o-mini"
        );
        assert!(catalog.lookup("claude-sonnet-4-5-20250929").is_some());
        assert!(catalog.lookup("gpt-4o2").is_none(), "a prefix must end at a dash");
        assert!(catalog.lookup("llama3.1").is_none());
    }

    #[test]
    fn costs_by_hand_for_cached_and_reasoning_tokens() {
        let catalog = Catalog::new(&BTreeMap::new()).unwrap();
        let none = Duration::ZERO;
        // gpt-4o-mini: $0.15 in, $0.60 out, $0.075 cached, per million.
        // 1,000 prompt (400 cached) + 200 completion:
        // 600 × 0.15 + 400 × 0.075 + 200 × 0.60 = 90 + 30 + 120 = 240 µ$ = 240,000 n$.
        let mini = catalog.lookup("gpt-4o-mini").unwrap();
        assert_eq!(mini.cost_nano_usd(&tokens(1000, 200, 400, 0, 0), none), 240_000);
        // o4-mini: $1.10 in, $4.40 out (reasoning billed as output).
        // 500 prompt + 1,500 completion of which 1,200 reasoning:
        // 500 × 1.10 + 1,500 × 4.40 = 550 + 6,600 = 7,150 µ$.
        let o4 = catalog.lookup("o4-mini").unwrap();
        assert_eq!(o4.cost_nano_usd(&tokens(500, 1500, 0, 0, 1200), none), 7_150_000);
        // claude-sonnet-4-5: $3 in, $15 out, $0.30 cache read, $3.75 cache write.
        // 10,000 prompt = 2,000 fresh + 7,000 read + 1,000 written; 300 out:
        // 2,000 × 3 + 7,000 × 0.30 + 1,000 × 3.75 + 300 × 15 = 6,000 + 2,100 + 3,750 + 4,500 = 16,350 µ$.
        let sonnet = catalog.lookup("claude-sonnet-4-5").unwrap();
        assert_eq!(
            sonnet.cost_nano_usd(&tokens(10_000, 300, 7_000, 1_000, 0), none),
            16_350_000
        );
        // One token of gpt-5-nano input: $0.05 / 1M = 0.05 µ$ = 50 n$.
        let nano = catalog.lookup("gpt-5-nano").unwrap();
        assert_eq!(nano.cost_nano_usd(&tokens(1, 0, 0, 0, 0), none), 50);
    }

    #[test]
    fn overrides_and_separately_priced_reasoning_and_gpu_hours() {
        let mut overrides = BTreeMap::new();
        overrides.insert(
            "gpt-4o-mini".to_owned(),
            PriceConfig {
                input: 1.0,
                output: 2.0,
                ..Default::default()
            },
        );
        overrides.insert(
            "thinker".to_owned(),
            PriceConfig {
                input: 1.0,
                output: 2.0,
                reasoning: Some(10.0),
                ..Default::default()
            },
        );
        overrides.insert(
            "llama-gpu".to_owned(),
            PriceConfig {
                per_hour: Some(3.6),
                ..Default::default()
            },
        );
        let catalog = Catalog::new(&overrides).unwrap();
        let none = Duration::ZERO;
        assert_eq!(
            catalog
                .lookup("gpt-4o-mini")
                .unwrap()
                .cost_nano_usd(&tokens(1_000_000, 0, 0, 0, 0), none),
            1_000_000_000
        );
        // 100 in × 1 + 50 answer × 2 + 50 reasoning × 10 = 100 + 100 + 500 = 700 µ$.
        assert_eq!(
            catalog
                .lookup("thinker")
                .unwrap()
                .cost_nano_usd(&tokens(100, 100, 0, 0, 50), none),
            700_000
        );
        // $3.60 per hour for 2 seconds = $0.002.
        let gpu = catalog.lookup("llama-gpu").unwrap();
        assert_eq!(
            gpu.cost_nano_usd(&tokens(10, 10, 0, 0, 0), Duration::from_secs(2)),
            2_000_000
        );
        let bad = BTreeMap::from([(
            "x".to_owned(),
            PriceConfig {
                input: -1.0,
                ..Default::default()
            },
        )]);
        assert!(Catalog::new(&bad).is_err());
    }
}
