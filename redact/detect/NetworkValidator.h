// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// E-mail addresses, IP addresses, social handles and profile URLs: the
/// checks that tell a person's address from an organisation's mailbox, a
/// version string, a code decorator or a documentation link.
class NetworkValidator {
public:
    static bool email(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool obfuscatedEmail(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool ipv4(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool ipv6(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool handle(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool profileUrl(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool handleInContext(std::string_view text, std::size_t& begin, std::size_t& end);
};

}  // namespace veil::redact
