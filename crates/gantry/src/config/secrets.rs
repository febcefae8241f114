//! `${env:NAME}` and `${file:PATH}` references, resolved once at load.
//! Literal secrets in config are refused: config files live in Git.

/// Expands every `${env:…}`/`${file:…}` reference in `text`.
pub fn expand(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            return Err("unterminated `${` reference".to_owned());
        };
        let reference = &after[..end];
        let value = match reference.split_once(':') {
            Some(("env", name)) => {
                std::env::var(name).map_err(|_| format!("environment variable `{name}` is not set"))?
            }
            Some(("file", path)) => std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read secret file `{path}`: {e}"))?
                .trim_end_matches(['\n', '\r'])
                .to_owned(),
            _ => {
                return Err(format!(
                    "unknown reference `${{{reference}}}`: use ${{env:NAME}} or ${{file:PATH}}"
                ));
            }
        };
        out.push_str(&value);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Resolves an `api_key`: it must be a reference, never a literal.
pub fn resolve_secret(text: &str) -> Result<String, String> {
    if !text.contains("${") {
        return Err("looks like a literal secret; write it as ${env:NAME} or ${file:PATH}".to_owned());
    }
    let value = expand(text)?;
    if value.is_empty() {
        return Err("the referenced secret is empty".to_owned());
    }
    Ok(value)
}

/// Headers that carry credentials must use references too.
pub fn resolve_header(name: &str, text: &str) -> Result<String, String> {
    let lower = name.to_ascii_lowercase();
    let sensitive = ["authorization", "key", "token", "secret", "cookie"]
        .iter()
        .any(|w| lower.contains(w));
    if sensitive { resolve_secret(text) } else { expand(text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_env_and_file_and_rejects_literals() {
        let path = std::env::temp_dir().join(format!("gantry-secret-{}", std::process::id()));
        std::fs::write(&path, "s3cret\n").unwrap();
        assert_eq!(
            expand(&format!("Bearer ${{file:{}}}", path.display())).unwrap(),
            "Bearer s3cret"
        );
        assert_eq!(expand("${env:PATH}").unwrap(), std::env::var("PATH").unwrap());
        assert!(resolve_secret("sk-abc").unwrap_err().contains("literal"));
        assert!(expand("${vault:x}").unwrap_err().contains("unknown reference"));
        assert!(expand("${env:X").unwrap_err().contains("unterminated"));
        assert!(resolve_header("X-Api-Key", "plain").is_err());
        assert_eq!(resolve_header("X-Tenant", "plain").unwrap(), "plain");
        let _ = std::fs::remove_file(&path);
    }
}
