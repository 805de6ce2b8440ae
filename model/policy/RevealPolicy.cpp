// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/policy/RevealPolicy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace veil::model {

namespace {

const QString kPrefix = QStringLiteral("policy: ");

/// A JSON value as the policy author wrote it, for "(got …)" in messages.
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// JSON has only doubles; an integer field must hold an exact integer
/// (3.5, "3", true and 1e300 are all refused).
std::optional<int> exactInteger(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    constexpr double kIntMax = std::numeric_limits<int>::max();
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kIntMax) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

/// min is 0 or 1: fields are either counts that may be zero or amounts that
/// must be positive; the message says which.
Result<int> readInteger(const QJsonObject& json, const QString& key, int min, int max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        return fail(kPrefix + QStringLiteral("%1 is missing").arg(key));
    }
    const auto number = exactInteger(value);
    if (!number || *number < min) {
        const QString expected
            = min > 0 ? QStringLiteral("a positive integer") : QStringLiteral("a non-negative integer");
        return fail(kPrefix + QStringLiteral("%1 must be %2 (got %3)").arg(key, expected, describe(value)));
    }
    if (*number > max) {
        return fail(kPrefix
                    + QStringLiteral("%1 must be at most %2 (got %3)").arg(key).arg(max).arg(*number));
    }
    return *number;
}

Result<QString> readNonEmptyString(const QJsonObject& json, const QString& key, const QString& where)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        return fail(kPrefix + QStringLiteral("%1%2 is missing").arg(where, key));
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return fail(
            kPrefix
            + QStringLiteral("%1%2 must be a non-empty string (got %3)").arg(where, key, describe(value)));
    }
    return value.toString();
}

Result<QList<ReasonCode>> readReasonCodes(const QJsonObject& json)
{
    const QString key = QStringLiteral("reason_codes");
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        return fail(kPrefix + QStringLiteral("reason_codes is missing"));
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fail(kPrefix
                    + QStringLiteral("reason_codes must be a non-empty array (got %1)").arg(describe(value)));
    }
    QList<ReasonCode> codes;
    QSet<QString> seen;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("reason_codes[%1].").arg(i);
        if (!array.at(i).isObject()) {
            return fail(kPrefix
                        + QStringLiteral("reason_codes[%1] must be an object with code and label (got %2)")
                              .arg(i)
                              .arg(describe(array.at(i))));
        }
        const QJsonObject entry = array.at(i).toObject();
        auto code = readNonEmptyString(entry, QStringLiteral("code"), where);
        if (!code) {
            return fail(code.error());
        }
        auto label = readNonEmptyString(entry, QStringLiteral("label"), where);
        if (!label) {
            return fail(label.error());
        }
        // The audit log records the code alone, so two reasons with one code
        // would be indistinguishable afterwards.
        if (seen.contains(code.value())) {
            return fail(kPrefix + QStringLiteral("reason code \"%1\" is listed twice").arg(code.value()));
        }
        seen.insert(code.value());
        codes.append(ReasonCode { std::move(code).value(), std::move(label).value() });
    }
    return codes;
}

Result<RolePolicy> readRole(const QJsonObject& roles, const QString& name)
{
    const QJsonValue value = roles.value(name);
    if (value.isUndefined()) {
        return fail(kPrefix + QStringLiteral("roles.%1 is missing").arg(name));
    }
    if (!value.isObject()) {
        return fail(kPrefix
                    + QStringLiteral("roles.%1 must be an object (got %2)").arg(name, describe(value)));
    }
    const QJsonObject json = value.toObject();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("categories") && it.key() != QLatin1String("images")) {
            return fail(kPrefix + QStringLiteral("roles.%1 has an unknown field \"%2\"").arg(name, it.key()));
        }
    }

    RolePolicy role;
    const QJsonValue categories = json.value(QStringLiteral("categories"));
    if (categories.isUndefined()) {
        return fail(kPrefix + QStringLiteral("roles.%1.categories is missing").arg(name));
    }
    if (!categories.isArray()) {
        return fail(kPrefix
                    + QStringLiteral("roles.%1.categories must be an array of category names (got %2)")
                          .arg(name, describe(categories)));
    }
    for (const QJsonValue& category : categories.toArray()) {
        if (!category.isString() || !RevealPolicy::knownCategories().contains(category.toString())) {
            return fail(kPrefix
                        + QStringLiteral("roles.%1.categories: unknown category %2 (expected one of %3)")
                              .arg(name, describe(category), RevealPolicy::knownCategories().join(u", ")));
        }
        if (!role.categories.contains(category.toString())) {
            role.categories.append(category.toString());
        }
    }

    const QJsonValue images = json.value(QStringLiteral("images"));
    if (images.isUndefined()) {
        return fail(kPrefix + QStringLiteral("roles.%1.images is missing").arg(name));
    }
    if (!images.isBool()) {
        return fail(
            kPrefix
            + QStringLiteral("roles.%1.images must be true or false (got %2)").arg(name, describe(images)));
    }
    role.images = images.toBool();
    return role;
}

const QStringList& roleNames()
{
    static const QStringList names { QStringLiteral("reviewer"), QStringLiteral("supervisor") };
    return names;
}

const QStringList& topLevelFields()
{
    static const QStringList fields {
        QStringLiteral("version"),
        QStringLiteral("text"),
        QStringLiteral("reason_codes"),
        QStringLiteral("roles"),
        QStringLiteral("min_justification_chars"),
        QStringLiteral("repeat_window"),
        QStringLiteral("quota_per_task"),
        QStringLiteral("quota_per_day"),
        QStringLiteral("display_seconds"),
    };
    return fields;
}

}  // namespace

const QStringList& RevealPolicy::knownCategories()
{
    static const QStringList categories {
        QStringLiteral("PERSON"),         QStringLiteral("EMAIL"),           QStringLiteral("PHONE"),
        QStringLiteral("STREET_ADDRESS"), QStringLiteral("CREDIT_CARD"),     QStringLiteral("IBAN"),
        QStringLiteral("GOV_ID"),         QStringLiteral("IP_ADDRESS"),      QStringLiteral("DATE_OF_BIRTH"),
        QStringLiteral("SOCIAL_HANDLE"),  QStringLiteral("GEO_COORDINATES"),
    };
    return categories;
}

Result<RevealPolicy> RevealPolicy::fromJson(const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!topLevelFields().contains(it.key())) {
            return fail(kPrefix
                        + QStringLiteral("unknown field \"%1\" (this version of Veil cannot enforce it)")
                              .arg(it.key()));
        }
    }
    if (json.contains(QStringLiteral("version"))) {
        const QJsonValue version = json.value(QStringLiteral("version"));
        if (exactInteger(version) != kVersion) {
            return fail(kPrefix
                        + QStringLiteral("unsupported version %1 (this version of Veil reads version %2)")
                              .arg(describe(version))
                              .arg(kVersion));
        }
    }

    RevealPolicy policy;
    auto text = readNonEmptyString(json, QStringLiteral("text"), QString());
    if (!text) {
        return fail(text.error());
    }
    policy.m_text = std::move(text).value();

    auto codes = readReasonCodes(json);
    if (!codes) {
        return fail(codes.error());
    }
    policy.m_reasonCodes = std::move(codes).value();

    const QJsonValue roles = json.value(QStringLiteral("roles"));
    if (roles.isUndefined()) {
        return fail(kPrefix + QStringLiteral("roles is missing"));
    }
    if (!roles.isObject()) {
        return fail(kPrefix + QStringLiteral("roles must be an object (got %1)").arg(describe(roles)));
    }
    const QJsonObject roleObject = roles.toObject();
    for (auto it = roleObject.begin(); it != roleObject.end(); ++it) {
        if (!roleNames().contains(it.key())) {
            return fail(kPrefix
                        + QStringLiteral("unknown role \"%1\" in roles (expected reviewer and supervisor)")
                              .arg(it.key()));
        }
    }
    auto reviewer = readRole(roleObject, QStringLiteral("reviewer"));
    if (!reviewer) {
        return fail(reviewer.error());
    }
    policy.m_reviewer = std::move(reviewer).value();
    auto supervisor = readRole(roleObject, QStringLiteral("supervisor"));
    if (!supervisor) {
        return fail(supervisor.error());
    }
    policy.m_supervisor = std::move(supervisor).value();

    struct IntegerField {
        const char* key;
        int min;
        int max;
        int RevealPolicy::*member;
    };
    // repeat_window may be 0 (no repeat check); the rest must be positive:
    // a quota of 0 would be a policy that forbids every reveal, which an
    // issuer expresses by listing no categories, not by a typo-prone zero.
    const IntegerField fields[] = {
        { "min_justification_chars", 1, kMaxJustificationChars, &RevealPolicy::m_minJustificationChars },
        { "repeat_window", 0, kMaxRepeatWindow, &RevealPolicy::m_repeatWindow },
        { "quota_per_task", 1, kMaxQuotaPerTask, &RevealPolicy::m_quotaPerTask },
        { "quota_per_day", 1, kMaxQuotaPerDay, &RevealPolicy::m_quotaPerDay },
        { "display_seconds", 1, kMaxDisplaySeconds, &RevealPolicy::m_displaySeconds },
    };
    for (const IntegerField& field : fields) {
        auto value = readInteger(json, QString::fromLatin1(field.key), field.min, field.max);
        if (!value) {
            return fail(value.error());
        }
        policy.*field.member = value.value();
    }
    return policy;
}

bool RevealPolicy::hasReasonCode(const QString& code) const
{
    return std::any_of(m_reasonCodes.begin(), m_reasonCodes.end(),
                       [&](const ReasonCode& reason) { return reason.code == code; });
}

const RolePolicy* RevealPolicy::role(const QString& name) const
{
    if (name == QLatin1String("reviewer")) {
        return &m_reviewer;
    }
    if (name == QLatin1String("supervisor")) {
        return &m_supervisor;
    }
    return nullptr;
}

}  // namespace veil::model
