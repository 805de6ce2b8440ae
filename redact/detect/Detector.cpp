// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/Detector.h"

#include "redact/detect/AddressValidator.h"
#include "redact/detect/ContextValidator.h"
#include "redact/detect/FirstBytes.h"
#include "redact/detect/NetworkValidator.h"
#include "redact/detect/NumberValidator.h"
#include "redact/detect/PhoneValidator.h"
#include "redact/detect/SpanResolver.h"
#include "redact/detect/WordPrefilter.h"
#include "redact/names/NameFinder.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <mutex>

namespace veil::redact {

struct Detector::Impl {
    explicit Impl(Catalogue c)
        : catalogue(std::move(c))
        , symbolSet(setOptions(), RE2::UNANCHORED)
        , wordSet(setOptions(), RE2::UNANCHORED)
        , names(NameLexicon::builtin())
    { }

    static RE2::Options setOptions()
    {
        RE2::Options options;
        options.set_log_errors(false);
        options.set_max_mem(int64_t { 256 } << 20);
        return options;
    }

    bool validate(const Rule& rule, std::string_view text, std::size_t& begin, std::size_t& end,
                  const std::vector<DetectedSpan>& publicMentions) const;
    void extract(std::size_t index, std::string_view text, std::vector<DetectedSpan>& out,
                 const std::vector<DetectedSpan>& publicMentions) const;

    Catalogue catalogue;
    std::vector<std::unique_ptr<RE2>> patterns;
    /// Per rule: where its matches can start. Worked out on the rule's first
    /// extraction (it compiles probe patterns), once, whichever thread gets there.
    mutable std::vector<FirstBytes> firstBytes;
    std::unique_ptr<std::once_flag[]> firstBytesOnce;
    RE2::Options ruleOptions;
    // Two sets, at most one pass per text: most built-in rules cannot match
    // without a digit, '@', ':' or '/', so plain prose runs only the small set
    // of rules that can match words (spelled-out e-mails and phones, handles
    // named in words, organisation rules), and none at all when WordPrefilter
    // rules them out; any other text runs the set of all rules. Each set maps
    // its own index to the rule index.
    RE2::Set symbolSet;  // all rules
    RE2::Set wordSet;  // rules that can match plain words
    std::vector<std::size_t> symbolRules;
    std::vector<std::size_t> wordRules;
    /// The word set holds only the built-in word rules (no organisation
    /// rules), so WordPrefilter may rule it out.
    bool wordRulesBuiltIn = true;
    NameFinder names;
};

Result<std::shared_ptr<const Detector>> Detector::create(Catalogue catalogue)
{
    auto impl = std::make_unique<Impl>(std::move(catalogue));
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(int64_t { 64 } << 20);
    for (const Rule& rule : impl->catalogue.rules()) {
        auto compiled = std::make_unique<RE2>(rule.pattern, options);
        if (!compiled->ok()) {
            return Error { rule.origin + ": rule '" + rule.name
                           + "': invalid RE2 pattern: " + compiled->error() };
        }
        std::string error;
        const bool needsSymbol = rule.origin == "built-in" && rule.check != RuleCheck::ObfuscatedEmail
            && rule.check != RuleCheck::SpokenPhone && rule.check != RuleCheck::HandleInContext;
        if (impl->symbolSet.Add(rule.pattern, &error) < 0) {
            return Error { rule.origin + ": rule '" + rule.name + "': invalid RE2 pattern: " + error };
        }
        impl->symbolRules.push_back(impl->patterns.size());
        if (!needsSymbol) {
            impl->wordRulesBuiltIn = impl->wordRulesBuiltIn && rule.origin == "built-in";
            impl->wordSet.Add(rule.pattern, nullptr);
            impl->wordRules.push_back(impl->patterns.size());
        }
        impl->patterns.push_back(std::move(compiled));
    }
    impl->firstBytes.resize(impl->patterns.size());
    impl->firstBytesOnce = std::make_unique<std::once_flag[]>(impl->patterns.size());
    impl->ruleOptions = options;
    if (!impl->symbolSet.Compile() || !impl->wordSet.Compile()) {
        return Error { "the rule catalogue is too large for RE2's memory budget" };
    }
    return std::shared_ptr<const Detector>(new Detector(std::move(impl)));
}

Detector::Detector(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }
Detector::~Detector() = default;

const Catalogue& Detector::catalogue() const noexcept
{
    return m_impl->catalogue;
}

bool Detector::Impl::validate(const Rule& rule, std::string_view text, std::size_t& begin, std::size_t& end,
                              const std::vector<DetectedSpan>& publicMentions) const
{
    switch (rule.check) {
    case RuleCheck::None:
        return true;
    case RuleCheck::Email:
        return NetworkValidator::email(text, begin, end);
    case RuleCheck::ObfuscatedEmail:
        return NetworkValidator::obfuscatedEmail(text, begin, end);
    case RuleCheck::Phone:
        return PhoneValidator::phone(text, begin, end);
    case RuleCheck::SpokenPhone:
        return PhoneValidator::spoken(text, begin, end);
    case RuleCheck::CreditCard:
        return NumberValidator::creditCard(text, begin, end);
    case RuleCheck::Iban:
        return NumberValidator::iban(text, begin, end);
    case RuleCheck::Ssn:
        return NumberValidator::ssn(text, begin, end);
    case RuleCheck::Aadhaar:
        return NumberValidator::aadhaar(text, begin, end);
    case RuleCheck::Pan:
        return NumberValidator::pan(text, begin, end);
    case RuleCheck::UkNationalInsurance:
        return NumberValidator::ukNationalInsurance(text, begin, end);
    case RuleCheck::Cpf:
        return NumberValidator::cpf(text, begin, end);
    case RuleCheck::Passport:
        return NumberValidator::passport(text, begin, end);
    case RuleCheck::IPv4:
        return NetworkValidator::ipv4(text, begin, end);
    case RuleCheck::IPv6:
        return NetworkValidator::ipv6(text, begin, end);
    case RuleCheck::BirthDate:
        return ContextValidator::birthDate(text, begin, end, publicMentions);
    case RuleCheck::GeoPair:
        return ContextValidator::geoPair(text, begin, end);
    case RuleCheck::Handle:
        return NetworkValidator::handle(text, begin, end);
    case RuleCheck::ProfileUrl:
        return NetworkValidator::profileUrl(text, begin, end);
    case RuleCheck::HandleInContext:
        return NetworkValidator::handleInContext(text, begin, end);
    case RuleCheck::Address:
        return AddressValidator::address(text, begin, end);
    }
    return false;
}

void Detector::Impl::extract(std::size_t index, std::string_view text, std::vector<DetectedSpan>& out,
                             const std::vector<DetectedSpan>& publicMentions) const
{
    const Rule& rule = catalogue.rules()[index];
    const RE2& re = *patterns[index];
    const auto groups = static_cast<std::size_t>(rule.group) + 1;
    // Built-in rules use at most group 1: no allocation on the hot path.
    std::array<re2::StringPiece, 4> small {};
    std::vector<re2::StringPiece> large(groups > small.size() ? groups : 0);
    re2::StringPiece* sub = groups > small.size() ? large.data() : small.data();
    const re2::StringPiece input(text.data(), text.size());
    // Searches start where a match can (the rest of the text is still RE2's
    // context), and none runs when no such byte is left.
    std::call_once(firstBytesOnce[index], [&] { firstBytes[index] = FirstBytes::of(re, ruleOptions); });
    const FirstBytes& first = firstBytes[index];
    std::size_t pos = first.next(text, 0);
    while (pos < text.size() || (pos == text.size() && first.all())) {
        if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, sub, static_cast<int>(groups))) {
            break;
        }
        const auto wholeBegin = static_cast<std::size_t>(sub[0].data() - text.data());
        const std::size_t wholeEnd = wholeBegin + sub[0].size();
        const re2::StringPiece value = sub[groups - 1];
        if (value.data() != nullptr && !value.empty()) {
            std::size_t begin = static_cast<std::size_t>(value.data() - text.data());
            std::size_t end = begin + value.size();
            if (validate(rule, text, begin, end, publicMentions) && begin < end && end <= text.size()) {
                out.push_back({ begin, end, rule.category, rule.confidence, rule.name });
            }
        }
        pos = first.next(text, wholeEnd > wholeBegin ? wholeEnd : wholeBegin + 1);
    }
}

std::vector<DetectedSpan> Detector::detect(std::string_view utf8) const
{
    if (utf8.empty()) {
        return {};
    }
    // Reused per thread: no allocation per text once warm.
    thread_local std::vector<DetectedSpan> candidates;
    thread_local std::vector<DetectedSpan> publicMentions;
    thread_local std::vector<int> hits;
    candidates.clear();
    publicMentions.clear();
    // The name finder's tokeniser also tells which rule sets can match: most
    // built-in rules cannot without a digit, '@', ':' or '/', and the word
    // rules need one of a few words (WordPrefilter).
    WordPrefilter::Scan scan;
    m_impl->names.find(utf8, candidates, publicMentions, scan);
    const re2::StringPiece input(utf8.data(), utf8.size());
    const bool symbol = scan.symbol;
    const RE2::Set& set = symbol ? m_impl->symbolSet : m_impl->wordSet;
    const std::vector<std::size_t>& rules = symbol ? m_impl->symbolRules : m_impl->wordRules;
    const bool skip = !symbol && m_impl->wordRulesBuiltIn && !scan.wordsMayMatch;
    if (!skip && !rules.empty() && set.Match(input, &hits)) {
        for (const int hit : hits) {
            m_impl->extract(rules[static_cast<std::size_t>(hit)], utf8, candidates, publicMentions);
        }
    }
    return SpanResolver::resolve(candidates, utf8);
}

}  // namespace veil::redact
