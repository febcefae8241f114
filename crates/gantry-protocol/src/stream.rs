//! Streaming in the canonical shape: provider decoders turn upstream SSE events
//! into OpenAI chunks; client encoders turn chunks into the caller's SSE protocol.

use crate::error::ApiError;
use crate::openai::{ChatChunk, ErrorBody};
use crate::sse::{SseEvent, frame};

/// Where a decoder is after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Continue,
    /// The upstream signalled a normal end; nothing more is expected.
    Done,
}

/// Turns one provider's stream events into canonical chunks.
pub trait ChunkDecoder: Send {
    /// Handles one event, appending the chunks it yields.
    fn on_event(&mut self, event: &SseEvent, out: &mut Vec<ChatChunk>) -> Result<Progress, ApiError>;

    /// Called when the upstream body ends. A stream that ends before its
    /// terminal event is an error, never a silent normal end.
    fn on_end(&mut self, out: &mut Vec<ChatChunk>) -> Result<(), ApiError>;
}

/// The error a client sees when an upstream stream stops early.
pub fn stream_cut(provider: &str) -> ApiError {
    ApiError::new(
        502,
        "api_error",
        "upstream_stream_interrupted",
        format!("the stream from provider '{provider}' ended before its final event"),
    )
}

/// The error for an upstream event that could not be understood.
pub fn bad_upstream_event(provider: &str, detail: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        502,
        "api_error",
        "upstream_bad_response",
        format!("provider '{provider}' sent a stream event the gateway could not read: {detail}"),
    )
}

/// Decodes OpenAI (and OpenAI-compatible) `chat.completion.chunk` streams.
pub struct OpenAiDecoder {
    provider: String,
    saw_finish: bool,
}

impl OpenAiDecoder {
    pub fn new(provider: &str) -> Self {
        Self {
            provider: provider.to_owned(),
            saw_finish: false,
        }
    }
}

impl ChunkDecoder for OpenAiDecoder {
    fn on_event(&mut self, event: &SseEvent, out: &mut Vec<ChatChunk>) -> Result<Progress, ApiError> {
        let data = event.data.trim();
        if data == "[DONE]" {
            return Ok(Progress::Done);
        }
        if data.is_empty() {
            return Ok(Progress::Continue);
        }
        if data.starts_with("{\"error\"")
            && let Ok(body) = serde_json::from_str::<ErrorBody>(data)
        {
            return Err(crate::error::upstream_error(
                &self.provider,
                500,
                Some(body.error.message),
                body.error.code,
            ));
        }
        let chunk: ChatChunk = serde_json::from_str(data).map_err(|e| bad_upstream_event(&self.provider, e))?;
        if chunk.choices.iter().any(|c| c.finish_reason.is_some()) {
            self.saw_finish = true;
        }
        out.push(chunk);
        Ok(Progress::Continue)
    }

    fn on_end(&mut self, _out: &mut Vec<ChatChunk>) -> Result<(), ApiError> {
        // Some OpenAI-compatible servers omit `[DONE]`; a finish reason is enough.
        if self.saw_finish {
            Ok(())
        } else {
            Err(stream_cut(&self.provider))
        }
    }
}

/// Writes canonical chunks to a client in one protocol.
pub trait ClientEncoder: Send {
    fn chunk(&mut self, chunk: &ChatChunk, out: &mut Vec<u8>);
    fn done(&mut self, out: &mut Vec<u8>);
    fn error(&mut self, error: &ApiError, out: &mut Vec<u8>);
}

/// OpenAI SSE for clients: `data: {chunk}` frames and `data: [DONE]`.
pub struct OpenAiEncoder {
    include_usage: bool,
}

impl OpenAiEncoder {
    pub fn new(include_usage: bool) -> Self {
        Self { include_usage }
    }
}

impl ClientEncoder for OpenAiEncoder {
    fn chunk(&mut self, chunk: &ChatChunk, out: &mut Vec<u8>) {
        let usage_only = chunk.choices.is_empty() && chunk.usage.is_some();
        if usage_only && !self.include_usage {
            return;
        }
        let json = if !self.include_usage && chunk.usage.is_some() {
            let mut stripped = chunk.clone();
            stripped.usage = None;
            serde_json::to_string(&stripped)
        } else {
            serde_json::to_string(chunk)
        };
        if let Ok(json) = json {
            out.extend_from_slice(&frame(None, &json));
        }
    }

    fn done(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"data: [DONE]\n\n");
    }

    fn error(&mut self, error: &ApiError, out: &mut Vec<u8>) {
        out.extend_from_slice(&frame(None, &error.openai_body().to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::openai::{ChunkChoice, Delta, Usage};

    fn ev(data: &str) -> SseEvent {
        SseEvent {
            event: None,
            data: data.to_owned(),
        }
    }

    #[test]
    fn decoder_reads_chunks_done_and_errors() {
        let mut dec = OpenAiDecoder::new("p");
        let mut out = Vec::new();
        let progress = dec
            .on_event(&ev(r#"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":null}]}"#), &mut out)
            .unwrap();
        assert_eq!(progress, Progress::Continue);
        assert_eq!(out[0].choices[0].delta.content.as_deref(), Some("hi"));
        assert_eq!(dec.on_event(&ev("[DONE]"), &mut out).unwrap(), Progress::Done);
        let err = dec
            .on_event(&ev(r#"{"error":{"message":"boom","type":"server_error"}}"#), &mut out)
            .unwrap_err();
        assert!(err.message.contains("boom"));
    }

    #[test]
    fn stream_without_finish_or_done_is_cut() {
        let mut dec = OpenAiDecoder::new("p");
        assert_eq!(
            dec.on_end(&mut Vec::new()).unwrap_err().code,
            "upstream_stream_interrupted"
        );
    }

    #[test]
    fn encoder_hides_usage_unless_asked() {
        let usage_chunk = ChatChunk {
            id: "c".into(),
            object: "chat.completion.chunk".into(),
            created: 1,
            model: "m".into(),
            choices: vec![],
            usage: Some(Usage::new(3, 4, None, None)),
        };
        let mut out = Vec::new();
        OpenAiEncoder::new(false).chunk(&usage_chunk, &mut out);
        assert!(out.is_empty());
        OpenAiEncoder::new(true).chunk(&usage_chunk, &mut out);
        assert!(String::from_utf8_lossy(&out).contains("\"prompt_tokens\":3"));
        let mut with_choice = usage_chunk.clone();
        with_choice.choices.push(ChunkChoice {
            index: 0,
            delta: Delta::default(),
            finish_reason: Some("stop".into()),
            logprobs: None,
        });
        let mut out = Vec::new();
        OpenAiEncoder::new(false).chunk(&with_choice, &mut out);
        assert!(!String::from_utf8_lossy(&out).contains("usage"));
    }
}
