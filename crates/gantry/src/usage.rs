//! The usage queue: every call's record goes to the store through a bounded
//! queue and a batch writer, never on the response path.
//!
//! A request reserves its place in the queue when it starts ([`UsageSink::slot`])
//! and fills it when it finishes, so the queue's bound is real: with
//! `when_full: wait`, new requests wait for room (backpressure); with
//! `when_full: drop` (the default) they proceed and their record is dropped and
//! counted. The writer gathers records for up to `flush_interval_ms` (or until
//! `batch_size`) and writes them in one transaction; a failing store is retried with backoff, then the
//! batch is dropped and counted. On shutdown the queue is drained.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::config::schema::{QueueFullPolicy, UsageConfig};
use crate::store::Store;
use crate::store::usage::UsageRecord;
use crate::telemetry::Metrics;

/// A reserved place in the queue. Dropping it unused frees the place.
pub struct Slot(mpsc::OwnedPermit<UsageRecord>);

impl Slot {
    pub fn send(self, record: UsageRecord) {
        self.0.send(record);
    }
}

pub struct UsageSink {
    tx: Mutex<Option<mpsc::Sender<UsageRecord>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
    policy: QueueFullPolicy,
    metrics: Arc<Metrics>,
}

/// Tries per batch before it is dropped: 0.1 s, 0.2 s, … 3.2 s apart (~6 s in all).
const WRITE_ATTEMPTS: u32 = 6;

impl UsageSink {
    pub fn start(store: Arc<Store>, config: &UsageConfig, metrics: Arc<Metrics>) -> Arc<UsageSink> {
        let (tx, rx) = mpsc::channel(config.queue_capacity.max(1));
        let flush = Duration::from_millis(config.flush_interval_ms);
        let writer = tokio::spawn(write_loop(store, rx, config.batch_size.max(1), flush, metrics.clone()));
        Arc::new(UsageSink {
            tx: Mutex::new(Some(tx)),
            writer: Mutex::new(Some(writer)),
            policy: config.when_full,
            metrics,
        })
    }

    fn sender(&self) -> Option<mpsc::Sender<UsageRecord>> {
        self.tx.lock().ok().and_then(|tx| tx.clone())
    }

    /// A place for one record, by the queue-full policy; `None` means the record will be dropped (counted).
    pub async fn slot(&self) -> Option<Slot> {
        let Some(tx) = self.sender() else {
            self.metrics.usage("dropped_shutdown", 1);
            return None;
        };
        let permit = match self.policy {
            QueueFullPolicy::Wait => tx.reserve_owned().await.ok(),
            QueueFullPolicy::Drop => tx.try_reserve_owned().ok(),
        };
        if permit.is_none() {
            self.metrics.usage("dropped_queue_full", 1);
        }
        permit.map(Slot)
    }

    /// Closes the queue and waits (up to `timeout`) until every queued record is written.
    pub async fn drain(&self, timeout: Duration) {
        if let Ok(mut tx) = self.tx.lock() {
            tx.take();
        }
        let writer = self.writer.lock().ok().and_then(|mut w| w.take());
        if let Some(writer) = writer
            && tokio::time::timeout(timeout, writer).await.is_err()
        {
            tracing::error!("usage queue not drained within {timeout:?}; records still queued are lost");
        }
    }
}

async fn write_loop(
    store: Arc<Store>,
    mut rx: mpsc::Receiver<UsageRecord>,
    batch_size: usize,
    flush: Duration,
    metrics: Arc<Metrics>,
) {
    let mut batch = Vec::with_capacity(batch_size);
    // Ends when every sender and slot is gone and the queue is empty.
    while rx.recv_many(&mut batch, batch_size).await > 0 {
        // Gather for up to `flush` so each transaction carries many records: a
        // commit costs far more than a row.
        let deadline = tokio::time::Instant::now() + flush;
        while batch.len() < batch_size {
            let room = batch_size - batch.len();
            match tokio::time::timeout_at(deadline, rx.recv_many(&mut batch, room)).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
        let mut attempt = 0;
        loop {
            match store.insert_usage(&batch).await {
                Ok(()) => {
                    metrics.usage("written", batch.len() as u64);
                    break;
                }
                Err(e) if attempt + 1 < WRITE_ATTEMPTS => {
                    tracing::warn!(error = %e, records = batch.len(), attempt, "cannot write usage records; retrying");
                    tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
                    attempt += 1;
                }
                Err(e) => {
                    tracing::error!(error = %e, records = batch.len(), "usage records dropped: the store keeps failing");
                    metrics.usage("dropped_store_error", batch.len() as u64);
                    break;
                }
            }
        }
        batch.clear();
    }
}
