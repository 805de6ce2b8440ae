// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// Street addresses. The address rules match the head of an address (house
/// number + street, "Flat 4B,", "H.No. 12-3-45,", "Hauptstraße 5", "PO Box 12");
/// this class extends it over the following components — unit, locality,
/// landmark ("near …", "opp. …", "Sector 21"), state, postcode, country —
/// separated by commas, spaces, dashes or line breaks, so that one address is
/// one span (docs/redact.md, "Addresses"). Famous and fictional addresses are refused.
class AddressValidator {
public:
    static bool address(std::string_view text, std::size_t& begin, std::size_t& end);
};

}  // namespace veil::redact
