//! Small helpers: ids, time, responses, query strings, SSE framing.

use std::borrow::Cow;
use std::hash::{BuildHasher, RandomState};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderName, HeaderValue};
use http::{Response, StatusCode};
use serde::Serialize;

use crate::body::MockBody;

pub(crate) type HttpResponse = Response<MockBody>;

const ALPHANUMERIC: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// A fresh, unique-looking id: `prefix` followed by `len` alphanumerics.
pub(crate) fn random_id(prefix: &str, len: usize) -> String {
    static SEED: OnceLock<u64> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let seed = *SEED.get_or_init(|| RandomState::new().hash_one(0x6761_6e74_7279_u64));
    let mut state = seed
        ^ COUNTER
            .fetch_add(1, Ordering::Relaxed)
            .wrapping_mul(0xA24B_AED4_963E_E407);
    let mut id = String::with_capacity(prefix.len() + len);
    id.push_str(prefix);
    for _ in 0..len {
        state = splitmix64(state);
        id.push(char::from(ALPHANUMERIC[(state % ALPHANUMERIC.len() as u64) as usize]));
    }
    id
}

/// Seconds since the Unix epoch.
pub(crate) fn unix_time() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Our types only have string keys: serialization cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

pub(crate) fn response(status: StatusCode, content_type: &'static str, body: MockBody) -> HttpResponse {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

pub(crate) fn json_response<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> HttpResponse {
    response(status, "application/json", MockBody::full(to_json(value)))
}

pub(crate) fn sse_response(body: MockBody) -> HttpResponse {
    let mut response = response(StatusCode::OK, "text/event-stream; charset=utf-8", body);
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

pub(crate) fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Adds a header; values that are not valid header values are skipped.
pub(crate) fn set_header(response: &mut HttpResponse, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(HeaderName::from_static(name), value);
    }
}

/// The value of a header, if it is valid UTF-8.
pub(crate) fn header<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The (percent-decoded) value of a query parameter.
pub(crate) fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<Cow<'a, str>> {
    query?
        .split('&')
        .filter_map(|pair| match pair.split_once('=') {
            Some((k, v)) => Some((k, v)),
            None => (!pair.is_empty()).then_some((pair, "")),
        })
        .find(|(k, _)| *k == name)
        .map(|(_, v)| percent_decode(v))
}

fn percent_decode(s: &str) -> Cow<'_, str> {
    if !s.contains(['%', '+']) {
        return Cow::Borrowed(s);
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// Appends `data: JSON\n\n`.
pub(crate) fn sse_data<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    out.extend_from_slice(b"data: ");
    // Serialization into a Vec cannot fail for our types.
    let _ = serde_json::to_writer(&mut *out, value);
    out.extend_from_slice(b"\n\n");
}

/// Appends `event: NAME\ndata: JSON\n\n`.
pub(crate) fn sse_event<T: Serialize + ?Sized>(out: &mut Vec<u8>, name: &str, value: &T) {
    out.extend_from_slice(b"event: ");
    out.extend_from_slice(name.as_bytes());
    out.push(b'\n');
    sse_data(out, value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query() {
        let q = Some("a=1&key=ab%2Fc&alt=sse&flag");
        assert_eq!(query_param(q, "key").as_deref(), Some("ab/c"));
        assert_eq!(query_param(q, "alt").as_deref(), Some("sse"));
        assert_eq!(query_param(q, "flag").as_deref(), Some(""));
        assert_eq!(query_param(q, "nope"), None);
        assert_eq!(query_param(Some("k=%"), "k").as_deref(), Some("%"));
        assert_eq!(query_param(Some("k=%4"), "k").as_deref(), Some("%4"));
        assert_eq!(query_param(Some("k=%41"), "k").as_deref(), Some("A"));
    }

    #[test]
    fn ids_differ() {
        let a = random_id("msg_", 24);
        let b = random_id("msg_", 24);
        assert_ne!(a, b);
        assert_eq!(a.len(), 28);
        assert!(a.starts_with("msg_"));
    }
}
