//! `[[mock:...]]` directives: per-request fault injection written in the last
//! user message, so that they pass through a gateway unchanged.

use std::time::Duration;

use crate::MockConfig;

const OPEN: &str = "[[mock:";
const CLOSE: &str = "]]";

/// The directives of one request. `None`/`false`/0 means "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Directives {
    pub status: Option<u16>,
    pub delay_ms: Option<u64>,
    pub ttft_ms: Option<u64>,
    pub token_interval_ms: Option<u64>,
    pub tokens: Option<usize>,
    pub disconnect_after: Option<usize>,
    pub hang: bool,
    pub cached_tokens: u64,
    pub reasoning_tokens: u64,
    pub mid_stream_error: bool,
    /// Streams: send the headers, then close without a single event.
    pub empty_stream: bool,
    /// Streams: cut the text reply into pieces of this many characters.
    pub chunk_chars: Option<usize>,
}

impl Directives {
    /// Parses every directive in `text` (later ones win) and returns `text`
    /// with the directives removed.
    pub(crate) fn parse(text: &str) -> (Directives, String) {
        let mut directives = Directives::default();
        if !text.contains(OPEN) {
            return (directives, text.to_owned());
        }
        let mut cleaned = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find(OPEN) {
            let inner_start = start + OPEN.len();
            let Some(len) = rest[inner_start..].find(CLOSE) else {
                break;
            };
            cleaned.push_str(&rest[..start]);
            cleaned.push(' ');
            for item in rest[inner_start..inner_start + len].split(',') {
                directives.apply(item.trim());
            }
            rest = &rest[inner_start + len + CLOSE.len()..];
        }
        cleaned.push_str(rest);
        (directives, cleaned)
    }

    /// Merges the directives found in several texts (e.g. embedding inputs).
    pub(crate) fn merge(&mut self, other: Directives) {
        let defaults = Directives::default();
        if other == defaults {
            return;
        }
        self.status = other.status.or(self.status);
        self.delay_ms = other.delay_ms.or(self.delay_ms);
        self.ttft_ms = other.ttft_ms.or(self.ttft_ms);
        self.token_interval_ms = other.token_interval_ms.or(self.token_interval_ms);
        self.tokens = other.tokens.or(self.tokens);
        self.disconnect_after = other.disconnect_after.or(self.disconnect_after);
        self.hang |= other.hang;
        self.mid_stream_error |= other.mid_stream_error;
        self.empty_stream |= other.empty_stream;
        self.chunk_chars = other.chunk_chars.or(self.chunk_chars);
        if other.cached_tokens != 0 {
            self.cached_tokens = other.cached_tokens;
        }
        if other.reasoning_tokens != 0 {
            self.reasoning_tokens = other.reasoning_tokens;
        }
    }

    fn apply(&mut self, item: &str) {
        let (key, value) = match item.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (item, None),
        };
        let number = value.and_then(|v| v.parse::<u64>().ok());
        match key {
            "status" => {
                self.status = number
                    .and_then(|n| u16::try_from(n).ok())
                    .filter(|n| (400..=599).contains(n))
            }
            "delay_ms" => self.delay_ms = number,
            "ttft_ms" => self.ttft_ms = number,
            "token_interval_ms" => self.token_interval_ms = number,
            "tokens" => self.tokens = number.and_then(|n| usize::try_from(n).ok()),
            "disconnect_after" => self.disconnect_after = number.and_then(|n| usize::try_from(n).ok()),
            "hang" => self.hang = true,
            "cached_tokens" => self.cached_tokens = number.unwrap_or(0),
            "reasoning_tokens" => self.reasoning_tokens = number.unwrap_or(0),
            "mid_stream_error" => self.mid_stream_error = true,
            "empty_stream" => self.empty_stream = true,
            "chunk_chars" => self.chunk_chars = number.and_then(|n| usize::try_from(n).ok()),
            _ => {}
        }
    }

    /// Delay before the response headers.
    pub(crate) fn delay(&self, config: &MockConfig) -> Duration {
        Duration::from_millis(self.delay_ms.unwrap_or(config.latency_ms))
    }

    pub(crate) fn ttft(&self, config: &MockConfig) -> Duration {
        Duration::from_millis(self.ttft_ms.unwrap_or(config.ttft_ms))
    }

    pub(crate) fn token_interval(&self, config: &MockConfig) -> Duration {
        Duration::from_millis(self.token_interval_ms.unwrap_or(config.token_interval_ms))
    }

    /// How long generating `tokens` tokens takes (used to delay non-streaming replies).
    pub(crate) fn generation_time(&self, config: &MockConfig, tokens: usize) -> Duration {
        let steps = u32::try_from(tokens.saturating_sub(1)).unwrap_or(u32::MAX);
        self.ttft(config)
            .saturating_add(self.token_interval(config).saturating_mul(steps))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_strips() {
        let (d, text) = Directives::parse("hello [[mock:status=500]] world [[mock:hang, tokens=3]]");
        assert_eq!(d.status, Some(500));
        assert!(d.hang);
        assert_eq!(d.tokens, Some(3));
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), ["hello", "world"]);
    }

    #[test]
    fn ignores_unknown_and_bad_values() {
        let (d, text) = Directives::parse("[[mock:status=200]][[mock:nope=1]] x [[mock:unclosed");
        assert_eq!(d, Directives::default());
        assert_eq!(text.trim(), "x [[mock:unclosed");
    }
}
