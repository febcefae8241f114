//! Anthropic Messages API (`/v1/messages`).

use serde::Serialize;
use serde_json::{Value, json};

use crate::directives::Directives;
use crate::plan::{self, Conversation, Finish, IMAGE_TOKENS, Reply, ToolChoice, ToolSpec, count_words};
use crate::server::{Ctx, Outcome, Parsed, StreamScript, before_headers, generation_delay, json_status};
use crate::util::{HttpResponse, random_id, set_header, sse_event, sse_response};

const MODELS: &[(&str, &str, &str)] = &[
    ("claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z"),
    (
        "claude-sonnet-4-5-20250929",
        "Claude Sonnet 4.5",
        "2025-09-29T00:00:00Z",
    ),
    ("claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-01T00:00:00Z"),
];

#[derive(Serialize)]
struct ErrorEnvelope<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    error: ErrorBody<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    message: &'a str,
}

fn error(status: u16, kind: &str, message: &str) -> HttpResponse {
    let request_id = random_id("req_011C", 20);
    let mut response = json_status(
        status,
        &ErrorEnvelope {
            kind: "error",
            error: ErrorBody { kind, message },
            request_id: Some(&request_id),
        },
    );
    set_header(&mut response, "request-id", &request_id);
    if status == 429 || status == 529 {
        set_header(&mut response, "x-should-retry", "true");
    }
    response
}

/// The error body for `[[mock:status=N]]`.
fn injected_error(code: u16, model: &str) -> HttpResponse {
    match code {
        400 => error(code, "invalid_request_error", "gantry-mock: injected error"),
        401 => error(code, "authentication_error", "invalid x-api-key"),
        402 => error(
            code,
            "billing_error",
            "Your credit balance is too low to access the Anthropic API.",
        ),
        403 => error(
            code,
            "permission_error",
            "Your API key does not have permission to use the specified resource.",
        ),
        404 => error(code, "not_found_error", &format!("model: {model}")),
        413 => error(
            code,
            "request_too_large",
            "Request exceeds the maximum allowed number of bytes.",
        ),
        429 => error(
            code,
            "rate_limit_error",
            "This request would exceed the rate limit for your organization of 50 requests per minute.",
        ),
        504 => error(code, "timeout_error", "Request timed out."),
        529 => error(code, "overloaded_error", "Overloaded"),
        500.. => error(code, "api_error", "Internal server error"),
        _ => error(code, "invalid_request_error", "gantry-mock: injected error"),
    }
}

fn check_request(ctx: &Ctx<'_>) -> Option<HttpResponse> {
    if let Some(expected) = ctx.config().api_key.as_deref() {
        match ctx.header("x-api-key") {
            Some(key) if key == expected => {}
            Some(_) => return Some(error(401, "authentication_error", "invalid x-api-key")),
            None => return Some(error(401, "authentication_error", "x-api-key header is required")),
        }
    }
    if ctx.header("anthropic-version").is_none_or(str::is_empty) {
        return Some(error(
            400,
            "invalid_request_error",
            "anthropic-version: header is required",
        ));
    }
    None
}

fn object_body<'a>(ctx: &'a Ctx<'_>) -> Result<&'a Value, Box<HttpResponse>> {
    let result: Result<&'a Value, HttpResponse> = match ctx.body {
        Parsed::Json(value) if value.is_object() => Ok(value),
        Parsed::Json(_) => Err(error(400, "invalid_request_error", "Input should be an object")),
        Parsed::Empty => Err(error(400, "invalid_request_error", "Request body is empty")),
        Parsed::Invalid(detail) => Err(error(
            400,
            "invalid_request_error",
            &format!("There was an error parsing the body: {detail}"),
        )),
    };
    result.map_err(Box::new)
}

/// Prompt tokens of a message content or of `system` (string or blocks).
fn content_tokens(content: &Value) -> u64 {
    match content {
        Value::String(s) => count_words(s),
        Value::Array(blocks) => blocks.iter().map(block_tokens).sum(),
        _ => 0,
    }
}

fn block_tokens(block: &Value) -> u64 {
    match block.get("type").and_then(Value::as_str) {
        Some("text") => block.get("text").and_then(Value::as_str).map_or(0, count_words),
        Some("image" | "document") => IMAGE_TOKENS,
        Some("tool_result") => content_tokens(block.get("content").unwrap_or(&Value::Null)),
        _ => 0,
    }
}

/// The plain text of a user message, if it has any (tool results are not text).
fn user_text(content: &Value) -> Option<String> {
    match content {
        Value::String(s) => Some(s.clone()),
        Value::Array(blocks) => {
            let texts: Vec<&str> = blocks
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) == Some("text"))
                .filter_map(|b| b.get("text").and_then(Value::as_str))
                .collect();
            (!texts.is_empty()).then(|| texts.join(" "))
        }
        _ => None,
    }
}

fn conversation(body: &Value) -> Conversation<'_> {
    let mut conv = Conversation {
        prompt_tokens: content_tokens(body.get("system").unwrap_or(&Value::Null)),
        ..Conversation::default()
    };
    let messages = body
        .get("messages")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for message in messages {
        let content = message.get("content").unwrap_or(&Value::Null);
        conv.prompt_tokens += content_tokens(content);
        if message.get("role").and_then(Value::as_str) == Some("user")
            && let Some(text) = user_text(content)
        {
            conv.last_user_text = Some(text);
        }
    }
    if let Some(last) = messages.last()
        && last.get("role").and_then(Value::as_str) == Some("user")
    {
        conv.last_is_user = true;
        let tool_result = last.get("content").and_then(Value::as_array).and_then(|blocks| {
            blocks
                .iter()
                .rev()
                .find(|b| b.get("type").and_then(Value::as_str) == Some("tool_result"))
        });
        if let Some(result) = tool_result {
            conv.tool_result = Some(plan::content_text(result.get("content").unwrap_or(&Value::Null)));
        }
    }
    if let Some(tools) = body.get("tools").and_then(Value::as_array) {
        for tool in tools {
            if let Some(name) = tool.get("name").and_then(Value::as_str) {
                conv.tools.push(ToolSpec {
                    name,
                    schema: tool.get("input_schema"),
                });
            }
        }
    }
    conv.tool_choice = match body.get("tool_choice") {
        Some(choice) => match choice.get("type").and_then(Value::as_str) {
            Some("none") => ToolChoice::None,
            Some("any") => ToolChoice::Any,
            Some("tool") => choice
                .get("name")
                .and_then(Value::as_str)
                .map_or(ToolChoice::Any, ToolChoice::Named),
            _ => ToolChoice::Auto,
        },
        None => ToolChoice::Auto,
    };
    let format_type = |v: Option<&Value>| v.and_then(|f| f.get("type")).and_then(Value::as_str) == Some("json_schema");
    conv.json_mode =
        format_type(body.get("output_format")) || format_type(body.get("output_config").and_then(|c| c.get("format")));
    conv.max_tokens = body.get("max_tokens").and_then(Value::as_u64);
    if let Some(stops) = body.get("stop_sequences").and_then(Value::as_array) {
        conv.stop = stops.iter().filter_map(Value::as_str).collect();
    }
    conv
}

#[derive(Serialize, Clone, Copy)]
struct Usage {
    input_tokens: u64,
    cache_creation_input_tokens: u64,
    cache_read_input_tokens: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_creation: Option<CacheCreation>,
    output_tokens: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    service_tier: Option<&'static str>,
}

#[derive(Serialize, Clone, Copy)]
struct CacheCreation {
    ephemeral_5m_input_tokens: u64,
    ephemeral_1h_input_tokens: u64,
}

impl Usage {
    /// Anthropic's `input_tokens` excludes cache reads; thinking tokens are output tokens.
    fn new(prompt: u64, output: u64, d: &Directives) -> Self {
        Usage {
            input_tokens: prompt,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: d.cached_tokens,
            cache_creation: Some(CacheCreation {
                ephemeral_5m_input_tokens: 0,
                ephemeral_1h_input_tokens: 0,
            }),
            output_tokens: output + d.reasoning_tokens,
            service_tier: Some("standard"),
        }
    }

    /// The cumulative usage reported by `message_delta`.
    fn delta(self) -> Self {
        Usage {
            cache_creation: None,
            service_tier: None,
            ..self
        }
    }
}

#[derive(Serialize)]
struct Message<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    role: &'static str,
    model: &'a str,
    content: Vec<Block<'a>>,
    stop_reason: Option<&'static str>,
    stop_sequence: Option<&'a str>,
    usage: Usage,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Block<'a> {
    Text {
        text: &'a str,
    },
    ToolUse {
        id: &'a str,
        name: &'a str,
        input: &'a Value,
    },
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Event<'a> {
    MessageStart { message: Message<'a> },
    ContentBlockStart { index: usize, content_block: Block<'a> },
    Ping,
    ContentBlockDelta { index: usize, delta: BlockDelta<'a> },
    ContentBlockStop { index: usize },
    MessageDelta { delta: MessageDelta<'a>, usage: Usage },
    MessageStop,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockDelta<'a> {
    TextDelta { text: &'a str },
    InputJsonDelta { partial_json: &'a str },
}

#[derive(Serialize)]
struct MessageDelta<'a> {
    stop_reason: &'static str,
    stop_sequence: Option<&'a str>,
}

fn stop_reason(finish: &Finish) -> (&'static str, Option<&str>) {
    match finish {
        Finish::Stop => ("end_turn", None),
        Finish::Length => ("max_tokens", None),
        Finish::StopSequence(s) => ("stop_sequence", Some(s.as_str())),
        Finish::ToolCall => ("tool_use", None),
    }
}

fn event(out: &mut Vec<u8>, event: &Event<'_>) {
    let name = match event {
        Event::MessageStart { .. } => "message_start",
        Event::ContentBlockStart { .. } => "content_block_start",
        Event::Ping => "ping",
        Event::ContentBlockDelta { .. } => "content_block_delta",
        Event::ContentBlockStop { .. } => "content_block_stop",
        Event::MessageDelta { .. } => "message_delta",
        Event::MessageStop => "message_stop",
    };
    sse_event(out, name, event);
}

pub(crate) async fn messages(ctx: &Ctx<'_>) -> Outcome {
    if let Some(response) = check_request(ctx) {
        return Ok(response);
    }
    let body = match object_body(ctx) {
        Ok(body) => body,
        Err(response) => return Ok(*response),
    };
    let model = match body.get("model").and_then(Value::as_str) {
        Some(model) if !model.is_empty() => model,
        _ => return Ok(error(400, "invalid_request_error", "model: Field required")),
    };
    if !body.get("messages").is_some_and(Value::is_array) {
        return Ok(error(400, "invalid_request_error", "messages: Field required"));
    }
    if !body.get("max_tokens").is_some_and(Value::is_u64) {
        return Ok(error(400, "invalid_request_error", "max_tokens: Field required"));
    }
    let conv = conversation(body);
    let (directives, cleaned) = conv.directives();
    let directives = ctx.with_fault(directives);
    let stream = body.get("stream").and_then(Value::as_bool).unwrap_or(false);
    if let Some(outcome) = before_headers(ctx, &directives, stream, |code| injected_error(code, model)).await {
        return outcome;
    }
    let reply = plan::plan(&conv, &directives, cleaned.as_deref(), ctx.config().default_tokens);
    let usage = Usage::new(conv.prompt_tokens, reply.tokens() as u64, &directives);
    let id = random_id("msg_01", 22);
    let tool_id = match &reply {
        Reply::Tool(_) => random_id("toolu_01", 22),
        Reply::Text(_) => String::new(),
    };
    let finish = reply.finish();
    let (stop, stop_sequence) = stop_reason(&finish);
    let block = match &reply {
        Reply::Text(text) => Block::Text { text: &text.text },
        Reply::Tool(tool) => Block::ToolUse {
            id: &tool_id,
            name: &tool.name,
            input: &tool.args,
        },
    };
    if stream {
        let script = stream_script(&id, model, &reply, &tool_id, usage, (stop, stop_sequence));
        let mut response = sse_response(script.into_body(ctx.config(), &directives));
        set_header(&mut response, "request-id", &random_id("req_011C", 20));
        return Ok(response);
    }
    generation_delay(ctx, &directives, reply.tokens()).await;
    let message = Message {
        id: &id,
        kind: "message",
        role: "assistant",
        model,
        content: vec![block],
        stop_reason: Some(stop),
        stop_sequence,
        usage,
    };
    let mut response = json_status(200, &message);
    set_header(&mut response, "request-id", &random_id("req_011C", 20));
    Ok(response)
}

fn stream_script(
    id: &str,
    model: &str,
    reply: &Reply,
    tool_id: &str,
    usage: Usage,
    (stop, stop_sequence): (&'static str, Option<&str>),
) -> StreamScript {
    let mut script = StreamScript::default();
    let start_usage = Usage {
        output_tokens: 1,
        ..usage
    };
    event(
        &mut script.prelude,
        &Event::MessageStart {
            message: Message {
                id,
                kind: "message",
                role: "assistant",
                model,
                content: Vec::new(),
                stop_reason: None,
                stop_sequence: None,
                usage: start_usage,
            },
        },
    );
    let empty_input = json!({});
    match reply {
        Reply::Text(text) => {
            event(
                &mut script.prelude,
                &Event::ContentBlockStart {
                    index: 0,
                    content_block: Block::Text { text: "" },
                },
            );
            event(&mut script.prelude, &Event::Ping);
            for piece in &text.pieces {
                let mut frame = Vec::with_capacity(128);
                event(
                    &mut frame,
                    &Event::ContentBlockDelta {
                        index: 0,
                        delta: BlockDelta::TextDelta { text: piece },
                    },
                );
                script.tokens.push(frame);
            }
        }
        Reply::Tool(tool) => {
            event(
                &mut script.prelude,
                &Event::ContentBlockStart {
                    index: 0,
                    content_block: Block::ToolUse {
                        id: tool_id,
                        name: &tool.name,
                        input: &empty_input,
                    },
                },
            );
            event(&mut script.prelude, &Event::Ping);
            event(
                &mut script.prelude,
                &Event::ContentBlockDelta {
                    index: 0,
                    delta: BlockDelta::InputJsonDelta { partial_json: "" },
                },
            );
            for piece in &tool.pieces {
                let mut frame = Vec::with_capacity(128);
                event(
                    &mut frame,
                    &Event::ContentBlockDelta {
                        index: 0,
                        delta: BlockDelta::InputJsonDelta { partial_json: piece },
                    },
                );
                script.tokens.push(frame);
            }
        }
    }
    event(&mut script.epilogue, &Event::ContentBlockStop { index: 0 });
    event(
        &mut script.epilogue,
        &Event::MessageDelta {
            delta: MessageDelta {
                stop_reason: stop,
                stop_sequence,
            },
            usage: usage.delta(),
        },
    );
    event(&mut script.epilogue, &Event::MessageStop);
    sse_event(
        &mut script.error,
        "error",
        &ErrorEnvelope {
            kind: "error",
            error: ErrorBody {
                kind: "overloaded_error",
                message: "Overloaded",
            },
            request_id: None,
        },
    );
    script
}

pub(crate) fn count_tokens(ctx: &Ctx<'_>) -> HttpResponse {
    if let Some(response) = check_request(ctx) {
        return response;
    }
    match object_body(ctx) {
        Ok(body) => json_status(200, &json!({"input_tokens": conversation(body).prompt_tokens})),
        Err(response) => *response,
    }
}

pub(crate) fn models(ctx: &Ctx<'_>) -> HttpResponse {
    if let Some(response) = check_request(ctx) {
        return response;
    }
    let data: Vec<Value> = MODELS
        .iter()
        .map(|(id, name, created)| json!({"type": "model", "id": id, "display_name": name, "created_at": created}))
        .collect();
    json_status(
        200,
        &json!({
            "data": data,
            "has_more": false,
            "first_id": MODELS.first().map(|m| m.0),
            "last_id": MODELS.last().map(|m| m.0),
        }),
    )
}
