//! The `gantry` command line: serve, validate, schema.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;

use clap::{Parser, Subcommand};

/// mimalloc: the request path allocates many small, short-lived buffers; glibc
/// malloc/free showed up at ~8% of CPU under load (see docs/architecture.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use gantry::{admin, cli, config, reload, server, telemetry};

#[derive(Parser)]
#[command(
    name = "gantry",
    version,
    about = "An AI gateway: one OpenAI/Anthropic-compatible API in front of every model provider"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the gateway.
    Serve {
        /// A config file, or a directory of *.yaml files.
        #[arg(long, short, env = "GANTRY_CONFIG")]
        config: PathBuf,
        /// Listen address; overrides server.listen.
        #[arg(long)]
        listen: Option<String>,
        /// Admin listen address; overrides admin.listen (needs an `admin` section).
        #[arg(long)]
        admin_listen: Option<String>,
    },
    /// Check a config and print every error as file:line:col: message.
    Validate {
        #[arg(long, short, env = "GANTRY_CONFIG")]
        config: PathBuf,
    },
    /// Print the JSON Schema of the config files.
    Schema,
    /// Print the admin API's OpenAPI document.
    Openapi,
    /// Teams in the store.
    Teams {
        #[command(flatten)]
        store: cli::StoreArgs,
        #[command(subcommand)]
        command: cli::TeamCmd,
    },
    /// Apps (API consumers) in the store.
    Apps {
        #[command(flatten)]
        store: cli::StoreArgs,
        #[command(subcommand)]
        command: cli::AppCmd,
    },
    /// Users and their roles; creating one prints its admin token.
    Users {
        #[command(flatten)]
        store: cli::StoreArgs,
        #[command(subcommand)]
        command: cli::UserCmd,
    },
    /// Guard detectors: evaluate them over labelled corpora, or try a policy on a text.
    Guard {
        #[command(subcommand)]
        command: gantry::guard::command::GuardCmd,
    },
    /// Virtual API keys.
    Keys {
        #[command(flatten)]
        store: cli::StoreArgs,
        #[command(subcommand)]
        command: cli::KeyCmd,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Schema => {
            println!(
                "{}",
                serde_json::to_string_pretty(&config::json_schema()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Command::Teams { store, command } => run_store(cli::teams(store, command)),
        Command::Apps { store, command } => run_store(cli::apps(store, command)),
        Command::Users { store, command } => run_store(cli::users(store, command)),
        Command::Keys { store, command } => run_store(cli::keys(store, command)),
        Command::Guard { command } => match gantry::guard::command::run(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
        Command::Openapi => {
            println!(
                "{}",
                serde_json::to_string_pretty(&admin::openapi::document()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Command::Validate { config } => match config::load(&config) {
            Ok(snapshot) => {
                println!(
                    "{}: ok ({} providers, {} models)",
                    config.display(),
                    snapshot.providers.len(),
                    snapshot.models.len()
                );
                ExitCode::SUCCESS
            }
            Err(errors) => {
                for error in &errors {
                    eprintln!("{error}");
                }
                eprintln!("{} error(s)", errors.len());
                ExitCode::FAILURE
            }
        },
        Command::Serve {
            config,
            listen,
            admin_listen,
        } => {
            let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
                Ok(rt) => rt,
                Err(e) => {
                    eprintln!("cannot start the runtime: {e}");
                    return ExitCode::FAILURE;
                }
            };
            runtime.block_on(serve(config, listen, admin_listen))
        }
    }
}

async fn serve(path: PathBuf, listen: Option<String>, admin_listen: Option<String>) -> ExitCode {
    let snapshot = match config::load(&path) {
        Ok(snapshot) => snapshot,
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} error(s): not starting", errors.len());
            return ExitCode::FAILURE;
        }
    };
    telemetry::init_logging(&snapshot.server.log);
    let addr = listen.unwrap_or_else(|| snapshot.server.listen.clone());
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(%addr, error = %e, "cannot listen");
            return ExitCode::FAILURE;
        }
    };
    let bound = listener.local_addr().map(|a| a.to_string()).unwrap_or(addr);
    let admin_addr = snapshot
        .auth
        .admin
        .as_ref()
        .map(|admin| admin_listen.unwrap_or_else(|| admin.listen.clone()));
    let admin_listener = match &admin_addr {
        Some(addr) => match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => Some(l),
            Err(e) => {
                tracing::error!(%addr, error = %e, "cannot listen (admin)");
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    tracing::info!(listen = %bound, models = snapshot.model_names.len(), config = %path.display(), "gantry is serving");
    let app = match server::App::start(snapshot).await {
        Ok(app) => app,
        Err(e) => {
            tracing::error!(error = %e, "cannot start");
            return ExitCode::FAILURE;
        }
    };
    reload::spawn(app.clone(), path);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    if let Some(admin_listener) = admin_listener {
        let bound = admin_listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
        tracing::info!(listen = %bound, "admin API is serving");
        let mut stop = stop_rx.clone();
        let admin_app = app.clone();
        tokio::spawn(async move {
            let stopped = async move {
                let _ = stop.wait_for(|s| *s).await;
            };
            if let Err(e) = admin::serve(admin_app, admin_listener, stopped).await {
                tracing::error!(error = %e, "admin listener failed");
            }
        });
    }
    let shutdown_app = app.clone();
    let usage = app.usage.clone();
    let result = server::serve(app, listener, async move {
        shutdown_signal().await;
        shutdown_app.draining.store(true, Ordering::Relaxed);
        let _ = stop_tx.send(true);
        tracing::info!("shutting down: finishing in-flight requests");
    })
    .await;
    drop(stop_rx);
    // In-flight requests are done: write every queued usage record before exiting.
    usage.drain(std::time::Duration::from_secs(30)).await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "server failed");
            ExitCode::FAILURE
        }
    }
}

/// Runs one store command on a small runtime; errors go to stderr with exit 1.
fn run_store(command: impl std::future::Future<Output = Result<(), String>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
