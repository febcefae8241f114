//! Prompt-injection and jailbreak scoring by rules: the text is normalised
//! (invisible characters dropped, tag-character smuggling decoded, homoglyphs
//! folded, letter spacing joined), encoded payloads (base64, hex, ROT13,
//! reversed) are decoded and scanned too, and weighted signals add up to a
//! score in [0, 1]. A model-based classifier can later sit behind the same
//! [`InjectionScore`] shape.

use regex::Regex;

/// A text's injection score and the rules that fired (ids, never the text).
#[derive(Debug, Clone, PartialEq)]
pub struct InjectionScore {
    pub score: f32,
    pub rules: Vec<&'static str>,
}

struct Rule {
    id: &'static str,
    weight: f32,
    regex: Regex,
}

pub struct InjectionDetector {
    rules: Vec<Rule>,
    /// Signs that the text talks *about* an injection (a quote, a translation, a
    /// question about security) rather than attempting one.
    discussion: Vec<Rule>,
    base64: Option<Regex>,
    hex: Option<Regex>,
}

impl std::fmt::Debug for InjectionDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InjectionDetector")
            .field("rules", &self.rules.len())
            .finish()
    }
}

impl Default for InjectionDetector {
    fn default() -> Self {
        Self::new()
    }
}

const OBJECT: &str = r"(?:instructions?|rules|guidelines|guardrails|directives|prompts?|restrictions|constraints|programming|directions|system prompt|safety (?:rules|guidelines|filters))";

fn rules(specs: &[(&'static str, f32, &str)]) -> Vec<Rule> {
    specs
        .iter()
        .filter_map(|(id, weight, pattern)| {
            Regex::new(&format!("(?i){pattern}")).ok().map(|regex| Rule {
                id,
                weight: *weight,
                regex,
            })
        })
        .collect()
}

impl InjectionDetector {
    pub fn new() -> InjectionDetector {
        let override_en = format!(
            r"\b(?:ignore|disregard|forget|skip|override|bypass|drop|abandon)\b[^.\n]{{0,40}}?\b(?:all|any|every|the|your|previous|prior|above|earlier|preceding|initial|original|existing|old)\b[^.\n]{{0,30}}?\b{OBJECT}"
        );
        let specs: Vec<(&'static str, f32, String)> = vec![
            ("override", 0.7, override_en),
            ("new_instructions", 0.5, r"\b(?:new|updated|real|actual|true) (?:instructions|rules|policy|task|directive|system prompt)\s*[:\-—]".into()),
            ("from_now_on_unrestricted", 0.6, r"\b(?:from now on|starting now|henceforth)\b[^.\n]{0,80}\b(?:no|without|any|every|all)\b[^.\n]{0,30}\b(?:filter|restriction|rule|limit|censor|refus)".into()),
            ("no_restrictions", 0.5, r"\b(?:no|without any|without|free of|free from|zero)\s+(?:rules|restrictions|filters|limits|limitations|censorship|guidelines|guardrails|content polic(?:y|ies)|ethical (?:guidelines|constraints))\b".into()),
            ("mode_switch", 0.6, r"\b(?:developer|dev|god|jailbreak|unrestricted|uncensored|debug|admin|sudo|dan|evil|unfiltered)\s+mode\b".into()),
            ("dan", 0.7, r"\b(?:do anything now|DAN\b|stay in character|jailbroken|jailbreak(?:ed)? version|anti-?dan|STAN\b|DUDE\b)".into()),
            ("pretend_unrestricted", 0.6, r"\b(?:pretend|imagine|act as if|act like|you are now|you're now|roleplay as|play the role of)\b[^.\n]{0,60}\b(?:no|without|never|any|free|unrestricted|uncensored|unfiltered|evil)\b[^.\n]{0,30}\b(?:rules|restrictions|filters|limits|guidelines|ethic|moral|refus|censor)".into()),
            ("guardrails_off", 0.6, r"\b(?:guardrails|safety|filters?|restrictions|content policy)\b[^.\n]{0,20}\b(?:are|is|have been|were)?\s*(?:off|disabled|removed|lifted|turned off|deactivated|suspended)\b".into()),
            ("exfil_prompt", 0.7, r"\b(?:print|reveal|show|repeat|output|display|disclose|leak|dump|tell me|give me|share|write out|recite|return|what (?:is|are|was|were))\b[^.\n?]{0,40}\b(?:system prompt|initial prompt|hidden prompt|original prompt|your prompt|your instructions|the instructions you were given|instructions you were given|your (?:initial|original|hidden|secret|system) (?:instructions|message|rules)|developer message|pre-?prompt)".into()),
            ("exfil_above", 0.7, r"\b(?:repeat|print|output|copy|reproduce|translate|summari[sz]e|spell out)\b[^.\n]{0,30}\b(?:the )?(?:text|words|everything|content|message|lines?|instructions?) (?:above|before this|preceding)".into()),
            ("exfil_verbatim", 0.4, r"\b(?:verbatim|word for word|wortwörtlich|mot pour mot|palabra por palabra)\b".into()),
            ("fake_role_tag", 0.6, r"</?\s*(?:system|assistant|sys|admin|developer)\s*>|<\|im_start\|>\s*system|<\|(?:system|start_header_id)\|>|\[/?INST\]|<<\s*SYS\s*>>|\[SYSTEM\]|\[ADMIN\]|\bsystem override\b".into()),
            ("fake_header", 0.5, r"(?m)^\s*(?:#{2,}|-{3,}|={3,}|\*{2,})\s*(?:system|admin|developer|new instructions|end of (?:user )?input)\b".into()),
            ("end_of_input", 0.6, r"\[?\b(?:end of (?:user )?(?:input|prompt|message|conversation)|begin (?:system|admin) (?:prompt|message|instructions))\b\]?".into()),
            ("addressed_to_ai", 0.6, r"\b(?:note to|message to|attention|instructions? (?:for|to))\s+(?:any |all |the )?(?:ai|assistant|llm|language model|chatbot|gpt|claude|model|agent)s?\b|\b(?:ai|assistant|llm|model|agent) (?:instruction|note|directive|override)s?\s*:|\bif you are an? (?:ai|language model|llm|assistant)\b|\bhey (?:ai|assistant|chatgpt|claude)\b".into()),
            ("tool_abuse", 0.4, r"\b(?:forward|send|email|upload|exfiltrate|post)\b[^.\n]{0,40}\b(?:all|every|the)\b[^.\n]{0,30}\b(?:emails?|files?|documents?|credentials?|passwords?|api keys?|secrets?|conversation|chat history|user data)\b[^.\n]{0,40}\b(?:to|at)\b".into()),
            ("decode_and_follow", 0.6, r"\b(?:decode|decrypt|translate|reverse|read)\b[^.\n]{0,60}\b(?:and|then)\b[^.\n]{0,20}\b(?:follow|execute|obey|do|run|comply|carry out|act on)\b|\b(?:execute|follow|obey|run)\b[^.\n]{0,30}\b(?:base64|hex|rot13|encoded|decoded)\b".into()),
            ("secrets_ask", 0.3, r"\b(?:admin(?:istrator)? password|root password|api keys?|internal notes|confidential (?:data|information)|credentials)\b".into()),
            ("harm_ask", 0.2, r"\b(?:phishing|malware|ransomware|keylogger|hotwire|make (?:a )?bomb|meth|exploit code|steal)\b".into()),
            // Other languages.
            ("override_de", 0.7, r"\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte|übergehe)\b[^.\n]{0,40}\b(?:anweisungen|regeln|vorgaben|richtlinien|instruktionen|befehle|systemprompt)".into()),
            ("override_fr", 0.7, r"\b(?:ignore[rz]?|oublie[rz]?|ne tiens pas compte)\b[^.\n]{0,40}\b(?:instructions|règles|consignes|directives)".into()),
            ("override_es_pt", 0.7, r"\b(?:ignora|ignore|ignorar|olvida|olvide|esquece|esqueça|desconsidere)\b[^.\n]{0,40}\b(?:instrucciones|reglas|instruções|regras|indicaciones|directrices)".into()),
            ("override_it", 0.7, r"\b(?:ignora|dimentica|trascura)\b[^.\n]{0,40}\b(?:istruzioni|regole|direttive)".into()),
            ("override_nl_pl_tr", 0.7, r"\b(?:negeer|vergeet|zignoruj|zapomnij|yok say|görmezden gel|unut)\b[^.\n]{0,40}\b(?:instructies|regels|instrukcje|zasady|polecenia|talimatlar\w*|kurallar\w*)|\b(?:talimatlar\w*|kurallar\w*)\b[^.\n]{0,30}\b(?:yok say|görmezden gel|unut)".into()),
            ("override_ru", 0.7, r"(?:игнорируй|игнорировать|забудь|забудьте|проигнорируй|не обращай внимания)[^.\n]{0,40}(?:инструкци|правил|указани|ограничени)".into()),
            ("override_cjk", 0.7, r"(?:忽略|无视|忘记|忘掉|無視|忘れ|무시)[^。\n]{0,20}(?:指令|指示|说明|規則|规则|命令|지시|규칙|プロンプト|提示)|(?:指令|指示|说明|规则|命令|지시|규칙)[^。\n]{0,20}(?:忽略|无视|無視|무시)".into()),
            ("exfil_multi", 0.6, r"(?:systemprompt|system-prompt|prompt système|prompt del sistema|prompt di sistema|prompt do sistema|системн\w* (?:промпт|подсказ|инструкц)|系统提示|系統提示|システムプロンプト|시스템 프롬프트|zeige mir deine[^.\n]{0,20}anweisungen|affiche[^.\n]{0,20}instructions)".into()),
            ("unrestricted_multi", 0.5, r"(?:ohne (?:jede |alle )?(?:einschränkung|regeln|filter|zensur)|sans (?:aucune )?(?:restriction|règle|filtre|censure)|sin (?:ninguna )?(?:restricción|restricciones|regla|filtro|censura)|senza (?:alcuna )?(?:restrizion|regol|filtr|censura)|sem (?:nenhuma )?(?:restrição|restrições|regra|filtro)|без (?:каких-либо )?(?:ограничени|правил|фильтр|цензур)|没有(?:任何)?(?:限制|规则|过滤)|制限なし|制限のない|제한 없)".into()),
        ];
        let rules = specs
            .into_iter()
            .filter_map(|(id, weight, pattern)| {
                Regex::new(&format!("(?i){pattern}"))
                    .ok()
                    .map(|regex| Rule { id, weight, regex })
            })
            .collect();
        let discussion = self::rules(&[
            (
                "quoted",
                0.5,
                r#"['"‘“«„][^'"’”»“\n]{0,80}\b(?:ignore|disregard|forget|ignoriere|vergiss|oublie|ignora)\b[^'"’”»“\n]{0,80}['"’”»“]"#,
            ),
            (
                "translate",
                0.4,
                r"\b(?:translate|how do (?:you|i) say|what does .{0,40} mean|übersetze|traduis|traduce|traduci)\b",
            ),
            (
                "about_injection",
                0.5,
                r"\b(?:prompt injection|jailbreak(?:ing)? (?:an? )?(?:iphone|ps\d|console|android|phone|device)|what is (?:a )?(?:prompt injection|jailbreak)|explain (?:what )?(?:prompt injection|jailbreak)|owasp|red[- ]team|defend against|protect (?:my|our|against)|mitigat)",
            ),
            (
                "own_message",
                0.6,
                r"\b(?:ignore|forget|disregard|ignoriere|vergiss|ignora|oublie)\b[^.\n]{0,20}\b(?:my|mein\w*|mes|mis|i miei|le mie)\b[^.\n]{0,20}\b(?:previous|last|earlier|vorherige\w*|letzte\w*|précédent\w*|anterior\w*|precedent\w*)?\s*(?:email|e-mail|message|mail|nachricht|messages?|mensaje|messaggio|request|question|answer|draft|text)",
            ),
            (
                "in_fiction",
                0.3,
                r"\b(?:in the (?:movie|film|book|story|novel|show|game)|a character|the hacker types|meme)\b",
            ),
            (
                "prompt_engineering",
                0.4,
                r"\b(?:how (?:do|can|should) i (?:write|improve|structure|design)|best way to (?:write|tell|instruct)|write a (?:good |better )?system prompt|my system prompt|improve (?:my|this) (?:system )?prompt)\b",
            ),
        ]);
        InjectionDetector {
            rules,
            discussion,
            base64: Regex::new(r"[A-Za-z0-9+/]{16,}={0,2}").ok(),
            hex: Regex::new(r"\b(?:[0-9a-fA-F]{2}[ :]?){12,}\b").ok(),
        }
    }

    /// Scores `text`: 0 (nothing suspicious) to 1.
    pub fn score(&self, text: &str) -> InjectionScore {
        let mut fired: Vec<(&'static str, f32)> = Vec::new();
        let (normalized, smuggled, invisible) = normalize(text);
        if smuggled.is_some() {
            fired.push(("tag_smuggling", 0.8));
        }
        let mut views = vec![normalized.clone()];
        if let Some(hidden) = smuggled {
            views.push(hidden);
        }
        // Encoded payloads: decoded text that itself scores counts as an attack.
        let mut decoded = Vec::new();
        for m in self.base64.iter().flat_map(|r| r.find_iter(&normalized)) {
            if let Some(plain) = decode_base64(m.as_str()) {
                decoded.push(plain);
            }
        }
        for m in self.hex.iter().flat_map(|r| r.find_iter(&normalized)) {
            if let Some(plain) = decode_hex(m.as_str()) {
                decoded.push(plain);
            }
        }
        decoded.push(rot13(&normalized));
        decoded.push(normalized.chars().rev().collect());
        decoded.push(unleet(&normalized));
        decoded.push(despace(&normalized));
        let mut best_decoded = 0.0f32;
        for plain in &decoded {
            let (score, _) = self.raw(plain);
            best_decoded = best_decoded.max(score);
        }
        for view in &views {
            for rule in &self.rules {
                if rule.regex.is_match(view) && !fired.iter().any(|(id, _)| *id == rule.id) {
                    fired.push((rule.id, rule.weight));
                }
            }
        }
        if best_decoded >= 0.5 {
            fired.push(("encoded_payload", 0.7));
        }
        if invisible && fired.iter().any(|(_, w)| *w >= 0.5) {
            fired.push(("invisible_chars", 0.3));
        }
        let mut score: f32 = fired.iter().map(|(_, w)| w).sum();
        // Talking about an injection is not making one: discount, unless the
        // text also uses the attacker's tools (encodings, smuggling, fake tags).
        let tooling = fired.iter().any(|(id, _)| {
            matches!(
                *id,
                "tag_smuggling" | "encoded_payload" | "fake_role_tag" | "end_of_input" | "addressed_to_ai"
            )
        });
        if !tooling {
            for rule in &self.discussion {
                if rule.regex.is_match(&normalized) {
                    score -= rule.weight;
                    fired.push((rule.id, -rule.weight));
                }
            }
        }
        InjectionScore {
            score: score.clamp(0.0, 1.0),
            rules: fired.into_iter().map(|(id, _)| id).collect(),
        }
    }

    /// The plain rule score of an already decoded text.
    fn raw(&self, text: &str) -> (f32, usize) {
        let mut score = 0.0;
        let mut n = 0;
        for rule in &self.rules {
            if rule.regex.is_match(text) {
                score += rule.weight;
                n += 1;
            }
        }
        (score, n)
    }
}

/// Drops invisible characters, decodes Unicode tag characters (returned apart),
/// folds Cyrillic/Greek look-alikes to Latin and joins `l e t t e r` spacing.
/// Returns (normalized, smuggled tag text, whether invisible characters were present).
fn normalize(text: &str) -> (String, Option<String>, bool) {
    let mut out = String::with_capacity(text.len());
    let mut tags = String::new();
    let mut invisible = false;
    for c in text.chars() {
        let code = u32::from(c);
        match code {
            0xE0020..=0xE007E => tags.push(char::from_u32(code - 0xE0000).unwrap_or(' ')),
            0xE0000..=0xE007F => {}
            0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0x00AD | 0x180E => invisible = true,
            _ => out.push(fold(c)),
        }
    }
    let smuggled = (tags.trim().len() >= 8).then_some(tags);
    (out, smuggled, invisible)
}

/// Cyrillic and Greek letters that look like Latin ones.
fn fold(c: char) -> char {
    match c {
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ѕ' => 's',
        'ј' => 'j',
        'ԁ' => 'd',
        'А' => 'A',
        'Е' => 'E',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'Н' => 'H',
        'К' => 'K',
        'М' => 'M',
        'В' => 'B',
        'ο' => 'o',
        'α' => 'a',
        'ε' => 'e',
        'ι' => 'i',
        'ν' => 'v',
        'τ' => 't',
        _ => c,
    }
}

fn decode_base64(s: &str) -> Option<String> {
    let bytes: Vec<u8> = s.bytes().filter(|b| *b != b'=').collect();
    let value = |b: u8| -> Option<u32> {
        Some(u32::from(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            n |= value(*b)? << (18 - 6 * i);
        }
        let len = chunk.len() * 6 / 8;
        for i in 0..len {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    let text = String::from_utf8(out).ok()?;
    let printable = text.chars().filter(|c| c.is_alphabetic() || *c == ' ').count();
    (printable * 10 >= text.chars().count() * 8).then_some(text)
}

fn decode_hex(s: &str) -> Option<String> {
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_hexdigit).collect();
    let bytes: Vec<u8> = digits
        .chunks(2)
        .filter_map(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
        })
        .collect();
    let text = String::from_utf8(bytes).ok()?;
    let printable = text.chars().filter(|c| c.is_alphabetic() || *c == ' ').count();
    (printable * 10 >= text.chars().count() * 8).then_some(text)
}

fn rot13(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a') + 13) % 26 + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A') + 13) % 26 + b'A') as char,
            _ => c,
        })
        .collect()
}

fn unleet(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | '!' | '|' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            _ => c,
        })
        .collect()
}

/// Joins single letters separated by single spaces or dots (`i g n o r e`).
fn despace(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let spaced = |j: usize| {
            j + 2 < chars.len()
                && chars[j].is_alphabetic()
                && matches!(chars[j + 1], ' ' | '.' | '-' | '_')
                && chars[j + 2].is_alphabetic()
                && (j + 3 >= chars.len() || !chars[j + 3].is_alphabetic())
        };
        if spaced(i) && (i == 0 || !chars[i - 1].is_alphabetic()) {
            out.push(c);
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}
