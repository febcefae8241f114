//! The response body: either one buffer, or a timed script of chunks that may
//! end by aborting the connection.

use std::collections::VecDeque;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::Sleep;

/// How long a script waits, before aborting, for its last bytes to be flushed.
const FLUSH_BEFORE_ABORT: Duration = Duration::from_millis(20);

pub(crate) struct MockBody(Inner);

enum Inner {
    Full(Option<Bytes>),
    Script(Box<Script>),
}

/// How a scripted body ends once its steps are sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// The body ends normally.
    Finish,
    /// The connection is dropped without ending the body.
    Disconnect,
}

struct Script {
    steps: VecDeque<(Duration, Bytes)>,
    end: End,
    sleep: Option<Pin<Box<Sleep>>>,
    ready: Option<Bytes>,
    aborting: bool,
}

impl MockBody {
    pub(crate) fn full(bytes: impl Into<Bytes>) -> Self {
        let bytes = bytes.into();
        if bytes.is_empty() {
            Self(Inner::Full(None))
        } else {
            Self(Inner::Full(Some(bytes)))
        }
    }
}

/// Builds a scripted body. Chunks pushed with no delay are merged into the
/// previous one, so an untimed stream is written in one go.
#[derive(Default)]
pub(crate) struct ScriptBuilder {
    steps: Vec<(Duration, Vec<u8>)>,
}

impl ScriptBuilder {
    pub(crate) fn push(&mut self, delay: Duration, data: &[u8]) {
        if delay.is_zero()
            && let Some((_, last)) = self.steps.last_mut()
        {
            last.extend_from_slice(data);
            return;
        }
        self.steps.push((delay, data.to_vec()));
    }

    pub(crate) fn build(self, end: End) -> MockBody {
        let steps = self
            .steps
            .into_iter()
            .filter(|(delay, data)| !data.is_empty() || !delay.is_zero())
            .map(|(delay, data)| (delay, Bytes::from(data)))
            .collect();
        MockBody(Inner::Script(Box::new(Script {
            steps,
            end,
            sleep: None,
            ready: None,
            aborting: false,
        })))
    }
}

impl Script {
    fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        loop {
            if let Some(sleep) = self.sleep.as_mut() {
                if sleep.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                self.sleep = None;
                if let Some(data) = self.ready.take() {
                    return Poll::Ready(Some(Ok(Frame::data(data))));
                }
                if self.aborting {
                    return Poll::Ready(Some(Err(io::Error::new(
                        io::ErrorKind::ConnectionAborted,
                        "gantry-mock: injected disconnect",
                    ))));
                }
            }
            match self.steps.pop_front() {
                Some((delay, data)) if delay.is_zero() => return Poll::Ready(Some(Ok(Frame::data(data)))),
                Some((delay, data)) => {
                    self.sleep = Some(Box::pin(tokio::time::sleep(delay)));
                    // An empty chunk stands for a pause with nothing to send after it.
                    self.ready = (!data.is_empty()).then_some(data);
                }
                None => match self.end {
                    End::Finish => return Poll::Ready(None),
                    End::Disconnect => {
                        // Give the connection a moment to flush what was written,
                        // then fail the body: hyper drops the connection without
                        // ending the message.
                        self.aborting = true;
                        self.sleep = Some(Box::pin(tokio::time::sleep(FLUSH_BEFORE_ABORT)));
                    }
                },
            }
        }
    }
}

impl Body for MockBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        match &mut self.get_mut().0 {
            Inner::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Inner::Script(script) => script.poll_next(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self.0, Inner::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match &self.0 {
            Inner::Full(Some(bytes)) => SizeHint::with_exact(bytes.len() as u64),
            Inner::Full(None) => SizeHint::with_exact(0),
            Inner::Script(_) => SizeHint::default(),
        }
    }
}
