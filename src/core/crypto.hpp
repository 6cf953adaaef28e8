#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rt {

// Must run once before any other function here (libsodium's sodium_init).
void initialise_crypto();

// A URL-safe base64 token made of `bytes` random bytes from the system's CSPRNG.
[[nodiscard]] std::string random_token(std::size_t bytes = 32);

// Lowercase hex SHA-256 of the text.
[[nodiscard]] std::string sha256_hex(std::string_view text);

// Compares in time that does not depend on where the texts differ.
[[nodiscard]] bool constant_time_equal(std::string_view left, std::string_view right);

// libsodium secretbox (XSalsa20-Poly1305) with a 32-byte key: the nonce is
// random and kept in front of the ciphertext; the result is base64. Opening
// answers nothing when the text was changed or the key is wrong.
[[nodiscard]] std::string seal(std::string_view plain, std::string_view key);
[[nodiscard]] std::optional<std::string> open_sealed(std::string_view sealed, std::string_view key);
// 32 random bytes for seal().
[[nodiscard]] std::string new_data_key();

// A key of its own for one purpose, derived from a 32-byte master key
// (libsodium crypto_kdf; `purpose` is exactly 8 characters, like "unsubscr").
[[nodiscard]] std::string derive_key(std::string_view master_key, std::string_view purpose);

// HMAC-SHA-512-256 (libsodium crypto_auth) of the text with a 32-byte key, as
// URL-safe base64 without padding; and its check, in constant time.
[[nodiscard]] std::string sign_text(std::string_view text, std::string_view key);
[[nodiscard]] bool signature_matches(std::string_view text, std::string_view signature, std::string_view key);

// argon2id through libsodium, at 2 passes and 64 MiB: above OWASP's minimum
// (19 MiB, 2 passes). The result is the self-describing $argon2id$ string.
[[nodiscard]] std::string hash_password(std::string_view password);
[[nodiscard]] bool verify_password(std::string_view stored_hash, std::string_view password);

}
