//! One error type for everything the gateway answers with, rendered in the
//! caller's protocol (OpenAI or Anthropic shape).

use serde_json::json;

/// An error the gateway returns to a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status for the client.
    pub status: u16,
    /// OpenAI `error.type`.
    pub kind: &'static str,
    /// Stable machine-readable `error.code`.
    pub code: String,
    /// A message a person can act on. Never contains secrets.
    pub message: String,
    pub param: Option<String>,
    /// Seconds the client should wait, for 429/503.
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: u16, kind: &'static str, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            code: code.into(),
            message: message.into(),
            param: None,
            retry_after: None,
        }
    }

    pub fn invalid_request(code: &str, message: impl Into<String>) -> Self {
        Self::new(400, "invalid_request_error", code, message)
    }

    pub fn with_param(mut self, param: &str) -> Self {
        self.param = Some(param.to_owned());
        self
    }

    /// The body OpenAI clients expect: `{"error":{"message","type","param","code"}}`.
    pub fn openai_body(&self) -> serde_json::Value {
        json!({
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.code,
            }
        })
    }

    /// The body Anthropic clients expect: `{"type":"error","error":{"type","message"}}`.
    pub fn anthropic_body(&self) -> serde_json::Value {
        json!({
            "type": "error",
            "error": { "type": self.anthropic_kind(), "message": self.message }
        })
    }

    /// Anthropic's error type for this status.
    pub fn anthropic_kind(&self) -> &'static str {
        match self.status {
            400 | 422 => "invalid_request_error",
            401 => "authentication_error",
            403 => "permission_error",
            404 => "not_found_error",
            413 => "request_too_large",
            429 => "rate_limit_error",
            503 | 529 => "overloaded_error",
            _ => "api_error",
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.status, self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

/// Maps an upstream provider's HTTP status to the status the client sees.
///
/// Client mistakes keep their status; the provider rejecting the gateway's own
/// credentials or failing is the gateway's problem (502/503), not the caller's.
pub fn client_status_for_upstream(status: u16) -> u16 {
    match status {
        400 | 404 | 409 | 413 | 415 | 422 | 429 => status,
        401 | 403 => 502,
        408 => 504,
        503 | 529 => 503,
        s if s >= 500 => 502,
        s if s >= 400 => 400,
        _ => 502,
    }
}

/// Builds the client-facing error for a failed upstream call.
pub fn upstream_error(provider: &str, status: u16, message: Option<String>, upstream_code: Option<String>) -> ApiError {
    let client_status = client_status_for_upstream(status);
    let (kind, code) = match status {
        401 | 403 => ("api_error", "upstream_auth_failed".to_owned()),
        429 => (
            "rate_limit_error",
            upstream_code.unwrap_or_else(|| "rate_limit_exceeded".to_owned()),
        ),
        408 => ("api_error", "upstream_timeout".to_owned()),
        s if s >= 500 => ("api_error", "upstream_error".to_owned()),
        _ => (
            "invalid_request_error",
            upstream_code.unwrap_or_else(|| "upstream_rejected".to_owned()),
        ),
    };
    let detail = message.unwrap_or_else(|| "no error message".to_owned());
    let message = match status {
        401 | 403 => format!("provider '{provider}' rejected the gateway's credentials (HTTP {status}): {detail}"),
        s if s >= 500 => format!("provider '{provider}' failed (HTTP {status}): {detail}"),
        _ => format!("provider '{provider}' rejected the request (HTTP {status}): {detail}"),
    };
    ApiError::new(client_status, kind, code, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_sensibly() {
        assert_eq!(client_status_for_upstream(400), 400);
        assert_eq!(client_status_for_upstream(401), 502);
        assert_eq!(client_status_for_upstream(429), 429);
        assert_eq!(client_status_for_upstream(500), 502);
        assert_eq!(client_status_for_upstream(529), 503);
        assert_eq!(client_status_for_upstream(408), 504);
    }

    #[test]
    fn bodies_have_the_documented_shapes() {
        let err = ApiError::invalid_request("invalid_json", "bad").with_param("messages");
        let body = err.openai_body();
        assert_eq!(body["error"]["type"], "invalid_request_error");
        assert_eq!(body["error"]["code"], "invalid_json");
        assert_eq!(body["error"]["param"], "messages");
        let body = err.anthropic_body();
        assert_eq!(body["type"], "error");
        assert_eq!(body["error"]["type"], "invalid_request_error");
    }

    #[test]
    fn upstream_auth_failure_is_not_blamed_on_the_client() {
        let err = upstream_error("openai", 401, Some("Incorrect API key".into()), None);
        assert_eq!(err.status, 502);
        assert_eq!(err.code, "upstream_auth_failed");
    }
}
