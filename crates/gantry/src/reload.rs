//! Hot reload: `SIGHUP` or a change to the config files compiles a new
//! snapshot and swaps it in atomically. A bad config is logged and ignored:
//! the old one keeps serving, and in-flight requests keep the snapshot they
//! started with.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::config;
use crate::server::App;

/// Loads the config again and swaps it in if it is valid. Returns whether it was.
pub fn reload(app: &App, path: &Path) -> bool {
    let old = app.config.load_full();
    match config::load_over(path, Some(&old)) {
        Ok(mut snapshot) => {
            if snapshot.redis_config == old.redis_config {
                // One connection for the process's life unless its settings change.
                snapshot.redis = old.redis.clone();
                if snapshot.limit_configs == old.limit_configs {
                    // Unchanged limits keep their counters; changed ones start afresh.
                    snapshot.limiter = old.limiter.clone();
                }
            }
            if snapshot.budget_configs == old.budget_configs && snapshot.alerts_config == old.alerts_config {
                // Unchanged budgets keep their spend; changed ones read it again from the store.
                snapshot.budgets = old.budgets.clone();
            } else {
                snapshot
                    .budgets
                    .attach(app.identity.store.clone(), snapshot.alerter.clone());
            }
            if snapshot.server.listen != old.server.listen {
                tracing::warn!(old = %old.server.listen, new = %snapshot.server.listen, "server.listen changed: restart to apply it");
            }
            if snapshot.store_url != old.store_url {
                tracing::warn!("store.url changed: restart to apply it");
            }
            let admin_listen = |s: &config::Snapshot| s.auth.admin.as_ref().map(|a| a.listen.clone());
            if admin_listen(&snapshot) != admin_listen(&old) {
                tracing::warn!("the admin listener changed: restart to apply it");
            }
            let models = snapshot.model_names.len();
            app.config.store(Arc::new(snapshot));
            app.metrics.reload(true);
            tracing::info!(path = %path.display(), models, "config reloaded");
            true
        }
        Err(errors) => {
            for error in &errors {
                tracing::error!(error = %error, "config error");
            }
            tracing::error!(path = %path.display(), errors = errors.len(), "new config rejected; the previous config keeps serving");
            app.metrics.reload(false);
            false
        }
    }
}

/// Watches `path` (and SIGHUP) and reloads on change, until the process ends.
pub fn spawn(app: Arc<App>, path: PathBuf) {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<()>(1);
    // Watch the directory so editors' atomic renames are seen too.
    let watch_dir = if path.is_dir() {
        path.clone()
    } else {
        path.parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    };
    let watch_tx = tx.clone();
    let config_file = (!path.is_dir())
        .then(|| path.file_name().map(|n| n.to_owned()))
        .flatten();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if matches!(event.kind, notify::EventKind::Access(_)) {
            return;
        }
        // Only the config's own files matter, not everything else in the directory.
        let relevant = event.paths.iter().any(|p| match &config_file {
            Some(name) => p.file_name() == Some(name.as_os_str()),
            None => matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")),
        });
        if relevant {
            let _ = watch_tx.try_send(());
        }
    });
    let watcher = match watcher {
        Ok(mut w) => match w.watch(&watch_dir, RecursiveMode::NonRecursive) {
            Ok(()) => Some(w),
            Err(e) => {
                tracing::warn!(error = %e, "cannot watch the config; reload with SIGHUP");
                None
            }
        },
        Err(e) => {
            tracing::warn!(error = %e, "cannot watch the config; reload with SIGHUP");
            None
        }
    };
    #[cfg(unix)]
    {
        let hup_tx = tx;
        tokio::spawn(async move {
            let Ok(mut hup) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) else {
                return;
            };
            while hup.recv().await.is_some() {
                let _ = hup_tx.send(()).await;
            }
        });
    }
    tokio::spawn(async move {
        let _watcher = watcher; // keep it alive
        while rx.recv().await.is_some() {
            // Let a burst of writes settle before reading.
            tokio::time::sleep(Duration::from_millis(150)).await;
            while rx.try_recv().is_ok() {}
            let app = app.clone();
            let path = path.clone();
            let _ = tokio::task::spawn_blocking(move || reload(&app, &path)).await;
        }
    });
}
