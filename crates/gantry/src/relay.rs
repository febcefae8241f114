//! Relays an upstream stream to the client, chunk by chunk, with bounded memory.
//!
//! Pass-through mode forwards the upstream's bytes untouched and only watches
//! the events for the terminal one; translate mode decodes provider events into
//! canonical chunks and encodes them in the client's protocol. Either way, an
//! upstream that stops early (cut connection, missing terminal event, total
//! timeout) reaches the client as an error event in its own protocol. Dropping
//! the relay (client gone) drops the upstream response, which cancels the call.

use std::pin::Pin;

use axum::body::Body;
use axum::response::Response;
use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use gantry_protocol::ApiError;
use gantry_protocol::openai::ChatChunk;
use gantry_protocol::sse::{self, SseEvent, SseParser};
use gantry_protocol::stream::{ChunkDecoder, ClientEncoder, Progress, stream_cut};
use gantry_protocol::usage;
use http::{HeaderValue, header};
use tokio::time::Instant;

use crate::pipeline::{ClientWire, total_timeout};
use crate::telemetry::CallRecord;

pub enum RelayMode {
    Passthrough {
        client: ClientWire,
        /// The gateway asked the upstream for a usage chunk the client did not
        /// ask for: count it, but do not forward it.
        strip_usage: bool,
    },
    Translate {
        decoder: Box<dyn ChunkDecoder>,
        encoder: Box<dyn ClientEncoder>,
    },
}

pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, hyper::Error>> + Send>>;

pub struct Relay {
    upstream: ByteStream,
    mode: RelayMode,
    parser: SseParser,
    events: Vec<SseEvent>,
    chunks: Vec<ChatChunk>,
    deadline: Instant,
    provider: String,
    record: CallRecord,
    /// Pass-through: the terminal event was seen.
    complete: bool,
    /// Pass-through: a finish reason was seen (some servers omit `[DONE]`).
    saw_finish: bool,
    /// Pass-through: forward parsed events re-framed rather than the upstream's
    /// bytes, from the first byte on (so an event can be dropped, or the stream
    /// stopped after any event, and the client's stream stays well-formed).
    reframe: bool,
    /// The call's budget grant is less than its worst case: check the running
    /// cost after every event (known when the call starts).
    watch_budget: bool,
    finished: bool,
}

impl Relay {
    pub fn new(upstream: ByteStream, mode: RelayMode, deadline: Instant, provider: String, record: CallRecord) -> Self {
        let watch_budget = record.budget.as_ref().is_some_and(|b| b.partial);
        // The answer's guard may change or hold back text, or stop the stream.
        let guarded = record.guard.as_ref().is_some_and(|g| g.output.is_some());
        let reframe = match &mode {
            RelayMode::Passthrough { strip_usage, .. } => *strip_usage || watch_budget || guarded,
            RelayMode::Translate { .. } => false,
        };
        Self {
            reframe,
            watch_budget,
            upstream,
            mode,
            parser: SseParser::default(),
            events: Vec::new(),
            chunks: Vec::new(),
            deadline,
            provider,
            record,
            complete: false,
            saw_finish: false,
            finished: false,
        }
    }

    pub fn into_response(self) -> Response {
        let body = Body::from_stream(futures_util::stream::unfold(self, |mut relay| async move {
            let bytes = relay.next_bytes().await?;
            Some((Ok::<Bytes, std::convert::Infallible>(bytes), relay))
        }));
        let mut response = Response::new(body);
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        response
    }

    /// The next bytes for the client, or `None` when the stream is over.
    async fn next_bytes(&mut self) -> Option<Bytes> {
        loop {
            if self.finished {
                return None;
            }
            let next = tokio::time::timeout_at(self.deadline, self.upstream.next()).await;
            let out = match next {
                Err(_) => self.fail(total_timeout(&self.provider)),
                Ok(Some(Err(_))) => self.fail(stream_cut(&self.provider)),
                Ok(None) => self.on_end(),
                Ok(Some(Ok(bytes))) => self.on_bytes(bytes),
            };
            let out = out.filter(|b| !b.is_empty());
            if out.is_some() && self.record.first_byte.is_none() {
                self.record.first_byte = Some(std::time::Instant::now());
            }
            if self.finished {
                self.record.finish();
            }
            if out.is_some() {
                return out;
            }
        }
    }

    fn on_bytes(&mut self, bytes: Bytes) -> Option<Bytes> {
        if let Err(e) = self.parser.feed(&bytes, &mut self.events) {
            let error = ApiError::new(502, "api_error", "upstream_bad_response", e.to_string());
            return self.fail(error);
        }
        let mut events = std::mem::take(&mut self.events);
        let result = match &mut self.mode {
            RelayMode::Passthrough { client, strip_usage } => {
                let (client, strip_usage) = (*client, *strip_usage);
                let mut error = None;
                // A stream with a partial budget grant is watched event by event, so
                // it can stop right after the event that used the grant up.
                let exact = self.watch_budget;
                let mut over_budget = None;
                // Events to forward (all, unless the stream stops or a usage chunk the
                // client did not ask for is dropped); then the bytes are re-framed.
                let mut forward = events.len();
                let mut dropped = Vec::new();
                // Events the answer's guard rewrote (or expanded), by index.
                let mut guarded: Vec<(usize, Vec<SseEvent>)> = Vec::new();
                let mut blocked = None;
                for (i, event) in events.iter().enumerate() {
                    match client {
                        ClientWire::OpenAi => {
                            let data = event.data.trim();
                            if data == "[DONE]" {
                                self.complete = true;
                            } else if data.starts_with("{\"error\"") {
                                error = Some("upstream_stream_error");
                            } else {
                                if data.contains("\"finish_reason\":\"") {
                                    self.saw_finish = true;
                                }
                                if let Some(tokens) = usage::openai_chunk(data) {
                                    self.record.tokens = Some(tokens);
                                    self.record.usage_complete = true;
                                    if strip_usage {
                                        dropped.push(i);
                                    }
                                } else {
                                    self.record.delivered_chars += usage::openai_delta_chars(data);
                                }
                            }
                        }
                        ClientWire::Anthropic => match event.event.as_deref() {
                            Some("message_stop") => self.complete = true,
                            Some("error") => error = Some("upstream_stream_error"),
                            Some(name @ ("message_start" | "message_delta")) => {
                                let tokens = self.record.tokens.get_or_insert_default();
                                let read = usage::anthropic_event(name, &event.data, tokens);
                                // The final delta carries the output count: usage is complete.
                                self.record.usage_complete |= read && name == "message_delta";
                            }
                            Some("content_block_delta") => {
                                self.record.delivered_chars += usage::anthropic_delta_chars(&event.data);
                            }
                            _ => {}
                        },
                    }
                    if let Some(guard) = self.record.guard.as_mut().and_then(|g| g.output.as_mut()) {
                        let result = match client {
                            ClientWire::OpenAi => guard.openai_event(&event.data).map(|data| {
                                data.map(|data| {
                                    vec![SseEvent {
                                        event: event.event.clone(),
                                        data,
                                    }]
                                })
                            }),
                            ClientWire::Anthropic => guard.anthropic_event(event),
                        };
                        match result {
                            Ok(Some(replacement)) => guarded.push((i, replacement)),
                            Ok(None) => {}
                            Err(b) => {
                                // Nothing of this event goes out; the stream ends with the policy's error.
                                blocked = Some(guard.blocked_error(b));
                                forward = i;
                                break;
                            }
                        }
                    }
                    if exact && error.is_none() && !self.complete {
                        over_budget = self.record.over_budget();
                        if over_budget.is_some() {
                            forward = i + 1;
                            break;
                        }
                    }
                }
                let over_budget = blocked.or(over_budget);
                if let Some(code) = error {
                    // The error event is already in the client's protocol: forward it and stop.
                    self.record.fail(502, code);
                    self.end();
                }
                let out = if !self.reframe {
                    bytes
                } else {
                    let mut framed = Vec::new();
                    for (i, event) in events.iter().enumerate().take(forward) {
                        if dropped.contains(&i) {
                            continue;
                        }
                        match guarded.iter().find(|(at, _)| *at == i) {
                            Some((_, replacement)) => {
                                for event in replacement {
                                    framed.extend_from_slice(&sse::frame(event.event.as_deref(), &event.data));
                                }
                            }
                            None => framed.extend_from_slice(&sse::frame(event.event.as_deref(), &event.data)),
                        }
                    }
                    if let Some(cut) = over_budget {
                        framed.extend_from_slice(&self.fail(cut).unwrap_or_default());
                    }
                    Bytes::from(framed)
                };
                events.clear();
                Some(out)
            }
            RelayMode::Translate { decoder, encoder } => {
                let mut out = Vec::new();
                let mut outcome = Ok(false);
                for event in events.drain(..) {
                    match decoder.on_event(&event, &mut self.chunks) {
                        Ok(Progress::Continue) => {}
                        Ok(Progress::Done) => {
                            outcome = Ok(true);
                            break;
                        }
                        Err(e) => {
                            outcome = Err(e);
                            break;
                        }
                    }
                }
                let exact = self.watch_budget;
                for mut chunk in self.chunks.drain(..) {
                    note_chunk(&mut self.record, &chunk);
                    if let Some(guard) = self.record.guard.as_mut().and_then(|g| g.output.as_mut())
                        && let Err(b) = guard.chunk(&mut chunk)
                    {
                        outcome = Err(guard.blocked_error(b));
                        break;
                    }
                    encoder.chunk(&chunk, &mut out);
                    if exact && let Some(cut) = self.record.over_budget() {
                        outcome = Err(cut);
                        break;
                    }
                }
                match outcome {
                    Ok(false) => {}
                    Ok(true) => {
                        encoder.done(&mut out);
                        self.end();
                    }
                    Err(e) => {
                        encoder.error(&e, &mut out);
                        self.record.fail(e.status, &e.code);
                        self.end();
                    }
                }
                Some(Bytes::from(out))
            }
        };
        self.events = events;
        result
    }

    fn on_end(&mut self) -> Option<Bytes> {
        match &mut self.mode {
            RelayMode::Passthrough { .. } => {
                if self.complete || self.saw_finish {
                    self.end();
                    None
                } else {
                    self.fail(stream_cut(&self.provider))
                }
            }
            RelayMode::Translate { decoder, encoder } => {
                let mut out = Vec::new();
                let mut ended = decoder.on_end(&mut self.chunks);
                if ended.is_ok() {
                    for mut chunk in self.chunks.drain(..) {
                        note_chunk(&mut self.record, &chunk);
                        if let Some(guard) = self.record.guard.as_mut().and_then(|g| g.output.as_mut())
                            && let Err(b) = guard.chunk(&mut chunk)
                        {
                            ended = Err(guard.blocked_error(b));
                            break;
                        }
                        encoder.chunk(&chunk, &mut out);
                    }
                }
                match ended {
                    Ok(()) => encoder.done(&mut out),
                    Err(e) => {
                        encoder.error(&e, &mut out);
                        self.record.fail(e.status, &e.code);
                    }
                }
                self.end();
                Some(Bytes::from(out))
            }
        }
    }

    /// Ends the stream with an error event in the client's protocol.
    fn fail(&mut self, error: ApiError) -> Option<Bytes> {
        let mut out = Vec::new();
        match &mut self.mode {
            RelayMode::Passthrough { client, .. } => {
                let mut encoder: Box<dyn ClientEncoder> = match client {
                    ClientWire::OpenAi => Box::new(gantry_protocol::stream::OpenAiEncoder::new(false)),
                    ClientWire::Anthropic => Box::new(gantry_protocol::anthropic::inbound::AnthropicEncoder::new("")),
                };
                encoder.error(&error, &mut out);
            }
            RelayMode::Translate { encoder, .. } => encoder.error(&error, &mut out),
        }
        tracing::warn!(request_id = %self.record.request_id, provider = %self.provider, code = %error.code, "{}", error.message);
        self.record.fail(error.status, &error.code);
        self.end();
        Some(Bytes::from(out))
    }

    /// Marks the stream over; the record is finished once the last bytes are out.
    fn end(&mut self) {
        self.finished = true;
        self.record.upstream_done = Some(std::time::Instant::now());
    }
}

/// Accounts one canonical chunk: its usage, or the text it delivers.
fn note_chunk(record: &mut CallRecord, chunk: &ChatChunk) {
    if let Some(u) = &chunk.usage {
        record.tokens = Some(usage::Tokens::from_canonical(u));
        record.usage_complete = true;
    }
    for choice in &chunk.choices {
        let delta = &choice.delta;
        let text = delta.content.as_deref().map_or(0, |c| c.chars().count())
            + delta.refusal.as_deref().map_or(0, |c| c.chars().count())
            + delta
                .tool_calls
                .iter()
                .flatten()
                .filter_map(|t| t.function.as_ref().and_then(|f| f.arguments.as_deref()))
                .map(|a| a.chars().count())
                .sum::<usize>();
        record.delivered_chars += text as u64;
    }
}
