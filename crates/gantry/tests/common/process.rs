//! `gantry` as a child process, the way operators run it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the server if the test fails half-way.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn gantry() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gantry"))
}

/// A `gantry serve` child process with JSON logs on stderr, collected by a thread.
pub struct Served {
    pub child: KillOnDrop,
    pub listen: String,
    pub admin_listen: String,
    pub log: Option<std::thread::JoinHandle<Vec<String>>>,
}

impl Served {
    /// Starts `gantry serve` on free ports and waits until it (and its admin API, when
    /// `admin` is set) is listening.
    pub fn start(config: &std::path::Path, admin: bool) -> Served {
        let mut cmd = gantry();
        cmd.args(["serve", "--listen", "127.0.0.1:0"]);
        if admin {
            cmd.args(["--admin-listen", "127.0.0.1:0"]);
        }
        let mut child = KillOnDrop(cmd.arg("--config").arg(config).stderr(Stdio::piped()).spawn().unwrap());
        // A thread reads the log (so the child never blocks on a full pipe) and
        // passes each line on until the start-up lines have been seen.
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let stderr = child.0.stderr.take().unwrap();
        let log = Some(std::thread::spawn(move || {
            let mut all = Vec::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line.clone());
                all.push(line);
            }
            all
        }));
        let (mut listen, mut admin_listen) = (String::new(), String::new());
        while listen.is_empty() || (admin && admin_listen.is_empty()) {
            let line = rx
                .recv_timeout(Duration::from_secs(20))
                .expect("gantry did not log that it is serving (is the log level at least info?)");
            let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
            match v["message"].as_str() {
                Some("gantry is serving") => listen = v["listen"].as_str().unwrap().to_owned(),
                Some("admin API is serving") => admin_listen = v["listen"].as_str().unwrap().to_owned(),
                _ => {}
            }
        }
        Served {
            child,
            listen,
            admin_listen,
            log,
        }
    }

    pub fn signal(&self, name: &str) {
        let pid = self.child.0.id().to_string();
        assert!(Command::new("kill").args([name, &pid]).status().unwrap().success());
    }

    /// Waits for the process to exit; returns its status and log.
    pub async fn wait_exit(&mut self) -> (std::process::ExitStatus, String) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = self.child.0.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "gantry did not exit");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let log = self
            .log
            .take()
            .map(|t| t.join().unwrap().join("\n"))
            .unwrap_or_default();
        (status, log)
    }
}
