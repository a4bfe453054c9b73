//! The page's Content-Security-Policy. The page carries its pre-paint script and its
//! stylesheets inline (`scripts/csp-loader.mjs`, `page::head`), so that its first paint needs no
//! second round trip; the policy allows exactly those elements by their SHA-256 hashes, never
//! `'unsafe-inline'`. It is written into the page as a `<meta>` (which protects it on a host that
//! sends no header, such as a CMS) and, for hosts that send the header, as
//! `content-security-policy.txt` beside the pages.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The file beside the pages with the policy that allows every published page.
pub const HEADER_FILE: &str = "content-security-policy.txt";

/// The policy allowing the inline `<script>` and `<style>` elements of every page in `pages`.
pub fn policy(pages: &[&str]) -> String {
    let hashes = |tag: &str| {
        let mut all: Vec<String> = pages.iter().flat_map(|p| inline(p, tag)).map(hash).collect();
        all.sort();
        all.dedup();
        all.iter().map(|h| format!(" '{h}'")).collect::<String>()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; \
         img-src 'self' data: blob:; connect-src 'self'",
        hashes("script"),
        hashes("style")
    )
}

/// The policy as the page's `<meta>` element.
pub fn meta(policy: &str) -> String {
    format!(r#"<meta http-equiv="Content-Security-Policy" content="{}" />"#, crate::render::escape(policy))
}

/// The contents of the page's `<tag>` elements written without attributes (the inline ones;
/// one with `src` is a file the policy's `'self'` allows).
fn inline<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let body = &rest[start + open.len()..];
        let Some(end) = body.find(&close) else { break };
        found.push(&body[..end]);
        rest = &body[end + close.len()..];
    }
    found
}

/// A CSP source expression for `text`: `sha256-` and its hash in base64.
fn hash(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_sha256_in_base64() {
        // FIPS 180-2's test vector "abc" (ba7816bf…), in base64 as CSP writes it.
        assert_eq!(hash("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    #[test]
    fn allows_each_inline_element_once_and_no_file_by_hash() {
        let a = "<head><style>a{}</style><script>go()</script><script src=\"x.js\"></script></head>";
        let b = "<head><style>b{}</style><script>go()</script></head>";
        let policy = policy(&[a, b]);
        assert_eq!(policy.matches(&hash("go()")).count(), 1);
        assert!(policy.contains(&hash("a{}")) && policy.contains(&hash("b{}")));
        assert!(!policy.contains("unsafe-inline"));
        assert_eq!(policy.matches("sha256-").count(), 3);
    }

    #[test]
    fn a_page_without_inline_elements_allows_files_only() {
        let policy = policy(&["<head><link rel=\"stylesheet\" href=\"s.css\" /></head>"]);
        assert!(
            policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';")
        );
    }
}
