//! Top-level edits of a JSON object without re-serialising its values.
//!
//! When the upstream speaks the caller's protocol, the gateway only needs to
//! read a few top-level fields (`model`, `stream`) and replace or add a few
//! (`model`, parameter overrides). Values stay as the client's original bytes.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};
use serde_json::value::RawValue;

/// A JSON object whose values are kept as raw text.
#[derive(Debug)]
pub struct RawObject<'a> {
    fields: Vec<(Cow<'a, str>, &'a RawValue)>,
}

impl<'a> RawObject<'a> {
    /// Parses `bytes`, validating all of it, and fails unless it is an object.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(bytes)
    }

    pub fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }

    /// A top-level string field, unescaped; `None` if absent or not a string.
    pub fn get_str(&self, key: &str) -> Option<Cow<'a, str>> {
        let raw = self.get(key)?;
        let parsed: Cow<'a, str> = serde_json::from_str(raw.get()).ok()?;
        Some(parsed)
    }

    /// True when the field is the literal `true`.
    pub fn get_bool(&self, key: &str) -> Option<bool> {
        serde_json::from_str(self.get(key)?.get()).ok()
    }

    /// Writes the object with `edits` applied: `(key, Some(raw json))` replaces
    /// or appends the field, `(key, None)` removes it. Other fields keep their bytes.
    pub fn write_with<K: AsRef<str>, V: AsRef<str>>(&self, edits: &[(K, Option<V>)]) -> Vec<u8> {
        let size: usize = self.fields.iter().map(|(k, v)| k.len() + v.get().len() + 4).sum();
        let mut out = Vec::with_capacity(size + 64);
        out.push(b'{');
        let mut first = true;
        let mut push_field = |out: &mut Vec<u8>, key: &str, value: &str| {
            if !first {
                out.push(b',');
            }
            first = false;
            write_key(out, key);
            out.extend_from_slice(value.as_bytes());
        };
        for (key, value) in &self.fields {
            match edits.iter().find(|(k, _)| k.as_ref() == key.as_ref()) {
                Some((_, Some(replacement))) => push_field(&mut out, key, replacement.as_ref()),
                Some((_, None)) => {}
                None => push_field(&mut out, key, value.get()),
            }
        }
        for (key, value) in edits {
            if let Some(value) = value
                && self.get(key.as_ref()).is_none()
            {
                push_field(&mut out, key.as_ref(), value.as_ref());
            }
        }
        out.push(b'}');
        out
    }
}

fn write_key(out: &mut Vec<u8>, key: &str) {
    // Serialising a &str cannot fail; fall back to a plain quote just in case.
    match serde_json::to_vec(key) {
        Ok(quoted) => out.extend_from_slice(&quoted),
        Err(_) => {
            out.push(b'"');
            out.extend_from_slice(key.as_bytes());
            out.push(b'"');
        }
    }
    out.push(b':');
}

impl<'de: 'a, 'a> Deserialize<'de> for RawObject<'a> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<'a>(std::marker::PhantomData<&'a ()>);

        impl<'de: 'a, 'a> Visitor<'de> for ObjectVisitor<'a> {
            type Value = RawObject<'a>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut fields: Vec<(Cow<'a, str>, &'a RawValue)> = Vec::with_capacity(16);
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    let value: &'de RawValue = map.next_value()?;
                    if fields.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                    }
                    fields.push((key, value));
                }
                Ok(RawObject { fields })
            }
        }

        deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
    }
}

/// Quotes `s` as a JSON string.
pub fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_rewrites_top_level_fields_keeping_other_bytes() {
        let src =
            br#"{"model":"fast","messages":[{"role":"user","content":"hi  there"}],"stream":true,"x":{"y":1.50}}"#;
        let obj = RawObject::parse(src).unwrap();
        assert_eq!(obj.get_str("model").unwrap(), "fast");
        assert_eq!(obj.get_bool("stream"), Some(true));
        let out = obj.write_with(&[("model", Some("\"gpt-4o\"")), ("x", None), ("temperature", Some("0.2"))]);
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            r#"{"model":"gpt-4o","messages":[{"role":"user","content":"hi  there"}],"stream":true,"temperature":0.2}"#
        );
    }

    #[test]
    fn escaped_keys_and_values_are_understood() {
        let src = br#"{"mod\u0065l":"a\"b"}"#;
        let obj = RawObject::parse(src).unwrap();
        assert_eq!(obj.get_str("model").unwrap(), "a\"b");
    }

    #[test]
    fn rejects_non_objects_malformed_and_duplicates() {
        assert!(RawObject::parse(b"[1]").is_err());
        assert!(RawObject::parse(b"{\"a\":").is_err());
        assert!(RawObject::parse(b"{\"a\":1,\"a\":2}").is_err());
        assert!(RawObject::parse(b"{\"a\":1} x").is_err());
    }
}
