// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/catalogue/Catalogue.h"

#include "redact/catalogue/BuiltinRules.h"

#include <re2/re2.h>
#include <simdjson.h>

#include <fstream>
#include <set>
#include <sstream>

namespace veil::redact {

namespace {

Error ruleError(std::string_view file, std::string_view rule, const std::string& what)
{
    std::string message(file);
    message += ": rule '";
    message += rule;
    message += "': ";
    message += what;
    return Error { message };
}

}  // namespace

Catalogue Catalogue::builtin()
{
    Catalogue catalogue;
    catalogue.m_rules = BuiltinRules::all();
    return catalogue;
}

Result<std::vector<Rule>> Catalogue::parseOrganisationRules(std::string_view json, std::string_view fileName)
{
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::dom::element root;
    if (const auto error = parser.parse(padded).get(root)) {
        return Error { std::string(fileName) + ": not valid JSON: " + simdjson::error_message(error) };
    }
    simdjson::dom::array list;
    if (root.is_array()) {
        list = root.get_array().value_unsafe();
    } else if (root["rules"].get(list) != simdjson::SUCCESS) {
        return Error { std::string(fileName)
                       + ": expected an object with a \"rules\" array (docs/redact.md, "
                         "\"Organisation rules\")" };
    }
    std::vector<Rule> rules;
    std::set<std::string, std::less<>> names;
    std::size_t index = 0;
    for (const simdjson::dom::element entry : list) {
        ++index;
        const std::string fallbackName = "#" + std::to_string(index);
        if (!entry.is_object()) {
            return ruleError(fileName, fallbackName, "expected a JSON object");
        }
        std::string_view name;
        if (entry["name"].get(name) != simdjson::SUCCESS || name.empty()) {
            return ruleError(fileName, fallbackName, "missing field \"name\" (a non-empty string)");
        }
        Rule rule;
        rule.name = std::string(name);
        rule.origin = std::string(fileName);
        if (!names.insert(rule.name).second) {
            return ruleError(fileName, name, "duplicate rule name");
        }
        std::string_view category;
        if (entry["category"].get(category) != simdjson::SUCCESS) {
            return ruleError(fileName, name, "missing field \"category\" (a string)");
        }
        const auto parsed = categoryFromName(category);
        if (!parsed || *parsed == Category::Image) {
            return ruleError(fileName, name,
                             "unknown category '" + std::string(category)
                                 + "' (expected one of PERSON, EMAIL, PHONE, STREET_ADDRESS, "
                                   "CREDIT_CARD, IBAN, GOV_ID, IP_ADDRESS, DATE_OF_BIRTH, "
                                   "SOCIAL_HANDLE, GEO_COORDINATES)");
        }
        rule.category = *parsed;
        std::string_view pattern;
        if (entry["pattern"].get(pattern) != simdjson::SUCCESS || pattern.empty()) {
            return ruleError(fileName, name, "missing field \"pattern\" (an RE2 regular expression)");
        }
        rule.pattern = std::string(pattern);
        double confidence = 0.9;
        if (const auto field = entry["confidence"]; field.error() == simdjson::SUCCESS) {
            if (field.get(confidence) != simdjson::SUCCESS || confidence <= 0.0 || confidence > 1.0) {
                return ruleError(fileName, name, "\"confidence\" must be a number in (0, 1]");
            }
        }
        rule.confidence = static_cast<float>(confidence);
        int64_t group = 0;
        if (const auto field = entry["group"]; field.error() == simdjson::SUCCESS) {
            if (field.get(group) != simdjson::SUCCESS || group < 0) {
                return ruleError(fileName, name, "\"group\" must be a non-negative integer");
            }
        }
        RE2::Options options;
        options.set_log_errors(false);
        const RE2 compiled(rule.pattern, options);
        if (!compiled.ok()) {
            return ruleError(fileName, name, "invalid RE2 pattern: " + compiled.error());
        }
        if (group > compiled.NumberOfCapturingGroups()) {
            return ruleError(fileName, name,
                             "\"group\" " + std::to_string(group) + " but the pattern has only "
                                 + std::to_string(compiled.NumberOfCapturingGroups())
                                 + " capturing group(s)");
        }
        rule.group = static_cast<int>(group);
        rules.push_back(std::move(rule));
    }
    return rules;
}

Result<std::vector<Rule>> Catalogue::loadOrganisationRules(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error { path + ": cannot open the rule file" };
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseOrganisationRules(buffer.str(), path);
}

Result<bool> Catalogue::add(std::vector<Rule> rules)
{
    std::set<std::string, std::less<>> names;
    for (const Rule& existing : m_rules) {
        names.insert(existing.name);
    }
    for (const Rule& rule : rules) {
        if (names.count(rule.name) != 0) {
            return ruleError(rule.origin, rule.name, "a rule with this name already exists");
        }
    }
    for (Rule& rule : rules) {
        m_rules.push_back(std::move(rule));
    }
    return true;
}

}  // namespace veil::redact
