// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace veil::redact {

/// Whether a social handle or a profile URL's account (lower case, no "@") is an
/// organisation's or a celebrity's: a listed brand or celebrity account, or a
/// company's support account ("amazonhelp", "xboxsupport", "skyhelpteam").
/// Such accounts are no private person's data (RULES.md, SOCIAL_HANDLE).
bool isBrandAccount(std::string_view name);

}  // namespace veil::redact
