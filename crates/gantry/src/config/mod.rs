//! Config as code: YAML files are loaded, validated and compiled once into an
//! immutable [`Snapshot`] that the request path reads without locks.

pub mod schema;
pub(crate) mod secrets;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use schema::{ConfigFile, ProviderKind, ServerConfig, Timeouts};

use crate::auth::AuthPolicy;
use crate::providers::{Provider, Target};
use crate::store::Engine;

mod auth;

/// One problem found in the config, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

/// A public model and the targets that serve it.
#[derive(Debug)]
pub struct ModelRoute {
    pub name: String,
    pub description: Option<String>,
    /// Every provider target, groups flattened (in config order).
    pub targets: Vec<Arc<Target>>,
    /// The targets as configured: provider targets and nested groups.
    pub nodes: Vec<crate::routing::Node>,
    /// Which target serves a call, and what happens when it fails.
    pub router: crate::routing::Router,
    /// Callers need an approved app subscription.
    pub subscription: bool,
    /// Whose team admins decide subscriptions.
    pub owner_team: Option<String>,
    /// The model's guard policy name.
    pub guard: Option<String>,
}

/// The compiled, immutable config the gateway serves with.
#[derive(Debug)]
pub struct Snapshot {
    pub server: ServerConfig,
    pub models: HashMap<String, Arc<ModelRoute>>,
    /// Public model names, sorted, for `/v1/models`.
    pub model_names: Vec<String>,
    pub providers: HashMap<String, Arc<Provider>>,
    /// The files it was built from.
    pub sources: Vec<PathBuf>,
    /// Who may call, and the admin API's access rules.
    pub auth: AuthPolicy,
    /// The store's resolved URL; read at start only.
    pub store_url: String,
    pub store_engine: Engine,
    /// The usage queue's settings; read at start.
    pub usage: schema::UsageConfig,
    /// The rate limits as written, to tell whether a reload changed them.
    pub limit_configs: Vec<crate::limits::LimitConfig>,
    /// The rate limiter; kept across reloads that leave `limits` and `redis` unchanged.
    pub limiter: Arc<crate::limits::Limiter>,
    /// The budgets as written, to tell whether a reload changed them.
    pub budget_configs: Vec<crate::budgets::BudgetConfig>,
    /// Budgets and their spend; kept across reloads that leave `budgets` and `alerts` unchanged.
    pub budgets: Arc<crate::budgets::Budgets>,
    pub alerts_config: Option<crate::alerts::AlertsConfig>,
    pub alerter: Arc<crate::alerts::Alerter>,
    /// Cluster mode's Redis as written, to tell whether a reload changed it.
    pub redis_config: Option<schema::RedisConfig>,
    /// Cluster mode: the shared Redis (connected lazily).
    pub redis: Option<Arc<crate::cluster::Redis>>,
    /// Guard policies and who gets which.
    pub guards: Arc<crate::guard::Guards>,
}

/// The YAML files a config path stands for: the file itself, or every
/// `*.yaml`/`*.yml` file of a directory in name order.
pub fn config_files(path: &Path) -> Result<Vec<PathBuf>, ConfigError> {
    let io_error = |e: std::io::Error| ConfigError {
        file: path.to_owned(),
        line: 0,
        column: 0,
        message: format!("cannot read config: {e}"),
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(io_error)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(ConfigError {
            file: path.to_owned(),
            line: 0,
            column: 0,
            message: "the directory holds no .yaml or .yml files".to_owned(),
        });
    }
    Ok(files)
}

fn parse_file(path: &Path) -> Result<ConfigFile, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        file: path.to_owned(),
        line: 0,
        column: 0,
        message: format!("cannot read config: {e}"),
    })?;
    if text.trim().is_empty() {
        return Ok(ConfigFile::default());
    }
    serde_saphyr::from_str::<ConfigFile>(&text).map_err(|e| {
        let (line, column) = e.location().map(|l| (l.line(), l.column())).unwrap_or((0, 0));
        ConfigError {
            file: path.to_owned(),
            line,
            column,
            message: first_line(&e.to_string()),
        }
    })
}

/// serde-saphyr renders a source snippet after the message; keep the message.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    // Drop a trailing " at line X column Y" that duplicates our prefix.
    match line.find(" at line ") {
        Some(i) => line[..i].to_owned(),
        None => line.to_owned(),
    }
}

/// Loads, validates and compiles the config at `path` (a file or a directory).
/// Returns every error found, not only the first.
pub fn load(path: &Path) -> Result<Snapshot, Vec<ConfigError>> {
    load_over(path, None)
}

/// Like [`load`], for a reload: targets that are unchanged from `previous`
/// (same model, name, provider and upstream model) keep their health — circuit
/// breaker, calls in flight and latency average.
pub fn load_over(path: &Path, previous: Option<&Snapshot>) -> Result<Snapshot, Vec<ConfigError>> {
    let (files, parsed) = parse_all(path)?;
    let mut errors = Vec::new();
    compile(parsed, files, previous, &mut errors).ok_or(errors)
}

/// The config's files, and each one parsed.
type Parsed = (Vec<PathBuf>, Vec<(PathBuf, ConfigFile)>);

/// Every file of the config, parsed; all syntax errors at once.
fn parse_all(path: &Path) -> Result<Parsed, Vec<ConfigError>> {
    let files = config_files(path).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for file in &files {
        match parse_file(file) {
            Ok(cfg) => parsed.push((file.clone(), cfg)),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok((files, parsed))
    } else {
        Err(errors)
    }
}

/// Relative paths in the config (the SQLite store) are relative to its first file's directory.
fn config_base(files: &[PathBuf]) -> PathBuf {
    files
        .first()
        .and_then(|f| f.parent())
        .map(Path::to_owned)
        .unwrap_or_default()
}

/// Only the store location of the config at `path`, for the CLI's store
/// commands: provider secrets need not be resolvable in the operator's shell.
pub fn store_location(path: &Path) -> Result<(String, Engine), Vec<ConfigError>> {
    let (files, parsed) = parse_all(path)?;
    let mut errors = Vec::new();
    let mut store = None;
    for (file, cfg) in parsed {
        set_once("store", &file, cfg.store, &mut store, &mut errors);
    }
    let location = auth::compile_store(store, &config_base(&files), &mut errors);
    if errors.is_empty() { Ok(location) } else { Err(errors) }
}

fn err(errors: &mut Vec<ConfigError>, file: &Path, line: u64, column: u64, message: impl Into<String>) {
    errors.push(ConfigError {
        file: file.to_owned(),
        line,
        column,
        message: message.into(),
    });
}

type Defs<T> = Vec<(PathBuf, String, schema::Located<T>)>;

/// Gathers named definitions across files; a name defined again is an error where it repeats.
fn collect_unique<T>(
    kind: &str,
    file: &Path,
    defs: std::collections::BTreeMap<String, schema::Located<T>>,
    seen: &mut HashMap<String, PathBuf>,
    out: &mut Defs<T>,
    errors: &mut Vec<ConfigError>,
) {
    for (name, def) in defs {
        if let Some(first) = seen.insert(name.clone(), file.to_owned()) {
            let message = format!("{kind} `{name}` is already defined in {}", first.display());
            err(errors, file, def.line, def.column, message);
            continue;
        }
        out.push((file.to_owned(), name, def));
    }
}

fn compile(
    files: Vec<(PathBuf, ConfigFile)>,
    sources: Vec<PathBuf>,
    previous: Option<&Snapshot>,
    errors: &mut Vec<ConfigError>,
) -> Option<Snapshot> {
    let mut server = None;
    let mut timeouts = None;
    let mut provider_defs = Vec::new();
    let mut model_defs = Vec::new();
    let mut seen_providers: HashMap<String, PathBuf> = HashMap::new();
    let mut seen_models: HashMap<String, PathBuf> = HashMap::new();
    let mut store_cfg = None;
    let mut auth_cfg = None;
    let mut admin_cfg = None;
    let mut usage_cfg = None;
    let mut pricing_cfg = None;
    let mut limits_cfg = None;
    let mut redis_cfg = None;
    let mut budgets_cfg = None;
    let mut alerts_cfg = None;
    let mut guards_cfg = None;

    for (file, cfg) in files {
        set_once("guards", &file, cfg.guards, &mut guards_cfg, errors);
        set_once("redis", &file, cfg.redis, &mut redis_cfg, errors);
        set_once("budgets", &file, cfg.budgets, &mut budgets_cfg, errors);
        set_once("alerts", &file, cfg.alerts, &mut alerts_cfg, errors);
        set_once("store", &file, cfg.store, &mut store_cfg, errors);
        set_once("auth", &file, cfg.auth, &mut auth_cfg, errors);
        set_once("admin", &file, cfg.admin, &mut admin_cfg, errors);
        set_once("usage", &file, cfg.usage, &mut usage_cfg, errors);
        set_once("pricing", &file, cfg.pricing, &mut pricing_cfg, errors);
        set_once("limits", &file, cfg.limits, &mut limits_cfg, errors);
        set_once("server", &file, cfg.server, &mut server, errors);
        set_once("timeouts", &file, cfg.timeouts, &mut timeouts, errors);
        collect_unique(
            "provider",
            &file,
            cfg.providers,
            &mut seen_providers,
            &mut provider_defs,
            errors,
        );
        collect_unique("model", &file, cfg.models, &mut seen_models, &mut model_defs, errors);
    }
    let server: ServerConfig = server.map(|(_, s)| s.value).unwrap_or_default();
    let default_timeouts: Timeouts = timeouts.map(|(_, t)| t.value).unwrap_or_default();
    if server.listen.parse::<std::net::SocketAddr>().is_err() {
        err(
            errors,
            sources.first().map(PathBuf::as_path).unwrap_or(Path::new("")),
            0,
            0,
            format!(
                "server.listen `{}` is not an address like 127.0.0.1:8080",
                server.listen
            ),
        );
    }

    let mut providers = HashMap::new();
    for (file, name, def) in provider_defs {
        let (line, column) = (def.line, def.column);
        let def = def.value;
        let base_url = match (&def.base_url, def.kind) {
            (Some(url), _) => {
                if !(url.value.starts_with("http://") || url.value.starts_with("https://")) {
                    err(
                        errors,
                        &file,
                        url.line,
                        url.column,
                        format!("base_url `{}` must start with http:// or https://", url.value),
                    );
                }
                url.value.trim_end_matches('/').to_owned()
            }
            (None, ProviderKind::Openai) => "https://api.openai.com/v1".to_owned(),
            (None, ProviderKind::Anthropic) => "https://api.anthropic.com".to_owned(),
            (None, ProviderKind::Gemini) => "https://generativelanguage.googleapis.com".to_owned(),
            (None, kind @ (ProviderKind::Azure | ProviderKind::OpenaiCompatible)) => {
                err(
                    errors,
                    &file,
                    line,
                    column,
                    format!("provider `{name}`: base_url is required for kind {kind:?}"),
                );
                String::new()
            }
        };
        let api_key = match &def.api_key {
            Some(key) => match secrets::resolve_secret(&key.value) {
                Ok(value) => Some(value),
                Err(message) => {
                    err(
                        errors,
                        &file,
                        key.line,
                        key.column,
                        format!("provider `{name}`: api_key: {message}"),
                    );
                    None
                }
            },
            None => {
                if matches!(
                    def.kind,
                    ProviderKind::Openai | ProviderKind::Azure | ProviderKind::Anthropic | ProviderKind::Gemini
                ) {
                    err(
                        errors,
                        &file,
                        line,
                        column,
                        format!("provider `{name}`: api_key is required for kind {:?}", def.kind),
                    );
                }
                None
            }
        };
        let mut headers = Vec::new();
        for (header, value) in &def.headers {
            match secrets::resolve_header(header, &value.value) {
                Ok(v) => headers.push((header.clone(), v)),
                Err(message) => err(
                    errors,
                    &file,
                    value.line,
                    value.column,
                    format!("provider `{name}`: header `{header}`: {message}"),
                ),
            }
        }
        if base_url.is_empty() {
            continue;
        }
        let timeouts = def.timeouts.unwrap_or(default_timeouts);
        match Provider::new(
            &name,
            def.kind,
            base_url,
            api_key,
            def.api_version.clone(),
            headers,
            timeouts,
        ) {
            Ok(provider) => {
                providers.insert(name, Arc::new(provider));
            }
            Err(message) => err(errors, &file, line, column, format!("provider `{name}`: {message}")),
        }
    }

    let catalog =
        match crate::pricing::Catalog::new(&pricing_cfg.as_ref().map(|(_, p)| p.value.clone()).unwrap_or_default()) {
            Ok(catalog) => catalog,
            Err(message) => {
                let (file, line, column) = pricing_cfg
                    .as_ref()
                    .map(|(f, p)| (f.clone(), p.line, p.column))
                    .unwrap_or_default();
                err(errors, &file, line, column, format!("pricing: {message}"));
                crate::pricing::Catalog::default()
            }
        };
    let guards = section(
        "guards",
        &guards_cfg,
        crate::guard::compile(guards_cfg.as_ref().map_or(&Default::default(), |(_, g)| &g.value)),
        errors,
    );
    let mut models = HashMap::new();
    for (file, name, def) in model_defs {
        if let Some(guard) = &def.value.guard
            && !guards.contains(guard)
        {
            err(
                errors,
                &file,
                def.line,
                def.column,
                format!("model `{name}`: guard `{guard}` is not defined under guards.policies"),
            );
        }
        if def.value.targets.is_empty() {
            err(
                errors,
                &file,
                def.line,
                def.column,
                format!("model `{name}` has no targets"),
            );
            continue;
        }
        let ctx = TargetCtx {
            providers: &providers,
            seen_providers: &seen_providers,
            catalog: &catalog,
            file: &file,
            model: &name,
            previous: previous.and_then(|p| p.models.get(&name)).map(|r| r.targets.as_slice()),
        };
        let mut targets = Vec::new();
        let nodes = compile_targets(&ctx, &def.value.targets, &mut targets, errors);
        let mut seen_targets = std::collections::HashSet::new();
        if let Some(dup) = targets.iter().find(|t| !seen_targets.insert(t.name.clone())) {
            err(
                errors,
                &file,
                def.line,
                def.column,
                format!(
                    "model `{name}`: two targets are named `{}`: give them distinct `name`s",
                    dup.name
                ),
            );
        }
        let router = match crate::routing::Router::new(def.value.routing.clone()) {
            Ok(router) => router,
            Err(message) => {
                err(
                    errors,
                    &file,
                    def.line,
                    def.column,
                    format!("model `{name}`: routing: {message}"),
                );
                continue;
            }
        };
        models.insert(
            name.clone(),
            Arc::new(ModelRoute {
                name,
                description: def.value.description.clone(),
                targets,
                nodes,
                router,
                subscription: def.value.subscription,
                owner_team: def.value.owner_team.clone(),
                guard: def.value.guard.clone(),
            }),
        );
    }
    let (store_url, store_engine) = auth::compile_store(store_cfg, &config_base(&sources), errors);
    let limit_configs = limits_cfg.as_ref().map(|(_, l)| l.value.clone()).unwrap_or_default();
    let redis_config = redis_cfg.as_ref().map(|(_, r)| r.value.clone());
    let redis = redis_cfg.as_ref().and_then(|(file, located)| {
        section_result(
            "redis",
            file,
            located,
            crate::cluster::Redis::new(&located.value).map(Arc::new),
            errors,
        )
    });
    let limiter = section(
        "limits",
        &limits_cfg,
        crate::limits::Limiter::new(&limit_configs, redis.clone()),
        errors,
    );
    let budget_configs = budgets_cfg.as_ref().map(|(_, b)| b.value.clone()).unwrap_or_default();
    let budgets = section(
        "budgets",
        &budgets_cfg,
        crate::budgets::Budgets::new(&budget_configs, redis.clone()),
        errors,
    );
    let alerts_config = alerts_cfg.as_ref().map(|(_, a)| a.value.clone());
    let alerter = section(
        "alerts",
        &alerts_cfg,
        crate::alerts::Alerter::new(alerts_config.as_ref()),
        errors,
    );
    let auth = auth::compile(auth_cfg, admin_cfg, &models, errors);
    if !errors.is_empty() {
        return None;
    }
    let mut model_names: Vec<String> = models.keys().cloned().collect();
    model_names.sort();
    Some(Snapshot {
        server,
        models,
        model_names,
        providers,
        sources,
        auth,
        store_url,
        store_engine,
        usage: usage_cfg.map(|(_, u)| u.value).unwrap_or_default(),
        limit_configs,
        limiter,
        redis_config,
        redis,
        budget_configs,
        budgets,
        alerts_config,
        alerter,
        guards,
    })
}

/// What compiling a model's targets needs.
struct TargetCtx<'a> {
    providers: &'a HashMap<String, Arc<Provider>>,
    seen_providers: &'a HashMap<String, PathBuf>,
    catalog: &'a crate::pricing::Catalog,
    file: &'a Path,
    model: &'a str,
    /// This model's targets before a reload, whose health unchanged targets keep.
    previous: Option<&'a [Arc<Target>]>,
}

/// Compiles a list of targets (recursing into groups); every provider target is
/// also pushed to `leaves`.
fn compile_targets(
    ctx: &TargetCtx<'_>,
    entries: &[schema::Located<schema::TargetConfig>],
    leaves: &mut Vec<Arc<Target>>,
    errors: &mut Vec<ConfigError>,
) -> Vec<crate::routing::Node> {
    let name = ctx.model;
    let mut nodes = Vec::new();
    for target in entries {
        let at = |errors: &mut Vec<ConfigError>, message: String| {
            err(
                errors,
                ctx.file,
                target.line,
                target.column,
                format!("model `{name}`: {message}"),
            )
        };
        let cfg = &target.value;
        if !cfg.targets.is_empty() || cfg.routing.is_some() {
            // A group.
            if cfg.provider.is_some() || cfg.model.is_some() {
                at(
                    errors,
                    "a target is either a group (`targets`) or a provider target (`provider`, `model`), not both"
                        .to_owned(),
                );
                continue;
            }
            let Some(group_name) = cfg.name.clone() else {
                at(errors, "a group needs a `name`".to_owned());
                continue;
            };
            if cfg.targets.is_empty() {
                at(errors, format!("group `{group_name}` has no targets"));
                continue;
            }
            let router = match crate::routing::Router::new(cfg.routing.clone().unwrap_or_default()) {
                Ok(router) => router,
                Err(message) => {
                    at(errors, format!("group `{group_name}`: routing: {message}"));
                    continue;
                }
            };
            let children = compile_targets(ctx, &cfg.targets, leaves, errors);
            nodes.push(crate::routing::Node::Group(Arc::new(crate::routing::Group {
                name: group_name,
                weight: cfg.weight,
                router,
                nodes: children,
            })));
            continue;
        }
        let (Some(provider_ref), Some(model)) = (&cfg.provider, &cfg.model) else {
            at(
                errors,
                "a target needs `provider` and `model` (or `targets`, for a group)".to_owned(),
            );
            continue;
        };
        let Some(provider) = ctx.providers.get(&provider_ref.value) else {
            if ctx.seen_providers.contains_key(&provider_ref.value) {
                continue; // the provider itself had errors, already reported
            }
            let mut known: Vec<&String> = ctx.seen_providers.keys().collect();
            known.sort();
            err(
                errors,
                ctx.file,
                provider_ref.line,
                provider_ref.column,
                format!(
                    "model `{name}`: unknown provider `{}` (known: {})",
                    provider_ref.value,
                    known.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
            );
            continue;
        };
        if let Some(bad) = cfg
            .params
            .keys()
            .find(|k| matches!(k.as_str(), "model" | "stream" | "messages"))
        {
            at(errors, format!("params cannot override `{bad}`"));
            continue;
        }
        let price = match &cfg.price {
            Some(price) => crate::pricing::Price::compile(price).map(|p| Some(Arc::new(p))),
            None => {
                let priced_as = cfg.price_as.as_deref().unwrap_or(model);
                match ctx.catalog.lookup(priced_as) {
                    Some(price) => Ok(Some(price)),
                    None if cfg.price_as.is_some() => {
                        Err(format!("price_as `{priced_as}` is not in the price catalog"))
                    }
                    None => Ok(None),
                }
            }
        };
        let price = match price {
            Ok(price) => price,
            Err(message) => {
                at(errors, message);
                continue;
            }
        };
        match Target::new(provider.clone(), cfg, model) {
            Ok(mut compiled) => {
                compiled.price = price;
                let same = ctx.previous.unwrap_or_default().iter().find(|t| {
                    t.name == compiled.name
                        && t.provider.name == compiled.provider.name
                        && t.upstream_model == compiled.upstream_model
                });
                if let Some(old) = same {
                    compiled.health = old.health.clone();
                }
                let compiled = Arc::new(compiled);
                leaves.push(compiled.clone());
                nodes.push(crate::routing::Node::Leaf(compiled));
            }
            Err(message) => at(errors, message),
        }
    }
    nodes
}

/// A compiled section, or its error reported at the section's place (and a default).
fn section<T: Default, C>(
    name: &str,
    located: &Option<(PathBuf, schema::Located<C>)>,
    result: Result<T, String>,
    errors: &mut Vec<ConfigError>,
) -> Arc<T> {
    let compiled = match located {
        Some((file, located)) => section_result(name, file, located, result, errors),
        None => result.ok(),
    };
    Arc::new(compiled.unwrap_or_default())
}

fn section_result<T, C>(
    name: &str,
    file: &Path,
    located: &schema::Located<C>,
    result: Result<T, String>,
    errors: &mut Vec<ConfigError>,
) -> Option<T> {
    result
        .map_err(|message| err(errors, file, located.line, located.column, format!("{name}: {message}")))
        .ok()
}

/// Takes a section that may appear in one file only.
fn set_once<T>(
    name: &str,
    file: &Path,
    value: Option<schema::Located<T>>,
    slot: &mut Option<(PathBuf, schema::Located<T>)>,
    errors: &mut Vec<ConfigError>,
) {
    let Some(value) = value else { return };
    match slot {
        Some((first, _)) => err(
            errors,
            file,
            value.line,
            value.column,
            format!("`{name}` is already set in {}", first.display()),
        ),
        None => *slot = Some((file.to_owned(), value)),
    }
}

/// The JSON Schema of a config file, for editors and CI.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ConfigFile)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// A fresh directory, removed again when the guard drops.
    struct TempDir(PathBuf);

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    impl std::ops::Deref for TempDir {
        type Target = Path;
        fn deref(&self) -> &Path {
            &self.0
        }
    }

    fn tempdir(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("gantry-config-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    #[test]
    fn loads_a_valid_file_with_env_secrets() {
        let dir = tempdir("valid");
        // SAFETY-free: tests in this module use distinct variable names.
        let key_file = write(&dir, "key.txt", "sk-from-file\n");
        let path = write(
            &dir,
            "gantry.yaml",
            &format!(
                r#"
server:
  listen: 127.0.0.1:9999
providers:
  oa:
    kind: openai
    api_key: ${{file:{}}}
  local:
    kind: openai_compatible
    base_url: http://127.0.0.1:11434/v1/
models:
  fast:
    targets:
      - provider: oa
        model: gpt-4o-mini
        params: {{temperature: 0.1}}
  llama:
    targets: [{{provider: local, model: llama3}}]
"#,
                key_file.display()
            ),
        );
        let snap = load(&path).unwrap();
        assert_eq!(snap.server.listen, "127.0.0.1:9999");
        assert_eq!(snap.model_names, vec!["fast", "llama"]);
        let target = &snap.models["fast"].targets[0];
        assert_eq!(target.upstream_model, "gpt-4o-mini");
        assert_eq!(snap.providers["local"].base_url, "http://127.0.0.1:11434/v1");
    }

    #[test]
    fn reports_every_error_with_file_line_and_column() {
        let dir = tempdir("errors");
        let path = write(
            &dir,
            "bad.yaml",
            r#"providers:
  oa:
    kind: openai
    api_key: sk-literal-key-1234567890
  az:
    kind: azure
    api_key: ${env:GANTRY_TEST_SURELY_UNSET_VAR}
models:
  m:
    targets:
      - provider: nope
        model: x
"#,
        );
        let errors = load(&path).unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 4, "{text:#?}");
        assert!(
            text.iter()
                .any(|e| e.contains("bad.yaml:4:14: provider `oa`: api_key: looks like a literal secret")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|e| e.contains("bad.yaml:6:5:") && e.contains("base_url is required")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|e| e.contains("bad.yaml:7:14:") && e.contains("GANTRY_TEST_SURELY_UNSET_VAR")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|e| e.contains("bad.yaml:11:19: model `m`: unknown provider `nope`")),
            "{text:#?}"
        );
    }

    #[test]
    fn auth_admin_and_pricing_mistakes_are_located() {
        let dir = tempdir("auth");
        let path = write(
            &dir,
            "a.yaml",
            r#"providers:
  p: {kind: openai_compatible, base_url: "http://127.0.0.1:1/v1"}
models:
  m:
    targets: [{provider: p, model: x, price_as: no-such-model}]
  n:
    targets: [{provider: p, model: gpt-4o-mini-2024-07-18}]
auth:
  keys:
    - {id: k, team: t, sha256: not-hex}
  jwt:
    - {issuer: nobody, team: t}
admin:
  listen: nowhere
  tokens:
    - {name: a, role: developer, sha256: 0000000000000000000000000000000000000000000000000000000000000000}
  jwt:
    - {issuer: nobody, role: org_admin}
"#,
        );
        let errors = load(&path).unwrap_err();
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        for expected in [
            "a.yaml:5:15: model `m`: price_as `no-such-model` is not in the price catalog",
            "a.yaml:10:32: key `k`: sha256 must be 64 hex characters",
            "a.yaml:12:7: auth.jwt: unknown issuer `nobody`",
            "admin.listen `nowhere` is not an address",
            "admin token `a`: role developer needs a `team`",
            "admin.jwt: unknown issuer `nobody`",
        ] {
            assert!(
                text.iter().any(|e| e.contains(expected)),
                "missing {expected:?} in {text:#?}"
            );
        }
        assert_eq!(errors.len(), 6, "{text:#?}");
    }

    #[test]
    fn syntax_and_unknown_fields_are_located() {
        let dir = tempdir("syntax");
        let path = write(&dir, "s.yaml", "providers:\n  oa:\n    kind: openai\n    api_kee: x\n");
        let errors = load(&path).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (4, 5), "{}", errors[0]);
        assert!(errors[0].message.contains("api_kee"), "{}", errors[0]);
        let path = write(&dir, "t.yaml", "models: [unclosed\n");
        let errors = load(&path).unwrap_err();
        assert!(errors[0].line >= 1, "{}", errors[0]);
    }

    #[test]
    fn directory_files_merge_and_duplicates_are_errors() {
        let dir = tempdir("dir");
        write(
            &dir,
            "a.yaml",
            "providers:\n  local:\n    kind: openai_compatible\n    base_url: http://127.0.0.1:1\n",
        );
        write(
            &dir,
            "b.yml",
            "models:\n  m:\n    targets: [{provider: local, model: x}]\n",
        );
        write(&dir, "ignored.txt", "not yaml");
        let snap = load(&dir).unwrap();
        assert_eq!(snap.model_names, vec!["m"]);
        write(
            &dir,
            "c.yaml",
            "providers:\n  local:\n    kind: openai_compatible\n    base_url: http://127.0.0.1:2\n",
        );
        let errors = load(&dir).unwrap_err();
        assert!(
            errors[0]
                .to_string()
                .contains("c.yaml:3:5: provider `local` is already defined in"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn schema_describes_the_file() {
        let schema = json_schema();
        assert!(schema["properties"]["providers"].is_object());
        assert!(schema.to_string().contains("openai_compatible"));
    }
}
