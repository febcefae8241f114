//! Provider-neutral view of a generation request and the deterministic reply
//! the mock gives to it.

use serde_json::{Map, Value};

use crate::directives::Directives;

const FILLER: &[&str] = &[
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
    "incididunt",
    "ut",
    "labore",
    "et",
    "dolore",
    "magna",
    "aliqua",
];

/// How many words of the user's text the reply echoes.
const ECHO_WORDS: usize = 8;
/// Prompt tokens counted for one image (or other binary) part.
pub(crate) const IMAGE_TOKENS: u64 = 85;
/// Size of the pieces a tool call's JSON arguments are streamed in.
const ARGUMENT_PIECE_CHARS: usize = 6;
/// The reply in JSON mode.
pub(crate) const JSON_REPLY: &str = r#"{"mock":true}"#;

/// A tool the request offers.
pub(crate) struct ToolSpec<'a> {
    pub name: &'a str,
    /// JSON schema of the arguments.
    pub schema: Option<&'a Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ToolChoice<'a> {
    Auto,
    None,
    /// Some tool must be called.
    Any,
    /// This tool must be called.
    Named(&'a str),
}

/// What the mock needs to know about a generation request.
pub(crate) struct Conversation<'a> {
    /// Text of the last user message that has text (directives included).
    pub last_user_text: Option<String>,
    /// The last message is a tool result with this text.
    pub tool_result: Option<String>,
    /// The last message was sent by the user (a plain message, or a tool result).
    pub last_is_user: bool,
    pub prompt_tokens: u64,
    pub tools: Vec<ToolSpec<'a>>,
    pub tool_choice: ToolChoice<'a>,
    pub json_mode: bool,
    pub max_tokens: Option<u64>,
    pub stop: Vec<&'a str>,
}

impl Default for Conversation<'_> {
    fn default() -> Self {
        Self {
            last_user_text: None,
            tool_result: None,
            last_is_user: false,
            prompt_tokens: 0,
            tools: Vec::new(),
            tool_choice: ToolChoice::Auto,
            json_mode: false,
            max_tokens: None,
            stop: Vec::new(),
        }
    }
}

impl Conversation<'_> {
    /// The directives of the last user text, and that text without them.
    pub(crate) fn directives(&self) -> (Directives, Option<String>) {
        match &self.last_user_text {
            Some(text) => {
                let (d, cleaned) = Directives::parse(text);
                (d, Some(cleaned))
            }
            None => (Directives::default(), None),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Finish {
    /// Natural end of the reply.
    Stop,
    /// Cut by the request's token limit.
    Length,
    /// Cut before this stop sequence.
    StopSequence(String),
    /// The reply is a tool call.
    ToolCall,
}

/// A text reply, cut into streamable pieces (one per token).
#[derive(Clone, Debug)]
pub(crate) struct TextReply {
    pub text: String,
    pub pieces: Vec<String>,
    pub finish: Finish,
}

/// A call to one tool.
#[derive(Clone, Debug)]
pub(crate) struct ToolReply {
    pub name: String,
    pub args: Value,
    /// `args` as a JSON string.
    pub arguments: String,
    /// `arguments`, cut in pieces for streaming.
    pub pieces: Vec<String>,
}

#[derive(Clone, Debug)]
pub(crate) enum Reply {
    Text(TextReply),
    Tool(ToolReply),
}

impl Reply {
    /// Output tokens of the reply (reasoning tokens not included).
    pub(crate) fn tokens(&self) -> usize {
        match self {
            Reply::Text(t) => t.pieces.len(),
            Reply::Tool(t) => t.pieces.len(),
        }
    }

    pub(crate) fn finish(&self) -> Finish {
        match self {
            Reply::Text(t) => t.finish.clone(),
            Reply::Tool(_) => Finish::ToolCall,
        }
    }
}

/// Decides the reply to a conversation.
pub(crate) fn plan(
    conv: &Conversation<'_>,
    directives: &Directives,
    cleaned_user_text: Option<&str>,
    default_tokens: usize,
) -> Reply {
    let mut reply = plan_reply(conv, directives, cleaned_user_text, default_tokens);
    if let (Some(n), Reply::Text(text)) = (directives.chunk_chars, &mut reply) {
        // Streamed in pieces of `n` characters, whatever the words (each piece counts as a token).
        text.pieces = split_chars(&text.text, n.max(1));
    }
    reply
}

fn plan_reply(
    conv: &Conversation<'_>,
    directives: &Directives,
    cleaned_user_text: Option<&str>,
    default_tokens: usize,
) -> Reply {
    if let Some(result) = &conv.tool_result {
        return Reply::Text(limit_text(format!("tool result: {result}"), None, conv));
    }
    if conv.last_is_user
        && !conv.tools.is_empty()
        && conv.tool_choice != ToolChoice::None
        && let Some(tool) = pick_tool(conv)
    {
        return Reply::Tool(tool);
    }
    if conv.json_mode {
        return Reply::Text(limit_text(JSON_REPLY.to_owned(), None, conv));
    }
    let target = directives.tokens.unwrap_or(default_tokens);
    Reply::Text(limit_text(echo_text(cleaned_user_text, target), Some(target), conv))
}

/// The plain reply: an echo of the user's first words, padded with filler
/// words to `target` words.
pub(crate) fn echo_text(user_text: Option<&str>, target: usize) -> String {
    let mut words: Vec<&str> = Vec::with_capacity(target);
    if let Some(text) = user_text {
        let mut user_words = text.split_whitespace().take(ECHO_WORDS).peekable();
        if user_words.peek().is_some() {
            words.extend(["mock", "reply", "to:"]);
            words.extend(user_words);
        }
    }
    words.truncate(target);
    let missing = target - words.len();
    words.extend(FILLER.iter().cycle().take(missing).copied());
    words.join(" ")
}

/// Applies the request's token limit and stop sequences to `text`.
fn limit_text(mut text: String, target: Option<usize>, conv: &Conversation<'_>) -> TextReply {
    let mut pieces = split_words(&text);
    let mut finish = Finish::Stop;
    if let Some(max) = conv.max_tokens {
        let max = usize::try_from(max).unwrap_or(usize::MAX);
        if max < pieces.len() {
            pieces.truncate(max);
            text = pieces.concat();
            finish = Finish::Length;
        } else if target.is_some_and(|t| max < t) {
            finish = Finish::Length;
        }
    }
    let earliest = conv
        .stop
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| text.find(*s).map(|at| (at, *s)))
        .min_by_key(|(at, _)| *at);
    if let Some((at, stop)) = earliest {
        text.truncate(at);
        pieces = split_words(&text);
        finish = Finish::StopSequence(stop.to_owned());
    }
    TextReply { text, pieces, finish }
}

/// Cuts `text` into tokens: each word with the whitespace before it, so that
/// the pieces concatenate back to `text`.
pub(crate) fn split_words(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut prev_ws = true;
    let mut seen_word = false;
    for (i, c) in text.char_indices() {
        let ws = c.is_whitespace();
        if ws && !prev_ws && seen_word {
            pieces.push(text[start..i].to_owned());
            start = i;
        }
        if !ws {
            seen_word = true;
        }
        prev_ws = ws;
    }
    if start < text.len() {
        let tail = &text[start..];
        match pieces.last_mut() {
            // Trailing whitespace belongs to the last word.
            Some(last) if tail.trim().is_empty() => last.push_str(tail),
            _ => pieces.push(tail.to_owned()),
        }
    }
    pieces
}

/// Number of whitespace-separated words in `text`.
pub(crate) fn count_words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

fn pick_tool(conv: &Conversation<'_>) -> Option<ToolReply> {
    let (name, schema) = match conv.tool_choice {
        ToolChoice::Named(name) => (name, conv.tools.iter().find(|t| t.name == name).and_then(|t| t.schema)),
        _ => {
            let first = conv.tools.first()?;
            (first.name, first.schema)
        }
    };
    let args = schema.map(arguments_for).unwrap_or_else(|| Value::Object(Map::new()));
    let arguments = args.to_string();
    let pieces = split_chars(&arguments, ARGUMENT_PIECE_CHARS);
    Some(ToolReply {
        name: name.to_owned(),
        args,
        arguments,
        pieces,
    })
}

/// An arguments object with every required property of `schema` set to a
/// value of its declared type.
pub(crate) fn arguments_for(schema: &Value) -> Value {
    let mut args = Map::new();
    let properties = schema.get("properties");
    if let Some(required) = schema.get("required").and_then(Value::as_array) {
        for name in required.iter().filter_map(Value::as_str) {
            let property = properties.and_then(|p| p.get(name));
            args.insert(name.to_owned(), value_for(property));
        }
    }
    Value::Object(args)
}

fn value_for(property: Option<&Value>) -> Value {
    let Some(property) = property else {
        return Value::String("mock".to_owned());
    };
    if let Some(first) = property.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    let declared = match property.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| !t.eq_ignore_ascii_case("null")),
        _ => None,
    };
    match declared.map(str::to_ascii_lowercase).as_deref() {
        Some("integer" | "number") => Value::from(1),
        Some("boolean") => Value::Bool(true),
        Some("array") => Value::Array(Vec::new()),
        Some("object") => Value::Object(Map::new()),
        Some("null") => Value::Null,
        _ => Value::String("mock".to_owned()),
    }
}

/// Cuts `text` in pieces of at most `n` characters.
fn split_chars(text: &str, n: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(n.max(1)).map(|c| c.iter().collect()).collect()
}

/// Text of a tool result's content, when it is a string, an array of text
/// parts/blocks, or an object with a single string field.
pub(crate) fn content_text(content: &Value) -> String {
    match content {
        Value::String(s) => s.clone(),
        Value::Array(parts) => {
            let texts: Vec<&str> = parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str).or_else(|| p.as_str()))
                .collect();
            texts.join(" ")
        }
        Value::Object(map) if map.len() == 1 => match map.values().next() {
            Some(Value::String(s)) => s.clone(),
            _ => content.to_string(),
        },
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echo_and_filler() {
        assert_eq!(
            echo_text(Some("hello   there\nfriend"), 12),
            "mock reply to: hello there friend lorem ipsum dolor sit amet consectetur"
        );
        assert_eq!(echo_text(None, 3), "lorem ipsum dolor");
        assert_eq!(echo_text(Some("a b c d e f g h i j"), 2), "mock reply");
        assert_eq!(echo_text(Some("x"), 0), "");
    }

    #[test]
    fn pieces_concatenate() {
        for text in ["a b  c", " lead", "trail ", "", "one", "a\nb\tc "] {
            assert_eq!(split_words(text).concat(), text);
        }
        assert_eq!(split_words("a b  c"), ["a", " b", "  c"]);
        assert_eq!(split_words("lorem "), ["lorem "]);
    }

    #[test]
    fn limits_and_stops() {
        let conv = Conversation {
            max_tokens: Some(2),
            ..Conversation::default()
        };
        let r = limit_text("a b c".into(), Some(3), &conv);
        assert_eq!((r.text.as_str(), r.finish), ("a b", Finish::Length));
        let conv = Conversation {
            stop: vec!["c", "b"],
            ..Conversation::default()
        };
        let r = limit_text("a b c".into(), Some(3), &conv);
        assert_eq!((r.text.as_str(), r.finish), ("a ", Finish::StopSequence("b".into())));
    }

    #[test]
    fn tool_arguments() {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "INTEGER"}, "unit": {"enum": ["c", "f"]}},
            "required": ["city", "days", "unit", "flag"]
        });
        assert_eq!(
            arguments_for(&schema),
            serde_json::json!({"city": "mock", "days": 1, "unit": "c", "flag": "mock"})
        );
    }
}
