//! Google Gemini API (`/v1beta/models/{model}:{method}`, also under `/v1/`).

use http::Method;
use serde::Serialize;
use serde_json::{Value, json};

use crate::directives::Directives;
use crate::embed::{self, Input};
use crate::plan::{self, Conversation, Finish, IMAGE_TOKENS, Reply, ToolChoice, ToolSpec, count_words};
use crate::server::{Ctx, Outcome, Parsed, StreamScript, before_headers, generation_delay, json_status};
use crate::util::{HttpResponse, query_param, random_id, response, sse_response, to_json};

const MODELS: &[(&str, &str)] = &[
    ("gemini-2.5-pro", "Gemini 2.5 Pro"),
    ("gemini-2.5-flash", "Gemini 2.5 Flash"),
    ("gemini-2.0-flash", "Gemini 2.0 Flash"),
    ("gemini-embedding-001", "Gemini Embedding 001"),
];

// ---------------------------------------------------------------- errors

#[derive(Serialize)]
struct ErrorEnvelope<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: u16,
    message: &'a str,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<Value>,
}

fn error(code: u16, status: &str, message: &str) -> HttpResponse {
    error_with_details(code, status, message, None)
}

fn error_with_details(code: u16, status: &str, message: &str, details: Option<Value>) -> HttpResponse {
    json_status(
        code,
        &ErrorEnvelope {
            error: ErrorBody {
                code,
                message,
                status,
                details,
            },
        },
    )
}

fn status_name(code: u16) -> &'static str {
    match code {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        409 => "ABORTED",
        429 => "RESOURCE_EXHAUSTED",
        499 => "CANCELLED",
        501 => "UNIMPLEMENTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        500.. => "INTERNAL",
        _ => "FAILED_PRECONDITION",
    }
}

fn status_message(code: u16, model: &str) -> String {
    match code {
        400 => "Request contains an invalid argument.".to_owned(),
        401 => "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.".to_owned(),
        403 => "The caller does not have permission".to_owned(),
        404 => format!("models/{model} is not found for API version v1beta, or is not supported for generateContent."),
        429 => "Resource has been exhausted (e.g. check quota).".to_owned(),
        503 => "The model is overloaded. Please try again later.".to_owned(),
        504 => "Deadline expired before operation could complete.".to_owned(),
        500.. => "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting".to_owned(),
        _ => "gantry-mock: injected error".to_owned(),
    }
}

/// The error body for `[[mock:status=N]]`.
fn injected_error(code: u16, model: &str) -> HttpResponse {
    error(code, status_name(code), &status_message(code, model))
}

fn not_found(path: &str) -> HttpResponse {
    error(
        404,
        "NOT_FOUND",
        &format!("The requested URL {path} was not found on this server."),
    )
}

/// Checks the API key (`x-goog-api-key` header or `key` query parameter).
/// Like Gemini: no key is 403 PERMISSION_DENIED, a wrong key is 400 INVALID_ARGUMENT.
fn check_request(ctx: &Ctx<'_>) -> Option<HttpResponse> {
    let expected = ctx.config().api_key.as_deref()?;
    let query_key = query_param(ctx.query(), "key");
    let given = ctx.header("x-goog-api-key").or(query_key.as_deref());
    match given {
        Some(key) if key == expected => None,
        Some(_) => Some(error_with_details(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            Some(json!([
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "API_KEY_INVALID",
                    "domain": "googleapis.com",
                    "metadata": {"service": "generativelanguage.googleapis.com"}
                },
                {
                    "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
                    "locale": "en-US",
                    "message": "API key not valid. Please pass a valid API key."
                }
            ])),
        )),
        None => Some(error(
            403,
            "PERMISSION_DENIED",
            "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        )),
    }
}

fn object_body<'a>(ctx: &'a Ctx<'_>) -> Result<&'a Value, Box<HttpResponse>> {
    let result: Result<&'a Value, HttpResponse> = match ctx.body {
        Parsed::Json(value) if value.is_object() => Ok(value),
        Parsed::Empty => Ok(&Value::Null),
        Parsed::Json(_) => Err(error(
            400,
            "INVALID_ARGUMENT",
            "Invalid JSON payload received. Expected an object.",
        )),
        Parsed::Invalid(detail) => Err(error(
            400,
            "INVALID_ARGUMENT",
            &format!("Invalid JSON payload received. {detail}"),
        )),
    };
    result.map_err(Box::new)
}

// ---------------------------------------------------------------- routing

pub(crate) async fn route(ctx: &Ctx<'_>, rest: &str) -> Outcome {
    let path = ctx.parts.uri.path();
    let Some(resource) = rest.strip_prefix("models/") else {
        return Ok(not_found(path));
    };
    let resource = resource.strip_prefix("models/").unwrap_or(resource);
    let Some((model, method)) = resource.rsplit_once(':') else {
        if ctx.parts.method == Method::GET {
            return Ok(match check_request(ctx) {
                Some(response) => response,
                None => json_status(200, &model_info(resource, resource)),
            });
        }
        return Ok(not_found(path));
    };
    if ctx.parts.method != Method::POST {
        return Ok(not_found(path));
    }
    match method {
        "generateContent" => generate(ctx, model, false).await,
        "streamGenerateContent" => generate(ctx, model, true).await,
        "embedContent" => embed_content(ctx, model, false).await,
        "batchEmbedContents" => embed_content(ctx, model, true).await,
        "countTokens" => Ok(count_tokens(ctx)),
        _ => Ok(not_found(path)),
    }
}

/// A field by its camelCase name, or the snake_case one (both are accepted by Google's JSON mapping).
fn field<'a>(value: &'a Value, camel: &str, snake: &str) -> Option<&'a Value> {
    value.get(camel).or_else(|| value.get(snake))
}

// ---------------------------------------------------------------- generate

fn part_tokens(part: &Value) -> u64 {
    if let Some(text) = part.get("text").and_then(Value::as_str) {
        return count_words(text);
    }
    if field(part, "inlineData", "inline_data").is_some() || field(part, "fileData", "file_data").is_some() {
        return IMAGE_TOKENS;
    }
    if let Some(response) = field(part, "functionResponse", "function_response") {
        return count_words(&plan::content_text(response.get("response").unwrap_or(&Value::Null)));
    }
    0
}

fn parts(content: &Value) -> &[Value] {
    content
        .get("parts")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn is_user(content: &Value) -> bool {
    matches!(content.get("role").and_then(Value::as_str), None | Some("user"))
}

fn conversation(body: &Value) -> Conversation<'_> {
    let mut conv = Conversation::default();
    if let Some(system) = field(body, "systemInstruction", "system_instruction") {
        conv.prompt_tokens += parts(system).iter().map(part_tokens).sum::<u64>();
    }
    let contents = body
        .get("contents")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for content in contents {
        conv.prompt_tokens += parts(content).iter().map(part_tokens).sum::<u64>();
        if is_user(content) {
            let texts: Vec<&str> = parts(content)
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect();
            if !texts.is_empty() {
                conv.last_user_text = Some(texts.join(" "));
            }
        }
    }
    if let Some(last) = contents.last()
        && is_user(last)
    {
        conv.last_is_user = true;
        let response = parts(last)
            .iter()
            .rev()
            .find_map(|p| field(p, "functionResponse", "function_response"));
        if let Some(response) = response {
            conv.tool_result = Some(plan::content_text(response.get("response").unwrap_or(&Value::Null)));
        }
    }
    if let Some(tools) = body.get("tools").and_then(Value::as_array) {
        for tool in tools {
            let declarations = field(tool, "functionDeclarations", "function_declarations").and_then(Value::as_array);
            for declaration in declarations.into_iter().flatten() {
                if let Some(name) = declaration.get("name").and_then(Value::as_str) {
                    conv.tools.push(ToolSpec {
                        name,
                        schema: declaration
                            .get("parameters")
                            .or_else(|| field(declaration, "parametersJsonSchema", "parameters_json_schema")),
                    });
                }
            }
        }
    }
    let calling = field(body, "toolConfig", "tool_config")
        .and_then(|c| field(c, "functionCallingConfig", "function_calling_config"));
    conv.tool_choice = match calling.and_then(|c| c.get("mode")).and_then(Value::as_str) {
        Some(mode) if mode.eq_ignore_ascii_case("none") => ToolChoice::None,
        Some(mode) if mode.eq_ignore_ascii_case("any") => calling
            .and_then(|c| field(c, "allowedFunctionNames", "allowed_function_names"))
            .and_then(Value::as_array)
            .and_then(|names| names.first())
            .and_then(Value::as_str)
            .map_or(ToolChoice::Any, ToolChoice::Named),
        _ => ToolChoice::Auto,
    };
    if let Some(config) = field(body, "generationConfig", "generation_config") {
        conv.max_tokens = field(config, "maxOutputTokens", "max_output_tokens").and_then(Value::as_u64);
        if let Some(stops) = field(config, "stopSequences", "stop_sequences").and_then(Value::as_array) {
            conv.stop = stops.iter().filter_map(Value::as_str).collect();
        }
        conv.json_mode = field(config, "responseMimeType", "response_mime_type").and_then(Value::as_str)
            == Some("application/json")
            || field(config, "responseSchema", "response_schema").is_some()
            || field(config, "responseJsonSchema", "response_json_schema").is_some();
    }
    conv
}

fn candidate_count(body: &Value) -> usize {
    field(body, "generationConfig", "generation_config")
        .and_then(|c| field(c, "candidateCount", "candidate_count"))
        .and_then(Value::as_u64)
        .map_or(1, |n| usize::try_from(n.clamp(1, 8)).unwrap_or(1))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GenerateContentResponse<'a> {
    candidates: Vec<Candidate<'a>>,
    usage_metadata: UsageMetadata,
    model_version: &'a str,
    response_id: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Candidate<'a> {
    content: Content<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    finish_reason: Option<&'static str>,
    index: usize,
}

#[derive(Serialize)]
struct Content<'a> {
    parts: [Part<'a>; 1],
    role: &'static str,
}

#[derive(Serialize, Clone, Copy)]
#[serde(untagged)]
enum Part<'a> {
    Text {
        text: &'a str,
    },
    FunctionCall {
        #[serde(rename = "functionCall")]
        function_call: FunctionCall<'a>,
    },
}

#[derive(Serialize, Clone, Copy)]
struct FunctionCall<'a> {
    name: &'a str,
    args: &'a Value,
}

#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct UsageMetadata {
    prompt_token_count: u64,
    candidates_token_count: u64,
    total_token_count: u64,
    #[serde(skip_serializing_if = "is_zero")]
    cached_content_token_count: u64,
    prompt_tokens_details: [ModalityCount; 1],
    #[serde(skip_serializing_if = "is_zero")]
    thoughts_token_count: u64,
}

#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct ModalityCount {
    modality: &'static str,
    token_count: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl UsageMetadata {
    /// Gemini counts cached tokens inside `promptTokenCount`, and reports
    /// thinking tokens apart from `candidatesTokenCount`.
    fn new(prompt: u64, candidates: u64, d: &Directives) -> Self {
        let prompt_token_count = prompt + d.cached_tokens;
        UsageMetadata {
            prompt_token_count,
            candidates_token_count: candidates,
            total_token_count: prompt_token_count + candidates + d.reasoning_tokens,
            cached_content_token_count: d.cached_tokens,
            prompt_tokens_details: [ModalityCount {
                modality: "TEXT",
                token_count: prompt_token_count,
            }],
            thoughts_token_count: d.reasoning_tokens,
        }
    }
}

fn finish_reason(finish: &Finish) -> &'static str {
    match finish {
        Finish::Length => "MAX_TOKENS",
        Finish::Stop | Finish::StopSequence(_) | Finish::ToolCall => "STOP",
    }
}

struct Frame<'a> {
    model: &'a str,
    response_id: &'a str,
    count: usize,
}

impl Frame<'_> {
    fn response(&self, part: Part<'_>, finish: Option<&'static str>, usage: UsageMetadata) -> Vec<u8> {
        let candidates = (0..self.count)
            .map(|index| Candidate {
                content: Content {
                    parts: [part],
                    role: "model",
                },
                finish_reason: finish,
                index,
            })
            .collect();
        to_json(&GenerateContentResponse {
            candidates,
            usage_metadata: usage,
            model_version: self.model,
            response_id: self.response_id,
        })
    }
}

async fn generate(ctx: &Ctx<'_>, model: &str, stream: bool) -> Outcome {
    if let Some(response) = check_request(ctx) {
        return Ok(response);
    }
    let body = match object_body(ctx) {
        Ok(body) => body,
        Err(response) => return Ok(*response),
    };
    if body.get("contents").and_then(Value::as_array).is_none_or(Vec::is_empty) {
        return Ok(error(
            400,
            "INVALID_ARGUMENT",
            "* GenerateContentRequest.contents: contents is not specified\n",
        ));
    }
    let conv = conversation(body);
    let (directives, cleaned) = conv.directives();
    let directives = ctx.with_fault(directives);
    if let Some(outcome) = before_headers(ctx, &directives, stream, |code| injected_error(code, model)).await {
        return outcome;
    }
    let reply = plan::plan(&conv, &directives, cleaned.as_deref(), ctx.config().default_tokens);
    let count = candidate_count(body);
    let response_id = random_id("", 22);
    let frame = Frame {
        model,
        response_id: &response_id,
        count,
    };
    let finish = finish_reason(&reply.finish());
    let total_output = (reply.tokens() * count) as u64;
    let usage = UsageMetadata::new(conv.prompt_tokens, total_output, &directives);
    if stream {
        let sse = query_param(ctx.query(), "alt").as_deref() == Some("sse");
        let script = stream_script(&frame, &reply, finish, usage, conv.prompt_tokens, sse);
        let body = script.into_body(ctx.config(), &directives);
        return Ok(if sse {
            sse_response(body)
        } else {
            response(http::StatusCode::OK, "application/json; charset=UTF-8", body)
        });
    }
    generation_delay(ctx, &directives, reply.tokens()).await;
    let part = match &reply {
        Reply::Text(text) => Part::Text { text: &text.text },
        Reply::Tool(tool) => Part::FunctionCall {
            function_call: FunctionCall {
                name: &tool.name,
                args: &tool.args,
            },
        },
    };
    let bytes = frame.response(part, Some(finish), usage);
    Ok(response(
        http::StatusCode::OK,
        "application/json; charset=UTF-8",
        crate::body::MockBody::full(bytes),
    ))
}

fn stream_script(
    frame: &Frame<'_>,
    reply: &Reply,
    finish: &'static str,
    usage: UsageMetadata,
    prompt: u64,
    sse: bool,
) -> StreamScript {
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    match reply {
        Reply::Text(text) => {
            let count = text.pieces.len();
            for (i, piece) in text.pieces.iter().enumerate() {
                let last = i + 1 == count;
                let so_far = UsageMetadata::new(prompt, ((i + 1) * frame.count) as u64, &Directives::default());
                chunks.push(frame.response(
                    Part::Text { text: piece },
                    last.then_some(finish),
                    if last { usage } else { so_far },
                ));
            }
            if chunks.is_empty() {
                chunks.push(frame.response(Part::Text { text: "" }, Some(finish), usage));
            }
        }
        Reply::Tool(tool) => chunks.push(frame.response(
            Part::FunctionCall {
                function_call: FunctionCall {
                    name: &tool.name,
                    args: &tool.args,
                },
            },
            Some(finish),
            usage,
        )),
    }
    let error = to_json(&ErrorEnvelope {
        error: ErrorBody {
            code: 500,
            message: "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
            status: "INTERNAL",
            details: None,
        },
    });
    let mut script = StreamScript::default();
    if sse {
        // Gemini frames its server-sent events with CRLF line endings.
        let frame = |json: &[u8]| {
            let mut out = Vec::with_capacity(json.len() + 10);
            out.extend_from_slice(b"data: ");
            out.extend_from_slice(json);
            out.extend_from_slice(b"\r\n\r\n");
            out
        };
        script.tokens = chunks.iter().map(|c| frame(c)).collect();
        script.error = frame(&error);
    } else {
        // Without `alt=sse` the stream is one JSON array, written element by element.
        script.prelude = b"[".to_vec();
        script.tokens = chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut out = Vec::with_capacity(c.len() + 3);
                if i > 0 {
                    out.extend_from_slice(b"\n,\r\n");
                }
                out.extend_from_slice(c);
                out
            })
            .collect();
        script.epilogue = b"]".to_vec();
        script.error = [&b"\n,\r\n"[..], &error, b"]"].concat();
    }
    script
}

// ---------------------------------------------------------------- embeddings

fn content_text(content: Option<&Value>) -> String {
    let texts: Vec<&str> = content
        .map(parts)
        .unwrap_or(&[])
        .iter()
        .filter_map(|p| p.get("text").and_then(Value::as_str))
        .collect();
    texts.join(" ")
}

fn dimensions(request: &Value) -> usize {
    field(request, "outputDimensionality", "output_dimensionality")
        .or_else(|| {
            field(request, "embedContentConfig", "embed_content_config")
                .and_then(|c| field(c, "outputDimensionality", "output_dimensionality"))
        })
        .and_then(Value::as_u64)
        .map_or(embed::DEFAULT_DIMENSIONS, |d| {
            usize::try_from(d.clamp(1, 65_536)).unwrap_or(8)
        })
}

#[derive(Serialize)]
struct Embedding {
    values: Vec<f32>,
}

async fn embed_content(ctx: &Ctx<'_>, model: &str, batch: bool) -> Outcome {
    if let Some(response) = check_request(ctx) {
        return Ok(response);
    }
    let body = match object_body(ctx) {
        Ok(body) => body,
        Err(response) => return Ok(*response),
    };
    let requests: Vec<&Value> = if batch {
        match body.get("requests").and_then(Value::as_array) {
            Some(requests) if !requests.is_empty() => requests.iter().collect(),
            _ => {
                return Ok(error(
                    400,
                    "INVALID_ARGUMENT",
                    "* BatchEmbedContentsRequest.requests: requests is not specified\n",
                ));
            }
        }
    } else {
        if body.get("content").is_none() {
            return Ok(error(
                400,
                "INVALID_ARGUMENT",
                "* EmbedContentRequest.content: content is not specified\n",
            ));
        }
        vec![body]
    };
    let texts: Vec<String> = requests.iter().map(|r| content_text(r.get("content"))).collect();
    let mut directives = Directives::default();
    for text in &texts {
        directives.merge(Directives::parse(text).0);
    }
    if let Some(outcome) = before_headers(ctx, &directives, false, |code| injected_error(code, model)).await {
        return outcome;
    }
    let embeddings: Vec<Embedding> = requests
        .iter()
        .zip(&texts)
        .map(|(request, text)| Embedding {
            values: embed::vector(&Input::Text(text), dimensions(request)),
        })
        .collect();
    Ok(if batch {
        json_status(200, &json!({ "embeddings": embeddings }))
    } else {
        json_status(200, &json!({ "embedding": embeddings.first() }))
    })
}

// ---------------------------------------------------------------- misc

fn count_tokens(ctx: &Ctx<'_>) -> HttpResponse {
    if let Some(response) = check_request(ctx) {
        return response;
    }
    let body = match object_body(ctx) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    let request = field(body, "generateContentRequest", "generate_content_request").unwrap_or(body);
    let tokens = conversation(request).prompt_tokens;
    json_status(
        200,
        &json!({"totalTokens": tokens, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": tokens}]}),
    )
}

fn model_info(id: &str, display: &str) -> Value {
    let methods: &[&str] = if id.contains("embedding") {
        &["embedContent", "batchEmbedContents", "countTextTokens"]
    } else {
        &[
            "generateContent",
            "countTokens",
            "createCachedContent",
            "batchGenerateContent",
        ]
    };
    json!({
        "name": format!("models/{id}"),
        "version": "001",
        "displayName": display,
        "inputTokenLimit": 1_048_576,
        "outputTokenLimit": 65_536,
        "supportedGenerationMethods": methods,
    })
}

pub(crate) fn models(ctx: &Ctx<'_>) -> HttpResponse {
    if let Some(response) = check_request(ctx) {
        return response;
    }
    let models: Vec<Value> = MODELS.iter().map(|(id, name)| model_info(id, name)).collect();
    json_status(200, &json!({ "models": models }))
}
