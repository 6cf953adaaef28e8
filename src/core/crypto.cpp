#include "core/crypto.hpp"

#include <cstring>
#include <stdexcept>

#include <stdexcept>
#include <vector>

#include <sodium.h>

namespace rt {

void initialise_crypto()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

std::string random_token(std::size_t bytes)
{
    std::vector<unsigned char> buffer(bytes);
    randombytes_buf(buffer.data(), buffer.size());
    std::string text(sodium_base64_encoded_len(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(text.data(), text.size(), buffer.data(), buffer.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    text.resize(text.find('\0'));
    return text;
}

std::string sha256_hex(std::string_view text)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<unsigned char const*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return { hex, crypto_hash_sha256_BYTES * 2 };
}

bool constant_time_equal(std::string_view left, std::string_view right)
{
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.data(), right.data(), left.size()) == 0;
}

std::string hash_password(std::string_view password)
{
    char stored[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(stored, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return stored;
}

bool verify_password(std::string_view stored_hash, std::string_view password)
{
    std::string const terminated { stored_hash };
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

std::string new_data_key()
{
    std::string key(crypto_secretbox_KEYBYTES, '\0');
    randombytes_buf(key.data(), key.size());
    return key;
}

std::string seal(std::string_view plain, std::string_view key)
{
    if (key.size() != crypto_secretbox_KEYBYTES)
        throw std::invalid_argument("seal: the key must be 32 bytes");
    std::string box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<unsigned char const*>(plain.data()), plain.size(), nonce,
        reinterpret_cast<unsigned char const*>(key.data()));
    std::string encoded(sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<unsigned char const*>(box.data()), box.size(), sodium_base64_VARIANT_ORIGINAL);
    encoded.resize(std::strlen(encoded.c_str()));
    return encoded;
}

std::optional<std::string> open_sealed(std::string_view sealed, std::string_view key)
{
    if (key.size() != crypto_secretbox_KEYBYTES)
        return std::nullopt;
    std::string box(sealed.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(box.data()), box.size(), sealed.data(), sealed.size(), nullptr, &length, nullptr,
            sodium_base64_VARIANT_ORIGINAL)
            != 0
        || length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        return std::nullopt;
    auto const* nonce = reinterpret_cast<unsigned char const*>(box.data());
    std::string plain(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            length - crypto_secretbox_NONCEBYTES, nonce, reinterpret_cast<unsigned char const*>(key.data()))
        != 0)
        return std::nullopt;
    return plain;
}

std::string derive_key(std::string_view master_key, std::string_view purpose)
{
    if (master_key.size() != crypto_kdf_KEYBYTES || purpose.size() != crypto_kdf_CONTEXTBYTES)
        throw std::invalid_argument("derive_key needs a 32-byte key and an 8-character purpose");
    std::string key(crypto_auth_KEYBYTES, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(key.data()), key.size(), 1, std::string { purpose }.c_str(),
        reinterpret_cast<unsigned char const*>(master_key.data()));
    return key;
}

std::string sign_text(std::string_view text, std::string_view key)
{
    if (key.size() != crypto_auth_KEYBYTES)
        throw std::invalid_argument("sign_text needs a 32-byte key");
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<unsigned char const*>(text.data()), text.size(), reinterpret_cast<unsigned char const*>(key.data()));
    std::string encoded(sodium_base64_ENCODED_LEN(sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool signature_matches(std::string_view text, std::string_view signature, std::string_view key)
{
    if (key.size() != crypto_auth_KEYBYTES)
        return false;
    unsigned char mac[crypto_auth_BYTES];
    std::size_t length = 0;
    if (sodium_base642bin(mac, sizeof mac, signature.data(), signature.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0
        || length != sizeof mac)
        return false;
    return crypto_auth_verify(mac, reinterpret_cast<unsigned char const*>(text.data()), text.size(), reinterpret_cast<unsigned char const*>(key.data()))
        == 0;
}

}
