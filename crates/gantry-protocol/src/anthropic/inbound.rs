//! Anthropic-speaking clients (`POST /v1/messages`) served by any provider:
//! their requests become canonical (OpenAI) requests, and canonical answers
//! become Anthropic messages and events.

use serde_json::Value;

use super::{
    Block, BlockDelta, ImageSource, MessageDelta, MessagesRequest, MessagesResponse, Role, StreamEvent, System,
    ToolChoice, Usage,
};
use crate::error::ApiError;
use crate::openai::{
    self, ChatChunk, ChatRequest, ChatResponse, ContentPart, FunctionCall, FunctionDef, FunctionName, ImageUrl,
    NamedToolChoice, StreamOptions, ToolCall, finish,
};
use crate::sse::frame;
use crate::stream::ClientEncoder;

fn image_url(source: &ImageSource) -> String {
    match source {
        ImageSource::Base64 { media_type, data } => format!("data:{media_type};base64,{data}"),
        ImageSource::Url { url } => url.clone(),
    }
}

/// Translates an Anthropic Messages request into the canonical request.
pub fn to_chat_request(req: MessagesRequest) -> Result<ChatRequest, ApiError> {
    let mut messages = Vec::new();
    match req.system {
        Some(System::Text(text)) => messages.push(openai::Message::text(openai::Role::System, text)),
        Some(System::Blocks(blocks)) => {
            let text: Vec<String> = blocks
                .into_iter()
                .filter_map(|b| match b {
                    Block::Text { text } => Some(text),
                    _ => None,
                })
                .collect();
            messages.push(openai::Message::text(openai::Role::System, text.join("\n")));
        }
        None => {}
    }
    for (i, msg) in req.messages.into_iter().enumerate() {
        let blocks = msg.content.into_blocks();
        match msg.role {
            Role::User => {
                let mut parts = Vec::new();
                for block in blocks {
                    match block {
                        Block::Text { text } => parts.push(ContentPart::Text { text }),
                        Block::Image { source } => parts.push(ContentPart::ImageUrl {
                            image_url: ImageUrl {
                                url: image_url(&source),
                                detail: None,
                            },
                        }),
                        Block::ToolResult {
                            tool_use_id,
                            content,
                            is_error,
                        } => {
                            let mut text = content.map(|c| c.text()).unwrap_or_default();
                            if is_error == Some(true) {
                                text = format!("Error: {text}");
                            }
                            let mut tool_msg = openai::Message::text(openai::Role::Tool, text);
                            tool_msg.tool_call_id = Some(tool_use_id);
                            messages.push(tool_msg);
                        }
                        Block::Document { .. } => {
                            return Err(ApiError::invalid_request(
                                "unsupported_parameter",
                                format!("messages[{i}]: document blocks can only be sent to Anthropic models"),
                            ));
                        }
                        _ => {}
                    }
                }
                if !parts.is_empty() {
                    let content = match parts.as_slice() {
                        [ContentPart::Text { text }] => openai::Content::Text(text.clone()),
                        _ => openai::Content::Parts(parts),
                    };
                    messages.push(openai::Message {
                        role: openai::Role::User,
                        content: Some(content),
                        name: None,
                        tool_calls: None,
                        tool_call_id: None,
                    });
                }
            }
            Role::Assistant => {
                let mut text = String::new();
                let mut calls = Vec::new();
                for block in blocks {
                    match block {
                        Block::Text { text: t } => text.push_str(&t),
                        Block::ToolUse { id, name, input } => calls.push(ToolCall {
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
                messages.push(openai::Message {
                    role: openai::Role::Assistant,
                    content: (!text.is_empty()).then_some(openai::Content::Text(text)),
                    name: None,
                    tool_calls: (!calls.is_empty()).then_some(calls),
                    tool_call_id: None,
                });
            }
        }
    }
    let mut parallel_tool_calls = None;
    let tool_choice = req.tool_choice.map(|choice| {
        let (mode, disable) = match choice {
            ToolChoice::Auto {
                disable_parallel_tool_use,
            } => (openai::ToolChoice::Mode("auto".into()), disable_parallel_tool_use),
            ToolChoice::Any {
                disable_parallel_tool_use,
            } => (openai::ToolChoice::Mode("required".into()), disable_parallel_tool_use),
            ToolChoice::Tool {
                name,
                disable_parallel_tool_use,
            } => (
                openai::ToolChoice::Named(NamedToolChoice {
                    kind: "function".into(),
                    function: FunctionName { name },
                }),
                disable_parallel_tool_use,
            ),
            ToolChoice::None => (openai::ToolChoice::Mode("none".into()), None),
        };
        if disable == Some(true) {
            parallel_tool_calls = Some(false);
        }
        mode
    });
    let stream = req.stream == Some(true);
    Ok(ChatRequest {
        model: req.model,
        messages,
        stream: stream.then_some(true),
        // Anthropic clients always get usage, so ask the upstream for it.
        stream_options: stream.then_some(StreamOptions {
            include_usage: Some(true),
        }),
        temperature: req.temperature,
        top_p: req.top_p,
        max_tokens: Some(req.max_tokens),
        stop: req.stop_sequences.map(openai::Stop::Many),
        user: req.metadata.and_then(|m| m.user_id),
        tools: req.tools.map(|tools| {
            tools
                .into_iter()
                .map(|t| openai::Tool {
                    kind: "function".into(),
                    function: FunctionDef {
                        name: t.name,
                        description: t.description,
                        parameters: Some(t.input_schema),
                        strict: None,
                    },
                })
                .collect()
        }),
        tool_choice,
        parallel_tool_calls,
        ..ChatRequest::default()
    })
}

/// OpenAI finish reason → Anthropic stop reason.
pub fn stop_reason(finish_reason: &str) -> &'static str {
    match finish_reason {
        finish::LENGTH => "max_tokens",
        finish::TOOL_CALLS | "function_call" => "tool_use",
        finish::CONTENT_FILTER => "refusal",
        _ => "end_turn",
    }
}

/// OpenAI usage → Anthropic usage (Anthropic's input count excludes cache reads).
pub fn usage(u: &openai::Usage) -> Usage {
    let cached = u.cached_tokens();
    Usage {
        input_tokens: u.prompt_tokens.saturating_sub(cached),
        output_tokens: u.completion_tokens,
        cache_creation_input_tokens: None,
        cache_read_input_tokens: Some(cached),
    }
}

fn parse_arguments(arguments: &str) -> Value {
    serde_json::from_str(arguments).unwrap_or_else(|_| Value::Object(Default::default()))
}

fn message_id(id: &str) -> String {
    if id.starts_with("msg_") {
        id.to_owned()
    } else {
        format!("msg_{id}")
    }
}

/// Translates a canonical response into an Anthropic message.
pub fn from_chat_response(resp: ChatResponse) -> MessagesResponse {
    let mut content = Vec::new();
    let mut stop = "end_turn";
    if let Some(choice) = resp.choices.into_iter().next() {
        if let Some(text) = choice.message.content.filter(|t| !t.is_empty()) {
            content.push(Block::Text { text });
        }
        for call in choice.message.tool_calls.into_iter().flatten() {
            content.push(Block::ToolUse {
                id: call.id,
                name: call.function.name,
                input: parse_arguments(&call.function.arguments),
            });
        }
        stop = choice.finish_reason.as_deref().map(stop_reason).unwrap_or("end_turn");
    }
    MessagesResponse {
        id: message_id(&resp.id),
        kind: "message".to_owned(),
        role: Role::Assistant,
        model: resp.model,
        content,
        stop_reason: Some(stop.to_owned()),
        stop_sequence: None,
        usage: resp.usage.as_ref().map(usage).unwrap_or_default(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OpenBlock {
    None,
    Text(u32),
    Tool { block: u32, openai_index: u32 },
}

/// Writes canonical chunks to an Anthropic client as Messages stream events.
pub struct AnthropicEncoder {
    started: bool,
    open: OpenBlock,
    next_block: u32,
    finish: Option<String>,
    usage: Option<openai::Usage>,
    model: String,
}

impl AnthropicEncoder {
    /// `model` is the name the client asked for, reported in `message_start`.
    pub fn new(model: &str) -> Self {
        Self {
            started: false,
            open: OpenBlock::None,
            next_block: 0,
            finish: None,
            usage: None,
            model: model.to_owned(),
        }
    }

    fn emit(out: &mut Vec<u8>, event: &StreamEvent) {
        if let Ok(json) = serde_json::to_string(event) {
            out.extend_from_slice(&frame(Some(event.name()), &json));
        }
    }

    fn start(&mut self, id: &str, out: &mut Vec<u8>) {
        if self.started {
            return;
        }
        self.started = true;
        Self::emit(
            out,
            &StreamEvent::MessageStart {
                message: MessagesResponse {
                    id: message_id(id),
                    kind: "message".to_owned(),
                    role: Role::Assistant,
                    model: self.model.clone(),
                    content: Vec::new(),
                    stop_reason: None,
                    stop_sequence: None,
                    usage: Usage::default(),
                },
            },
        );
    }

    fn close_block(&mut self, out: &mut Vec<u8>) {
        let index = match self.open {
            OpenBlock::None => return,
            OpenBlock::Text(index) => index,
            OpenBlock::Tool { block, .. } => block,
        };
        Self::emit(out, &StreamEvent::ContentBlockStop { index });
        self.open = OpenBlock::None;
    }

    fn open_block(&mut self, block: Block, out: &mut Vec<u8>) -> u32 {
        self.close_block(out);
        let index = self.next_block;
        self.next_block += 1;
        Self::emit(
            out,
            &StreamEvent::ContentBlockStart {
                index,
                content_block: block,
            },
        );
        index
    }
}

impl ClientEncoder for AnthropicEncoder {
    fn chunk(&mut self, chunk: &ChatChunk, out: &mut Vec<u8>) {
        self.start(&chunk.id, out);
        if let Some(usage) = chunk.usage {
            self.usage = Some(usage);
        }
        // Anthropic messages have one candidate: only choice 0 is relayed.
        let Some(choice) = chunk.choices.iter().find(|c| c.index == 0) else {
            return;
        };
        if let Some(text) = choice.delta.content.as_deref().filter(|t| !t.is_empty()) {
            let index = match self.open {
                OpenBlock::Text(index) => index,
                _ => {
                    let index = self.open_block(Block::Text { text: String::new() }, out);
                    self.open = OpenBlock::Text(index);
                    index
                }
            };
            Self::emit(
                out,
                &StreamEvent::ContentBlockDelta {
                    index,
                    delta: BlockDelta::TextDelta { text: text.to_owned() },
                },
            );
        }
        for call in choice.delta.tool_calls.iter().flatten() {
            let continuing = matches!(self.open, OpenBlock::Tool { openai_index, .. } if openai_index == call.index);
            if !continuing {
                let function = call.function.clone().unwrap_or_default();
                let block = self.open_block(
                    Block::ToolUse {
                        id: call.id.clone().unwrap_or_else(|| format!("toolu_{}", call.index)),
                        name: function.name.unwrap_or_default(),
                        input: Value::Object(Default::default()),
                    },
                    out,
                );
                self.open = OpenBlock::Tool {
                    block,
                    openai_index: call.index,
                };
            }
            let OpenBlock::Tool { block, .. } = self.open else {
                continue;
            };
            if let Some(arguments) = call.function.as_ref().and_then(|f| f.arguments.as_deref())
                && !arguments.is_empty()
            {
                Self::emit(
                    out,
                    &StreamEvent::ContentBlockDelta {
                        index: block,
                        delta: BlockDelta::InputJsonDelta {
                            partial_json: arguments.to_owned(),
                        },
                    },
                );
            }
        }
        if let Some(reason) = &choice.finish_reason {
            self.finish = Some(reason.clone());
        }
    }

    fn done(&mut self, out: &mut Vec<u8>) {
        self.start("gantry", out);
        self.close_block(out);
        let stop = self.finish.as_deref().map(stop_reason).unwrap_or("end_turn");
        Self::emit(
            out,
            &StreamEvent::MessageDelta {
                delta: MessageDelta {
                    stop_reason: Some(stop.to_owned()),
                    stop_sequence: None,
                },
                usage: self.usage.as_ref().map(usage).unwrap_or_default(),
            },
        );
        Self::emit(out, &StreamEvent::MessageStop);
    }

    fn error(&mut self, error: &ApiError, out: &mut Vec<u8>) {
        out.extend_from_slice(&frame(Some("error"), &error.anthropic_body().to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::openai::{ChunkChoice, Delta, FunctionDelta, ToolCallDelta};
    use crate::sse::SseParser;
    use serde_json::json;

    #[test]
    fn request_becomes_canonical_with_tool_results_as_tool_messages() {
        let req: MessagesRequest = serde_json::from_value(json!({
            "model": "m", "max_tokens": 50, "system": [{"type": "text", "text": "sys"}],
            "stream": true,
            "messages": [
                {"role": "user", "content": [
                    {"type": "text", "text": "look"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "QQ=="}}]},
                {"role": "assistant", "content": [
                    {"type": "text", "text": "ok"},
                    {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "42"}]},
                    {"type": "text", "text": "thanks"}]}
            ],
            "tools": [{"name": "f", "input_schema": {"type": "object"}}],
            "tool_choice": {"type": "tool", "name": "f", "disable_parallel_tool_use": true},
            "stop_sequences": ["X"], "metadata": {"user_id": "u"}
        }))
        .unwrap();
        let out = serde_json::to_value(to_chat_request(req).unwrap()).unwrap();
        assert_eq!(out["messages"][0], json!({"role": "system", "content": "sys"}));
        assert_eq!(
            out["messages"][1]["content"][1]["image_url"]["url"],
            "data:image/jpeg;base64,QQ=="
        );
        assert_eq!(
            out["messages"][2]["tool_calls"][0]["function"]["arguments"],
            "{\"a\":1}"
        );
        assert_eq!(
            out["messages"][3],
            json!({"role": "tool", "content": "42", "tool_call_id": "toolu_1"})
        );
        assert_eq!(out["messages"][4], json!({"role": "user", "content": "thanks"}));
        assert_eq!(
            out["tool_choice"],
            json!({"type": "function", "function": {"name": "f"}})
        );
        assert_eq!(out["parallel_tool_calls"], false);
        assert_eq!(out["stream_options"]["include_usage"], true);
        assert_eq!(out["max_tokens"], 50);
        assert_eq!(out["user"], "u");
    }

    #[test]
    fn response_becomes_anthropic_message() {
        let resp: ChatResponse = serde_json::from_value(json!({
            "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt",
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
                "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{\"a\":1}"}}]}}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12, "prompt_tokens_details": {"cached_tokens": 4}}
        }))
        .unwrap();
        let out = serde_json::to_value(from_chat_response(resp)).unwrap();
        assert_eq!(out["type"], "message");
        assert_eq!(out["id"], "msg_chatcmpl-1");
        assert_eq!(out["stop_reason"], "tool_use");
        assert_eq!(
            out["content"][0],
            json!({"type": "tool_use", "id": "call_1", "name": "f", "input": {"a": 1}})
        );
        assert_eq!(
            out["usage"],
            json!({"input_tokens": 6, "output_tokens": 2, "cache_read_input_tokens": 4})
        );
    }

    fn chunk(delta: Delta, finish: Option<&str>) -> ChatChunk {
        ChatChunk {
            id: "c1".into(),
            object: "chat.completion.chunk".into(),
            created: 1,
            model: "m".into(),
            choices: vec![ChunkChoice {
                index: 0,
                delta,
                finish_reason: finish.map(Into::into),
                logprobs: None,
            }],
            usage: None,
        }
    }

    #[test]
    fn stream_encodes_the_anthropic_event_sequence() {
        let mut enc = AnthropicEncoder::new("public");
        let mut out = Vec::new();
        enc.chunk(
            &chunk(
                Delta {
                    role: Some("assistant".into()),
                    content: Some(String::new()),
                    ..Delta::default()
                },
                None,
            ),
            &mut out,
        );
        enc.chunk(
            &chunk(
                Delta {
                    content: Some("Hel".into()),
                    ..Delta::default()
                },
                None,
            ),
            &mut out,
        );
        enc.chunk(
            &chunk(
                Delta {
                    content: Some("lo".into()),
                    ..Delta::default()
                },
                None,
            ),
            &mut out,
        );
        let tool = |id: Option<&str>, name: Option<&str>, args: &str| Delta {
            tool_calls: Some(vec![ToolCallDelta {
                index: 0,
                id: id.map(Into::into),
                kind: id.map(|_| "function".into()),
                function: Some(FunctionDelta {
                    name: name.map(Into::into),
                    arguments: Some(args.into()),
                }),
            }]),
            ..Delta::default()
        };
        enc.chunk(&chunk(tool(Some("call_9"), Some("f"), ""), None), &mut out);
        enc.chunk(&chunk(tool(None, None, "{\"a\""), None), &mut out);
        enc.chunk(&chunk(tool(None, None, ":1}"), None), &mut out);
        enc.chunk(&chunk(Delta::default(), Some("tool_calls")), &mut out);
        let mut usage_chunk = chunk(Delta::default(), None);
        usage_chunk.choices.clear();
        usage_chunk.usage = Some(openai::Usage::new(7, 3, None, None));
        enc.chunk(&usage_chunk, &mut out);
        enc.done(&mut out);

        let mut parser = SseParser::default();
        let mut events = Vec::new();
        parser.feed(&out, &mut events).unwrap();
        let names: Vec<&str> = events.iter().map(|e| e.event.as_deref().unwrap()).collect();
        assert_eq!(
            names,
            [
                "message_start",
                "content_block_start",
                "content_block_delta",
                "content_block_delta",
                "content_block_stop",
                "content_block_start",
                "content_block_delta",
                "content_block_delta",
                "content_block_stop",
                "message_delta",
                "message_stop"
            ]
        );
        let parsed: Vec<StreamEvent> = events.iter().map(|e| serde_json::from_str(&e.data).unwrap()).collect();
        assert!(
            matches!(&parsed[5], StreamEvent::ContentBlockStart { index: 1, content_block: Block::ToolUse { id, .. } } if id == "call_9")
        );
        match &parsed[9] {
            StreamEvent::MessageDelta { delta, usage } => {
                assert_eq!(delta.stop_reason.as_deref(), Some("tool_use"));
                assert_eq!((usage.input_tokens, usage.output_tokens), (7, 3));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
