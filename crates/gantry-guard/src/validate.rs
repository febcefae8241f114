//! Checksums and range rules that tell real identifiers from look-alikes.

/// The Luhn checksum of a card number's digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(*d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// A card number: 13–19 digits, a known issuer prefix and a valid Luhn sum.
pub fn credit_card(candidate: &str) -> bool {
    // (On the stack: this runs on every run of digits a text holds.)
    let mut buffer = [0u8; 19];
    let mut len = 0;
    for b in candidate.bytes().filter(u8::is_ascii_digit) {
        let Some(slot) = buffer.get_mut(len) else {
            return false; // more than 19 digits
        };
        *slot = b - b'0';
        len += 1;
    }
    let digits = &buffer[..len];
    if !(13..=19).contains(&digits.len()) || !luhn(digits) {
        return false;
    }
    // 15 digits is American Express only (a Luhn-valid 15-digit IMEI is not a card).
    if digits.len() == 15 && !matches!(digits[0] * 10 + digits[1], 34 | 37) {
        return false;
    }
    let prefix = |n: usize| digits.iter().take(n).fold(0u32, |acc, d| acc * 10 + u32::from(*d));
    let known = digits[0] == 4 // Visa
        || (51..=55).contains(&prefix(2)) || (2221..=2720).contains(&prefix(4)) // Mastercard
        || matches!(prefix(2), 34 | 37) // Amex
        || prefix(4) == 6011 || prefix(2) == 65 || (644..=649).contains(&prefix(3)) // Discover
        || (3528..=3589).contains(&prefix(4)) // JCB
        || matches!(prefix(2), 36 | 38 | 39) || (300..=305).contains(&prefix(3)) // Diners
        || prefix(2) == 62 // UnionPay
        || matches!(prefix(2), 50 | 56 | 57 | 58 | 63 | 67); // Maestro
    // Every digit the same is a placeholder, not a card.
    known && digits.iter().any(|d| *d != digits[0])
}

/// IBAN lengths by country (ISO 13616 registry).
fn iban_length(country: [u8; 2]) -> Option<usize> {
    Some(match country {
        [b'A', b'D'] => 24,
        [b'A', b'E'] => 23,
        [b'A', b'L'] => 28,
        [b'A', b'T'] => 20,
        [b'A', b'Z'] => 28,
        [b'B', b'A'] => 20,
        [b'B', b'E'] => 16,
        [b'B', b'G'] => 22,
        [b'B', b'H'] => 22,
        [b'B', b'R'] => 29,
        [b'B', b'Y'] => 28,
        [b'C', b'H'] => 21,
        [b'C', b'R'] => 22,
        [b'C', b'Y'] => 28,
        [b'C', b'Z'] => 24,
        [b'D', b'E'] => 22,
        [b'D', b'K'] => 18,
        [b'D', b'O'] => 28,
        [b'E', b'E'] => 20,
        [b'E', b'G'] => 29,
        [b'E', b'S'] => 24,
        [b'F', b'I'] => 18,
        [b'F', b'O'] => 18,
        [b'F', b'R'] => 27,
        [b'G', b'B'] => 22,
        [b'G', b'E'] => 22,
        [b'G', b'I'] => 23,
        [b'G', b'L'] => 18,
        [b'G', b'R'] => 27,
        [b'G', b'T'] => 28,
        [b'H', b'R'] => 21,
        [b'H', b'U'] => 28,
        [b'I', b'E'] => 22,
        [b'I', b'L'] => 23,
        [b'I', b'Q'] => 23,
        [b'I', b'S'] => 26,
        [b'I', b'T'] => 27,
        [b'J', b'O'] => 30,
        [b'K', b'W'] => 30,
        [b'K', b'Z'] => 20,
        [b'L', b'B'] => 28,
        [b'L', b'C'] => 32,
        [b'L', b'I'] => 21,
        [b'L', b'T'] => 20,
        [b'L', b'U'] => 20,
        [b'L', b'V'] => 21,
        [b'M', b'C'] => 27,
        [b'M', b'D'] => 24,
        [b'M', b'E'] => 22,
        [b'M', b'K'] => 19,
        [b'M', b'R'] => 27,
        [b'M', b'T'] => 31,
        [b'M', b'U'] => 30,
        [b'N', b'L'] => 18,
        [b'N', b'O'] => 15,
        [b'P', b'K'] => 24,
        [b'P', b'L'] => 28,
        [b'P', b'S'] => 29,
        [b'P', b'T'] => 25,
        [b'Q', b'A'] => 29,
        [b'R', b'O'] => 24,
        [b'R', b'S'] => 22,
        [b'S', b'A'] => 24,
        [b'S', b'C'] => 31,
        [b'S', b'E'] => 24,
        [b'S', b'I'] => 19,
        [b'S', b'K'] => 24,
        [b'S', b'M'] => 27,
        [b'S', b'T'] => 25,
        [b'S', b'V'] => 28,
        [b'T', b'L'] => 23,
        [b'T', b'N'] => 24,
        [b'T', b'R'] => 26,
        [b'U', b'A'] => 29,
        [b'V', b'A'] => 22,
        [b'V', b'G'] => 24,
        [b'X', b'K'] => 20,
        _ => return None,
    })
}

/// An IBAN: the country's length and the mod-97 check (spaces ignored).
pub fn iban(candidate: &str) -> bool {
    // On the stack: no IBAN is longer than 34 characters.
    let mut buffer = [0u8; 34];
    let mut len = 0;
    for b in candidate.bytes().filter(|b| !b.is_ascii_whitespace()) {
        let Some(slot) = buffer.get_mut(len) else {
            return false;
        };
        *slot = b.to_ascii_uppercase();
        len += 1;
    }
    let compact = &buffer[..len];
    if compact.len() < 15 || !compact.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    if iban_length([compact[0], compact[1]]) != Some(compact.len()) {
        return false;
    }
    let mut remainder = 0u32;
    for b in compact[4..].iter().chain(&compact[..4]) {
        let value = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

/// A US SSN (`AAA-GG-SSSS`): not area 000, 666 or 900–999, group 00 or serial 0000.
pub fn us_ssn(candidate: &str) -> bool {
    let digits: Vec<u32> = candidate
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .collect();
    if digits.len() != 9 {
        return false;
    }
    let area = digits[0] * 100 + digits[1] * 10 + digits[2];
    let group = digits[3] * 10 + digits[4];
    let serial = digits[5] * 1000 + digits[6] * 100 + digits[7] * 10 + digits[8];
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// A Spanish DNI/NIE: the control letter is the number mod 23.
pub fn dni(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let (body, letter) = compact.split_at(compact.len().saturating_sub(1));
    let body = match body.chars().next() {
        Some('X') => format!("0{}", &body[1..]),
        Some('Y') => format!("1{}", &body[1..]),
        Some('Z') => format!("2{}", &body[1..]),
        _ => body.to_owned(),
    };
    let Ok(n) = body.parse::<u64>() else { return false };
    let letters = b"TRWAGMYFPDXBNJZSQVHLCKE";
    letter.as_bytes().first() == Some(&letters[(n % 23) as usize])
}

/// An Italian codice fiscale: its last letter is the check character.
pub fn codice_fiscale(s: &str) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];
    let code = s.to_ascii_uppercase();
    let bytes = code.as_bytes();
    if bytes.len() != 16 {
        return false;
    }
    let mut sum = 0;
    for (i, &b) in bytes[..15].iter().enumerate() {
        let index = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A'),
            _ => return false,
        };
        // Positions are counted from 1: odd ones use the odd table.
        sum += if i % 2 == 0 { ODD[index as usize] } else { index };
    }
    u32::from(bytes[15]) == u32::from(b'A') + sum % 26
}

/// An Aadhaar number: 12 digits, not starting with 0 or 1, Verhoeff check digit.
pub fn aadhaar(s: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    if digits.len() != 12 || digits[0] < 2 {
        return false;
    }
    let mut c = 0u8;
    for (i, d) in digits.iter().rev().enumerate() {
        c = D[usize::from(c)][usize::from(P[i % 8][usize::from(*d)])];
    }
    c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(codice_fiscale("RSSMRA85T10A562S"));
        assert!(!codice_fiscale("RSSMRA85T10A562T"), "check character");
        assert!(credit_card("4111 1111 1111 1111"));
        assert!(!credit_card("4111 1111 1111 1112"), "Luhn");
        assert!(credit_card("5500-0000-0000-0004"));
        assert!(!credit_card("1234 5678 9012 3456"), "no issuer");
        assert!(iban("DE89 3704 0044 0532 0130 00"));
        assert!(!iban("DE89 3704 0044 0532 0130 01"), "mod 97");
        assert!(!iban("DE89 3704 0044 0532 0130"), "length");
        assert!(iban("GB82WEST12345698765432"));
        assert!(us_ssn("123-45-6789"));
        assert!(!us_ssn("666-45-6789") && !us_ssn("912-45-6789") && !us_ssn("123-00-6789") && !us_ssn("123-45-0000"));
    }
}
