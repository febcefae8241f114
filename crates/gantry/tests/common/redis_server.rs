//! Real Redis for tests: the machine's shared server at 127.0.0.1:6379, or a
//! private `redis-server` child that a test may stop or kill. Without them a
//! test skips with a notice, except under `CI=true`, where it fails.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const SHARED_REDIS_URL: &str = "redis://127.0.0.1:6379";

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

async fn ping(url: &str) -> Result<(), String> {
    let client = redis::Client::open(url).map_err(|e| e.to_string())?;
    let mut conn = tokio::time::timeout(Duration::from_secs(2), client.get_multiplexed_async_connection())
        .await
        .map_err(|_| "timed out".to_owned())?
        .map_err(|e| e.to_string())?;
    redis::cmd("PING")
        .query_async::<String>(&mut conn)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The shared Redis's URL, or `None` (with a notice) when it is down outside CI.
pub async fn shared() -> Option<String> {
    match ping(SHARED_REDIS_URL).await {
        Ok(()) => Some(SHARED_REDIS_URL.to_owned()),
        Err(e) if in_ci() => panic!("Redis at {SHARED_REDIS_URL} is required under CI=true: {e}"),
        Err(e) => {
            eprintln!("NOTICE: skipping a Redis test: {SHARED_REDIS_URL} unreachable: {e}");
            None
        }
    }
}

/// A key prefix no other test run uses.
pub fn unique_prefix() -> String {
    format!("gantry-test-{}:", uuid::Uuid::now_v7().simple())
}

/// A `redis-server` of the test's own, on a free port; killed on drop.
pub struct PrivateRedis {
    child: Option<std::process::Child>,
    pub port: u16,
}

impl PrivateRedis {
    pub async fn start() -> Option<PrivateRedis> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or(0);
        let mut redis = PrivateRedis { child: None, port };
        match redis.spawn() {
            Ok(()) => Some(redis),
            Err(e) if in_ci() => panic!("redis-server is required under CI=true: {e}"),
            Err(e) => {
                eprintln!("NOTICE: skipping a Redis test: cannot start redis-server: {e}");
                None
            }
        }
    }

    fn spawn(&mut self) -> Result<(), String> {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        self.child = Some(child);
        Ok(())
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Waits until it answers PING.
    pub async fn ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while ping(&self.url()).await.is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn signal(&self, name: &str) {
        if let Some(child) = &self.child {
            let status = Command::new("kill").args([name, &child.id().to_string()]).status();
            assert!(status.is_ok_and(|s| s.success()), "kill {name} failed");
        }
    }

    /// Freezes the server: connections stay open but nothing answers.
    pub fn freeze(&self) {
        self.signal("-STOP");
    }

    pub fn thaw(&self) {
        self.signal("-CONT");
    }

    /// Kills it outright (SIGKILL).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port (empty).
    pub async fn restart(&mut self) {
        self.kill();
        self.spawn().unwrap();
        self.ready().await;
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.thaw();
        self.kill();
    }
}
