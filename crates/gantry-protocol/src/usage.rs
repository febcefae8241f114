//! Token counts as providers report them, read from answers in the client's
//! protocol (OpenAI or Anthropic shape), whole or streamed.
//!
//! Normalised so that every provider means the same thing: `prompt` counts
//! every input token (cached ones included), `cached` the part read from the
//! provider's prompt cache, `cache_write` the part written to it, `completion`
//! every output token (reasoning included), `reasoning` the hidden part.

use serde::Deserialize;

use crate::openai::{CompletionTokensDetails, PromptTokensDetails};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tokens {
    pub prompt: u64,
    pub completion: u64,
    pub cached: u64,
    pub cache_write: u64,
    pub reasoning: u64,
}

/// The OpenAI usage block, lenient: embeddings have no completion side.
#[derive(Deserialize, Default)]
struct OpenAiUsage {
    #[serde(default)]
    prompt_tokens: u64,
    #[serde(default)]
    completion_tokens: u64,
    #[serde(default)]
    prompt_tokens_details: Option<PromptTokensDetails>,
    #[serde(default)]
    completion_tokens_details: Option<CompletionTokensDetails>,
}

#[derive(Deserialize)]
struct WithOpenAiUsage {
    #[serde(default)]
    usage: Option<OpenAiUsage>,
}

#[derive(Deserialize)]
struct WithAnthropicUsage {
    #[serde(default)]
    usage: Option<crate::anthropic::Usage>,
}

#[derive(Deserialize)]
struct AnthropicMessageStart {
    message: WithAnthropicUsage,
}

impl Tokens {
    /// From OpenAI's fields: prompt and completion, with the cached and reasoning details.
    fn from_openai_parts(
        prompt: u64,
        completion: u64,
        prompt_details: Option<&PromptTokensDetails>,
        completion_details: Option<&CompletionTokensDetails>,
    ) -> Tokens {
        Tokens {
            prompt,
            completion,
            cached: prompt_details.and_then(|d| d.cached_tokens).unwrap_or(0),
            cache_write: 0,
            reasoning: completion_details.and_then(|d| d.reasoning_tokens).unwrap_or(0),
        }
    }

    fn from_openai(u: &OpenAiUsage) -> Tokens {
        Self::from_openai_parts(
            u.prompt_tokens,
            u.completion_tokens,
            u.prompt_tokens_details.as_ref(),
            u.completion_tokens_details.as_ref(),
        )
    }

    /// From the canonical (OpenAI) usage block.
    pub fn from_canonical(u: &crate::openai::Usage) -> Tokens {
        Self::from_openai_parts(
            u.prompt_tokens,
            u.completion_tokens,
            u.prompt_tokens_details.as_ref(),
            u.completion_tokens_details.as_ref(),
        )
    }

    /// Anthropic's `input_tokens` excludes cache reads and writes; add them back.
    pub fn from_anthropic(u: &crate::anthropic::Usage) -> Tokens {
        let read = u.cache_read_input_tokens.unwrap_or(0);
        let write = u.cache_creation_input_tokens.unwrap_or(0);
        Tokens {
            prompt: u.input_tokens + read + write,
            completion: u.output_tokens,
            cached: read,
            cache_write: write,
            reasoning: 0,
        }
    }

    pub fn total(&self) -> u64 {
        self.prompt + self.completion
    }
}

/// The `usage` object of an answer, parsed on its own: found by the last
/// `"usage":` in the body (both APIs put it after the content, and inside a
/// JSON string that byte sequence cannot occur — its quotes would be escaped),
/// so the rest of a long answer is not parsed again. Falls back to parsing
/// the whole body.
fn usage_value<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    const KEY: &[u8] = b"\"usage\":";
    let at = body.windows(KEY.len()).rposition(|w| w == KEY)?;
    let rest = &body[at + KEY.len()..];
    let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
    values.next()?.ok()
}

/// The usage of a whole OpenAI-shaped answer (chat, completions, embeddings).
pub fn openai_body(body: &[u8]) -> Option<Tokens> {
    if let Some(usage) = usage_value::<OpenAiUsage>(body) {
        return Some(Tokens::from_openai(&usage));
    }
    let parsed: WithOpenAiUsage = serde_json::from_slice(body).ok()?;
    parsed.usage.as_ref().map(Tokens::from_openai)
}

/// The usage of a whole Anthropic Messages answer.
pub fn anthropic_body(body: &[u8]) -> Option<Tokens> {
    if let Some(usage) = usage_value::<crate::anthropic::Usage>(body) {
        return Some(Tokens::from_anthropic(&usage));
    }
    let parsed: WithAnthropicUsage = serde_json::from_slice(body).ok()?;
    parsed.usage.as_ref().map(Tokens::from_anthropic)
}

/// An OpenAI stream chunk: only chunks that carry usage are parsed (a
/// substring test first, so ordinary deltas cost a scan, not a parse).
pub fn openai_chunk(data: &str) -> Option<Tokens> {
    if !data.contains("\"usage\":{") {
        return None;
    }
    openai_body(data.as_bytes())
}

/// An Anthropic stream event: `message_start` carries the input side,
/// `message_delta` the cumulative output side. Updates `tokens` in place.
pub fn anthropic_event(event: &str, data: &str, tokens: &mut Tokens) -> bool {
    match event {
        "message_start" => {
            let Ok(start) = serde_json::from_str::<AnthropicMessageStart>(data) else {
                return false;
            };
            let Some(usage) = start.message.usage else { return false };
            let t = Tokens::from_anthropic(&usage);
            tokens.prompt = t.prompt;
            tokens.cached = t.cached;
            tokens.cache_write = t.cache_write;
            tokens.completion = tokens.completion.max(t.completion);
            true
        }
        "message_delta" => {
            let Ok(delta) = serde_json::from_str::<WithAnthropicUsage>(data) else {
                return false;
            };
            let Some(usage) = delta.usage else { return false };
            tokens.completion = tokens.completion.max(usage.output_tokens);
            // Newer streams repeat the input side on the final delta.
            if usage.input_tokens > 0 || usage.cache_read_input_tokens.is_some() {
                let t = Tokens::from_anthropic(&usage);
                tokens.prompt = tokens.prompt.max(t.prompt);
                tokens.cached = tokens.cached.max(t.cached);
                tokens.cache_write = tokens.cache_write.max(t.cache_write);
            }
            true
        }
        _ => false,
    }
}

/// A token estimate from text length: ~4 characters per token, the usual
/// rule of thumb for English with GPT-style tokenizers (marked as estimated
/// wherever it is used).
pub fn estimate_tokens(chars: u64) -> u64 {
    chars.div_ceil(4)
}

/// Length of every JSON string value of `field` in `json` (scanned, not
/// parsed: cheap enough for every stream chunk). A `\x` escape counts as one
/// character, a `\uXXXX` as five: close enough for an estimate.
pub fn string_field_len(json: &str, field: &str) -> u64 {
    let bytes = json.as_bytes();
    let mut total = 0u64;
    let mut from = 0;
    while let Some(at) = json[from..].find(field) {
        let start = from + at;
        from = start + field.len();
        // `"field":"` — the name must be quoted and followed by a string value.
        let quoted = start > 0 && bytes[start - 1] == b'"' && bytes.get(from) == Some(&b'"');
        if !quoted {
            continue;
        }
        let mut i = from + 1;
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b':') {
            i += 1;
        }
        if bytes.get(i) != Some(&b'"') {
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i] != b'"' {
            if bytes[i] == b'\\' {
                i += 1;
            }
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if i < bytes.len() && (bytes[i] & 0xC0) != 0x80 {
                total += 1;
            }
            i += 1;
        }
        from = i.min(bytes.len());
    }
    total
}

/// Characters of generated text in an OpenAI stream chunk (content, refusal,
/// reasoning and tool-call arguments).
pub fn openai_delta_chars(data: &str) -> u64 {
    ["content", "refusal", "reasoning_content", "arguments"]
        .iter()
        .map(|f| string_field_len(data, f))
        .sum()
}

/// Characters of generated text in an Anthropic `content_block_delta` event.
pub fn anthropic_delta_chars(data: &str) -> u64 {
    ["text", "partial_json", "thinking"]
        .iter()
        .map(|f| string_field_len(data, f))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_text_is_measured_without_parsing() {
        let chunk =
            r#"{"id":"c","choices":[{"index":0,"delta":{"content":"Hello, w\u00f6rld \"x\""},"finish_reason":null}]}"#;
        // `Hello, w` 8 + `\u00f6` 5 (a \u escape counts as its hex digits) + `rld ` 4 + `\"x\"` 3.
        assert_eq!(openai_delta_chars(chunk), 20);
        assert_eq!(string_field_len(r#"{"content":"abcd"}"#, "content"), 4);
        assert_eq!(string_field_len(r#"{"content":null,"x":"content"}"#, "content"), 0);
        assert_eq!(
            string_field_len(r#"{"content":"héllo"}"#, "content"),
            5,
            "characters, not bytes"
        );
        assert_eq!(
            string_field_len(r#"{"a":{"content":"ab"},"b":{"content":"cd"}}"#, "content"),
            4
        );
        let tool = r#"{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1}"}}]}}]}"#;
        assert_eq!(openai_delta_chars(tool), 7);
        let anthropic = r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi there"}}"#;
        assert_eq!(anthropic_delta_chars(anthropic), 8);
        assert_eq!(estimate_tokens(9), 3);
        assert_eq!(string_field_len(r#"{"content":"unterminated"#, "content"), 12);
    }

    #[test]
    fn openai_usage_with_details_and_embeddings() {
        let body = br#"{"id":"x","usage":{"prompt_tokens":100,"completion_tokens":40,"total_tokens":140,
            "prompt_tokens_details":{"cached_tokens":64},"completion_tokens_details":{"reasoning_tokens":12}}}"#;
        assert_eq!(
            openai_body(body),
            Some(Tokens {
                prompt: 100,
                completion: 40,
                cached: 64,
                cache_write: 0,
                reasoning: 12
            })
        );
        let embed = br#"{"object":"list","data":[],"usage":{"prompt_tokens":8,"total_tokens":8}}"#;
        assert_eq!(openai_body(embed).map(|t| (t.prompt, t.completion)), Some((8, 0)));
        assert_eq!(openai_body(b"{}"), None);
        // A reply that talks about usage does not confuse the search.
        let tricky = br#"{"choices":[{"message":{"content":"{\"usage\": {\"prompt_tokens\": 999}}"}}],"usage":{"prompt_tokens":2,"completion_tokens":3,"total_tokens":5}}"#;
        assert_eq!(openai_body(tricky).map(|t| (t.prompt, t.completion)), Some((2, 3)));
        let spaced = br#"{"usage" : {"prompt_tokens":4,"completion_tokens":1}, "id":"x"}"#;
        assert_eq!(
            openai_body(spaced).map(|t| t.prompt),
            Some(4),
            "falls back to a full parse"
        );
        assert_eq!(openai_body(br#"{"usage":null}"#), None);
        assert_eq!(openai_body(b"not json"), None);
        assert_eq!(openai_chunk(r#"{"choices":[{"delta":{"content":"hi"}}]}"#), None);
        assert_eq!(
            openai_chunk(r#"{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}"#)
                .map(|t| t.total()),
            Some(5)
        );
    }

    #[test]
    fn anthropic_counts_cache_reads_and_writes_as_input() {
        let body = br#"{"usage":{"input_tokens":10,"output_tokens":5,"cache_read_input_tokens":100,"cache_creation_input_tokens":20}}"#;
        assert_eq!(
            anthropic_body(body),
            Some(Tokens {
                prompt: 130,
                completion: 5,
                cached: 100,
                cache_write: 20,
                reasoning: 0
            })
        );
        let mut t = Tokens::default();
        assert!(anthropic_event(
            "message_start",
            r#"{"type":"message_start","message":{"id":"m","usage":{"input_tokens":25,"output_tokens":1,"cache_read_input_tokens":5}}}"#,
            &mut t
        ));
        assert!(anthropic_event(
            "message_delta",
            r#"{"type":"message_delta","delta":{},"usage":{"output_tokens":17}}"#,
            &mut t
        ));
        assert!(!anthropic_event("content_block_delta", "{}", &mut t));
        assert_eq!(
            t,
            Tokens {
                prompt: 30,
                completion: 17,
                cached: 5,
                cache_write: 0,
                reasoning: 0
            }
        );
    }
}
