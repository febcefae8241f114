//! The request side: every text a request carries is scored for injection
//! (where the policy says) and scanned for entities, and rewritten in place
//! when an entity is redacted or masked.

use std::collections::BTreeMap;

use bytes::Bytes;
use gantry_guard::{Action, Label, Vault};
use gantry_protocol::ApiError;
use serde_json::Value;

use super::config::InjectionSource;
use super::{GuardPolicy, InjectionVerdict, Verdict, count_into, every_string};
use crate::pipeline::{ClientWire, Endpoint};

/// Where a text sits in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    User,
    System,
    Assistant,
    ToolResult,
    Document,
}

impl Part {
    fn source(self) -> Option<InjectionSource> {
        match self {
            Part::User => Some(InjectionSource::User),
            Part::System => Some(InjectionSource::System),
            Part::ToolResult => Some(InjectionSource::ToolResults),
            Part::Document => Some(InjectionSource::Documents),
            Part::Assistant => None,
        }
    }
}

/// What inspecting a request decided.
pub struct Inspected {
    /// The body to send instead of the client's (values redacted or masked).
    pub body: Option<Bytes>,
    /// The originals behind the placeholders, for the answer.
    pub vault: Option<Vault>,
    pub verdict: Verdict,
    /// The call is refused with this error.
    pub blocked: Option<ApiError>,
}

/// Checks one request under `policy`.
pub fn inspect(policy: &GuardPolicy, client: ClientWire, endpoint: Endpoint, body: &[u8]) -> Inspected {
    let mut inspected = Inspected {
        body: None,
        vault: None,
        verdict: Verdict {
            policy: policy.name.clone(),
            ..Verdict::default()
        },
        blocked: None,
    };
    if policy.entities.is_none() && policy.injection.is_none() {
        return inspected;
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return inspected; // the pipeline reports malformed bodies itself
    };
    let mut vault = Vault::default();
    let mut found: BTreeMap<Label, u32> = BTreeMap::new();
    let mut blocking: Vec<Label> = Vec::new();
    let mut changed = false;
    let mut best: Option<gantry_guard::InjectionScore> = None;
    let injection = policy.injection.as_ref().filter(|_| endpoint != Endpoint::Embeddings);
    visit_texts(client, endpoint, &mut value, &mut |part, text| {
        if let Some(inj) = injection
            && part.source().is_some_and(|s| inj.sources.contains(&s))
        {
            let score = inj.detector.score(text);
            if best.as_ref().is_none_or(|b| score.score > b.score) {
                best = Some(score);
            }
        }
        let Some(entities) = &policy.entities else { return };
        let spans = entities.scanner.scan(text);
        if spans.is_empty() {
            return;
        }
        for span in &spans {
            *found.entry(span.label).or_default() += 1;
            if entities.action(span.label) == Action::Block && !blocking.contains(&span.label) {
                blocking.push(span.label);
            }
        }
        if let Some(rewritten) = gantry_guard::rewrite(
            text,
            &spans,
            &entities.scanner,
            |l| entities.action(l),
            Some(&mut vault),
        ) {
            *text = rewritten;
            changed = true;
        }
    });
    if let Some(entities) = &policy.entities {
        count_into(&mut inspected.verdict.request, entities, &found, false);
    }
    if let (Some(inj), Some(score)) = (injection, best) {
        let hit = score.score >= inj.threshold;
        let action = match (hit, inj.block) {
            (false, _) => "pass",
            (true, true) => "block",
            (true, false) => "flag",
        };
        if action == "block" {
            inspected.verdict.blocked = Some("injection");
            inspected.blocked = Some(ApiError::invalid_request(
                "prompt_injection_detected",
                "the request looks like a prompt-injection or jailbreak attempt and was refused by this gateway's policy",
            ));
        }
        inspected.verdict.injection = Some(InjectionVerdict {
            score: (f64::from(score.score) * 1000.0).round() / 1000.0,
            rules: score.rules,
            action,
        });
    }
    if inspected.blocked.is_none()
        && !blocking.is_empty()
        && let Some(entities) = &policy.entities
    {
        let names: Vec<&str> = blocking.iter().map(|l| entities.scanner.name(*l)).collect();
        inspected.verdict.blocked = Some("request_pii");
        inspected.blocked = Some(ApiError::invalid_request(
            "pii_detected",
            format!(
                "the request contains data this gateway's policy does not let through: {}",
                names.join(", ")
            ),
        ));
    }
    if inspected.blocked.is_none() && changed {
        inspected.body = serde_json::to_vec(&value).ok().map(Bytes::from);
        if !vault.is_empty() {
            inspected.vault = Some(vault);
        }
    }
    inspected
}

/// Calls `f` on every text of a request, by where it sits.
fn visit_texts(client: ClientWire, endpoint: Endpoint, body: &mut Value, f: &mut dyn FnMut(Part, &mut String)) {
    match endpoint {
        Endpoint::Completions => strings_or_list(body.get_mut("prompt"), Part::User, f),
        Endpoint::Embeddings => strings_or_list(body.get_mut("input"), Part::User, f),
        Endpoint::Chat => {
            if client == ClientWire::Anthropic {
                anthropic_content(body.get_mut("system"), Part::System, f);
            }
            let Some(Value::Array(messages)) = body.get_mut("messages") else {
                return;
            };
            for message in messages {
                let part = match message.get("role").and_then(Value::as_str) {
                    Some("system" | "developer") => Part::System,
                    Some("assistant") => Part::Assistant,
                    Some("tool" | "function") => Part::ToolResult,
                    _ => Part::User,
                };
                match client {
                    ClientWire::OpenAi => {
                        openai_content(message.get_mut("content"), part, f);
                        if let Some(Value::Array(calls)) = message.get_mut("tool_calls") {
                            for call in calls {
                                if let Some(Value::String(args)) = call.pointer_mut("/function/arguments") {
                                    f(Part::Assistant, args);
                                }
                            }
                        }
                    }
                    ClientWire::Anthropic => anthropic_content(message.get_mut("content"), part, f),
                }
            }
        }
    }
}

fn strings_or_list(value: Option<&mut Value>, part: Part, f: &mut dyn FnMut(Part, &mut String)) {
    match value {
        Some(Value::String(s)) => f(part, s),
        Some(Value::Array(items)) => {
            for item in items {
                if let Value::String(s) = item {
                    f(part, s);
                }
            }
        }
        _ => {}
    }
}

/// OpenAI message content: a string, or parts of which `text` ones carry text.
fn openai_content(content: Option<&mut Value>, part: Part, f: &mut dyn FnMut(Part, &mut String)) {
    match content {
        Some(Value::String(s)) => f(part, s),
        Some(Value::Array(parts)) => {
            for p in parts {
                if let Some(Value::String(s)) = p.get_mut("text") {
                    f(part, s);
                }
            }
        }
        _ => {}
    }
}

/// Anthropic content: a string, or blocks (text, tool results, text documents, tool inputs).
fn anthropic_content(content: Option<&mut Value>, part: Part, f: &mut dyn FnMut(Part, &mut String)) {
    match content {
        Some(Value::String(s)) => f(part, s),
        Some(Value::Array(blocks)) => {
            for block in blocks {
                match block.get("type").and_then(Value::as_str) {
                    Some("text") => {
                        if let Some(Value::String(s)) = block.get_mut("text") {
                            f(part, s);
                        }
                    }
                    Some("tool_result") => anthropic_content(block.get_mut("content"), Part::ToolResult, f),
                    Some("document") => {
                        if block.pointer("/source/type").and_then(Value::as_str) == Some("text")
                            && let Some(Value::String(s)) = block.pointer_mut("/source/data")
                        {
                            f(Part::Document, s);
                        }
                    }
                    Some("tool_use") => {
                        if let Some(input) = block.get_mut("input") {
                            every_string(input, &mut |s| f(Part::Assistant, s));
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}
