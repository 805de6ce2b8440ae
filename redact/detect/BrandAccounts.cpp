// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/BrandAccounts.h"

#include "redact/detect/TextContext.h"

#include <array>

namespace veil::redact {

namespace {

/// Brand and celebrity accounts, space-separated with a space at each end of the list.
constexpr std::string_view kBrandHandles
    = " "
      "nasa amazonhelp amazon elonmusk barackobama cristiano taylorswift13 nytimes bbcbreaking bbcnews cnn "
      "twitter x xboxsupport playstation spotify google youtube microsoft apple applesupport netflix "
      "narendramodi potus whitehouse billgates kimkardashian katyperry rihanna justinbieber ladygaga "
      "neymarjr virat.kohli instagram github openai uber delta united americanair jetblue tesla starbucks "
      "nike ";

}  // namespace

bool isBrandAccount(std::string_view name)
{
    if (TextContext::inWords(kBrandHandles, name)) {
        return true;
    }
    // A company's support desk names itself after what it does: "@LinkedInHelp",
    // "@XboxSupport", "@SkyHelpTeam", "@AmericanAirCares". A person's handle
    // seldom ends so, and the brand before the ending need not be listed.
    static constexpr auto kSupportEndings = std::to_array<std::string_view>(
        { "help", "support", "helpteam", "cares", "customercare", "helpdesk" });
    for (const std::string_view ending : kSupportEndings) {
        if (name.size() >= ending.size() + 3 && name.ends_with(ending)) {
            return true;
        }
    }
    return false;
}

}  // namespace veil::redact
