#include "core/crypto.hpp"

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

}
