//! OpenAI-shaped requests to an Anthropic upstream, and its answers back.

use serde_json::Value;

use super::{
    Block, BlockDelta, Content, ImageSource, Message, MessagesRequest, MessagesResponse, Metadata, Role, StreamEvent,
    System, Tool, ToolChoice, ToolResultContent, Usage, empty_object_schema,
};
use crate::error::ApiError;
use crate::openai::{
    self, ChatChunk, ChatRequest, ChatResponse, Choice, ContentPart, Delta, FunctionCall, FunctionDelta,
    ResponseFormat, ResponseMessage, ToolCall, ToolCallDelta, finish,
};
use crate::sse::SseEvent;
use crate::stream::{ChunkDecoder, Progress, bad_upstream_event, stream_cut};

/// Output budget when the caller gave none; Anthropic requires one.
pub const DEFAULT_MAX_TOKENS: u32 = 4096;

/// Splits a `data:` URL into media type and base64 payload.
pub fn parse_data_url(url: &str) -> Option<(&str, &str)> {
    let rest = url.strip_prefix("data:")?;
    let (meta, data) = rest.split_once(',')?;
    let media_type = meta.strip_suffix(";base64")?;
    Some((media_type, data))
}

fn unsupported(message: impl Into<String>) -> ApiError {
    ApiError::invalid_request("unsupported_parameter", message)
}

fn image_block(url: &str) -> Block {
    match parse_data_url(url) {
        Some((media_type, data)) => Block::Image {
            source: ImageSource::Base64 {
                media_type: media_type.to_owned(),
                data: data.to_owned(),
            },
        },
        None => Block::Image {
            source: ImageSource::Url { url: url.to_owned() },
        },
    }
}

fn user_blocks(content: &openai::Content) -> Result<Vec<Block>, ApiError> {
    match content {
        openai::Content::Text(text) => Ok(vec![Block::Text { text: text.clone() }]),
        openai::Content::Parts(parts) => parts
            .iter()
            .map(|part| match part {
                ContentPart::Text { text } => Ok(Block::Text { text: text.clone() }),
                ContentPart::ImageUrl { image_url } => Ok(image_block(&image_url.url)),
                ContentPart::Refusal { refusal } => Ok(Block::Text { text: refusal.clone() }),
                ContentPart::InputAudio { .. } | ContentPart::File { .. } => Err(unsupported(
                    "audio and file content parts are not supported by Anthropic models",
                )),
            })
            .collect(),
    }
}

/// Appends blocks to the last message when it has the same role (Anthropic
/// wants tool results of one turn together in one user message).
fn push_blocks(messages: &mut Vec<Message>, role: Role, blocks: Vec<Block>) {
    if let Some(last) = messages.last_mut()
        && last.role == role
        && let Content::Blocks(existing) = &mut last.content
    {
        existing.extend(blocks);
        return;
    }
    messages.push(Message {
        role,
        content: Content::Blocks(blocks),
    });
}

/// Translates an OpenAI chat request for an Anthropic upstream serving `model`.
pub fn to_anthropic_request(req: &ChatRequest, model: &str) -> Result<MessagesRequest, ApiError> {
    if req.n.is_some_and(|n| n > 1) {
        return Err(unsupported("n > 1 is not supported by Anthropic models").with_param("n"));
    }
    let mut system_parts: Vec<String> = Vec::new();
    let mut messages: Vec<Message> = Vec::new();
    for (i, msg) in req.messages.iter().enumerate() {
        match msg.role {
            openai::Role::System | openai::Role::Developer => {
                if let Some(content) = &msg.content {
                    system_parts.push(content.joined_text());
                }
            }
            openai::Role::User => {
                let Some(content) = &msg.content else {
                    return Err(ApiError::invalid_request(
                        "invalid_value",
                        format!("messages[{i}]: a user message needs content"),
                    ));
                };
                push_blocks(&mut messages, Role::User, user_blocks(content)?);
            }
            openai::Role::Assistant => {
                let mut blocks = Vec::new();
                if let Some(content) = &msg.content {
                    let text = content.joined_text();
                    if !text.is_empty() {
                        blocks.push(Block::Text { text });
                    }
                }
                for call in msg.tool_calls.iter().flatten() {
                    let input: Value = if call.function.arguments.trim().is_empty() {
                        Value::Object(Default::default())
                    } else {
                        serde_json::from_str(&call.function.arguments).map_err(|e| {
                            ApiError::invalid_request(
                                "invalid_value",
                                format!("messages[{i}]: tool call arguments are not valid JSON: {e}"),
                            )
                        })?
                    };
                    blocks.push(Block::ToolUse {
                        id: call.id.clone(),
                        name: call.function.name.clone(),
                        input,
                    });
                }
                push_blocks(&mut messages, Role::Assistant, blocks);
            }
            openai::Role::Tool | openai::Role::Function => {
                let id = msg.tool_call_id.clone().unwrap_or_default();
                let text = msg.content.as_ref().map(|c| c.joined_text()).unwrap_or_default();
                push_blocks(
                    &mut messages,
                    Role::User,
                    vec![Block::ToolResult {
                        tool_use_id: id,
                        content: Some(ToolResultContent::Text(text)),
                        is_error: None,
                    }],
                );
            }
        }
    }
    match &req.response_format {
        Some(ResponseFormat::JsonObject) => {
            system_parts.push("Respond only with a single valid JSON object and no other text.".to_owned());
        }
        Some(ResponseFormat::JsonSchema { json_schema }) => {
            let schema = json_schema.schema.clone().unwrap_or(Value::Null);
            system_parts.push(format!(
                "Respond only with a single valid JSON object and no other text, matching this JSON schema: {schema}"
            ));
        }
        Some(ResponseFormat::Text) | None => {}
    }
    let disable_parallel = req.parallel_tool_calls.map(|p| !p).filter(|d| *d);
    let tool_choice = match &req.tool_choice {
        None => disable_parallel.map(|_| ToolChoice::Auto {
            disable_parallel_tool_use: disable_parallel,
        }),
        Some(openai::ToolChoice::Mode(mode)) => Some(match mode.as_str() {
            "none" => ToolChoice::None,
            "required" => ToolChoice::Any {
                disable_parallel_tool_use: disable_parallel,
            },
            _ => ToolChoice::Auto {
                disable_parallel_tool_use: disable_parallel,
            },
        }),
        Some(openai::ToolChoice::Named(named)) => Some(ToolChoice::Tool {
            name: named.function.name.clone(),
            disable_parallel_tool_use: disable_parallel,
        }),
    };
    let tools = req.tools.as_ref().map(|tools| {
        tools
            .iter()
            .map(|tool| Tool {
                name: tool.function.name.clone(),
                description: tool.function.description.clone(),
                input_schema: tool.function.parameters.clone().unwrap_or_else(empty_object_schema),
            })
            .collect()
    });
    Ok(MessagesRequest {
        model: model.to_owned(),
        max_tokens: req.max_output_tokens().unwrap_or(DEFAULT_MAX_TOKENS),
        messages,
        system: (!system_parts.is_empty()).then(|| System::Text(system_parts.join("\n\n"))),
        stop_sequences: req.stop.as_ref().map(|s| s.to_vec()),
        stream: req.stream,
        temperature: req.temperature,
        top_p: req.top_p,
        top_k: None,
        tools,
        tool_choice,
        metadata: req.user.as_ref().map(|user| Metadata {
            user_id: Some(user.clone()),
        }),
        extra: Default::default(),
    })
}

/// Anthropic stop reason → OpenAI finish reason.
pub fn finish_reason(stop_reason: &str) -> &'static str {
    match stop_reason {
        "max_tokens" | "model_context_window_exceeded" => finish::LENGTH,
        "tool_use" => finish::TOOL_CALLS,
        "refusal" => finish::CONTENT_FILTER,
        _ => finish::STOP,
    }
}

/// Anthropic usage → OpenAI usage (OpenAI's prompt count includes cached input).
pub fn usage(u: &Usage) -> openai::Usage {
    let cache_read = u.cache_read_input_tokens.unwrap_or(0);
    let cache_write = u.cache_creation_input_tokens.unwrap_or(0);
    let prompt = u.input_tokens + cache_read + cache_write;
    openai::Usage::new(prompt, u.output_tokens, Some(cache_read), None)
}

/// Translates a non-streamed Anthropic response into an OpenAI one.
pub fn from_anthropic_response(resp: MessagesResponse, created: u64) -> ChatResponse {
    let mut text = String::new();
    let mut tool_calls = Vec::new();
    for block in resp.content {
        match block {
            Block::Text { text: t } => text.push_str(&t),
            Block::ToolUse { id, name, input } => tool_calls.push(ToolCall {
                id,
                kind: "function".to_owned(),
                function: FunctionCall {
                    name,
                    arguments: input.to_string(),
                },
            }),
            _ => {}
        }
    }
    let finish = resp.stop_reason.as_deref().map(finish_reason).unwrap_or(finish::STOP);
    ChatResponse {
        id: resp.id,
        object: "chat.completion".to_owned(),
        created,
        model: resp.model,
        choices: vec![Choice {
            index: 0,
            message: ResponseMessage {
                role: "assistant".to_owned(),
                content: (!text.is_empty() || tool_calls.is_empty()).then_some(text),
                refusal: None,
                tool_calls: (!tool_calls.is_empty()).then_some(tool_calls),
            },
            finish_reason: Some(finish.to_owned()),
            logprobs: None,
        }],
        usage: Some(usage(&resp.usage)),
        system_fingerprint: None,
    }
}

/// Decodes an Anthropic event stream into OpenAI chunks.
pub struct AnthropicDecoder {
    provider: String,
    id: String,
    model: String,
    created: u64,
    usage: Usage,
    /// Anthropic block index → OpenAI tool call index, for tool_use blocks.
    tool_blocks: Vec<(u32, u32)>,
    finish: Option<&'static str>,
    done: bool,
}

impl AnthropicDecoder {
    pub fn new(provider: &str, created: u64) -> Self {
        Self {
            provider: provider.to_owned(),
            id: String::new(),
            model: String::new(),
            created,
            usage: Usage::default(),
            tool_blocks: Vec::new(),
            finish: None,
            done: false,
        }
    }

    fn chunk(&self, delta: Delta) -> ChatChunk {
        ChatChunk::delta(&self.id, &self.model, self.created, delta)
    }

    fn tool_index(&self, block: u32) -> Option<u32> {
        self.tool_blocks.iter().find(|(b, _)| *b == block).map(|(_, t)| *t)
    }
}

impl ChunkDecoder for AnthropicDecoder {
    fn on_event(&mut self, event: &SseEvent, out: &mut Vec<ChatChunk>) -> Result<Progress, ApiError> {
        let parsed: StreamEvent = match serde_json::from_str(&event.data) {
            Ok(parsed) => parsed,
            // Event types added after this gateway was written are skipped, as Anthropic asks.
            Err(_) if event.event.as_deref().is_some_and(|e| !KNOWN_EVENTS.contains(&e)) => {
                return Ok(Progress::Continue);
            }
            Err(e) => return Err(bad_upstream_event(&self.provider, e)),
        };
        match parsed {
            StreamEvent::MessageStart { message } => {
                self.id = message.id;
                self.model = message.model;
                self.usage = message.usage;
                out.push(self.chunk(Delta {
                    role: Some("assistant".to_owned()),
                    content: Some(String::new()),
                    ..Delta::default()
                }));
            }
            StreamEvent::ContentBlockStart { index, content_block } => match content_block {
                Block::ToolUse { id, name, .. } => {
                    let tool_index = self.tool_blocks.len() as u32;
                    self.tool_blocks.push((index, tool_index));
                    out.push(self.chunk(Delta {
                        tool_calls: Some(vec![ToolCallDelta {
                            index: tool_index,
                            id: Some(id),
                            kind: Some("function".to_owned()),
                            function: Some(FunctionDelta {
                                name: Some(name),
                                arguments: Some(String::new()),
                            }),
                        }]),
                        ..Delta::default()
                    }));
                }
                Block::Text { text } if !text.is_empty() => out.push(self.chunk(Delta {
                    content: Some(text),
                    ..Delta::default()
                })),
                _ => {}
            },
            StreamEvent::ContentBlockDelta { index, delta } => match delta {
                BlockDelta::TextDelta { text } => out.push(self.chunk(Delta {
                    content: Some(text),
                    ..Delta::default()
                })),
                BlockDelta::InputJsonDelta { partial_json } => {
                    if let Some(tool_index) = self.tool_index(index) {
                        out.push(self.chunk(Delta {
                            tool_calls: Some(vec![ToolCallDelta {
                                index: tool_index,
                                function: Some(FunctionDelta {
                                    name: None,
                                    arguments: Some(partial_json),
                                }),
                                ..ToolCallDelta::default()
                            }]),
                            ..Delta::default()
                        }));
                    }
                }
                _ => {}
            },
            StreamEvent::MessageDelta { delta, usage } => {
                if let Some(reason) = delta.stop_reason.as_deref() {
                    self.finish = Some(finish_reason(reason));
                }
                self.usage.output_tokens = usage.output_tokens;
                // Newer API versions also report final input counts here.
                if usage.input_tokens > 0 {
                    self.usage.input_tokens = usage.input_tokens;
                }
                if usage.cache_read_input_tokens.is_some() {
                    self.usage.cache_read_input_tokens = usage.cache_read_input_tokens;
                }
                if usage.cache_creation_input_tokens.is_some() {
                    self.usage.cache_creation_input_tokens = usage.cache_creation_input_tokens;
                }
            }
            StreamEvent::MessageStop => {
                let mut last = self.chunk(Delta::default());
                if let Some(choice) = last.choices.first_mut() {
                    choice.finish_reason = Some(self.finish.unwrap_or(finish::STOP).to_owned());
                }
                out.push(last);
                let mut usage_chunk = self.chunk(Delta::default());
                usage_chunk.choices.clear();
                usage_chunk.usage = Some(usage(&self.usage));
                out.push(usage_chunk);
                self.done = true;
                return Ok(Progress::Done);
            }
            StreamEvent::ContentBlockStop { .. } | StreamEvent::Ping => {}
            StreamEvent::Error { error } => {
                let status = match error.kind.as_str() {
                    "overloaded_error" => 529,
                    "rate_limit_error" => 429,
                    "invalid_request_error" => 400,
                    _ => 500,
                };
                return Err(crate::error::upstream_error(
                    &self.provider,
                    status,
                    Some(error.message),
                    Some(error.kind),
                ));
            }
        }
        Ok(Progress::Continue)
    }

    fn on_end(&mut self, _out: &mut Vec<ChatChunk>) -> Result<(), ApiError> {
        if self.done {
            Ok(())
        } else {
            Err(stream_cut(&self.provider))
        }
    }
}

const KNOWN_EVENTS: &[&str] = &[
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
    "ping",
    "error",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sse::SseParser;
    use serde_json::json;

    fn chat(body: Value) -> ChatRequest {
        serde_json::from_value(body).unwrap()
    }

    #[test]
    fn request_maps_system_tools_images_and_tool_results() {
        let req = chat(json!({
            "model": "public",
            "messages": [
                {"role": "system", "content": "be brief"},
                {"role": "developer", "content": [{"type": "text", "text": "and kind"}]},
                {"role": "user", "content": [
                    {"type": "text", "text": "what is here?"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "image_url", "image_url": {"url": "https://x.test/cat.jpg"}}
                ]},
                {"role": "assistant", "content": null, "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "look", "arguments": "{\"q\":1}"}},
                    {"id": "call_2", "type": "function", "function": {"name": "look", "arguments": ""}}
                ]},
                {"role": "tool", "tool_call_id": "call_1", "content": "a cat"},
                {"role": "tool", "tool_call_id": "call_2", "content": "a hat"}
            ],
            "tools": [{"type": "function", "function": {"name": "look", "parameters": {"type": "object"}}}],
            "tool_choice": "required",
            "parallel_tool_calls": false,
            "stop": "END",
            "max_completion_tokens": 99,
            "user": "u1"
        }));
        let out = serde_json::to_value(to_anthropic_request(&req, "claude-x").unwrap()).unwrap();
        assert_eq!(out["model"], "claude-x");
        assert_eq!(out["max_tokens"], 99);
        assert_eq!(out["system"], "be brief\n\nand kind");
        assert_eq!(out["stop_sequences"], json!(["END"]));
        assert_eq!(out["metadata"]["user_id"], "u1");
        assert_eq!(
            out["tool_choice"],
            json!({"type": "any", "disable_parallel_tool_use": true})
        );
        assert_eq!(out["tools"][0]["input_schema"], json!({"type": "object"}));
        let msgs = out["messages"].as_array().unwrap();
        assert_eq!(msgs.len(), 3);
        assert_eq!(
            msgs[0]["content"][1]["source"],
            json!({"type": "base64", "media_type": "image/png", "data": "AAAA"})
        );
        assert_eq!(
            msgs[0]["content"][2]["source"],
            json!({"type": "url", "url": "https://x.test/cat.jpg"})
        );
        assert_eq!(
            msgs[1]["content"][0],
            json!({"type": "tool_use", "id": "call_1", "name": "look", "input": {"q": 1}})
        );
        assert_eq!(msgs[1]["content"][1]["input"], json!({}));
        assert_eq!(msgs[2]["role"], "user");
        assert_eq!(msgs[2]["content"].as_array().unwrap().len(), 2);
        assert_eq!(msgs[2]["content"][1]["tool_use_id"], "call_2");
    }

    #[test]
    fn request_rejects_what_anthropic_cannot_do() {
        let req = chat(json!({"model": "m", "messages": [{"role": "user", "content": "x"}], "n": 2}));
        assert_eq!(to_anthropic_request(&req, "c").unwrap_err().param.as_deref(), Some("n"));
        let req = chat(json!({"model": "m", "messages": [{"role": "assistant", "tool_calls": [
            {"id": "1", "type": "function", "function": {"name": "f", "arguments": "{nope"}}]}]}));
        assert_eq!(to_anthropic_request(&req, "c").unwrap_err().status, 400);
    }

    #[test]
    fn response_maps_content_tools_stop_and_cached_usage() {
        let resp: MessagesResponse = serde_json::from_value(json!({
            "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x",
            "content": [{"type": "text", "text": "Let me look."},
                        {"type": "tool_use", "id": "toolu_1", "name": "look", "input": {"q": "cat"}}],
            "stop_reason": "tool_use", "stop_sequence": null,
            "usage": {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 20, "cache_creation_input_tokens": 3}
        }))
        .unwrap();
        let out = from_anthropic_response(resp, 7);
        let choice = &out.choices[0];
        assert_eq!(choice.finish_reason.as_deref(), Some("tool_calls"));
        assert_eq!(choice.message.content.as_deref(), Some("Let me look."));
        let call = &choice.message.tool_calls.as_ref().unwrap()[0];
        assert_eq!(call.id, "toolu_1");
        assert_eq!(call.function.arguments, r#"{"q":"cat"}"#);
        let usage = out.usage.unwrap();
        assert_eq!(
            (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens),
            (33, 5, 38)
        );
        assert_eq!(usage.cached_tokens(), 20);
    }

    const STREAM: &str = concat!(
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n",
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
        "event: ping\ndata: {\"type\": \"ping\"}\n\n",
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n",
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n",
        "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"look\",\"input\":{}}}\n\n",
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"q\\\":\"}}\n\n",
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"1}\"}}\n\n",
        "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n",
        "event: some_future_event\ndata: {\"type\":\"some_future_event\",\"x\":{}}\n\n",
        "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":9}}\n\n",
        "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
    );

    fn decode(bytes: &[u8], chunk_size: usize) -> (Vec<ChatChunk>, Result<(), ApiError>) {
        let mut parser = SseParser::default();
        let mut dec = AnthropicDecoder::new("anthropic", 1);
        let mut chunks = Vec::new();
        let mut events = Vec::new();
        for piece in bytes.chunks(chunk_size) {
            parser.feed(piece, &mut events).unwrap();
            for event in events.drain(..) {
                if let Err(e) = dec.on_event(&event, &mut chunks) {
                    return (chunks, Err(e));
                }
            }
        }
        let end = dec.on_end(&mut chunks);
        (chunks, end)
    }

    #[test]
    fn stream_decodes_text_tool_deltas_finish_and_usage_at_any_split() {
        for size in [1, 7, 64, STREAM.len()] {
            let (chunks, end) = decode(STREAM.as_bytes(), size);
            end.unwrap();
            let text: String = chunks
                .iter()
                .filter_map(|c| c.choices.first()?.delta.content.clone())
                .collect();
            assert_eq!(text, "Hi");
            let args: String = chunks
                .iter()
                .filter_map(|c| {
                    c.choices.first()?.delta.tool_calls.as_ref()?[0]
                        .function
                        .as_ref()?
                        .arguments
                        .clone()
                })
                .collect();
            assert_eq!(args, "{\"q\":1}");
            let finish = chunks.iter().find_map(|c| c.choices.first()?.finish_reason.clone());
            assert_eq!(finish.as_deref(), Some("tool_calls"));
            let usage = chunks.last().unwrap().usage.unwrap();
            assert_eq!((usage.prompt_tokens, usage.completion_tokens), (12, 9));
        }
    }

    #[test]
    fn stream_cut_before_message_stop_is_an_error() {
        let cut = &STREAM[..STREAM.find("event: message_delta").unwrap()];
        let (_, end) = decode(cut.as_bytes(), 5);
        assert_eq!(end.unwrap_err().code, "upstream_stream_interrupted");
    }

    #[test]
    fn in_stream_error_event_becomes_an_error() {
        let s = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";
        let (_, end) = decode(s.as_bytes(), 3);
        let err = end.unwrap_err();
        assert_eq!(err.status, 503);
        assert!(err.message.contains("Overloaded"));
    }
}
