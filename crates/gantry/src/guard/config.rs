//! The `guards` config section, as operators write it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

/// Guard policies and which calls they apply to. The most specific wins: the
/// caller's key, then app, then team (a policy set on them through the admin
/// API first, then `keys`/`teams` here), then the model's `guard`, then `default`.
/// The name `none` means "no guard".
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GuardsConfig {
    /// Named policies.
    #[serde(default)]
    pub policies: BTreeMap<String, GuardPolicyConfig>,
    /// The policy of every call nothing more specific names.
    #[serde(default)]
    pub default: Option<String>,
    /// Policies by team name.
    #[serde(default)]
    pub teams: BTreeMap<String, String>,
    /// Policies by key id (config or store keys).
    #[serde(default)]
    pub keys: BTreeMap<String, String>,
}

/// One guard policy: what is checked in requests and answers, and what happens.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GuardPolicyConfig {
    /// Personal data and secrets in requests (and, with `pii.answers`, in answers).
    #[serde(default)]
    pub pii: Option<PiiConfig>,
    /// Prompt-injection and jailbreak scoring of requests.
    #[serde(default)]
    pub injection: Option<InjectionConfig>,
    /// Rules applied to answers.
    #[serde(default)]
    pub moderation: Option<ModerationConfig>,
    /// Return the verdict in an `x-gantry-guard` response header.
    #[serde(default)]
    pub header: bool,
    /// While answers are checked, this many bytes of each streamed text are held
    /// back, so that a value or phrase up to this long that spans two chunks is
    /// caught before any of it is sent.
    #[serde(default = "default_window")]
    pub window_bytes: usize,
}

fn default_window() -> usize {
    64
}

/// `block`, `redact`, `mask` or `log`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntityAction {
    /// Refuse the call with 400 `pii_detected`, naming the types found.
    Block,
    /// Replace the value with its type (`[EMAIL]`) before the provider sees it.
    Redact,
    /// Replace it with a placeholder (`[EMAIL_1]`) upstream and put the
    /// original back in the answer.
    Mask,
    /// Only record it.
    Log,
}

impl EntityAction {
    pub fn to_guard(self) -> gantry_guard::Action {
        match self {
            EntityAction::Block => gantry_guard::Action::Block,
            EntityAction::Redact => gantry_guard::Action::Redact,
            EntityAction::Mask => gantry_guard::Action::Mask,
            EntityAction::Log => gantry_guard::Action::Log,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PiiConfig {
    /// Action per built-in entity type: EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN,
    /// IP_ADDRESS, MAC_ADDRESS, DATE_OF_BIRTH, PASSPORT, NATIONAL_ID,
    /// URL_CREDENTIALS, SECRET.
    #[serde(default)]
    pub entities: BTreeMap<String, EntityAction>,
    /// The action of every built-in type `entities` does not list (absent: those
    /// types are not looked for).
    #[serde(default)]
    pub default: Option<EntityAction>,
    /// Your own entity types.
    #[serde(default)]
    pub custom: Vec<CustomEntityConfig>,
    /// Values never reported (e.g. your support address).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regexes; a value that matches one whole is never reported.
    #[serde(default)]
    pub allow_patterns: Vec<String>,
    /// Types (built-in or custom) to look for in answers, with their action
    /// there: `block` replaces the answer (or ends the stream), `redact` (and
    /// `mask`) replace the value with its type, `log` records it.
    #[serde(default)]
    pub answers: BTreeMap<String, EntityAction>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomEntityConfig {
    /// Upper-case name, e.g. `EMPLOYEE_ID` (placeholders: `[EMPLOYEE_ID_1]`).
    pub name: String,
    /// A regex (the `regex` crate's syntax) for the whole value.
    pub pattern: String,
    /// A checksum matches must pass: `luhn`, `iban` or `us_ssn`.
    #[serde(default)]
    pub validator: Option<String>,
    pub action: EntityAction,
}

/// Where in a request the injection detector looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InjectionSource {
    /// User messages (and legacy `prompt`).
    User,
    /// System and developer messages.
    System,
    /// Tool results sent back to the model (indirect injection).
    ToolResults,
    /// Documents attached to messages (Anthropic `document` blocks).
    Documents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlockOrFlag {
    /// Refuse (requests: 400; answers: replaced, or the stream ends with an error event).
    #[default]
    Block,
    /// Only record it.
    Flag,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InjectionConfig {
    /// Score (0–1) from which a text counts as an attack.
    #[serde(default = "default_threshold")]
    pub threshold: f32,
    #[serde(default)]
    pub action: BlockOrFlag,
    /// What is scored (default: user messages only).
    #[serde(default = "default_sources")]
    pub scan: Vec<InjectionSource>,
    /// Also run the learned classifier that ships with Gantry: it decides,
    /// with the rules' score as one of its inputs. Catches more paraphrased
    /// and non-English attacks, at some extra cost per text; see docs.
    #[serde(default)]
    pub classifier: bool,
}

fn default_threshold() -> f32 {
    0.5
}

fn default_sources() -> Vec<InjectionSource> {
    vec![InjectionSource::User]
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationConfig {
    #[serde(default)]
    pub action: BlockOrFlag,
    /// What the client gets instead of a blocked answer.
    #[serde(default = "default_message")]
    pub message: String,
    pub rules: Vec<ModerationRuleConfig>,
}

fn default_message() -> String {
    "The answer was withheld by this gateway's content policy.".to_owned()
}

/// A deny-list (`words`) or a `pattern`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationRuleConfig {
    /// Names the rule in verdicts and metrics.
    pub id: String,
    /// A category for reports (e.g. `brand`, `violence`).
    #[serde(default = "default_category")]
    pub category: String,
    /// Words or phrases, matched whole and in any case.
    #[serde(default)]
    pub words: Vec<String>,
    /// A regex (the `regex` crate's syntax).
    #[serde(default)]
    pub pattern: Option<String>,
}

fn default_category() -> String {
    "custom".to_owned()
}
