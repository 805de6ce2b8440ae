// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/NetworkValidator.h"

#include "redact/detect/BrandAccounts.h"
#include "redact/detect/TextContext.h"
#include "redact/names/NameLexicon.h"
#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <string>

namespace veil::redact {

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return out;
}

template<std::size_t N> bool oneOf(const std::array<std::string_view, N>& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

constexpr std::array<std::string_view, 60> kRoleMailboxes = { "support",
                                                              "noreply",
                                                              "no-reply",
                                                              "no_reply",
                                                              "donotreply",
                                                              "do-not-reply",
                                                              "info",
                                                              "help",
                                                              "sales",
                                                              "contact",
                                                              "admin",
                                                              "administrator",
                                                              "hello",
                                                              "team",
                                                              "billing",
                                                              "privacy",
                                                              "security",
                                                              "press",
                                                              "jobs",
                                                              "careers",
                                                              "hr",
                                                              "service",
                                                              "customerservice",
                                                              "customercare",
                                                              "care",
                                                              "feedback",
                                                              "abuse",
                                                              "postmaster",
                                                              "webmaster",
                                                              "hostmaster",
                                                              "marketing",
                                                              "orders",
                                                              "returns",
                                                              "accounts",
                                                              "notifications",
                                                              "newsletter",
                                                              "office",
                                                              "enquiries",
                                                              "inquiries",
                                                              "legal",
                                                              "media",
                                                              "partners",
                                                              "root",
                                                              "mailer-daemon",
                                                              "reservations",
                                                              "bookings",
                                                              "git",
                                                              "notification",
                                                              "alerts",
                                                              "updates",
                                                              "news",
                                                              "membership",
                                                              "compliance",
                                                              "dpo",
                                                              "investors",
                                                              "recruiting",
                                                              "helpdesk",
                                                              "servicedesk",
                                                              "example",
                                                              "test" };

// Shops' and services' role mailboxes seen in chat ("refunds@ryanair.com").
constexpr std::array<std::string_view, 33> kMoreRoleMailboxes
    = { "refunds",       "refund",  "claims",     "complaints",  "payments",    "invoices",     "accounting",
        "tickets",       "events",  "admissions", "reception",   "frontdesk",   "concierge",    "recruitment",
        "talent",        "hiring",  "editor",     "editorial",   "community",   "partnerships", "donations",
        "subscriptions", "members", "shop",       "store",       "orders-help", "customer",     "customers",
        "finance",       "payroll", "expenses",   "procurement", "purchasing" };

constexpr std::array<std::string_view, 28> kFreeMail
    = { "gmail",    "googlemail", "yahoo",  "outlook", "hotmail", "live",       "msn",
        "icloud",   "me",         "mac",    "aol",     "proton",  "protonmail", "pm",
        "gmx",      "web",        "yandex", "mail",    "zoho",    "fastmail",   "posteo",
        "tutanota", "rediffmail", "qq",     "163",     "naver",   "daum",       "libero" };

constexpr std::string_view kReservedHandles
    = " "
      "everyone here channel all override deprecated suppresswarnings functionalinterface test before "
      "after beforeeach aftereach autowired component service bean entity inject property staticmethod "
      "classmethod dataclass media import keyframes font-face charset supports param return returns throws "
      "author see since todo pytest mention admin ";

constexpr std::array<std::string_view, 34> kNonProfilePaths
    = { "p",       "reel",     "reels", "explore",  "stories", "status", "i",       "home",        "search",
        "hashtag", "settings", "watch", "results",  "groups",  "pages",  "events",  "marketplace", "company",
        "school",  "jobs",     "about", "features", "topics",  "orgs",   "pricing", "login",       "signup",
        "share",   "intent",   "help",  "privacy",  "terms",   "docs",   "r" };

/// Start of the line holding `pos`, looking back at most 200 bytes (then: not a code line).
std::size_t lineStartBefore(std::string_view text, std::size_t pos)
{
    const std::size_t from = pos > 200 ? pos - 200 : 0;
    const std::size_t newline = text.substr(from, pos - from).rfind('\n');
    if (newline != std::string_view::npos) {
        return from + newline + 1;
    }
    return from == 0 ? 0 : pos;
}

}  // namespace

namespace {

/// An address the text discusses as an example or a documentation value ("the
/// docs say use 2001:db8::1 as the example address"), not a machine's.
bool discussedAsExample(std::string_view text, std::size_t begin, std::size_t end)
{
    return TextContext::wordBefore(text, begin, 32, { "docs say", "documentation", "rfc" })
        || TextContext::wordAfter(text, end, 24,
                                  { "as the example", "as an example", "is the example", "example address",
                                    "is reserved", "documentation" });
}

/// A domain named after a person, a given name and a name run together:
/// "hello@mariapaz.design" is Maria Paz's own mailbox, not a company's.
bool personalDomain(std::string_view label)
{
    const NameLexicon& lexicon = NameLexicon::builtin();
    constexpr std::uint16_t kWords = NameLexicon::CommonWord | NameLexicon::Denied;
    for (std::size_t k = 3; k + 3 <= label.size() && label.size() <= 24; ++k) {
        const std::uint16_t given = lexicon.flags(label.substr(0, k));
        const std::uint16_t family = lexicon.flags(label.substr(k));
        if ((given & NameLexicon::FirstName) != 0 && (given & kWords) == 0
            && (family & (NameLexicon::FirstName | NameLexicon::Surname)) != 0 && (family & kWords) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool NetworkValidator::email(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::size_t at = text.find('@', begin);
    if (at == std::string_view::npos || at >= end) {
        return false;
    }
    // "我的邮箱是wangfang1990@163.com": CJK text puts no space before the address.
    while (begin < at) {
        std::size_t length = 1;
        const Script script = Unicode::scriptOf(Unicode::decode(text, begin, length));
        if (script != Script::Han && script != Script::Kana && script != Script::Hangul) {
            break;
        }
        begin += length;
    }
    if (begin >= at) {
        return false;
    }
    const std::string local = lowerAscii(text.substr(begin, at - begin));
    const std::string domain = lowerAscii(text.substr(at + 1, end - at - 1));
    const std::string provider = domain.substr(0, domain.find('.'));
    // git@github.com:org/repo.git and friends are not mailboxes; in
    // "@greta@mastodon.social" the address is part of a fediverse handle.
    if (TextContext::at(text, end) == ':' || local == "git" || TextContext::before(text, begin) == '@') {
        return false;
    }
    if ((oneOf(kRoleMailboxes, local) || oneOf(kMoreRoleMailboxes, local)) && !oneOf(kFreeMail, provider)
        && !personalDomain(provider)) {
        return false;
    }
    return domain != "example.com" && domain != "example.org" && domain != "domain.com";
}

bool NetworkValidator::obfuscatedEmail(std::string_view text, std::size_t& begin, std::size_t& end)
{
    std::string_view value = text.substr(begin, end - begin);
    if (value.find('@') != std::string_view::npos && value.find(' ') == std::string_view::npos) {
        return false;  // a plain address: the "email" rule's job
    }
    // Local part: everything up to the "at" marker.
    const std::string lowered = lowerAscii(value);
    std::size_t marker = std::string::npos;
    for (const std::string_view m :
         { "[at]", "(at)", "{at}", "<at>", "[ at ]", "( at )", " at ", " @", "@ " }) {
        const std::size_t p = lowered.find(m);
        if (p != std::string::npos && p < marker) {
            marker = p;
        }
    }
    if (marker == std::string::npos || marker == 0) {
        return false;
    }
    std::string local = lowered.substr(0, marker);
    while (!local.empty() && local.back() == ' ') {
        local.pop_back();
    }
    const bool spelledAt = lowered.find(" at ") == marker;
    // "meet me at home dot com": a spelled-out "at" needs a believable mailbox.
    if (spelledAt) {
        const std::uint16_t flags = NameLexicon::builtin().flags(local);
        const bool wordy = (flags & (NameLexicon::CommonWord | NameLexicon::English)) != 0
            && (flags & (NameLexicon::FirstName | NameLexicon::Surname)) == 0;
        const bool dotted = local.find(" dot ") != std::string::npos || local.find('.') != std::string::npos
            || local.find('_') != std::string::npos
            || std::any_of(local.begin(), local.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (wordy && !dotted) {
            return false;
        }
    }
    // The domain's first label, after the marker: "hello [at] mariapaz [dot] design".
    const std::size_t sign = lowered.find('@', marker);
    std::size_t d = sign != std::string::npos ? sign + 1 : lowered.find("at", marker) + 2;
    const auto alnum = [&lowered](std::size_t k) {
        return (lowered[k] >= 'a' && lowered[k] <= 'z') || (lowered[k] >= '0' && lowered[k] <= '9');
    };
    while (d < lowered.size() && !alnum(d)) {
        ++d;
    }
    std::size_t e = d;
    while (e < lowered.size() && alnum(e)) {
        ++e;
    }
    return !oneOf(kRoleMailboxes, local) || personalDomain(std::string_view(lowered).substr(d, e - d));
}

bool NetworkValidator::ipv4(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const char before = TextContext::before(text, begin);
    const char after = TextContext::at(text, end);
    const bool afterScheme = before == '/' && begin >= 3 && text.substr(begin - 3, 3) == "://";
    if (before == '.' || before == 'v' || before == 'V' || before == '-' || (before == '/' && !afterScheme)
        || TextContext::isAlnum(before)) {
        return false;
    }
    if ((after == '.' || after == '-') && end + 1 < text.size() && TextContext::isAlnum(text[end + 1])) {
        return false;  // 1.3.6.1.4.1 (an OID), 1.2.3.4-beta
    }
    const std::string_view value = text.substr(begin, end - begin);
    if (value.substr(0, 4) == "255." || value == "0.0.0.0" || value.substr(0, 2) == "0.") {
        return false;  // masks and placeholders
    }
    // A network in CIDR notation ("10.0.0.0/24") names a range, not a machine.
    if (after == '/' && value.size() >= 2 && value.substr(value.size() - 2) == ".0" && end + 1 < text.size()
        && TextContext::isDigit(text[end + 1])) {
        return false;
    }
    // Loopback is no one's address; public resolvers are well-known values.
    if (value.substr(0, 4) == "127.") {
        return false;
    }
    for (const std::string_view resolver : { "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9",
                                             "149.112.112.112", "208.67.222.222", "208.67.220.220" }) {
        if (value == resolver) {
            return false;
        }
    }
    if (TextContext::wordBefore(
            text, begin, 40,
            { "version",       "ver",         "upgraded", "upgrading", "updated", "updating", "downgrade",
              "downgraded",    "installed",   "install",  "bumped",    "release", "patch",    "build",
              "firmware",      "update",      "upgrade",  "changelog", "sdk",     "api",      "python",
              "node",          "npm",         "chrome",   "ios",       "android", "kernel",   "section",
              "chapter",       "clause",      "rule",     "oid",       "mask",    "netmask",  "subnet mask",
              "release notes", "patch notes", "newer",    "older",     "than",    "broadcast" })
        || TextContext::wordAfter(text, end, 24, { "newer", "older", "release", "version", "update" })
        || discussedAsExample(text, begin, end)) {
        return false;
    }
    return true;
}

bool NetworkValidator::ipv6(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Trim separators the candidate pattern may have caught at either end.
    while (end > begin && text[end - 1] == ':' && !(end - begin >= 2 && text[end - 2] == ':')) {
        --end;
    }
    while (begin < end && text[begin] == ':' && !(begin + 1 < end && text[begin + 1] == ':')) {
        ++begin;
    }
    const char before = TextContext::before(text, begin);
    const char after = TextContext::at(text, end);
    if (TextContext::isAlnum(before) || before == ':' || before == '_' || TextContext::isAlnum(after)
        || after == '_') {
        return false;
    }
    // A prefix in CIDR notation ("2001:db8::/32") names a network, not a machine.
    if (after == '/' && end + 1 < text.size() && TextContext::isDigit(text[end + 1])) {
        return false;
    }
    const std::string_view value = text.substr(begin, end - begin);
    const std::size_t doubleColon = value.find("::");
    if (doubleColon != std::string_view::npos
        && value.find("::", doubleColon + 1) != std::string_view::npos) {
        return false;
    }
    int groups = 0;
    int hexLetters = 0;
    int longGroups = 0;
    std::size_t i = 0;
    while (i < value.size()) {
        std::size_t j = i;
        while (j < value.size() && value[j] != ':') {
            ++j;
        }
        const std::string_view group = value.substr(i, j - i);
        if (!group.empty()) {
            if (group.find('.') != std::string_view::npos) {
                groups += 2;  // embedded IPv4 tail
            } else {
                if (group.size() > 4) {
                    return false;
                }
                ++groups;
                longGroups += group.size() >= 3 ? 1 : 0;
                for (const char c : group) {
                    hexLetters += TextContext::isDigit(c) ? 0 : 1;
                }
            }
        }
        i = j + 1;
    }
    if (doubleColon == std::string_view::npos ? groups != 8 : groups > 7) {
        return false;
    }
    // Times (12:30:45), "::", "::1" (loopback) and code (std::vector fails the hex test).
    if (groups < 2 || (hexLetters == 0 && longGroups == 0) || value == "::1") {
        return false;
    }
    return !TextContext::wordBefore(text, begin, 32, { "example", "placeholder", "mac address", "mac" })
        && !discussedAsExample(text, begin, end);
}

bool NetworkValidator::handle(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // A trailing dot is sentence punctuation.
    while (end > begin + 1 && text[end - 1] == '.') {
        --end;
    }
    const std::string name = lowerAscii(text.substr(begin + 1, end - begin - 1));
    if (name.empty() || (name[0] >= '0' && name[0] <= '9' && name.size() <= 4)) {
        return false;  // "@5pm", "@2x"
    }
    const char after = TextContext::at(text, end);
    if (after == '@') {
        // A fediverse handle: "@greta@mastodon.social" is one value, instance included.
        std::size_t k = end + 1;
        while (k < text.size() && (TextContext::isAlnum(text[k]) || text[k] == '.' || text[k] == '-')) {
            ++k;
        }
        while (k > end + 1 && text[k - 1] == '.') {
            --k;
        }
        if (text.substr(end + 1, k - end - 1).find('.') == std::string_view::npos) {
            return false;
        }
        end = k;
        return true;
    }
    if (after == '/' || after == '(' || (name.find('.') != std::string::npos && text.substr(end, 1) == "(")) {
        return false;  // decorators (@app.route("/"), @Override()) and npm scopes (@types/node)
    }
    // A listed brand that is no one's name is its own account: "@SpaceX", "@Ryanair";
    // a brand with a possessive drops its apostrophe in a handle ("@Wendys": Wendy's).
    std::uint16_t flags = NameLexicon::builtin().flags(name);
    if (flags == 0 && name.size() > 3 && name.back() == 's') {
        flags = NameLexicon::builtin().flags(name.substr(0, name.size() - 1) + "'s");
    }
    if (TextContext::inWords(kReservedHandles, name) || isBrandAccount(name)
        || ((flags & NameLexicon::Denied) != 0
            && (flags & (NameLexicon::FirstName | NameLexicon::Surname)) == 0)) {
        return false;
    }
    if (name.find('.') != std::string::npos) {
        const std::string head = name.substr(0, name.find('.'));
        if (head == "app" || head == "router" || head == "pytest" || head == "mock" || head == "api"
            || head == "bp" || head == "blueprint" || head == "celery" || head == "functools") {
            return false;
        }
    }
    // At the start of a code line (Java/Python annotation) with nothing else on the line.
    const std::size_t lineStart = lineStartBefore(text, begin);
    const bool codeLine
        = text.substr(lineStart, begin - lineStart).find_first_not_of(" \t") == std::string_view::npos
        && (after == '\n' || after == '\0') && lineStart != 0;
    return !codeLine;
}

bool NetworkValidator::profileUrl(std::string_view text, std::size_t& begin, std::size_t& end)
{
    while (end > begin && (text[end - 1] == '.' || text[end - 1] == '-')) {
        --end;
    }
    const std::string value = lowerAscii(text.substr(begin, end - begin));
    // Path: the part after the host.
    std::size_t hostStart = value.find("://");
    hostStart = hostStart == std::string::npos ? 0 : hostStart + 3;
    const std::size_t slash = value.find('/', hostStart);
    if (slash == std::string::npos) {
        return false;
    }
    const std::string host = value.substr(hostStart, slash - hostStart);
    std::string path = value.substr(slash + 1);
    if (host.find("linkedin.com") == std::string::npos && host.find("reddit.com") == std::string::npos
        && host.find("bsky.app") == std::string::npos && host.find("snapchat.com") == std::string::npos) {
        // Host-only rules: the first path segment is the account.
    } else {
        const std::size_t s = path.find('/');
        path = s == std::string::npos ? std::string() : path.substr(s + 1);
    }
    std::string account = path.substr(0, path.find('/'));
    if (!account.empty() && account[0] == '@') {
        account.erase(0, 1);
    }
    if (account.empty() || oneOf(kNonProfilePaths, account) || isBrandAccount(account)) {
        return false;
    }
    // github.com/org/repo, youtube.com/watch…: a deeper path is not a profile.
    const char after = TextContext::at(text, end);
    if (text[end - 1] == '/' && TextContext::isAlnum(after)) {
        return false;
    }
    if (after == '/' || after == '?') {
        const std::size_t next = end + 1;
        if (next < text.size() && TextContext::isAlnum(text[next])) {
            return false;
        }
    }
    if (after == '/') {
        ++end;  // the trailing slash belongs to the URL
    }
    return true;
}

bool NetworkValidator::handleInContext(std::string_view text, std::size_t& begin, std::size_t& end)
{
    while (end > begin + 1 && text[end - 1] == '.') {
        --end;
    }
    const std::string value = lowerAscii(text.substr(begin, end - begin));
    const std::string bare = value[0] == '@' ? value.substr(1) : value;
    if (bare.size() < 3 || TextContext::inWords(kReservedHandles, bare) || isBrandAccount(bare)) {
        return false;
    }
    const bool marked = value[0] == '@' || bare.find('_') != std::string::npos
        || bare.find('.') != std::string::npos
        || std::any_of(bare.begin(), bare.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (marked) {
        return true;
    }
    // A plain word: only if it is not English ("add me on snap, moonwolf" yes; "on snap, thanks" no).
    const std::uint16_t flags = NameLexicon::builtin().flags(bare);
    return (flags & (NameLexicon::English | NameLexicon::CommonWord)) == 0 && bare.size() >= 5;
}

}  // namespace veil::redact
