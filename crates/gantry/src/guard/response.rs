//! The answer side: placeholders are given back their originals, and the
//! answer is checked for entities and moderation rules — whole, or as it
//! streams, one text channel (a choice's content, a tool call's arguments,
//! an Anthropic content block) at a time.

use std::borrow::Cow;
use std::sync::Arc;

use bytes::Bytes;
use gantry_guard::{Blocked, Channel, OutputChecks, OutputVerdict, Vault};
use gantry_protocol::ApiError;
use gantry_protocol::openai::ChatChunk;
use gantry_protocol::sse::SseEvent;
use serde_json::{Value, json};

use super::{GuardPolicy, Verdict, count_into, every_string};
use crate::pipeline::{ClientWire, Endpoint};

/// The kind of text a channel carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// JSON text of tool-call arguments (placeholders restored JSON-escaped).
    Arguments,
}

/// One answer's guard: its policy, the call's vault and the channels' state.
pub struct OutputGuard {
    policy: Arc<GuardPolicy>,
    vault: Option<Vault>,
    /// Keyed by (choice or block index, tool-call index + 1 or 0, kind).
    channels: Vec<((u32, u32, Kind), Channel)>,
    seen: OutputVerdict,
    blocked: Option<Blocked>,
}

impl OutputGuard {
    /// A guard for the answer, or `None` when it needs neither checks nor restoring.
    pub fn new(policy: &Arc<GuardPolicy>, vault: Option<Vault>) -> Option<OutputGuard> {
        if !policy.checks_answers() && vault.is_none() {
            return None;
        }
        Some(OutputGuard {
            policy: policy.clone(),
            vault,
            channels: Vec::new(),
            seen: OutputVerdict::default(),
            blocked: None,
        })
    }

    fn channel_text(&mut self, key: (u32, u32, Kind), text: &str, last: bool) -> Result<String, Blocked> {
        let policy = &*self.policy;
        let checks = OutputChecks {
            entities: policy.answer_entities.as_ref(),
            moderation: policy.moderation.as_ref().map(|m| &m.moderator),
            moderation_blocks: policy.moderation.as_ref().is_some_and(|m| m.block),
            vault: self.vault.as_ref(),
            window: policy.window,
        };
        let at = match self.channels.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                self.channels.push((key, Channel::default()));
                self.channels.len() - 1
            }
        };
        let channel = &mut self.channels[at].1;
        let json = key.2 == Kind::Arguments;
        let mut out = if text.is_empty() {
            Ok(String::new())
        } else {
            channel.push(text, json, &checks, &mut self.seen)
        };
        if last && let Ok(sent) = &mut out {
            match channel.finish(json, &checks, &mut self.seen) {
                Ok(rest) => sent.push_str(&rest),
                Err(b) => out = Err(b),
            }
        }
        if let Err(b) = out {
            self.blocked = Some(b);
        }
        out
    }

    /// The keys of `index`'s channels that still hold text.
    fn holding(&self, index: u32) -> Vec<(u32, u32, Kind)> {
        self.channels
            .iter()
            .filter(|((i, _, _), c)| *i == index && c.holds())
            .map(|(k, _)| *k)
            .collect()
    }

    /// The error for a blocked answer, in terms the client may see.
    pub fn blocked_error(&self, blocked: Blocked) -> ApiError {
        let message = match blocked {
            Blocked::Rule(_) => self
                .policy
                .moderation
                .as_ref()
                .map_or_else(String::new, |m| m.message.clone()),
            Blocked::Entity(label) => {
                let name = self
                    .policy
                    .answer_entities
                    .as_ref()
                    .map_or("", |e| e.scanner.name(label));
                format!("the answer contained data this gateway's policy does not let through: {name}")
            }
        };
        ApiError::new(400, "invalid_request_error", "output_blocked", message)
    }

    /// Adds what the answer's checks saw to the call's verdict.
    pub fn merge_into(&self, verdict: &mut Verdict) {
        if let Some(entities) = &self.policy.answer_entities {
            count_into(&mut verdict.answer, entities, &self.seen.entities, true);
        }
        if let Some(m) = &self.policy.moderation {
            verdict
                .moderation
                .extend(self.seen.rules.iter().map(|r| m.moderator.id(*r).to_owned()));
        }
        match self.blocked {
            Some(Blocked::Rule(_)) => verdict.blocked = Some("moderation"),
            Some(Blocked::Entity(_)) => verdict.blocked = Some("answer_pii"),
            None => {}
        }
    }

    /// Guards an OpenAI stream chunk (`data:` of one event); `None` leaves it as it is.
    pub fn openai_event(&mut self, data: &str) -> Result<Option<String>, Blocked> {
        let Ok(mut value) = serde_json::from_str::<Value>(data) else {
            return Ok(None);
        };
        if self.openai_chunk_value(&mut value)? {
            Ok(Some(value.to_string()))
        } else {
            Ok(None)
        }
    }

    /// Guards a canonical chunk (translated streams).
    pub fn chunk(&mut self, chunk: &mut ChatChunk) -> Result<(), Blocked> {
        let Ok(mut value) = serde_json::to_value(&*chunk) else {
            return Ok(());
        };
        if self.openai_chunk_value(&mut value)?
            && let Ok(guarded) = serde_json::from_value(value)
        {
            *chunk = guarded;
        }
        Ok(())
    }

    fn openai_chunk_value(&mut self, value: &mut Value) -> Result<bool, Blocked> {
        let Some(Value::Array(choices)) = value.get_mut("choices") else {
            return Ok(false);
        };
        let mut changed = false;
        for choice in choices {
            let index = choice.get("index").and_then(Value::as_u64).unwrap_or(0) as u32;
            let last = !choice.get("finish_reason").is_none_or(Value::is_null);
            let Some(delta) = choice.get_mut("delta") else { continue };
            if let Some(Value::String(text)) = delta.get_mut("content") {
                let out = self.channel_text((index, 0, Kind::Text), text, last)?;
                changed |= out != *text;
                *text = out;
            }
            if let Some(Value::Array(calls)) = delta.get_mut("tool_calls") {
                for call in calls {
                    let tool = call.get("index").and_then(Value::as_u64).unwrap_or(0) as u32 + 1;
                    if let Some(Value::String(args)) = call.pointer_mut("/function/arguments") {
                        let out = self.channel_text((index, tool, Kind::Arguments), args, last)?;
                        changed |= out != *args;
                        *args = out;
                    }
                }
            }
            if last {
                // The choice ends: whatever is still held back goes out with this chunk.
                for key in self.holding(index) {
                    let rest = self.channel_text(key, "", true)?;
                    let Value::Object(delta) = delta else { continue };
                    match key.2 {
                        Kind::Text => {
                            let prior = delta.get("content").and_then(Value::as_str).unwrap_or("");
                            delta.insert("content".into(), Value::String(format!("{prior}{rest}")));
                        }
                        Kind::Arguments => {
                            let calls = delta.entry("tool_calls").or_insert_with(|| json!([]));
                            if let Value::Array(calls) = calls {
                                calls.push(json!({"index": key.1 - 1, "function": {"arguments": rest}}));
                            }
                        }
                    }
                    changed = true;
                }
            }
        }
        Ok(changed)
    }

    /// Guards one Anthropic stream event; returns the events to send in its place.
    pub fn anthropic_event(&mut self, event: &SseEvent) -> Result<Option<Vec<SseEvent>>, Blocked> {
        match event.event.as_deref() {
            Some("content_block_delta") => {
                let Ok(mut value) = serde_json::from_str::<Value>(&event.data) else {
                    return Ok(None);
                };
                let index = value.get("index").and_then(Value::as_u64).unwrap_or(0) as u32;
                let (field, kind) = match value.pointer("/delta/type").and_then(Value::as_str) {
                    Some("text_delta") => ("text", Kind::Text),
                    Some("input_json_delta") => ("partial_json", Kind::Arguments),
                    _ => return Ok(None),
                };
                let Some(Value::String(text)) = value.get_mut("delta").and_then(|d| d.get_mut(field)) else {
                    return Ok(None);
                };
                let out = self.channel_text((index, 0, kind), text, false)?;
                if out == *text {
                    return Ok(None);
                }
                *text = out;
                Ok(Some(vec![SseEvent {
                    event: event.event.clone(),
                    data: value.to_string(),
                }]))
            }
            Some("content_block_stop") => {
                let Ok(value) = serde_json::from_str::<Value>(&event.data) else {
                    return Ok(None);
                };
                let index = value.get("index").and_then(Value::as_u64).unwrap_or(0) as u32;
                let mut out = Vec::new();
                for key in self.holding(index) {
                    let rest = self.channel_text(key, "", true)?;
                    let delta = match key.2 {
                        Kind::Text => json!({"type": "text_delta", "text": rest}),
                        Kind::Arguments => json!({"type": "input_json_delta", "partial_json": rest}),
                    };
                    out.push(SseEvent {
                        event: Some("content_block_delta".into()),
                        data: json!({"type": "content_block_delta", "index": index, "delta": delta}).to_string(),
                    });
                }
                if out.is_empty() {
                    return Ok(None);
                }
                out.push(event.clone());
                Ok(Some(out))
            }
            _ => Ok(None),
        }
    }
}

/// Guards a whole answer (already in the client's protocol). A blocked answer
/// is replaced by the policy's message. The texts are first read through a
/// borrowing view of the answer; the answer is parsed into a tree and written
/// again only when a text changes.
pub fn guard_answer(guard: &mut OutputGuard, client: ClientWire, endpoint: Endpoint, bytes: Bytes) -> Bytes {
    if endpoint == Endpoint::Embeddings {
        return bytes;
    }
    let Some(texts) = probe(client, &bytes) else {
        return guard_tree(guard, client, bytes);
    };
    let mut outputs = Vec::with_capacity(texts.len());
    let mut changed = false;
    for (n, text) in texts.iter().enumerate() {
        let key = (n as u32, 0, if text.1 { Kind::Arguments } else { Kind::Text });
        match guard.channel_text(key, &text.0, true) {
            Ok(out) => {
                changed |= out != text.0;
                outputs.push(out);
            }
            Err(blocked) => return refused(guard, client, blocked, bytes),
        }
    }
    if !changed {
        return bytes;
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return bytes;
    };
    let slots = value_texts(client, &mut value);
    if slots.len() != outputs.len() {
        return bytes; // the two readings disagree: never send a half-rewritten answer
    }
    for ((_, slot), out) in slots.into_iter().zip(outputs) {
        *slot = out;
    }
    Bytes::from(value.to_string())
}

/// The answer's texts in document order, borrowed where possible, and whether
/// each is tool-call arguments (JSON); `None` when the view cannot say (then
/// the answer is read as a tree).
fn probe(client: ClientWire, bytes: &[u8]) -> Option<Vec<(Cow<'_, str>, bool)>> {
    let mut texts = Vec::new();
    match client {
        ClientWire::OpenAi => {
            let answer: OpenAiAnswer<'_> = serde_json::from_slice(bytes).ok()?;
            for choice in answer.choices {
                if let Some(text) = choice.text {
                    texts.push((text, false));
                    continue;
                }
                let Some(message) = choice.message else { continue };
                if let Some(content) = message.content {
                    texts.push((content, false));
                }
                for call in message.tool_calls.into_iter().flatten() {
                    if let Some(arguments) = call.function.and_then(|f| f.arguments) {
                        texts.push((arguments, true));
                    }
                }
            }
        }
        ClientWire::Anthropic => {
            let answer: AnthropicAnswer<'_> = serde_json::from_slice(bytes).ok()?;
            for block in answer.content {
                match block.kind.as_ref() {
                    "text" => texts.push((block.text.unwrap_or_default(), false)),
                    "tool_use" => return None, // tool inputs are trees: read the whole answer
                    _ => {}
                }
            }
        }
    }
    Some(texts)
}

#[derive(serde::Deserialize)]
struct OpenAiAnswer<'a> {
    #[serde(borrow, default)]
    choices: Vec<OpenAiChoice<'a>>,
}

#[derive(serde::Deserialize)]
struct OpenAiChoice<'a> {
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    message: Option<OpenAiMessage<'a>>,
}

#[derive(serde::Deserialize)]
struct OpenAiMessage<'a> {
    #[serde(borrow, default)]
    content: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    tool_calls: Option<Vec<OpenAiToolCall<'a>>>,
}

#[derive(serde::Deserialize)]
struct OpenAiToolCall<'a> {
    #[serde(borrow, default)]
    function: Option<OpenAiFunction<'a>>,
}

#[derive(serde::Deserialize)]
struct OpenAiFunction<'a> {
    #[serde(borrow, default)]
    arguments: Option<Cow<'a, str>>,
}

#[derive(serde::Deserialize)]
struct AnthropicAnswer<'a> {
    #[serde(borrow, default)]
    content: Vec<AnthropicBlock<'a>>,
}

#[derive(serde::Deserialize)]
struct AnthropicBlock<'a> {
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
}

/// The answer's texts as slots of its tree, in the same order as [`probe`].
fn value_texts(client: ClientWire, value: &mut Value) -> Vec<((u32, u32, Kind), &mut String)> {
    let mut texts: Vec<((u32, u32, Kind), &mut String)> = Vec::new();
    match client {
        ClientWire::OpenAi => {
            if let Some(Value::Array(choices)) = value.get_mut("choices") {
                for (i, choice) in choices.iter_mut().enumerate() {
                    let i = i as u32;
                    let Value::Object(choice) = choice else { continue };
                    if choice.get("text").is_some_and(Value::is_string) {
                        if let Some(Value::String(text)) = choice.get_mut("text") {
                            texts.push(((i, 0, Kind::Text), text));
                        }
                        continue;
                    }
                    let Some(Value::Object(message)) = choice.get_mut("message") else {
                        continue;
                    };
                    for (field, v) in message.iter_mut() {
                        match (field.as_str(), v) {
                            ("content", Value::String(text)) => texts.push(((i, 0, Kind::Text), text)),
                            ("tool_calls", Value::Array(calls)) => {
                                for (t, call) in calls.iter_mut().enumerate() {
                                    if let Some(Value::String(args)) = call.pointer_mut("/function/arguments") {
                                        texts.push(((i, t as u32 + 1, Kind::Arguments), args));
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        ClientWire::Anthropic => {
            if let Some(Value::Array(blocks)) = value.get_mut("content") {
                for (i, block) in blocks.iter_mut().enumerate() {
                    let i = i as u32;
                    match block.get("type").and_then(Value::as_str) {
                        Some("text") => {
                            if let Some(Value::String(text)) = block.get_mut("text") {
                                texts.push(((i, 0, Kind::Text), text));
                            }
                        }
                        Some("tool_use") => {
                            if let Some(input) = block.get_mut("input") {
                                // Parsed strings: each is its own channel, restored as plain text.
                                let mut n = 0;
                                every_string(input, &mut |s| {
                                    n += 1;
                                    texts.push(((i, n, Kind::Text), s));
                                });
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    texts
}

/// Guards an answer read as a tree (answers with tool inputs).
fn guard_tree(guard: &mut OutputGuard, client: ClientWire, bytes: Bytes) -> Bytes {
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return bytes;
    };
    let mut changed = false;
    let mut blocked = None;
    for (key, text) in value_texts(client, &mut value) {
        match guard.channel_text(key, text, true) {
            Ok(out) => {
                changed |= out != *text;
                *text = out;
            }
            Err(b) => {
                blocked = Some(b);
                break;
            }
        }
    }
    if let Some(b) = blocked {
        return refused(guard, client, b, bytes);
    }
    if !changed {
        return bytes;
    }
    Bytes::from(value.to_string())
}

/// A blocked answer: the original with its content replaced by the policy's message.
fn refused(guard: &OutputGuard, client: ClientWire, blocked: Blocked, bytes: Bytes) -> Bytes {
    let message = guard.blocked_error(blocked).message;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(original) => Bytes::from(refusal(client, original, &message)),
        Err(_) => bytes,
    }
}

/// The answer with its content replaced by the policy's message.
fn refusal(client: ClientWire, mut value: Value, message: &str) -> String {
    match client {
        ClientWire::OpenAi => {
            if let Some(Value::Array(choices)) = value.get_mut("choices") {
                for choice in choices {
                    if choice.get("text").is_some() {
                        choice["text"] = Value::String(message.to_owned());
                    } else {
                        choice["message"] = json!({"role": "assistant", "content": message});
                    }
                    choice["finish_reason"] = Value::String("content_filter".into());
                }
            }
        }
        ClientWire::Anthropic => {
            value["content"] = json!([{"type": "text", "text": message}]);
            value["stop_reason"] = Value::String("refusal".into());
        }
    }
    value.to_string()
}
