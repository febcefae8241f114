//! Store commands for operators who prefer a terminal: `gantry teams|apps|users|keys …`.
//! They work on the store named by the config (or `--store`), record the
//! change in the audit log as `cli:<user>`, and print secrets exactly once.
//! A running gateway picks the changes up within `auth.cache_refresh_ms`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::config;
use crate::store::{self, Engine, ListFilter, NewApp, NewKey, NewTeam, NewUser, Role, Store};

#[derive(Args, Debug)]
pub struct StoreArgs {
    /// A config file or directory; its `store` section names the store.
    #[arg(long, short, env = "GANTRY_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// The store URL directly (`sqlite:PATH` or `postgres://…`), instead of --config.
    #[arg(long, env = "GANTRY_STORE", global = true)]
    pub store: Option<String>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum TeamCmd {
    /// Create a team.
    Create {
        id: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// List teams.
    List,
}

#[derive(Subcommand, Debug)]
pub enum AppCmd {
    /// Create an app in a team.
    Create {
        id: String,
        #[arg(long)]
        team: String,
        #[arg(long)]
        owner: Option<String>,
    },
    /// List apps.
    List {
        #[arg(long)]
        team: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Create a user; prints their admin token once.
    Create {
        id: String,
        /// org_admin, team_admin, developer or viewer.
        #[arg(long)]
        role: String,
        #[arg(long)]
        team: Option<String>,
    },
    /// List users.
    List {
        #[arg(long)]
        team: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum KeyCmd {
    /// Create a virtual API key; prints the secret once.
    Create {
        #[arg(long)]
        team: Option<String>,
        #[arg(long)]
        app: Option<String>,
        #[arg(long, default_value = "")]
        name: String,
        /// A model name or glob the key may call (repeat); none means every model.
        #[arg(long = "model")]
        models: Vec<String>,
        /// Days until the key expires.
        #[arg(long)]
        expires_in_days: Option<u32>,
    },
    /// List keys (never their secrets).
    List {
        #[arg(long)]
        team: Option<String>,
        #[arg(long)]
        app: Option<String>,
    },
    /// Revoke a key by id.
    Revoke { id: String },
}

async fn open(args: &StoreArgs) -> Result<Store, String> {
    let (url, engine) = match (&args.store, &args.config) {
        (Some(url), _) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            store::resolve_url(url, &cwd).map_err(|e| e.to_string())?
        }
        (None, Some(path)) => config::store_location(path)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?,
        (None, None) => return Err("name the store with --config FILE or --store URL".to_owned()),
    };
    if engine == Engine::Sqlite && !args.json {
        eprintln!(
            "store: {}",
            url.trim_start_matches("sqlite://").trim_end_matches("?mode=rwc")
        );
    }
    Store::open(&url, engine).await.map_err(|e| e.to_string())
}

fn actor() -> String {
    format!("cli:{}", std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned()))
}

fn print<T: Serialize>(json: bool, value: &T, text: impl FnOnce() -> String) {
    if json {
        println!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
    } else {
        println!("{}", text());
    }
}

pub async fn teams(args: StoreArgs, cmd: TeamCmd) -> Result<(), String> {
    let store = open(&args).await?;
    match cmd {
        TeamCmd::Create { id, description } => {
            let team = store
                .create_team(
                    &actor(),
                    NewTeam {
                        id,
                        description,
                        metadata: None,
                    },
                )
                .await
                .map_err(|e| e.to_string())?;
            print(args.json, &team, || format!("created team {}", team.id));
        }
        TeamCmd::List => {
            let teams = store.teams().await.map_err(|e| e.to_string())?;
            print(args.json, &teams, || {
                teams
                    .iter()
                    .map(|t| format!("{}\t{}", t.id, t.description))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}

pub async fn apps(args: StoreArgs, cmd: AppCmd) -> Result<(), String> {
    let store = open(&args).await?;
    match cmd {
        AppCmd::Create { id, team, owner } => {
            let app = store
                .create_app(
                    &actor(),
                    NewApp {
                        id,
                        team,
                        owner,
                        ..Default::default()
                    },
                )
                .await
                .map_err(|e| e.to_string())?;
            print(args.json, &app, || {
                format!("created app {} in team {}", app.id, app.team)
            });
        }
        AppCmd::List { team } => {
            let apps = store.apps(team.as_deref()).await.map_err(|e| e.to_string())?;
            print(args.json, &apps, || {
                apps.iter()
                    .map(|a| format!("{}\t{}\t{}", a.id, a.team, a.owner.as_deref().unwrap_or("-")))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}

pub async fn users(args: StoreArgs, cmd: UserCmd) -> Result<(), String> {
    let store = open(&args).await?;
    match cmd {
        UserCmd::Create { id, role, team } => {
            let role = Role::parse(&role)
                .ok_or_else(|| format!("unknown role `{role}` (org_admin, team_admin, developer, viewer)"))?;
            let issued = store
                .create_user(&actor(), NewUser { id, role, team })
                .await
                .map_err(|e| e.to_string())?;
            print(args.json, &issued, || {
                format!(
                    "created user {} ({})\nadmin token (shown once, store it now):\n{}",
                    issued.user.id,
                    issued.user.role.as_str(),
                    issued.token
                )
            });
        }
        UserCmd::List { team } => {
            let users = store.users(team.as_deref()).await.map_err(|e| e.to_string())?;
            print(args.json, &users, || {
                users
                    .iter()
                    .map(|u| {
                        format!(
                            "{}\t{}\t{}{}",
                            u.id,
                            u.role.as_str(),
                            u.team.as_deref().unwrap_or("-"),
                            if u.disabled { "\tdisabled" } else { "" }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}

pub async fn keys(args: StoreArgs, cmd: KeyCmd) -> Result<(), String> {
    let store = open(&args).await?;
    match cmd {
        KeyCmd::Create {
            team,
            app,
            name,
            models,
            expires_in_days,
        } => {
            let expires_at = expires_in_days.map(|d| store::now_ms() + i64::from(d) * 86_400_000);
            let new = NewKey {
                name,
                team,
                app,
                models,
                expires_at,
                ..Default::default()
            };
            let issued = store.create_key(&actor(), new).await.map_err(|e| e.to_string())?;
            print(args.json, &issued, || {
                format!(
                    "created key {} for team {}{}\nsecret (shown once, store it now):\n{}",
                    issued.key.id,
                    issued.key.team,
                    issued
                        .key
                        .app
                        .as_deref()
                        .map(|a| format!(", app {a}"))
                        .unwrap_or_default(),
                    issued.secret
                )
            });
        }
        KeyCmd::List { team, app } => {
            let keys = store
                .keys(&ListFilter {
                    team,
                    app,
                    status: None,
                })
                .await
                .map_err(|e| e.to_string())?;
            let now = store::now_ms();
            print(args.json, &keys, || {
                keys.iter()
                    .map(|k| {
                        let state = if k.revoked_at.is_some() {
                            "revoked"
                        } else if k.is_active(now) {
                            "active"
                        } else {
                            "inactive"
                        };
                        format!(
                            "{}\t{}…\t{}\t{}\t{}",
                            k.id,
                            k.prefix,
                            k.team,
                            k.app.as_deref().unwrap_or("-"),
                            state
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        KeyCmd::Revoke { id } => {
            let revoked = store.revoke_key(&actor(), &id).await.map_err(|e| e.to_string())?;
            print(args.json, &revoked.key, || format!("revoked key {id}"));
        }
    }
    Ok(())
}
