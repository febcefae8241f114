//! `gantry-mock`: serve the fake providers on a TCP address.

use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Parser;
use gantry_mock::{MockConfig, ServeOptions, serve_with_options};

/// A fast, deterministic fake of the OpenAI, Azure OpenAI, Anthropic and Gemini APIs.
#[derive(Parser, Debug)]
#[command(name = "gantry-mock", version)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:9000")]
    listen: SocketAddr,
    /// Delay before response headers, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Delay before the first content token, in milliseconds.
    #[arg(long, default_value_t = 0)]
    ttft_ms: u64,
    /// Delay between two content tokens, in milliseconds.
    #[arg(long, default_value_t = 0)]
    token_interval_ms: u64,
    /// Length of a reply, in tokens.
    #[arg(long, default_value_t = 12)]
    tokens: usize,
    /// Require this API key (in each provider's own auth header).
    #[arg(long)]
    api_key: Option<String>,
    /// Fault for chat requests, in directive syntax (e.g. `status=500`, `disconnect_after=0`).
    #[arg(long, default_value = "")]
    fault: String,
    /// Share of chat requests that get `--fault` (seeded, repeatable).
    #[arg(long, default_value_t = 1.0)]
    fault_rate: f64,
    /// Do not record requests (for benchmarks); `/_mock/requests` stays empty.
    #[arg(long)]
    no_record: bool,
    /// Worker threads (default: one per CPU).
    #[arg(long)]
    workers: Option<usize>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    runtime.enable_all();
    if let Some(workers) = args.workers.filter(|w| *w > 0) {
        runtime.worker_threads(workers);
    }
    let runtime = match runtime.build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("gantry-mock: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(args.listen).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!("gantry-mock: cannot listen on {}: {error}", args.listen);
                return ExitCode::FAILURE;
            }
        };
        let addr = listener.local_addr().unwrap_or(args.listen);
        println!("gantry-mock listening on http://{addr}");
        let config = MockConfig {
            latency_ms: args.latency_ms,
            ttft_ms: args.ttft_ms,
            token_interval_ms: args.token_interval_ms,
            default_tokens: args.tokens,
            api_key: args.api_key,
            fault: args.fault,
            fault_rate: args.fault_rate,
        };
        let options = ServeOptions {
            record: !args.no_record,
        };
        tokio::select! {
            result = serve_with_options(listener, config, options) => match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("gantry-mock: {error}");
                    ExitCode::FAILURE
                }
            },
            _ = tokio::signal::ctrl_c() => ExitCode::SUCCESS,
        }
    })
}
