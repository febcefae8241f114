//! Alerts for operators: a warning in the log always, and a JSON POST to a
//! webhook when one is configured. Sent off the request path; a webhook that
//! fails is logged, never retried forever.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Uri};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::providers::HttpClient;

#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlertsConfig {
    /// Where alerts are POSTed as JSON.
    #[serde(default)]
    pub webhook: Option<WebhookConfig>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    pub url: String,
    /// Extra headers, e.g. `authorization: "Bearer ${env:HOOK_TOKEN}"`; values may use references.
    #[serde(default)]
    pub headers: std::collections::BTreeMap<String, String>,
}

/// A budget crossed one of its soft limits.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetAlert {
    pub budget: String,
    /// key, app, team or org.
    pub per: String,
    /// Which key (principal), app or team; `org` for the organisation.
    pub entity: String,
    /// The fraction of the cap crossed, e.g. 0.8.
    pub threshold: f64,
    /// `usd` or `tokens`.
    pub unit: &'static str,
    pub spent: f64,
    pub cap: f64,
    /// Unix ms when the budget's current window began.
    pub window_start_ms: i64,
}

struct Webhook {
    url: Uri,
    headers: HeaderMap,
    client: HttpClient,
}

#[derive(Default)]
pub struct Alerter {
    webhook: Option<Webhook>,
}

impl std::fmt::Debug for Alerter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Alerter")
            .field("webhook", &self.webhook.as_ref().map(|w| w.url.to_string()))
            .finish()
    }
}

const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(5);

impl Alerter {
    pub fn new(cfg: Option<&AlertsConfig>) -> Result<Alerter, String> {
        let Some(hook) = cfg.and_then(|c| c.webhook.as_ref()) else {
            return Ok(Alerter::default());
        };
        let url: Uri = crate::config::secrets::expand(&hook.url)?
            .parse()
            .map_err(|e| format!("webhook url: {e}"))?;
        let mut headers = HeaderMap::new();
        for (name, value) in &hook.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| format!("webhook header `{name}`: {e}"))?;
            let mut value = HeaderValue::from_str(&crate::config::secrets::expand(value)?)
                .map_err(|e| format!("webhook header `{name}`: {e}"))?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let timeouts = crate::config::schema::Timeouts {
            connect_ms: 2_000,
            ..Default::default()
        };
        Ok(Alerter {
            webhook: Some(Webhook {
                url,
                headers,
                client: crate::providers::build_client(&timeouts),
            }),
        })
    }

    pub fn budget(&self, alert: BudgetAlert) {
        tracing::warn!(
            target: "gantry::alerts",
            budget = %alert.budget,
            per = %alert.per,
            entity = %alert.entity,
            threshold = alert.threshold,
            unit = alert.unit,
            spent = alert.spent,
            cap = alert.cap,
            "budget soft limit crossed"
        );
        let Some(hook) = &self.webhook else { return };
        let body = serde_json::json!({"kind": "budget_threshold", "alert": alert});
        let mut request = http::Request::new(http_body_util::Full::new(Bytes::from(body.to_string())));
        *request.method_mut() = http::Method::POST;
        *request.uri_mut() = hook.url.clone();
        *request.headers_mut() = hook.headers.clone();
        let call = hook.client.request(request);
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
            match tokio::time::timeout(WEBHOOK_TIMEOUT, call).await {
                Ok(Ok(response)) if response.status().is_success() => {}
                Ok(Ok(response)) => tracing::warn!(status = %response.status(), "alert webhook refused the alert"),
                Ok(Err(e)) => tracing::warn!(error = %e, "alert webhook unreachable"),
                Err(_) => tracing::warn!("alert webhook timed out"),
            }
        });
    }
}
