//! A linear, incremental parser for `text/event-stream` (Server-Sent Events).
//!
//! Every input byte is scanned once; bytes of an unfinished line are kept and
//! compacted lazily, so feeding a long event one byte at a time stays linear.
//! Frames may be split anywhere, including between `\r` and `\n`.

/// One dispatched event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SseEvent {
    /// The `event:` field, if any.
    pub event: Option<String>,
    /// The `data:` lines joined with `\n`.
    pub data: String,
}

/// The stream broke the parser's memory bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseTooLarge {
    pub limit: usize,
}

impl std::fmt::Display for SseTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an event in the upstream stream exceeds {} bytes", self.limit)
    }
}

impl std::error::Error for SseTooLarge {}

/// Incremental SSE parser with a bound on the size of one event.
#[derive(Debug)]
pub struct SseParser {
    buf: Vec<u8>,
    /// Start of the unconsumed part of `buf`.
    start: usize,
    /// Bytes before this index (and after `start`) hold no line terminator.
    scanned: usize,
    /// The previous chunk ended in `\r`: a leading `\n` belongs to it.
    skip_lf: bool,
    event: Option<String>,
    data: String,
    has_data: bool,
    max_event_bytes: usize,
}

impl Default for SseParser {
    fn default() -> Self {
        Self::new(16 * 1024 * 1024)
    }
}

impl SseParser {
    /// A parser that refuses events larger than `max_event_bytes`.
    pub fn new(max_event_bytes: usize) -> Self {
        Self {
            buf: Vec::new(),
            start: 0,
            scanned: 0,
            skip_lf: false,
            event: None,
            data: String::new(),
            has_data: false,
            max_event_bytes,
        }
    }

    /// Feeds a chunk and appends every completed event to `out`.
    pub fn feed(&mut self, chunk: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseTooLarge> {
        let mut chunk = chunk;
        if self.skip_lf && !chunk.is_empty() {
            self.skip_lf = false;
            if let Some(rest) = chunk.strip_prefix(b"\n") {
                chunk = rest;
            }
        }
        self.buf.extend_from_slice(chunk);
        loop {
            let Some(offset) = self.buf[self.scanned..].iter().position(|&b| b == b'\n' || b == b'\r') else {
                self.scanned = self.buf.len();
                break;
            };
            let end = self.scanned + offset;
            let mut next = end + 1;
            if self.buf[end] == b'\r' {
                match self.buf.get(next) {
                    Some(b'\n') => next += 1,
                    Some(_) => {}
                    None => self.skip_lf = true,
                }
            }
            let line_start = self.start;
            self.start = next;
            self.scanned = next;
            self.process_line(line_start, end, out);
        }
        // Compact lazily so a long partial line is not moved on every feed.
        if self.start > 0 && self.start * 2 >= self.buf.len() {
            self.buf.drain(..self.start);
            self.scanned -= self.start;
            self.start = 0;
        }
        if self.buf.len() - self.start + self.data.len() > self.max_event_bytes {
            return Err(SseTooLarge {
                limit: self.max_event_bytes,
            });
        }
        Ok(())
    }

    /// True when bytes of an undispatched event are buffered.
    pub fn has_partial_event(&self) -> bool {
        self.has_data || self.event.is_some() || self.buf.len() > self.start
    }

    fn process_line(&mut self, from: usize, to: usize, out: &mut Vec<SseEvent>) {
        let line = &self.buf[from..to];
        if line.is_empty() {
            if self.has_data {
                let mut data = std::mem::take(&mut self.data);
                if data.ends_with('\n') {
                    data.pop();
                }
                out.push(SseEvent {
                    event: self.event.take(),
                    data,
                });
            } else {
                self.event = None;
            }
            self.has_data = false;
            return;
        }
        if line[0] == b':' {
            return;
        }
        let (field, value) = match line.iter().position(|&b| b == b':') {
            Some(i) => {
                let value = &line[i + 1..];
                (&line[..i], value.strip_prefix(b" ").unwrap_or(value))
            }
            None => (line, &b""[..]),
        };
        match field {
            b"data" => {
                self.data.push_str(&String::from_utf8_lossy(value));
                self.data.push('\n');
                self.has_data = true;
            }
            b"event" => self.event = Some(String::from_utf8_lossy(value).into_owned()),
            _ => {}
        }
    }
}

/// Formats one SSE frame with a `data:` line per line of `data`.
pub fn frame(event: Option<&str>, data: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 32);
    if let Some(event) = event {
        out.extend_from_slice(b"event: ");
        out.extend_from_slice(event.as_bytes());
        out.push(b'\n');
    }
    for line in data.split('\n') {
        out.extend_from_slice(b"data: ");
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut parser = SseParser::default();
        let mut out = Vec::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out).unwrap();
        }
        out
    }

    const SAMPLE: &[u8] = b"event: message_start\ndata: {\"a\":1}\n\n: comment\r\ndata: one\r\ndata: two\r\n\r\nevent: x\rdata:no-space\r\r";

    fn expected() -> Vec<SseEvent> {
        vec![
            SseEvent {
                event: Some("message_start".into()),
                data: "{\"a\":1}".into(),
            },
            SseEvent {
                event: None,
                data: "one\ntwo".into(),
            },
            SseEvent {
                event: Some("x".into()),
                data: "no-space".into(),
            },
        ]
    }

    #[test]
    fn parses_whole_input() {
        assert_eq!(parse_all(&[SAMPLE]), expected());
    }

    #[test]
    fn parses_input_split_at_every_byte_boundary() {
        for split in 0..=SAMPLE.len() {
            let (a, b) = SAMPLE.split_at(split);
            assert_eq!(parse_all(&[a, b]), expected(), "split at {split}");
        }
        let bytes: Vec<&[u8]> = SAMPLE.chunks(1).collect();
        assert_eq!(parse_all(&bytes), expected());
    }

    #[test]
    fn event_without_data_is_not_dispatched_and_partial_is_reported() {
        let mut parser = SseParser::default();
        let mut out = Vec::new();
        parser.feed(b"event: ping\n\ndata: half", &mut out).unwrap();
        assert!(out.is_empty());
        assert!(parser.has_partial_event());
    }

    #[test]
    fn refuses_oversize_event() {
        let mut parser = SseParser::new(64);
        let mut out = Vec::new();
        let big = vec![b'a'; 100];
        parser.feed(b"data: ", &mut out).unwrap();
        assert!(parser.feed(&big, &mut out).is_err());
    }

    #[test]
    fn long_event_fed_byte_by_byte_is_linear_enough() {
        let mut payload = b"data: ".to_vec();
        payload.extend(std::iter::repeat_n(b'x', 200_000));
        payload.extend_from_slice(b"\n\n");
        let mut parser = SseParser::default();
        let mut out = Vec::new();
        for byte in payload.chunks(1) {
            parser.feed(byte, &mut out).unwrap();
        }
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].data.len(), 200_000);
    }

    #[test]
    fn frame_round_trips() {
        let bytes = frame(Some("e"), "a\nb");
        assert_eq!(
            parse_all(&[&bytes]),
            vec![SseEvent {
                event: Some("e".into()),
                data: "a\nb".into()
            }]
        );
    }
}
