//! OpenAI-shaped requests to a Gemini upstream, and its answers back.

use serde_json::{Map, Value, json};

use super::{
    BatchEmbedRequest, BatchEmbedResponse, Blob, Content, EmbedContentRequest, FileData, FunctionCallingConfig,
    FunctionDeclaration, FunctionResponse, GenerateContentRequest, GenerateContentResponse, GenerationConfig, Part,
    Tool, ToolConfig, UsageMetadata,
};
use crate::anthropic::upstream::parse_data_url;
use crate::error::ApiError;
use crate::openai::{
    self, ChatChunk, ChatRequest, ChatResponse, Choice, ChunkChoice, ContentPart, Delta, EmbeddingInput,
    EmbeddingsRequest, EmbeddingsResponse, EmbeddingsUsage, FunctionCall, FunctionDelta, ResponseFormat,
    ResponseMessage, ToolCall, ToolCallDelta, finish,
};
use crate::sse::SseEvent;
use crate::stream::{ChunkDecoder, Progress, bad_upstream_event, stream_cut};

/// Keys of Gemini's OpenAPI-subset `Schema`; anything else is dropped from tool schemas.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "title",
    "description",
    "nullable",
    "enum",
    "maxItems",
    "minItems",
    "properties",
    "required",
    "minProperties",
    "maxProperties",
    "minLength",
    "maxLength",
    "pattern",
    "example",
    "anyOf",
    "propertyOrdering",
    "default",
    "items",
    "minimum",
    "maximum",
];

/// Reduces a JSON Schema to the subset Gemini's function declarations accept.
pub fn sanitize_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                if !SCHEMA_KEYS.contains(&key.as_str()) {
                    continue;
                }
                let value = match key.as_str() {
                    "properties" => match value {
                        Value::Object(props) => Value::Object(
                            props
                                .iter()
                                .map(|(name, s)| (name.clone(), sanitize_schema(s)))
                                .collect(),
                        ),
                        other => other.clone(),
                    },
                    "items" => sanitize_schema(value),
                    "anyOf" => match value {
                        Value::Array(items) => Value::Array(items.iter().map(sanitize_schema).collect()),
                        other => other.clone(),
                    },
                    _ => value.clone(),
                };
                out.insert(key.clone(), value);
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn unsupported(message: impl Into<String>) -> ApiError {
    ApiError::invalid_request("unsupported_parameter", message)
}

fn user_parts(content: &openai::Content) -> Result<Vec<Part>, ApiError> {
    match content {
        openai::Content::Text(text) => Ok(vec![Part::text(text.clone())]),
        openai::Content::Parts(parts) => parts
            .iter()
            .map(|part| match part {
                ContentPart::Text { text } | ContentPart::Refusal { refusal: text } => Ok(Part::text(text.clone())),
                ContentPart::ImageUrl { image_url } => Ok(match parse_data_url(&image_url.url) {
                    Some((mime_type, data)) => Part {
                        inline_data: Some(Blob {
                            mime_type: mime_type.to_owned(),
                            data: data.to_owned(),
                        }),
                        ..Part::default()
                    },
                    None => Part {
                        file_data: Some(FileData {
                            mime_type: None,
                            file_uri: image_url.url.clone(),
                        }),
                        ..Part::default()
                    },
                }),
                ContentPart::InputAudio { .. } | ContentPart::File { .. } => Err(unsupported(
                    "audio and file content parts are not supported for Gemini models by this gateway",
                )),
            })
            .collect(),
    }
}

fn push_parts(contents: &mut Vec<Content>, role: &str, parts: Vec<Part>) {
    if let Some(last) = contents.last_mut()
        && last.role.as_deref() == Some(role)
    {
        last.parts.extend(parts);
        return;
    }
    contents.push(Content {
        role: Some(role.to_owned()),
        parts,
    });
}

/// Translates an OpenAI chat request into a Gemini `generateContent` body.
pub fn to_gemini_request(req: &ChatRequest) -> Result<GenerateContentRequest, ApiError> {
    let mut system = Vec::new();
    let mut contents: Vec<Content> = Vec::new();
    for (i, msg) in req.messages.iter().enumerate() {
        match msg.role {
            openai::Role::System | openai::Role::Developer => {
                if let Some(content) = &msg.content {
                    system.push(Part::text(content.joined_text()));
                }
            }
            openai::Role::User => {
                let Some(content) = &msg.content else {
                    return Err(ApiError::invalid_request(
                        "invalid_value",
                        format!("messages[{i}]: a user message needs content"),
                    ));
                };
                push_parts(&mut contents, "user", user_parts(content)?);
            }
            openai::Role::Assistant => {
                let mut parts = Vec::new();
                if let Some(content) = &msg.content {
                    let text = content.joined_text();
                    if !text.is_empty() {
                        parts.push(Part::text(text));
                    }
                }
                for call in msg.tool_calls.iter().flatten() {
                    let args: Value = if call.function.arguments.trim().is_empty() {
                        json!({})
                    } else {
                        serde_json::from_str(&call.function.arguments).map_err(|e| {
                            ApiError::invalid_request(
                                "invalid_value",
                                format!("messages[{i}]: tool call arguments are not valid JSON: {e}"),
                            )
                        })?
                    };
                    parts.push(Part {
                        function_call: Some(super::FunctionCall {
                            id: None,
                            name: call.function.name.clone(),
                            args,
                        }),
                        ..Part::default()
                    });
                }
                push_parts(&mut contents, "model", parts);
            }
            openai::Role::Tool | openai::Role::Function => {
                let call_id = msg.tool_call_id.as_deref().unwrap_or_default();
                // Gemini matches results by function name: find the call this answers.
                let name = req
                    .messages
                    .iter()
                    .flat_map(|m| m.tool_calls.iter().flatten())
                    .find(|c| c.id == call_id)
                    .map(|c| c.function.name.clone())
                    .or_else(|| msg.name.clone())
                    .ok_or_else(|| {
                        ApiError::invalid_request(
                            "invalid_value",
                            format!("messages[{i}]: tool_call_id '{call_id}' matches no earlier tool call"),
                        )
                    })?;
                let text = msg.content.as_ref().map(|c| c.joined_text()).unwrap_or_default();
                let response = match serde_json::from_str::<Value>(&text) {
                    Ok(Value::Object(obj)) => Value::Object(obj),
                    Ok(other) => json!({ "content": other }),
                    Err(_) => json!({ "content": text }),
                };
                push_parts(
                    &mut contents,
                    "user",
                    vec![Part {
                        function_response: Some(FunctionResponse {
                            id: None,
                            name,
                            response,
                        }),
                        ..Part::default()
                    }],
                );
            }
        }
    }
    let tools = req.tools.as_ref().filter(|t| !t.is_empty()).map(|tools| {
        vec![Tool {
            function_declarations: Some(
                tools
                    .iter()
                    .map(|t| FunctionDeclaration {
                        name: t.function.name.clone(),
                        description: t.function.description.clone(),
                        parameters: t.function.parameters.as_ref().map(sanitize_schema),
                    })
                    .collect(),
            ),
        }]
    });
    let tool_config = req.tool_choice.as_ref().map(|choice| {
        let (mode, allowed) = match choice {
            openai::ToolChoice::Mode(mode) => (
                match mode.as_str() {
                    "none" => "NONE",
                    "required" => "ANY",
                    _ => "AUTO",
                },
                None,
            ),
            openai::ToolChoice::Named(named) => ("ANY", Some(vec![named.function.name.clone()])),
        };
        ToolConfig {
            function_calling_config: FunctionCallingConfig {
                mode: mode.to_owned(),
                allowed_function_names: allowed,
            },
        }
    });
    let (mime, schema) = match &req.response_format {
        Some(ResponseFormat::JsonObject) => (Some("application/json".to_owned()), None),
        Some(ResponseFormat::JsonSchema { json_schema }) => {
            (Some("application/json".to_owned()), json_schema.schema.clone())
        }
        _ => (None, None),
    };
    let generation_config = GenerationConfig {
        temperature: req.temperature,
        top_p: req.top_p,
        max_output_tokens: req.max_output_tokens(),
        stop_sequences: req.stop.as_ref().map(|s| s.to_vec()),
        candidate_count: req.n,
        seed: req.seed,
        presence_penalty: req.presence_penalty,
        frequency_penalty: req.frequency_penalty,
        response_mime_type: mime,
        response_json_schema: schema,
    };
    Ok(GenerateContentRequest {
        contents,
        system_instruction: (!system.is_empty()).then_some(Content {
            role: None,
            parts: system,
        }),
        tools,
        tool_config,
        generation_config: (generation_config != GenerationConfig::default()).then_some(generation_config),
    })
}

/// Gemini finish reason → OpenAI finish reason.
pub fn finish_reason(reason: &str) -> &'static str {
    match reason {
        "MAX_TOKENS" => finish::LENGTH,
        "SAFETY" | "RECITATION" | "BLOCKLIST" | "PROHIBITED_CONTENT" | "SPII" | "IMAGE_SAFETY" => {
            finish::CONTENT_FILTER
        }
        _ => finish::STOP,
    }
}

/// Gemini usage → OpenAI usage (OpenAI's completion count includes reasoning).
pub fn usage(u: &UsageMetadata) -> openai::Usage {
    let thoughts = u.thoughts_token_count.unwrap_or(0);
    openai::Usage::new(
        u.prompt_token_count,
        u.candidates_token_count + thoughts,
        u.cached_content_token_count,
        u.thoughts_token_count,
    )
}

fn call_id(response_id: &str, candidate: u32, n: usize, given: Option<&str>) -> String {
    match given {
        Some(id) if !id.is_empty() => id.to_owned(),
        _ => format!("call_{response_id}_{candidate}_{n}"),
    }
}

/// Translates a non-streamed Gemini response into an OpenAI one.
pub fn from_gemini_response(
    resp: GenerateContentResponse,
    model: &str,
    fallback_id: &str,
    created: u64,
) -> Result<ChatResponse, ApiError> {
    let id = resp.response_id.clone().unwrap_or_else(|| fallback_id.to_owned());
    if resp.candidates.is_empty()
        && let Some(reason) = resp.prompt_feedback.as_ref().and_then(|f| f.block_reason.as_deref())
    {
        return Err(ApiError::new(
            400,
            "invalid_request_error",
            "content_filter",
            format!("the provider blocked the prompt ({reason})"),
        ));
    }
    let mut choices = Vec::new();
    for (position, candidate) in resp.candidates.into_iter().enumerate() {
        let index = candidate.index.unwrap_or(position as u32);
        let mut text = String::new();
        let mut calls = Vec::new();
        for part in candidate.content.map(|c| c.parts).unwrap_or_default() {
            if part.thought == Some(true) {
                continue;
            }
            if let Some(t) = part.text {
                text.push_str(&t);
            }
            if let Some(call) = part.function_call {
                calls.push(ToolCall {
                    id: call_id(&id, index, calls.len(), call.id.as_deref()),
                    kind: "function".to_owned(),
                    function: FunctionCall {
                        name: call.name,
                        arguments: call.args.to_string(),
                    },
                });
            }
        }
        let finish = if !calls.is_empty() {
            finish::TOOL_CALLS
        } else {
            candidate
                .finish_reason
                .as_deref()
                .map(finish_reason)
                .unwrap_or(finish::STOP)
        };
        choices.push(Choice {
            index,
            message: ResponseMessage {
                role: "assistant".to_owned(),
                content: (!text.is_empty() || calls.is_empty()).then_some(text),
                refusal: None,
                tool_calls: (!calls.is_empty()).then_some(calls),
            },
            finish_reason: Some(finish.to_owned()),
            logprobs: None,
        });
    }
    Ok(ChatResponse {
        id,
        object: "chat.completion".to_owned(),
        created,
        model: resp.model_version.unwrap_or_else(|| model.to_owned()),
        choices,
        usage: resp.usage_metadata.as_ref().map(usage),
        system_fingerprint: None,
    })
}

/// Decodes a Gemini `streamGenerateContent?alt=sse` stream into OpenAI chunks.
pub struct GeminiDecoder {
    provider: String,
    id: String,
    model: String,
    created: u64,
    started: bool,
    /// Tool calls seen so far, per candidate index.
    calls: Vec<(u32, u32)>,
    usage: Option<UsageMetadata>,
    finished: bool,
}

impl GeminiDecoder {
    pub fn new(provider: &str, model: &str, id: &str, created: u64) -> Self {
        Self {
            provider: provider.to_owned(),
            id: id.to_owned(),
            model: model.to_owned(),
            created,
            started: false,
            calls: Vec::new(),
            usage: None,
            finished: false,
        }
    }

    fn chunk(&self, index: u32, delta: Delta, finish_reason: Option<&str>) -> ChatChunk {
        ChatChunk {
            id: self.id.clone(),
            object: "chat.completion.chunk".to_owned(),
            created: self.created,
            model: self.model.clone(),
            choices: vec![ChunkChoice {
                index,
                delta,
                finish_reason: finish_reason.map(str::to_owned),
                logprobs: None,
            }],
            usage: None,
        }
    }

    fn next_call_index(&mut self, candidate: u32) -> u32 {
        match self.calls.iter_mut().find(|(c, _)| *c == candidate) {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                self.calls.push((candidate, 1));
                0
            }
        }
    }
}

impl ChunkDecoder for GeminiDecoder {
    fn on_event(&mut self, event: &SseEvent, out: &mut Vec<ChatChunk>) -> Result<Progress, ApiError> {
        if event.data.trim().is_empty() {
            return Ok(Progress::Continue);
        }
        if event.data.trim_start().starts_with("{\"error\"")
            && let Ok(body) = serde_json::from_str::<super::ErrorBody>(&event.data)
        {
            return Err(crate::error::upstream_error(
                &self.provider,
                body.error.code.max(500),
                Some(body.error.message),
                body.error.status,
            ));
        }
        let resp: GenerateContentResponse =
            serde_json::from_str(&event.data).map_err(|e| bad_upstream_event(&self.provider, e))?;
        if let Some(id) = resp.response_id.as_deref()
            && !self.started
        {
            self.id = id.to_owned();
        }
        if let Some(version) = resp.model_version.as_deref()
            && !self.started
        {
            self.model = version.to_owned();
        }
        if resp.usage_metadata.is_some() {
            self.usage = resp.usage_metadata;
        }
        if resp.candidates.is_empty()
            && let Some(reason) = resp.prompt_feedback.as_ref().and_then(|f| f.block_reason.as_deref())
        {
            return Err(ApiError::new(
                400,
                "invalid_request_error",
                "content_filter",
                format!("the provider blocked the prompt ({reason})"),
            ));
        }
        for (position, candidate) in resp.candidates.into_iter().enumerate() {
            let index = candidate.index.unwrap_or(position as u32);
            if !self.started {
                self.started = true;
                out.push(self.chunk(
                    index,
                    Delta {
                        role: Some("assistant".to_owned()),
                        content: Some(String::new()),
                        ..Delta::default()
                    },
                    None,
                ));
            }
            let mut had_call = false;
            for part in candidate.content.map(|c| c.parts).unwrap_or_default() {
                if part.thought == Some(true) {
                    continue;
                }
                if let Some(text) = part.text.filter(|t| !t.is_empty()) {
                    out.push(self.chunk(
                        index,
                        Delta {
                            content: Some(text),
                            ..Delta::default()
                        },
                        None,
                    ));
                }
                if let Some(call) = part.function_call {
                    had_call = true;
                    let n = self.next_call_index(index);
                    let id = call_id(&self.id, index, n as usize, call.id.as_deref());
                    out.push(self.chunk(
                        index,
                        Delta {
                            tool_calls: Some(vec![ToolCallDelta {
                                index: n,
                                id: Some(id),
                                kind: Some("function".to_owned()),
                                function: Some(FunctionDelta {
                                    name: Some(call.name),
                                    arguments: Some(call.args.to_string()),
                                }),
                            }]),
                            ..Delta::default()
                        },
                        None,
                    ));
                }
            }
            if let Some(reason) = candidate.finish_reason.as_deref() {
                let any_calls = had_call || self.calls.iter().any(|(c, _)| *c == index);
                let finish = if any_calls {
                    finish::TOOL_CALLS
                } else {
                    finish_reason(reason)
                };
                out.push(self.chunk(index, Delta::default(), Some(finish)));
                self.finished = true;
            }
        }
        Ok(Progress::Continue)
    }

    fn on_end(&mut self, out: &mut Vec<ChatChunk>) -> Result<(), ApiError> {
        if !self.finished {
            return Err(stream_cut(&self.provider));
        }
        if let Some(u) = &self.usage {
            let mut last = self.chunk(0, Delta::default(), None);
            last.choices.clear();
            last.usage = Some(usage(u));
            out.push(last);
        }
        Ok(())
    }
}

/// Translates an OpenAI embeddings request into a Gemini `batchEmbedContents` body.
pub fn to_batch_embed_request(req: &EmbeddingsRequest, model: &str) -> Result<BatchEmbedRequest, ApiError> {
    let texts = match &req.input {
        EmbeddingInput::One(text) => vec![text.clone()],
        EmbeddingInput::Many(texts) => texts.clone(),
        EmbeddingInput::Tokens(_) | EmbeddingInput::ManyTokens(_) => {
            return Err(
                unsupported("token-array embedding input is not supported for Gemini models").with_param("input"),
            );
        }
    };
    let model_path = if model.starts_with("models/") {
        model.to_owned()
    } else {
        format!("models/{model}")
    };
    Ok(BatchEmbedRequest {
        requests: texts
            .into_iter()
            .map(|text| EmbedContentRequest {
                model: model_path.clone(),
                content: Content {
                    role: None,
                    parts: vec![Part::text(text)],
                },
                output_dimensionality: req.dimensions,
            })
            .collect(),
    })
}

/// Translates a Gemini `batchEmbedContents` response into an OpenAI embeddings response.
pub fn from_batch_embed_response(resp: BatchEmbedResponse, model: &str) -> EmbeddingsResponse {
    EmbeddingsResponse {
        object: "list".to_owned(),
        data: resp
            .embeddings
            .into_iter()
            .enumerate()
            .map(|(i, e)| openai::Embedding {
                object: "embedding".to_owned(),
                index: i as u32,
                embedding: e.values,
            })
            .collect(),
        model: model.to_owned(),
        // Gemini does not report token counts for embeddings.
        usage: EmbeddingsUsage::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sse::SseParser;

    fn chat(body: Value) -> ChatRequest {
        serde_json::from_value(body).unwrap()
    }

    #[test]
    fn request_maps_roles_tools_results_and_generation_config() {
        let req = chat(json!({
            "model": "g",
            "messages": [
                {"role": "system", "content": "sys"},
                {"role": "user", "content": [{"type": "text", "text": "hi"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA="}}]},
                {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
                    "function": {"name": "weather", "arguments": "{\"city\":\"Oslo\"}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "{\"temp\":3}"},
                {"role": "tool", "tool_call_id": "c1", "content": "plain"}
            ],
            "tools": [{"type": "function", "function": {"name": "weather", "description": "d",
                "parameters": {"type": "object", "additionalProperties": false, "$schema": "x",
                    "properties": {"city": {"type": "string", "additionalProperties": 1}}, "required": ["city"]}}}],
            "tool_choice": {"type": "function", "function": {"name": "weather"}},
            "response_format": {"type": "json_object"},
            "temperature": 0.5, "max_tokens": 20, "stop": ["a", "b"], "n": 2, "seed": 7
        }));
        let out = serde_json::to_value(to_gemini_request(&req).unwrap()).unwrap();
        assert_eq!(out["systemInstruction"], json!({"parts": [{"text": "sys"}]}));
        assert_eq!(
            out["contents"][0]["parts"][1],
            json!({"inlineData": {"mimeType": "image/png", "data": "AAA="}})
        );
        assert_eq!(
            out["contents"][1],
            json!({"role": "model", "parts": [{"functionCall": {"name": "weather", "args": {"city": "Oslo"}}}]})
        );
        assert_eq!(out["contents"][2]["role"], "user");
        assert_eq!(
            out["contents"][2]["parts"][0]["functionResponse"],
            json!({"name": "weather", "response": {"temp": 3}})
        );
        assert_eq!(
            out["contents"][2]["parts"][1]["functionResponse"]["response"],
            json!({"content": "plain"})
        );
        assert_eq!(
            out["tools"][0]["functionDeclarations"][0]["parameters"],
            json!({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]})
        );
        assert_eq!(
            out["toolConfig"]["functionCallingConfig"],
            json!({"mode": "ANY", "allowedFunctionNames": ["weather"]})
        );
        assert_eq!(
            out["generationConfig"],
            json!({"temperature": 0.5, "maxOutputTokens": 20, "stopSequences": ["a", "b"],
            "candidateCount": 2, "seed": 7, "responseMimeType": "application/json"})
        );
    }

    #[test]
    fn tool_result_for_unknown_call_is_rejected() {
        let req = chat(json!({"model": "g", "messages": [{"role": "tool", "tool_call_id": "zz", "content": "x"}]}));
        assert_eq!(to_gemini_request(&req).unwrap_err().status, 400);
    }

    #[test]
    fn response_maps_candidates_calls_and_usage() {
        let resp: GenerateContentResponse = serde_json::from_value(json!({
            "candidates": [{"content": {"role": "model", "parts": [
                {"text": "thinking...", "thought": true},
                {"text": "Sure. "},
                {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}}]},
                "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": 10, "candidatesTokenCount": 4, "totalTokenCount": 20,
                "thoughtsTokenCount": 6, "cachedContentTokenCount": 2},
            "modelVersion": "gemini-x", "responseId": "r1"
        }))
        .unwrap();
        let out = from_gemini_response(resp, "g", "fallback", 1).unwrap();
        assert_eq!(out.id, "r1");
        assert_eq!(out.model, "gemini-x");
        let choice = &out.choices[0];
        assert_eq!(choice.message.content.as_deref(), Some("Sure. "));
        assert_eq!(choice.finish_reason.as_deref(), Some("tool_calls"));
        assert_eq!(
            choice.message.tool_calls.as_ref().unwrap()[0].function.arguments,
            r#"{"city":"Oslo"}"#
        );
        let u = out.usage.unwrap();
        assert_eq!((u.prompt_tokens, u.completion_tokens, u.total_tokens), (10, 10, 20));
        assert_eq!((u.cached_tokens(), u.reasoning_tokens()), (2, 6));
    }

    #[test]
    fn blocked_prompt_is_a_clear_error() {
        let resp: GenerateContentResponse =
            serde_json::from_value(json!({"promptFeedback": {"blockReason": "SAFETY"}})).unwrap();
        assert_eq!(
            from_gemini_response(resp, "g", "f", 1).unwrap_err().code,
            "content_filter"
        );
    }

    const STREAM: &str = concat!(
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hel\"}],\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 5,\"candidatesTokenCount\": 1,\"totalTokenCount\": 6},\"modelVersion\": \"gemini-x\",\"responseId\": \"r9\"}\r\n\r\n",
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"lo\"}],\"role\": \"model\"},\"index\": 0}],\"modelVersion\": \"gemini-x\",\"responseId\": \"r9\"}\r\n\r\n",
        "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"!\"}],\"role\": \"model\"},\"finishReason\": \"MAX_TOKENS\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 5,\"candidatesTokenCount\": 3,\"totalTokenCount\": 8},\"modelVersion\": \"gemini-x\",\"responseId\": \"r9\"}\r\n\r\n",
    );

    fn decode(bytes: &[u8], size: usize) -> (Vec<ChatChunk>, Result<(), ApiError>) {
        let mut parser = SseParser::default();
        let mut dec = GeminiDecoder::new("gemini", "g", "fallback", 1);
        let mut chunks = Vec::new();
        let mut events = Vec::new();
        for piece in bytes.chunks(size) {
            parser.feed(piece, &mut events).unwrap();
            for e in events.drain(..) {
                if let Err(err) = dec.on_event(&e, &mut chunks) {
                    return (chunks, Err(err));
                }
            }
        }
        let end = dec.on_end(&mut chunks);
        (chunks, end)
    }

    #[test]
    fn stream_decodes_at_any_split_and_reports_usage() {
        for size in [1, 3, 50, STREAM.len()] {
            let (chunks, end) = decode(STREAM.as_bytes(), size);
            end.unwrap();
            let text: String = chunks
                .iter()
                .filter_map(|c| c.choices.first()?.delta.content.clone())
                .collect();
            assert_eq!(text, "Hello!");
            assert_eq!(chunks[0].id, "r9");
            let finish = chunks.iter().find_map(|c| c.choices.first()?.finish_reason.clone());
            assert_eq!(finish.as_deref(), Some("length"));
            let u = chunks.last().unwrap().usage.unwrap();
            assert_eq!((u.prompt_tokens, u.completion_tokens), (5, 3));
        }
    }

    #[test]
    fn stream_without_finish_reason_is_cut() {
        let cut = &STREAM[..STREAM.rfind("data:").unwrap()];
        assert_eq!(
            decode(cut.as_bytes(), 4).1.unwrap_err().code,
            "upstream_stream_interrupted"
        );
    }

    #[test]
    fn embeddings_translate_both_ways() {
        let req: EmbeddingsRequest =
            serde_json::from_value(json!({"model": "e", "input": ["a", "b"], "dimensions": 4})).unwrap();
        let out = serde_json::to_value(to_batch_embed_request(&req, "text-embedding-004").unwrap()).unwrap();
        assert_eq!(
            out["requests"][1],
            json!({"model": "models/text-embedding-004", "content": {"parts": [{"text": "b"}]}, "outputDimensionality": 4})
        );
        let resp: BatchEmbedResponse =
            serde_json::from_value(json!({"embeddings": [{"values": [0.5]}, {"values": [1.0]}]})).unwrap();
        let out = from_batch_embed_response(resp, "e");
        assert_eq!(out.data[1].index, 1);
        assert_eq!(out.data[1].embedding, vec![1.0]);
    }
}
