//! The store: teams, apps, users, keys, subscriptions and the audit log.
//!
//! One implementation over sqlx's `Any` driver serves both engines: SQLite
//! (the embedded default, a file created and migrated on start) and PostgreSQL
//! (for clusters). The queries are written once in the SQL both engines share
//! (`$n` parameters, TEXT/BIGINT columns), so the two can never drift apart;
//! the test suite runs against both. Every change writes its audit entry in the
//! same transaction.

pub mod model;
pub mod policy;
pub mod usage;

use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::Value;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Row};

pub use model::*;

use crate::secret;

/// Why a store call failed, in terms the admin API maps to HTTP statuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    NotFound(String),
    Conflict(String),
    Invalid(String),
    /// The database failed; the message never holds secrets.
    Backend(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::NotFound(m) | StoreError::Conflict(m) | StoreError::Invalid(m) => f.write_str(m),
            StoreError::Backend(m) => write!(f, "store error: {m}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            match db.kind() {
                sqlx::error::ErrorKind::UniqueViolation => {
                    return StoreError::Conflict("an entity with that id or secret already exists".into());
                }
                sqlx::error::ErrorKind::ForeignKeyViolation => {
                    return StoreError::Invalid("a referenced entity does not exist".into());
                }
                _ => {}
            }
        }
        StoreError::Backend(e.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub struct Store {
    pool: AnyPool,
    engine: Engine,
}

/// The versioned migrations, compiled into the binary.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "identity", include_str!("../../migrations/0001_identity.sql")),
    (2, "usage", include_str!("../../migrations/0002_usage.sql")),
    (3, "policies", include_str!("../../migrations/0003_policies.sql")),
    (4, "routing", include_str!("../../migrations/0004_routing.sql")),
    (5, "guard", include_str!("../../migrations/0005_guard.sql")),
];

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Resolves a store URL: `sqlite:PATH` (relative paths against `base`) or `postgres://…`.
pub fn resolve_url(url: &str, base: &Path) -> Result<(String, Engine)> {
    if let Some(rest) = url.strip_prefix("sqlite:") {
        let path = rest.trim_start_matches("//");
        let (path, _query) = path.split_once('?').unwrap_or((path, ""));
        if path.is_empty() {
            return Err(StoreError::Invalid("store url `sqlite:` needs a file path".into()));
        }
        if path == ":memory:" {
            return Ok(("sqlite::memory:".to_owned(), Engine::Sqlite));
        }
        let path = Path::new(path);
        let full = if path.is_absolute() {
            path.to_owned()
        } else {
            base.join(path)
        };
        return Ok((format!("sqlite://{}?mode=rwc", full.display()), Engine::Sqlite));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok((url.to_owned(), Engine::Postgres));
    }
    Err(StoreError::Invalid(
        "store url must start with sqlite: or postgres://".to_owned(),
    ))
}

fn valid_slug(kind: &str, id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 63
        && id
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "{kind} id `{id}` must be 1-63 characters of a-z, 0-9, `-`, `_`, `.`, starting with a letter or digit"
        )))
    }
}

fn json_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

fn object_or_empty(value: Option<Value>) -> Result<Value> {
    match value {
        None => Ok(Value::Object(Default::default())),
        Some(v @ Value::Object(_)) => Ok(v),
        Some(_) => Err(StoreError::Invalid("metadata must be a JSON object".into())),
    }
}

fn parse_json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn parse_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn new_id(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::now_v7().simple())
}

fn team_from(row: &AnyRow) -> Result<Team> {
    Ok(Team {
        id: row.try_get("id")?,
        description: row.try_get("description")?,
        metadata: parse_json(&row.try_get::<String, _>("metadata")?),
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn app_from(row: &AnyRow) -> Result<App> {
    Ok(App {
        id: row.try_get("id")?,
        team: row.try_get("team_id")?,
        description: row.try_get("description")?,
        owner: row.try_get("owner")?,
        metadata: parse_json(&row.try_get::<String, _>("metadata")?),
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn user_from(row: &AnyRow) -> Result<User> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: row.try_get("id")?,
        role: Role::parse(&role).unwrap_or(Role::Viewer),
        team: row.try_get("team_id")?,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn key_from(row: &AnyRow) -> Result<KeyRecord> {
    Ok(KeyRecord {
        hash: row.try_get("hash")?,
        key: ApiKey {
            id: row.try_get("id")?,
            prefix: row.try_get("prefix")?,
            name: row.try_get("name")?,
            team: row.try_get("team_id")?,
            app: row.try_get("app_id")?,
            created_by: row.try_get("created_by")?,
            models: parse_list(&row.try_get::<String, _>("models")?),
            expires_at: row.try_get("expires_at")?,
            enabled: row.try_get::<i64, _>("enabled")? != 0,
            revoked_at: row.try_get("revoked_at")?,
            metadata: parse_json(&row.try_get::<String, _>("metadata")?),
            tags: parse_list(&row.try_get::<String, _>("tags")?),
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        },
    })
}

fn subscription_from(row: &AnyRow) -> Result<Subscription> {
    let status: String = row.try_get("status")?;
    Ok(Subscription {
        id: row.try_get("id")?,
        app: row.try_get("app_id")?,
        api: row.try_get("api")?,
        status: SubscriptionStatus::parse(&status).unwrap_or(SubscriptionStatus::Pending),
        requested_by: row.try_get("requested_by")?,
        decided_by: row.try_get("decided_by")?,
        decided_at: row.try_get("decided_at")?,
        reason: row.try_get("reason")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn audit_from(row: &AnyRow) -> Result<AuditEntry> {
    let before: Option<String> = row.try_get("before")?;
    let after: Option<String> = row.try_get("after")?;
    Ok(AuditEntry {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        entity: row.try_get("entity")?,
        entity_id: row.try_get("entity_id")?,
        before: before.as_deref().map(parse_json),
        after: after.as_deref().map(parse_json),
    })
}

pub(crate) type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

/// Writes one audit entry inside the change's transaction.
pub(crate) async fn audit<B: Serialize, A: Serialize>(
    tx: &mut Tx<'_>,
    actor: &str,
    action: &str,
    entity: &str,
    entity_id: &str,
    before: Option<&B>,
    after: Option<&A>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(now_ms())
    .bind(actor)
    .bind(action)
    .bind(entity)
    .bind(entity_id)
    .bind(before.map(json_text))
    .bind(after.map(json_text))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Connects, creating the SQLite file if needed, and applies pending migrations.
    pub async fn open(url: &str, engine: Engine) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let mut options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(5));
        options = match engine {
            // One writer at a time is what SQLite allows anyway; a small pool avoids lock churn.
            Engine::Sqlite => options.max_connections(4).after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                    // With WAL, NORMAL survives process crashes; only an OS crash can lose the last commits.
                    sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA busy_timeout = 5000").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                    Ok(())
                })
            }),
            Engine::Postgres => options.max_connections(8),
        };
        if url.contains(":memory:") {
            // Each SQLite connection would get its own empty in-memory database: keep exactly one, forever.
            options = options
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None)
                .max_lifetime(None);
        }
        let pool = options
            .connect(url)
            .await
            .map_err(|e| StoreError::Backend(format!("cannot open the store: {}", redact_url(&e.to_string()))))?;
        let store = Store { pool, engine };
        store.migrate().await?;
        Ok(store)
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    async fn migrate(&self) -> Result<()> {
        let migrations: Vec<Migration> = MIGRATIONS
            .iter()
            .map(|(version, name, sql)| {
                Migration::new(
                    *version,
                    Cow::Borrowed(*name),
                    MigrationType::Simple,
                    sqlx::SqlSafeStr::into_sql_str(*sql),
                    false,
                )
            })
            .collect();
        let migrator = Migrator {
            migrations: Cow::Owned(migrations),
            ..Migrator::DEFAULT
        };
        migrator
            .run(&self.pool)
            .await
            .map_err(|e| StoreError::Backend(format!("migration failed: {e}")))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    // ---- teams ----------------------------------------------------------

    pub async fn create_team(&self, actor: &str, new: NewTeam) -> Result<Team> {
        valid_slug("team", &new.id)?;
        let now = now_ms();
        let team = Team {
            id: new.id,
            description: new.description,
            metadata: object_or_empty(new.metadata)?,
            created_at: now,
            updated_at: now,
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO teams (id, description, metadata, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(&team.id)
        .bind(&team.description)
        .bind(json_text(&team.metadata))
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_as(e, format!("team `{}` already exists", team.id)))?;
        audit(
            &mut tx,
            actor,
            "team.create",
            "team",
            &team.id,
            None::<&()>,
            Some(&team),
        )
        .await?;
        tx.commit().await?;
        Ok(team)
    }

    pub async fn team(&self, id: &str) -> Result<Team> {
        let row = sqlx::query("SELECT id, description, metadata, created_at, updated_at FROM teams WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("team `{id}` not found")))?;
        team_from(&row)
    }

    pub async fn teams(&self) -> Result<Vec<Team>> {
        let rows = sqlx::query("SELECT id, description, metadata, created_at, updated_at FROM teams ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(team_from).collect()
    }

    pub async fn update_team(&self, actor: &str, id: &str, patch: TeamPatch) -> Result<Team> {
        let before = self.team(id).await?;
        let mut after = before.clone();
        if let Some(d) = patch.description {
            after.description = d;
        }
        if patch.metadata.is_some() {
            after.metadata = object_or_empty(patch.metadata)?;
        }
        after.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE teams SET description = $2, metadata = $3, updated_at = $4 WHERE id = $1")
            .bind(id)
            .bind(&after.description)
            .bind(json_text(&after.metadata))
            .bind(after.updated_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "team.update", "team", id, Some(&before), Some(&after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Deletes a team that owns nothing any more (no apps, users or unrevoked keys).
    pub async fn delete_team(&self, actor: &str, id: &str) -> Result<()> {
        let before = self.team(id).await?;
        let mut tx = self.pool.begin().await?;
        let owned: i64 = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM apps WHERE team_id = $1) + (SELECT COUNT(*) FROM users WHERE team_id = $1) \
             + (SELECT COUNT(*) FROM api_keys WHERE team_id = $1 AND revoked_at IS NULL) AS n",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
        if owned > 0 {
            return Err(StoreError::Conflict(format!(
                "team `{id}` still has apps, users or active keys; remove them first"
            )));
        }
        sqlx::query("DELETE FROM api_keys WHERE team_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM teams WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "team.delete", "team", id, Some(&before), None::<&()>).await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- apps -----------------------------------------------------------

    pub async fn create_app(&self, actor: &str, new: NewApp) -> Result<App> {
        valid_slug("app", &new.id)?;
        self.team(&new.team).await?;
        let now = now_ms();
        let app = App {
            id: new.id,
            team: new.team,
            description: new.description,
            owner: new.owner,
            metadata: object_or_empty(new.metadata)?,
            created_at: now,
            updated_at: now,
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO apps (id, team_id, description, owner, metadata, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(&app.id)
        .bind(&app.team)
        .bind(&app.description)
        .bind(&app.owner)
        .bind(json_text(&app.metadata))
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_as(e, format!("app `{}` already exists", app.id)))?;
        audit(&mut tx, actor, "app.create", "app", &app.id, None::<&()>, Some(&app)).await?;
        tx.commit().await?;
        Ok(app)
    }

    pub async fn app(&self, id: &str) -> Result<App> {
        let row = sqlx::query(
            "SELECT id, team_id, description, owner, metadata, created_at, updated_at FROM apps WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("app `{id}` not found")))?;
        app_from(&row)
    }

    pub async fn apps(&self, team: Option<&str>) -> Result<Vec<App>> {
        let rows = sqlx::query(
            "SELECT id, team_id, description, owner, metadata, created_at, updated_at FROM apps \
             WHERE ($1 IS NULL OR team_id = $1) ORDER BY id",
        )
        .bind(team)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(app_from).collect()
    }

    pub async fn update_app(&self, actor: &str, id: &str, patch: AppPatch) -> Result<App> {
        let before = self.app(id).await?;
        let mut after = before.clone();
        if let Some(d) = patch.description {
            after.description = d;
        }
        if let Some(owner) = patch.owner {
            after.owner = if owner.is_empty() { None } else { Some(owner) };
        }
        if patch.metadata.is_some() {
            after.metadata = object_or_empty(patch.metadata)?;
        }
        after.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE apps SET description = $2, owner = $3, metadata = $4, updated_at = $5 WHERE id = $1")
            .bind(id)
            .bind(&after.description)
            .bind(&after.owner)
            .bind(json_text(&after.metadata))
            .bind(after.updated_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "app.update", "app", id, Some(&before), Some(&after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Deletes an app, revoking its keys and dropping its subscriptions.
    pub async fn delete_app(&self, actor: &str, id: &str) -> Result<()> {
        let before = self.app(id).await?;
        let now = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE api_keys SET revoked_at = $2, updated_at = $2, app_id = NULL WHERE app_id = $1 AND revoked_at IS NULL")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE api_keys SET app_id = NULL, updated_at = $2 WHERE app_id = $1")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM subscriptions WHERE app_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM apps WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "app.delete", "app", id, Some(&before), None::<&()>).await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- users ----------------------------------------------------------

    pub async fn create_user(&self, actor: &str, new: NewUser) -> Result<IssuedUser> {
        valid_slug("user", &new.id)?;
        check_role_team(new.role, new.team.as_deref())?;
        if let Some(team) = &new.team {
            self.team(team).await?;
        }
        let token = secret::generate(secret::ADMIN_TOKEN_PREFIX).map_err(StoreError::Backend)?;
        let now = now_ms();
        let user = User {
            id: new.id,
            role: new.role,
            team: new.team,
            disabled: false,
            created_at: now,
            updated_at: now,
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO users (id, role, team_id, token_hash, disabled, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 0, $5, $5)",
        )
        .bind(&user.id)
        .bind(user.role.as_str())
        .bind(&user.team)
        .bind(secret::hash_hex(&token))
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_as(e, format!("user `{}` already exists", user.id)))?;
        audit(
            &mut tx,
            actor,
            "user.create",
            "user",
            &user.id,
            None::<&()>,
            Some(&user),
        )
        .await?;
        tx.commit().await?;
        Ok(IssuedUser { user, token })
    }

    pub async fn user(&self, id: &str) -> Result<User> {
        let row = sqlx::query("SELECT id, role, team_id, disabled, created_at, updated_at FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("user `{id}` not found")))?;
        user_from(&row)
    }

    /// The enabled user whose admin token has this digest.
    pub async fn user_by_token_hash(&self, hash: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT id, role, team_id, disabled, created_at, updated_at FROM users WHERE token_hash = $1 AND disabled = 0",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn users(&self, team: Option<&str>) -> Result<Vec<User>> {
        let rows = sqlx::query(
            "SELECT id, role, team_id, disabled, created_at, updated_at FROM users \
             WHERE ($1 IS NULL OR team_id = $1) ORDER BY id",
        )
        .bind(team)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(user_from).collect()
    }

    pub async fn update_user(&self, actor: &str, id: &str, patch: UserPatch) -> Result<User> {
        let before = self.user(id).await?;
        let mut after = before.clone();
        if let Some(role) = patch.role {
            after.role = role;
        }
        if let Some(team) = patch.team {
            after.team = if team.is_empty() { None } else { Some(team) };
        }
        if let Some(disabled) = patch.disabled {
            after.disabled = disabled;
        }
        check_role_team(after.role, after.team.as_deref())?;
        if let Some(team) = &after.team {
            self.team(team).await?;
        }
        after.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET role = $2, team_id = $3, disabled = $4, updated_at = $5 WHERE id = $1")
            .bind(id)
            .bind(after.role.as_str())
            .bind(&after.team)
            .bind(after.disabled as i64)
            .bind(after.updated_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "user.update", "user", id, Some(&before), Some(&after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Issues a new admin token for a user; the old one stops working at once.
    pub async fn rotate_user_token(&self, actor: &str, id: &str) -> Result<IssuedUser> {
        let mut user = self.user(id).await?;
        let token = secret::generate(secret::ADMIN_TOKEN_PREFIX).map_err(StoreError::Backend)?;
        user.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET token_hash = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(secret::hash_hex(&token))
            .bind(user.updated_at)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            "user.rotate_token",
            "user",
            id,
            None::<&()>,
            Some(&user),
        )
        .await?;
        tx.commit().await?;
        Ok(IssuedUser { user, token })
    }

    pub async fn delete_user(&self, actor: &str, id: &str) -> Result<()> {
        let before = self.user(id).await?;
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE apps SET owner = NULL WHERE owner = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "user.delete", "user", id, Some(&before), None::<&()>).await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- keys -----------------------------------------------------------

    /// Creates a key; the secret is in the answer and nowhere else.
    pub async fn create_key(&self, actor: &str, new: NewKey) -> Result<IssuedKey> {
        let (team, app) = self.key_owner(new.team, new.app).await?;
        check_models(&new.models)?;
        let secret = secret::generate(secret::KEY_PREFIX).map_err(StoreError::Backend)?;
        let now = now_ms();
        let key = ApiKey {
            id: new_id("key_"),
            prefix: secret::display_prefix(&secret),
            name: new.name,
            team,
            app,
            created_by: actor.to_owned(),
            models: new.models,
            expires_at: new.expires_at,
            enabled: true,
            revoked_at: None,
            metadata: object_or_empty(new.metadata)?,
            tags: new.tags,
            created_at: now,
            updated_at: now,
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO api_keys (id, hash, prefix, name, team_id, app_id, created_by, models, expires_at, enabled, \
             revoked_at, metadata, tags, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, NULL, $10, $11, $12, $12)",
        )
        .bind(&key.id)
        .bind(secret::hash_hex(&secret))
        .bind(&key.prefix)
        .bind(&key.name)
        .bind(&key.team)
        .bind(&key.app)
        .bind(&key.created_by)
        .bind(json_text(&key.models))
        .bind(key.expires_at)
        .bind(json_text(&key.metadata))
        .bind(json_text(&key.tags))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, actor, "key.create", "key", &key.id, None::<&()>, Some(&key)).await?;
        tx.commit().await?;
        Ok(IssuedKey { key, secret })
    }

    /// Resolves a key's owner: the app's team when an app is given.
    async fn key_owner(&self, team: Option<String>, app: Option<String>) -> Result<(String, Option<String>)> {
        match (team, app) {
            (team, Some(app)) => {
                let found = self.app(&app).await?;
                if let Some(team) = team
                    && team != found.team
                {
                    return Err(StoreError::Invalid(format!(
                        "app `{app}` belongs to team `{}`, not `{team}`",
                        found.team
                    )));
                }
                Ok((found.team, Some(app)))
            }
            (Some(team), None) => {
                self.team(&team).await?;
                Ok((team, None))
            }
            (None, None) => Err(StoreError::Invalid("a key needs an owner: `team` or `app`".into())),
        }
    }

    pub async fn key(&self, id: &str) -> Result<ApiKey> {
        Ok(self.key_record(id).await?.key)
    }

    async fn key_record(&self, id: &str) -> Result<KeyRecord> {
        let row = sqlx::query("SELECT * FROM api_keys WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("key `{id}` not found")))?;
        key_from(&row)
    }

    pub async fn keys(&self, filter: &ListFilter) -> Result<Vec<ApiKey>> {
        let rows = sqlx::query(
            "SELECT * FROM api_keys WHERE ($1 IS NULL OR team_id = $1) AND ($2 IS NULL OR app_id = $2) \
             ORDER BY created_at, id",
        )
        .bind(filter.team.as_deref())
        .bind(filter.app.as_deref())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| key_from(r).map(|k| k.key)).collect()
    }

    /// Keys changed at or after `since` (Unix ms), with their digests, for the key cache.
    pub async fn keys_changed_since(&self, since: i64) -> Result<Vec<KeyRecord>> {
        let rows = sqlx::query("SELECT * FROM api_keys WHERE updated_at >= $1 ORDER BY updated_at")
            .bind(since)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(key_from).collect()
    }

    pub async fn update_key(&self, actor: &str, id: &str, patch: KeyPatch) -> Result<ApiKey> {
        let before = self.key(id).await?;
        if before.revoked_at.is_some() {
            return Err(StoreError::Conflict(format!("key `{id}` is revoked")));
        }
        let mut after = before.clone();
        if let Some(name) = patch.name {
            after.name = name;
        }
        if let Some(models) = patch.models {
            check_models(&models)?;
            after.models = models;
        }
        if patch.expires_at.is_some() {
            after.expires_at = patch.expires_at;
        }
        if let Some(enabled) = patch.enabled {
            after.enabled = enabled;
        }
        if patch.metadata.is_some() {
            after.metadata = object_or_empty(patch.metadata)?;
        }
        if let Some(tags) = patch.tags {
            after.tags = tags;
        }
        after.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE api_keys SET name = $2, models = $3, expires_at = $4, enabled = $5, metadata = $6, tags = $7, \
             updated_at = $8 WHERE id = $1",
        )
        .bind(id)
        .bind(&after.name)
        .bind(json_text(&after.models))
        .bind(after.expires_at)
        .bind(after.enabled as i64)
        .bind(json_text(&after.metadata))
        .bind(json_text(&after.tags))
        .bind(after.updated_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, actor, "key.update", "key", id, Some(&before), Some(&after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Revokes a key for good. Returns the key as it now is, with its old digest
    /// so this node's cache can drop it at once.
    pub async fn revoke_key(&self, actor: &str, id: &str) -> Result<KeyRecord> {
        let before = self.key_record(id).await?;
        if before.key.revoked_at.is_some() {
            return Ok(before);
        }
        let mut after = before.clone();
        let now = now_ms();
        after.key.revoked_at = Some(now);
        after.key.updated_at = now;
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE api_keys SET revoked_at = $2, updated_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            "key.revoke",
            "key",
            id,
            Some(&before.key),
            Some(&after.key),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Replaces a key's secret: the old secret stops working, the new one is
    /// returned once. Returns the old digest too, for the cache.
    pub async fn rotate_key(&self, actor: &str, id: &str) -> Result<(IssuedKey, String)> {
        let before = self.key_record(id).await?;
        if before.key.revoked_at.is_some() {
            return Err(StoreError::Conflict(format!("key `{id}` is revoked")));
        }
        let secret = secret::generate(secret::KEY_PREFIX).map_err(StoreError::Backend)?;
        let mut key = before.key.clone();
        key.prefix = secret::display_prefix(&secret);
        key.updated_at = now_ms();
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE api_keys SET hash = $2, prefix = $3, updated_at = $4 WHERE id = $1")
            .bind(id)
            .bind(secret::hash_hex(&secret))
            .bind(&key.prefix)
            .bind(key.updated_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, actor, "key.rotate", "key", id, Some(&before.key), Some(&key)).await?;
        tx.commit().await?;
        Ok((IssuedKey { key, secret }, before.hash))
    }

    // ---- subscriptions --------------------------------------------------

    /// Requests access for an app; a rejected or revoked request may be asked again.
    pub async fn request_subscription(&self, actor: &str, new: NewSubscription) -> Result<Subscription> {
        self.app(&new.app).await?;
        let now = now_ms();
        let existing = self.subscription_for(&new.app, &new.api).await?;
        let mut tx = self.pool.begin().await?;
        let sub = match existing {
            Some(s) if matches!(s.status, SubscriptionStatus::Pending | SubscriptionStatus::Approved) => {
                return Ok(s);
            }
            Some(before) => {
                let mut after = before.clone();
                after.status = SubscriptionStatus::Pending;
                after.requested_by = actor.to_owned();
                after.decided_by = None;
                after.decided_at = None;
                after.reason = String::new();
                after.updated_at = now;
                sqlx::query(
                    "UPDATE subscriptions SET status = 'pending', requested_by = $2, decided_by = NULL, \
                     decided_at = NULL, reason = '', updated_at = $3 WHERE id = $1",
                )
                .bind(&after.id)
                .bind(actor)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                audit(
                    &mut tx,
                    actor,
                    "subscription.request",
                    "subscription",
                    &after.id,
                    Some(&before),
                    Some(&after),
                )
                .await?;
                after
            }
            None => {
                let sub = Subscription {
                    id: new_id("sub_"),
                    app: new.app,
                    api: new.api,
                    status: SubscriptionStatus::Pending,
                    requested_by: actor.to_owned(),
                    decided_by: None,
                    decided_at: None,
                    reason: String::new(),
                    created_at: now,
                    updated_at: now,
                };
                sqlx::query(
                    "INSERT INTO subscriptions (id, app_id, api, status, requested_by, reason, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'pending', $4, '', $5, $5)",
                )
                .bind(&sub.id)
                .bind(&sub.app)
                .bind(&sub.api)
                .bind(actor)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                audit(
                    &mut tx,
                    actor,
                    "subscription.request",
                    "subscription",
                    &sub.id,
                    None::<&()>,
                    Some(&sub),
                )
                .await?;
                sub
            }
        };
        tx.commit().await?;
        Ok(sub)
    }

    async fn subscription_for(&self, app: &str, api: &str) -> Result<Option<Subscription>> {
        let row = sqlx::query(
            "SELECT id, app_id, api, status, requested_by, decided_by, decided_at, reason, created_at, updated_at \
             FROM subscriptions WHERE app_id = $1 AND api = $2",
        )
        .bind(app)
        .bind(api)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(subscription_from).transpose()
    }

    pub async fn subscription(&self, id: &str) -> Result<Subscription> {
        let row = sqlx::query(
            "SELECT id, app_id, api, status, requested_by, decided_by, decided_at, reason, created_at, updated_at \
             FROM subscriptions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("subscription `{id}` not found")))?;
        subscription_from(&row)
    }

    pub async fn subscriptions(&self, filter: &ListFilter) -> Result<Vec<Subscription>> {
        let rows = sqlx::query(
            "SELECT s.id, s.app_id, s.api, s.status, s.requested_by, s.decided_by, s.decided_at, s.reason, \
             s.created_at, s.updated_at FROM subscriptions s JOIN apps a ON a.id = s.app_id \
             WHERE ($1 IS NULL OR a.team_id = $1) AND ($2 IS NULL OR s.app_id = $2) AND ($3 IS NULL OR s.status = $3) \
             ORDER BY s.created_at, s.id",
        )
        .bind(filter.team.as_deref())
        .bind(filter.app.as_deref())
        .bind(filter.status.as_deref())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(subscription_from).collect()
    }

    /// Subscriptions changed at or after `since`, for the access cache.
    pub async fn subscriptions_changed_since(&self, since: i64) -> Result<Vec<Subscription>> {
        let rows = sqlx::query(
            "SELECT id, app_id, api, status, requested_by, decided_by, decided_at, reason, created_at, updated_at \
             FROM subscriptions WHERE updated_at >= $1 ORDER BY updated_at",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(subscription_from).collect()
    }

    /// Approves, rejects or revokes a subscription, recording who decided and why.
    pub async fn decide_subscription(
        &self,
        actor: &str,
        id: &str,
        status: SubscriptionStatus,
        reason: &str,
    ) -> Result<Subscription> {
        let before = self.subscription(id).await?;
        let allowed = match status {
            SubscriptionStatus::Approved | SubscriptionStatus::Rejected => before.status == SubscriptionStatus::Pending,
            SubscriptionStatus::Revoked => before.status == SubscriptionStatus::Approved,
            SubscriptionStatus::Pending => false,
        };
        if !allowed {
            return Err(StoreError::Conflict(format!(
                "subscription `{id}` is {}; it cannot become {}",
                before.status.as_str(),
                status.as_str()
            )));
        }
        let mut after = before.clone();
        let now = now_ms();
        after.status = status;
        after.decided_by = Some(actor.to_owned());
        after.decided_at = Some(now);
        after.reason = reason.to_owned();
        after.updated_at = now;
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE subscriptions SET status = $2, decided_by = $3, decided_at = $4, reason = $5, updated_at = $4 WHERE id = $1")
            .bind(id)
            .bind(status.as_str())
            .bind(actor)
            .bind(now)
            .bind(reason)
            .execute(&mut *tx)
            .await?;
        let action = match status {
            SubscriptionStatus::Approved => "subscription.approve",
            SubscriptionStatus::Rejected => "subscription.reject",
            _ => "subscription.revoke",
        };
        audit(&mut tx, actor, action, "subscription", id, Some(&before), Some(&after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    // ---- audit ----------------------------------------------------------

    pub async fn audit_log(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let limit = filter.limit.unwrap_or(100).clamp(1, 1000);
        let rows = sqlx::query(
            "SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log \
             WHERE ($1 IS NULL OR entity = $1) AND ($2 IS NULL OR entity_id = $2) AND ($3 IS NULL OR actor = $3) \
             AND ($4 IS NULL OR at >= $4) AND ($5 IS NULL OR at < $5) ORDER BY id DESC LIMIT $6",
        )
        .bind(filter.entity.as_deref())
        .bind(filter.entity_id.as_deref())
        .bind(filter.actor.as_deref())
        .bind(filter.since)
        .bind(filter.until)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit_from).collect()
    }
}

fn conflict_as(e: sqlx::Error, message: String) -> StoreError {
    match StoreError::from(e) {
        StoreError::Conflict(_) => StoreError::Conflict(message),
        other => other,
    }
}

fn check_role_team(role: Role, team: Option<&str>) -> Result<()> {
    match (role, team) {
        (Role::OrgAdmin, Some(_)) => Err(StoreError::Invalid("an org_admin is not scoped to a team".into())),
        (Role::OrgAdmin, None) => Ok(()),
        (_, None) => Err(StoreError::Invalid(format!("role {} needs a `team`", role.as_str()))),
        (_, Some(_)) => Ok(()),
    }
}

fn check_models(models: &[String]) -> Result<()> {
    match models.iter().find(|m| m.is_empty() || m.len() > 200) {
        Some(_) => Err(StoreError::Invalid("model patterns must be 1-200 characters".into())),
        None => Ok(()),
    }
}

/// Connection errors may echo the URL; never let a password reach a log.
fn redact_url(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for word in message.split_inclusive(' ') {
        match (word.find("://"), word.find('@')) {
            (Some(scheme), Some(at)) if at > scheme => {
                out.push_str(&word[..scheme + 3]);
                out.push_str("***");
                out.push_str(&word[at..]);
            }
            _ => out.push_str(word),
        }
    }
    out
}
