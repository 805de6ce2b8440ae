// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/Category.h"

namespace veil::redact {

std::string_view categoryName(Category category) noexcept
{
    switch (category) {
    case Category::Person:
        return "PERSON";
    case Category::Email:
        return "EMAIL";
    case Category::Phone:
        return "PHONE";
    case Category::StreetAddress:
        return "STREET_ADDRESS";
    case Category::CreditCard:
        return "CREDIT_CARD";
    case Category::Iban:
        return "IBAN";
    case Category::GovId:
        return "GOV_ID";
    case Category::IpAddress:
        return "IP_ADDRESS";
    case Category::DateOfBirth:
        return "DATE_OF_BIRTH";
    case Category::SocialHandle:
        return "SOCIAL_HANDLE";
    case Category::GeoCoordinates:
        return "GEO_COORDINATES";
    case Category::Image:
        return "IMAGE";
    }
    return "UNKNOWN";
}

std::optional<Category> categoryFromName(std::string_view name) noexcept
{
    for (const Category category : kAllCategories) {
        if (categoryName(category) == name) {
            return category;
        }
    }
    return std::nullopt;
}

}  // namespace veil::redact
