// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace veil::redact {

/// The kinds of personal data Veil masks (docs/redact.md, "Categories").
/// The names are part of every file format: never rename one.
enum class Category : std::uint8_t {
    Person,
    Email,
    Phone,
    StreetAddress,
    CreditCard,
    Iban,
    GovId,
    IpAddress,
    DateOfBirth,
    SocialHandle,
    GeoCoordinates,
    Image,
};

inline constexpr std::array<Category, 12> kAllCategories = {
    Category::Person,      Category::Email,        Category::Phone,          Category::StreetAddress,
    Category::CreditCard,  Category::Iban,         Category::GovId,          Category::IpAddress,
    Category::DateOfBirth, Category::SocialHandle, Category::GeoCoordinates, Category::Image,
};

/// "PERSON", "EMAIL", … as written in JSON and placeholders.
std::string_view categoryName(Category category) noexcept;

/// Inverse of categoryName(); exact, upper-case match only.
std::optional<Category> categoryFromName(std::string_view name) noexcept;

}  // namespace veil::redact
