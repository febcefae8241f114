//! OpenAI (`/v1/...`) and Azure OpenAI (`/openai/deployments/{d}/...`).

use serde::Serialize;
use serde_json::{Value, json};

use crate::directives::Directives;
use crate::embed;
use crate::plan::{self, Conversation, Finish, IMAGE_TOKENS, Reply, ToolChoice, ToolSpec, count_words};
use crate::server::{Ctx, Outcome, Parsed, StreamScript, before_headers, generation_delay, json_status};
use crate::util::{HttpResponse, random_id, set_header, sse_data, sse_response, unix_time};

const SYSTEM_FINGERPRINT: &str = "fp_gantry_mock";
const PARSE_ERROR: &str = "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";
const SERVER_ERROR: &str = "The server had an error while processing your request. Sorry about that!";
const AZURE_ACCESS_DENIED: &str = "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";
const MODELS: &[(&str, &str)] = &[
    ("gpt-4o", "system"),
    ("gpt-4o-mini", "system"),
    ("gpt-4.1", "system"),
    ("gpt-4.1-mini", "system"),
    ("o3-mini", "system"),
    ("gpt-3.5-turbo-instruct", "system"),
    ("text-embedding-3-small", "system"),
    ("text-embedding-3-large", "system"),
];

#[derive(Clone, Copy, Debug)]
pub(crate) enum Flavor<'a> {
    OpenAi,
    Azure { deployment: &'a str },
}

impl Flavor<'_> {
    fn is_azure(self) -> bool {
        matches!(self, Flavor::Azure { .. })
    }
}

// ---------------------------------------------------------------- errors

#[derive(Serialize)]
struct ErrorEnvelope<'a> {
    error: ErrorObject<'a>,
}

#[derive(Serialize)]
struct ErrorObject<'a> {
    message: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    param: Option<&'a str>,
    code: Option<&'a str>,
}

fn error(status: u16, message: &str, kind: &str, param: Option<&str>, code: Option<&str>) -> HttpResponse {
    let mut response = json_status(
        status,
        &ErrorEnvelope {
            error: ErrorObject {
                message,
                kind,
                param,
                code,
            },
        },
    );
    set_header(&mut response, "x-request-id", &random_id("req_", 32));
    response
}

/// Azure's own error shape (used by its front door: auth, routing, throttling).
fn azure_error(status: u16, code: &str, message: &str) -> HttpResponse {
    let mut response = json_status(status, &json!({"error": {"code": code, "message": message}}));
    set_header(&mut response, "apim-request-id", &random_id("", 32));
    response
}

pub(crate) fn azure_not_found() -> HttpResponse {
    azure_error(404, "404", "Resource not found")
}

pub(crate) fn invalid_url(ctx: &Ctx<'_>) -> HttpResponse {
    let message = format!("Invalid URL ({} {})", ctx.parts.method, ctx.parts.uri.path());
    error(404, &message, "invalid_request_error", None, None)
}

fn parse_error(flavor: Flavor<'_>) -> HttpResponse {
    let _ = flavor;
    error(400, PARSE_ERROR, "invalid_request_error", None, None)
}

/// The error body for `[[mock:status=N]]`.
pub(crate) fn injected_error(flavor: Flavor<'_>, code: u16, model: &str) -> HttpResponse {
    match (flavor, code) {
        (Flavor::Azure { .. }, 401) => azure_error(401, "401", AZURE_ACCESS_DENIED),
        (Flavor::Azure { .. }, 429) => azure_error(
            429,
            "429",
            "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second.",
        ),
        (_, 401) => error(
            401,
            "Incorrect API key provided: mock****. You can find your API key at https://platform.openai.com/account/api-keys.",
            "invalid_request_error",
            None,
            Some("invalid_api_key"),
        ),
        (_, 403) => error(
            403,
            "Country, region, or territory not supported",
            "request_forbidden",
            None,
            Some("unsupported_country_region_territory"),
        ),
        (_, 404) => error(
            404,
            &format!("The model `{model}` does not exist or you do not have access to it."),
            "invalid_request_error",
            None,
            Some("model_not_found"),
        ),
        (_, 429) => error(
            429,
            &format!(
                "Rate limit reached for {model} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 1s."
            ),
            "requests",
            None,
            Some("rate_limit_exceeded"),
        ),
        (_, 503) => error(
            503,
            "The engine is currently overloaded, please try again later.",
            "server_error",
            None,
            None,
        ),
        (_, 500..) => error(code, SERVER_ERROR, "server_error", None, None),
        (_, _) => error(code, "gantry-mock: injected error", "invalid_request_error", None, None),
    }
}

fn mask_key(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

/// Checks the key, and Azure's `api-version`.
fn check_request(ctx: &Ctx<'_>, flavor: Flavor<'_>) -> Option<HttpResponse> {
    if let Some(expected) = ctx.config().api_key.as_deref() {
        match flavor {
            Flavor::Azure { .. } => {
                if ctx.header("api-key") != Some(expected) {
                    return Some(azure_error(401, "401", AZURE_ACCESS_DENIED));
                }
            }
            Flavor::OpenAi => {
                let bearer = ctx.header("authorization").and_then(|v| {
                    v.get(..7)
                        .filter(|p| p.eq_ignore_ascii_case("bearer "))
                        .map(|_| v[7..].trim())
                });
                match bearer {
                    Some(key) if key == expected => {}
                    Some(key) => {
                        let message = format!(
                            "Incorrect API key provided: {}. You can find your API key at https://platform.openai.com/account/api-keys.",
                            mask_key(key)
                        );
                        return Some(error(
                            401,
                            &message,
                            "invalid_request_error",
                            None,
                            Some("invalid_api_key"),
                        ));
                    }
                    None => {
                        return Some(error(
                            401,
                            "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.",
                            "invalid_request_error",
                            None,
                            None,
                        ));
                    }
                }
            }
        }
    }
    if flavor.is_azure() && crate::util::query_param(ctx.query(), "api-version").is_none_or(|v| v.is_empty()) {
        return Some(azure_not_found());
    }
    None
}

/// The JSON object body, or the error response to send instead.
fn object_body<'a>(ctx: &'a Ctx<'_>, flavor: Flavor<'_>) -> Result<&'a Value, Box<HttpResponse>> {
    let result: Result<&'a Value, HttpResponse> = match ctx.body {
        Parsed::Json(value) if value.is_object() => Ok(value),
        Parsed::Json(_) => Err(error(
            400,
            "Invalid type for request body: expected an object.",
            "invalid_request_error",
            None,
            Some("invalid_type"),
        )),
        Parsed::Empty | Parsed::Invalid(_) => Err(parse_error(flavor)),
    };
    result.map_err(Box::new)
}

/// The model named in responses, or the error for a missing `model`.
/// The checks every OpenAI-style endpoint starts with: auth and api-version,
/// a JSON object body, and the model name to answer with.
fn accepted_request<'a>(ctx: &'a Ctx<'_>, flavor: Flavor<'a>) -> Result<(&'a Value, &'a str), Box<HttpResponse>> {
    if let Some(response) = check_request(ctx, flavor) {
        return Err(Box::new(response));
    }
    let body = object_body(ctx, flavor)?;
    let model = response_model(body, flavor)?;
    Ok((body, model))
}

fn response_model<'a>(body: &'a Value, flavor: Flavor<'a>) -> Result<&'a str, Box<HttpResponse>> {
    let result: Result<&'a str, HttpResponse> = match flavor {
        Flavor::Azure { deployment } => Ok(deployment),
        Flavor::OpenAi => match body.get("model").and_then(Value::as_str) {
            Some(model) if !model.is_empty() => Ok(model),
            _ => Err(error(
                400,
                "you must provide a model parameter",
                "invalid_request_error",
                None,
                None,
            )),
        },
    };
    result.map_err(Box::new)
}

fn missing_parameter(name: &str) -> HttpResponse {
    error(
        400,
        &format!("Missing required parameter: '{name}'."),
        "invalid_request_error",
        Some(name),
        Some("missing_required_parameter"),
    )
}

// ---------------------------------------------------------------- usage

#[derive(Serialize, Clone, Copy)]
struct Usage {
    prompt_tokens: u64,
    completion_tokens: u64,
    total_tokens: u64,
    prompt_tokens_details: PromptDetails,
    completion_tokens_details: CompletionDetails,
}

#[derive(Serialize, Clone, Copy)]
struct PromptDetails {
    cached_tokens: u64,
    audio_tokens: u64,
}

#[derive(Serialize, Clone, Copy)]
struct CompletionDetails {
    reasoning_tokens: u64,
    audio_tokens: u64,
    accepted_prediction_tokens: u64,
    rejected_prediction_tokens: u64,
}

impl Usage {
    /// `prompt` counted words; cached tokens are part of the prompt and
    /// reasoning tokens part of the completion, as OpenAI reports them.
    fn new(prompt: u64, output: u64, d: &Directives) -> Self {
        let prompt_tokens = prompt + d.cached_tokens;
        let completion_tokens = output + d.reasoning_tokens;
        Usage {
            prompt_tokens,
            completion_tokens,
            total_tokens: prompt_tokens + completion_tokens,
            prompt_tokens_details: PromptDetails {
                cached_tokens: d.cached_tokens,
                audio_tokens: 0,
            },
            completion_tokens_details: CompletionDetails {
                reasoning_tokens: d.reasoning_tokens,
                audio_tokens: 0,
                accepted_prediction_tokens: 0,
                rejected_prediction_tokens: 0,
            },
        }
    }
}

fn finish_reason(finish: &Finish) -> &'static str {
    match finish {
        Finish::Stop | Finish::StopSequence(_) => "stop",
        Finish::Length => "length",
        Finish::ToolCall => "tool_calls",
    }
}

fn azure_filter_results() -> Value {
    let safe = json!({"filtered": false, "severity": "safe"});
    json!({"hate": safe, "self_harm": safe, "sexual": safe, "violence": safe})
}

fn azure_prompt_filter_results() -> Value {
    json!([{"prompt_index": 0, "content_filter_results": azure_filter_results()}])
}

// ---------------------------------------------------------------- chat

/// Reads a chat request into the provider-neutral view.
fn chat_conversation(body: &Value) -> Conversation<'_> {
    let mut conv = Conversation::default();
    let messages = body
        .get("messages")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for message in messages {
        let content = message.get("content").unwrap_or(&Value::Null);
        conv.prompt_tokens += content_tokens(content);
        if message.get("role").and_then(Value::as_str) == Some("user") {
            conv.last_user_text = Some(content_plain_text(content));
        }
    }
    if let Some(last) = messages.last() {
        match last.get("role").and_then(Value::as_str) {
            Some("tool" | "function") => {
                conv.tool_result = Some(plan::content_text(last.get("content").unwrap_or(&Value::Null)));
                conv.last_is_user = true;
            }
            Some("user") => conv.last_is_user = true,
            _ => {}
        }
    }
    if let Some(tools) = body.get("tools").and_then(Value::as_array) {
        for tool in tools {
            let kind = tool.get("type").and_then(Value::as_str).unwrap_or("function");
            let function = tool.get("function");
            if kind == "function"
                && let Some(name) = function.and_then(|f| f.get("name")).and_then(Value::as_str)
            {
                conv.tools.push(ToolSpec {
                    name,
                    schema: function.and_then(|f| f.get("parameters")),
                });
            }
        }
    }
    if let Some(functions) = body.get("functions").and_then(Value::as_array) {
        for function in functions {
            if let Some(name) = function.get("name").and_then(Value::as_str) {
                conv.tools.push(ToolSpec {
                    name,
                    schema: function.get("parameters"),
                });
            }
        }
    }
    conv.tool_choice = match body.get("tool_choice").or_else(|| body.get("function_call")) {
        Some(Value::String(s)) => match s.as_str() {
            "none" => ToolChoice::None,
            "required" => ToolChoice::Any,
            _ => ToolChoice::Auto,
        },
        Some(choice @ Value::Object(_)) => choice
            .get("function")
            .and_then(|f| f.get("name"))
            .or_else(|| choice.get("name"))
            .and_then(Value::as_str)
            .map_or(ToolChoice::Auto, ToolChoice::Named),
        _ => ToolChoice::Auto,
    };
    conv.json_mode = matches!(
        body.get("response_format")
            .and_then(|f| f.get("type"))
            .and_then(Value::as_str),
        Some("json_object" | "json_schema")
    );
    conv.max_tokens = body
        .get("max_completion_tokens")
        .and_then(Value::as_u64)
        .or_else(|| body.get("max_tokens").and_then(Value::as_u64));
    conv.stop = stop_sequences(body.get("stop"));
    conv
}

fn stop_sequences(stop: Option<&Value>) -> Vec<&str> {
    match stop {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Prompt tokens of a message content (string or array of parts).
fn content_tokens(content: &Value) -> u64 {
    match content {
        Value::String(s) => count_words(s),
        Value::Array(parts) => parts
            .iter()
            .map(|part| match part.get("type").and_then(Value::as_str) {
                Some("text" | "input_text") => part.get("text").and_then(Value::as_str).map_or(0, count_words),
                Some("image_url" | "input_image" | "input_audio" | "file") => IMAGE_TOKENS,
                _ => part.as_str().map_or(0, count_words),
            })
            .sum(),
        _ => 0,
    }
}

fn content_plain_text(content: &Value) -> String {
    match content {
        Value::String(s) => s.clone(),
        Value::Array(parts) => {
            let texts: Vec<&str> = parts
                .iter()
                .filter(|p| matches!(p.get("type").and_then(Value::as_str), Some("text" | "input_text")))
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect();
            texts.join(" ")
        }
        _ => String::new(),
    }
}

fn wants_stream(body: &Value) -> bool {
    body.get("stream").and_then(Value::as_bool).unwrap_or(false)
}

fn include_usage(body: &Value) -> bool {
    body.get("stream_options")
        .and_then(|o| o.get("include_usage"))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

fn choice_count(body: &Value) -> usize {
    body.get("n")
        .and_then(Value::as_u64)
        .map_or(1, |n| usize::try_from(n.clamp(1, 128)).unwrap_or(1))
}

#[derive(Serialize)]
struct ChatCompletion<'a> {
    id: &'a str,
    object: &'static str,
    created: u64,
    model: &'a str,
    choices: Vec<ChatChoice<'a>>,
    usage: Usage,
    service_tier: &'static str,
    system_fingerprint: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    prompt_filter_results: Option<Value>,
}

#[derive(Serialize)]
struct ChatChoice<'a> {
    index: usize,
    message: ChatMessage<'a>,
    logprobs: (),
    finish_reason: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_filter_results: Option<Value>,
}

#[derive(Serialize)]
struct ChatMessage<'a> {
    role: &'static str,
    content: Option<&'a str>,
    refusal: (),
    #[serde(skip_serializing_if = "Option::is_none")]
    tool_calls: Option<Vec<ToolCall<'a>>>,
    annotations: [(); 0],
}

#[derive(Serialize)]
struct ToolCall<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    function: FunctionCall<'a>,
}

#[derive(Serialize)]
struct FunctionCall<'a> {
    name: &'a str,
    arguments: &'a str,
}

#[derive(Serialize)]
struct ChatChunk<'a> {
    id: &'a str,
    object: &'static str,
    created: u64,
    model: &'a str,
    service_tier: &'static str,
    system_fingerprint: &'static str,
    choices: &'a [ChunkChoice<'a>],
    /// Absent unless `include_usage`; then `null` except on the last chunk.
    #[serde(skip_serializing_if = "Option::is_none")]
    usage: Option<Option<Usage>>,
}

#[derive(Serialize)]
struct ChunkChoice<'a> {
    index: usize,
    delta: Delta<'a>,
    logprobs: (),
    finish_reason: Option<&'static str>,
}

#[derive(Serialize, Default)]
struct Delta<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refusal: Option<()>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tool_calls: Option<[ToolCallDelta<'a>; 1]>,
}

#[derive(Serialize)]
struct ToolCallDelta<'a> {
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    function: FunctionDelta<'a>,
}

#[derive(Serialize)]
struct FunctionDelta<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    arguments: &'a str,
}

/// Every OpenAI stream ends with `[DONE]`; its injected mid-stream error is a
/// `data: {"error": …}` frame.
fn finish_stream_script(epilogue: &mut Vec<u8>, error: &mut Vec<u8>) {
    epilogue.extend_from_slice(b"data: [DONE]\n\n");
    sse_data(
        error,
        &ErrorEnvelope {
            error: ErrorObject {
                message: SERVER_ERROR,
                kind: "server_error",
                param: None,
                code: None,
            },
        },
    );
}

pub(crate) async fn chat(ctx: &Ctx<'_>, flavor: Flavor<'_>) -> Outcome {
    let (body, model) = match accepted_request(ctx, flavor) {
        Ok(accepted) => accepted,
        Err(response) => return Ok(*response),
    };
    match body.get("messages") {
        Some(Value::Array(_)) => {}
        None | Some(Value::Null) => return Ok(missing_parameter("messages")),
        Some(_) => {
            return Ok(error(
                400,
                "Invalid type for 'messages': expected an array of objects.",
                "invalid_request_error",
                Some("messages"),
                Some("invalid_type"),
            ));
        }
    }
    let conv = chat_conversation(body);
    let (directives, cleaned) = conv.directives();
    let directives = ctx.with_fault(directives);
    let stream = wants_stream(body);
    if let Some(outcome) = before_headers(ctx, &directives, stream, |code| injected_error(flavor, code, model)).await {
        return outcome;
    }
    let reply = plan::plan(&conv, &directives, cleaned.as_deref(), ctx.config().default_tokens);
    let n = choice_count(body);
    let usage = Usage::new(conv.prompt_tokens, (reply.tokens() * n) as u64, &directives);
    let id = random_id("chatcmpl-", 29);
    let created = unix_time();
    let call_id = match &reply {
        Reply::Tool(_) => random_id("call_", 24),
        Reply::Text(_) => String::new(),
    };
    if stream {
        let script = chat_stream(
            &ChunkHead {
                id: &id,
                created,
                model,
                include_usage: include_usage(body),
                n,
            },
            &reply,
            &call_id,
            usage,
            flavor,
        );
        return Ok(sse_response(script.into_body(ctx.config(), &directives)));
    }
    generation_delay(ctx, &directives, reply.tokens()).await;
    let finish = finish_reason(&reply.finish());
    let message = match &reply {
        Reply::Text(text) => ChatMessage {
            role: "assistant",
            content: Some(&text.text),
            refusal: (),
            tool_calls: None,
            annotations: [],
        },
        Reply::Tool(tool) => ChatMessage {
            role: "assistant",
            content: None,
            refusal: (),
            tool_calls: Some(vec![ToolCall {
                id: &call_id,
                kind: "function",
                function: FunctionCall {
                    name: &tool.name,
                    arguments: &tool.arguments,
                },
            }]),
            annotations: [],
        },
    };
    let mut choices = Vec::with_capacity(n);
    let mut message = Some(message);
    for index in 0..n {
        let message = if index + 1 == n {
            message.take()
        } else {
            message.as_ref().map(ChatMessage::duplicate)
        };
        let Some(message) = message else { break };
        choices.push(ChatChoice {
            index,
            message,
            logprobs: (),
            finish_reason: finish,
            content_filter_results: flavor.is_azure().then(azure_filter_results),
        });
    }
    let completion = ChatCompletion {
        id: &id,
        object: "chat.completion",
        created,
        model,
        choices,
        usage,
        service_tier: "default",
        system_fingerprint: SYSTEM_FINGERPRINT,
        prompt_filter_results: flavor.is_azure().then(azure_prompt_filter_results),
    };
    let mut response = json_status(200, &completion);
    set_header(&mut response, "x-request-id", &random_id("req_", 32));
    Ok(response)
}

impl<'a> ChatMessage<'a> {
    fn duplicate(&self) -> ChatMessage<'a> {
        ChatMessage {
            role: self.role,
            content: self.content,
            refusal: (),
            tool_calls: self.tool_calls.as_ref().map(|calls| {
                calls
                    .iter()
                    .map(|c| ToolCall {
                        id: c.id,
                        kind: c.kind,
                        function: FunctionCall {
                            name: c.function.name,
                            arguments: c.function.arguments,
                        },
                    })
                    .collect()
            }),
            annotations: [],
        }
    }
}

struct ChunkHead<'a> {
    id: &'a str,
    created: u64,
    model: &'a str,
    include_usage: bool,
    /// Number of choices.
    n: usize,
}

impl ChunkHead<'_> {
    /// One chunk per choice, each with the delta `delta()`.
    fn each_choice<'d>(&self, out: &mut Vec<u8>, delta: impl Fn() -> Delta<'d>, finish: Option<&'static str>) {
        for index in 0..self.n {
            self.write(
                out,
                &[ChunkChoice {
                    index,
                    delta: delta(),
                    logprobs: (),
                    finish_reason: finish,
                }],
            );
        }
    }

    fn write(&self, out: &mut Vec<u8>, choices: &[ChunkChoice<'_>]) {
        sse_data(
            out,
            &ChatChunk {
                id: self.id,
                object: "chat.completion.chunk",
                created: self.created,
                model: self.model,
                service_tier: "default",
                system_fingerprint: SYSTEM_FINGERPRINT,
                choices,
                usage: self.include_usage.then_some(None),
            },
        );
    }
}

fn chat_stream(head: &ChunkHead<'_>, reply: &Reply, call_id: &str, usage: Usage, flavor: Flavor<'_>) -> StreamScript {
    let mut script = StreamScript::default();
    if flavor.is_azure() {
        sse_data(
            &mut script.prelude,
            &json!({
                "choices": [],
                "created": 0,
                "id": "",
                "model": "",
                "object": "",
                "prompt_filter_results": azure_prompt_filter_results(),
            }),
        );
    }
    match reply {
        Reply::Text(text) => {
            head.each_choice(
                &mut script.prelude,
                || Delta {
                    role: Some("assistant"),
                    content: Some(Some("")),
                    refusal: Some(()),
                    tool_calls: None,
                },
                None,
            );
            for piece in &text.pieces {
                let mut frame = Vec::with_capacity(256 * head.n);
                head.each_choice(
                    &mut frame,
                    || Delta {
                        content: Some(Some(piece)),
                        ..Delta::default()
                    },
                    None,
                );
                script.tokens.push(frame);
            }
        }
        Reply::Tool(tool) => {
            head.each_choice(
                &mut script.prelude,
                || Delta {
                    role: Some("assistant"),
                    content: Some(None),
                    refusal: Some(()),
                    tool_calls: Some([ToolCallDelta {
                        index: 0,
                        id: Some(call_id),
                        kind: Some("function"),
                        function: FunctionDelta {
                            name: Some(&tool.name),
                            arguments: "",
                        },
                    }]),
                },
                None,
            );
            for piece in &tool.pieces {
                let mut frame = Vec::with_capacity(256 * head.n);
                head.each_choice(
                    &mut frame,
                    || Delta {
                        tool_calls: Some([ToolCallDelta {
                            index: 0,
                            id: None,
                            kind: None,
                            function: FunctionDelta {
                                name: None,
                                arguments: piece,
                            },
                        }]),
                        ..Delta::default()
                    },
                    None,
                );
                script.tokens.push(frame);
            }
        }
    }
    head.each_choice(
        &mut script.epilogue,
        Delta::default,
        Some(finish_reason(&reply.finish())),
    );
    if head.include_usage {
        sse_data(
            &mut script.epilogue,
            &ChatChunk {
                id: head.id,
                object: "chat.completion.chunk",
                created: head.created,
                model: head.model,
                service_tier: "default",
                system_fingerprint: SYSTEM_FINGERPRINT,
                choices: &[],
                usage: Some(Some(usage)),
            },
        );
    }
    finish_stream_script(&mut script.epilogue, &mut script.error);
    script
}

// ---------------------------------------------------------------- legacy completions

#[derive(Serialize)]
struct TextCompletion<'a> {
    id: &'a str,
    object: &'static str,
    created: u64,
    model: &'a str,
    choices: Vec<TextChoice<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    usage: Option<Option<LegacyUsage>>,
    system_fingerprint: &'static str,
}

#[derive(Serialize)]
struct TextChoice<'a> {
    text: &'a str,
    index: usize,
    logprobs: (),
    finish_reason: Option<&'static str>,
}

#[derive(Serialize, Clone, Copy)]
struct LegacyUsage {
    prompt_tokens: u64,
    completion_tokens: u64,
    total_tokens: u64,
}

/// The prompts of a legacy completion request, with their prompt tokens.
fn prompts(prompt: Option<&Value>) -> Vec<(Option<&str>, u64)> {
    match prompt {
        Some(Value::String(s)) => vec![(Some(s.as_str()), count_words(s))],
        Some(Value::Array(items)) if items.iter().all(Value::is_number) && !items.is_empty() => {
            vec![(None, items.len() as u64)]
        }
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|item| match item {
                Value::String(s) => (Some(s.as_str()), count_words(s)),
                Value::Array(tokens) => (None, tokens.len() as u64),
                _ => (None, 0),
            })
            .collect(),
        _ => vec![(None, 0)],
    }
}

pub(crate) async fn completions(ctx: &Ctx<'_>, flavor: Flavor<'_>) -> Outcome {
    let (body, model) = match accepted_request(ctx, flavor) {
        Ok(accepted) => accepted,
        Err(response) => return Ok(*response),
    };
    let prompts = prompts(body.get("prompt"));
    let stop = stop_sequences(body.get("stop"));
    let max_tokens = body.get("max_tokens").and_then(Value::as_u64);
    let mut directives = Directives::default();
    let mut replies = Vec::with_capacity(prompts.len());
    let mut prompt_tokens = 0;
    for (text, tokens) in &prompts {
        prompt_tokens += tokens;
        let (d, cleaned) = Directives::parse(text.unwrap_or(""));
        directives.merge(d);
        let conv = Conversation {
            last_user_text: text.map(str::to_owned),
            prompt_tokens: *tokens,
            max_tokens,
            stop: stop.clone(),
            ..Conversation::default()
        };
        replies.push((conv, cleaned));
    }
    let stream = wants_stream(body);
    if let Some(outcome) = before_headers(ctx, &directives, stream, |code| injected_error(flavor, code, model)).await {
        return outcome;
    }
    let replies: Vec<Reply> = replies
        .iter()
        .map(|(conv, cleaned)| {
            let cleaned = conv.last_user_text.as_ref().map(|_| cleaned.as_str());
            plan::plan(conv, &directives, cleaned, ctx.config().default_tokens)
        })
        .collect();
    let n = choice_count(body);
    let output: usize = replies.iter().map(Reply::tokens).sum::<usize>() * n;
    let usage = LegacyUsage {
        prompt_tokens: prompt_tokens + directives.cached_tokens,
        completion_tokens: output as u64 + directives.reasoning_tokens,
        total_tokens: prompt_tokens + directives.cached_tokens + output as u64 + directives.reasoning_tokens,
    };
    let id = random_id("cmpl-", 29);
    let created = unix_time();
    let texts: Vec<(&str, &[String], &'static str)> = replies
        .iter()
        .map(|r| match r {
            Reply::Text(t) => (t.text.as_str(), t.pieces.as_slice(), finish_reason(&t.finish)),
            Reply::Tool(_) => ("", &[][..], "stop"),
        })
        .collect();
    let chunk = |choices: Vec<TextChoice<'_>>, usage: Option<Option<LegacyUsage>>, out: &mut Vec<u8>| {
        sse_data(
            out,
            &TextCompletion {
                id: &id,
                object: "text_completion",
                created,
                model,
                choices,
                usage,
                system_fingerprint: SYSTEM_FINGERPRINT,
            },
        );
    };
    if stream {
        let include = include_usage(body);
        let null_usage = include.then_some(None);
        let mut script = StreamScript::default();
        let longest = texts.iter().map(|(_, pieces, _)| pieces.len()).max().unwrap_or(0);
        for i in 0..longest {
            let mut frame = Vec::new();
            for (p, (_, pieces, _)) in texts.iter().enumerate() {
                if let Some(piece) = pieces.get(i) {
                    for k in 0..n {
                        let choice = TextChoice {
                            text: piece,
                            index: p * n + k,
                            logprobs: (),
                            finish_reason: None,
                        };
                        chunk(vec![choice], null_usage, &mut frame);
                    }
                }
            }
            script.tokens.push(frame);
        }
        for (p, (_, _, finish)) in texts.iter().enumerate() {
            for k in 0..n {
                let choice = TextChoice {
                    text: "",
                    index: p * n + k,
                    logprobs: (),
                    finish_reason: Some(finish),
                };
                chunk(vec![choice], null_usage, &mut script.epilogue);
            }
        }
        if include {
            chunk(Vec::new(), Some(Some(usage)), &mut script.epilogue);
        }
        finish_stream_script(&mut script.epilogue, &mut script.error);
        return Ok(sse_response(script.into_body(ctx.config(), &directives)));
    }
    generation_delay(ctx, &directives, replies.iter().map(Reply::tokens).max().unwrap_or(0)).await;
    let mut choices = Vec::with_capacity(texts.len() * n);
    for (p, (text, _, finish)) in texts.iter().enumerate() {
        for k in 0..n {
            choices.push(TextChoice {
                text,
                index: p * n + k,
                logprobs: (),
                finish_reason: Some(finish),
            });
        }
    }
    let completion = TextCompletion {
        id: &id,
        object: "text_completion",
        created,
        model,
        choices,
        usage: Some(Some(usage)),
        system_fingerprint: SYSTEM_FINGERPRINT,
    };
    Ok(json_status(200, &completion))
}

// ---------------------------------------------------------------- embeddings

#[derive(Serialize)]
struct EmbeddingList<'a> {
    object: &'static str,
    data: Vec<EmbeddingItem>,
    model: &'a str,
    usage: EmbeddingUsage,
}

#[derive(Serialize)]
struct EmbeddingItem {
    object: &'static str,
    index: usize,
    embedding: EmbeddingValue,
}

#[derive(Serialize)]
#[serde(untagged)]
enum EmbeddingValue {
    Floats(Vec<f32>),
    Base64(String),
}

#[derive(Serialize)]
struct EmbeddingUsage {
    prompt_tokens: u64,
    total_tokens: u64,
}

pub(crate) async fn embeddings(ctx: &Ctx<'_>, flavor: Flavor<'_>) -> Outcome {
    let (body, model) = match accepted_request(ctx, flavor) {
        Ok(accepted) => accepted,
        Err(response) => return Ok(*response),
    };
    let inputs = match embed::openai_inputs(body.get("input")) {
        Some(inputs) => inputs,
        None => return Ok(missing_parameter("input")),
    };
    let mut directives = Directives::default();
    for input in &inputs {
        if let embed::Input::Text(text) = input {
            directives.merge(Directives::parse(text).0);
        }
    }
    if let Some(outcome) = before_headers(ctx, &directives, false, |code| injected_error(flavor, code, model)).await {
        return outcome;
    }
    let dims = body
        .get("dimensions")
        .and_then(Value::as_u64)
        .map_or(embed::DEFAULT_DIMENSIONS, |d| {
            usize::try_from(d.clamp(1, 65_536)).unwrap_or(8)
        });
    let base64 = body.get("encoding_format").and_then(Value::as_str) == Some("base64");
    let mut tokens = 0;
    let data = inputs
        .iter()
        .enumerate()
        .map(|(index, input)| {
            tokens += input.tokens();
            let vector = embed::vector(input, dims);
            EmbeddingItem {
                object: "embedding",
                index,
                embedding: if base64 {
                    EmbeddingValue::Base64(embed::base64_f32(&vector))
                } else {
                    EmbeddingValue::Floats(vector)
                },
            }
        })
        .collect();
    let list = EmbeddingList {
        object: "list",
        data,
        model,
        usage: EmbeddingUsage {
            prompt_tokens: tokens,
            total_tokens: tokens,
        },
    };
    Ok(json_status(200, &list))
}

// ---------------------------------------------------------------- models

fn model_object(id: &str, owner: &str) -> Value {
    json!({"id": id, "object": "model", "created": 1_715_367_049, "owned_by": owner})
}

pub(crate) fn models(ctx: &Ctx<'_>) -> HttpResponse {
    if let Some(response) = check_request(ctx, Flavor::OpenAi) {
        return response;
    }
    let data: Vec<Value> = MODELS.iter().map(|(id, owner)| model_object(id, owner)).collect();
    json_status(200, &json!({"object": "list", "data": data}))
}

pub(crate) fn model(ctx: &Ctx<'_>, id: &str) -> HttpResponse {
    if let Some(response) = check_request(ctx, Flavor::OpenAi) {
        return response;
    }
    json_status(200, &model_object(id, "system"))
}
