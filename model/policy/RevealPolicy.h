// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/policy/PolicyTypes.h"

#include <QJsonObject>
#include <QList>

namespace veil::model {

/// The reveal policy a batch carries in its signed header (format:
/// resources/model/default-policy.json). A RevealPolicy only exists in a
/// valid state: fromJson() checks every field's presence, type and range.
///
/// Parsing fails closed. The issuer signed this policy to limit what a
/// workstation may reveal, so a field this version does not understand may be
/// a restriction it cannot enforce: unknown fields, unknown roles and unknown
/// categories are refused rather than ignored.
class RevealPolicy {
public:
    /// The only policy format version this code reads; an absent "version"
    /// means this one.
    static constexpr int kVersion = 1;

    /// Bounds for the numeric fields. They catch typos and absurd policies
    /// ("display_seconds": 86400 would defeat re-masking), not matters of taste.
    static constexpr int kMaxJustificationChars = 1000;
    static constexpr int kMaxRepeatWindow = 100;
    static constexpr int kMaxQuotaPerTask = 1000;
    static constexpr int kMaxQuotaPerDay = 10000;
    static constexpr int kMaxDisplaySeconds = 300;

    /// Names the first problem found, prefixed "policy: " (e.g.
    /// "policy: quota_per_day must be a positive integer (got 0)").
    static Result<RevealPolicy> fromJson(const QJsonObject& json);

    /// The category names a policy may list (DESIGN.md, "Formats").
    static const QStringList& knownCategories();
    /// The category name used for image attachments.
    static QString imageCategory() { return QStringLiteral("IMAGE"); }

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const QList<ReasonCode>& reasonCodes() const { return m_reasonCodes; }
    [[nodiscard]] bool hasReasonCode(const QString& code) const;
    /// nullptr for a role the policy does not define.
    [[nodiscard]] const RolePolicy* role(const QString& name) const;
    [[nodiscard]] int minJustificationChars() const { return m_minJustificationChars; }
    [[nodiscard]] int repeatWindow() const { return m_repeatWindow; }
    [[nodiscard]] int quotaPerTask() const { return m_quotaPerTask; }
    [[nodiscard]] int quotaPerDay() const { return m_quotaPerDay; }
    [[nodiscard]] int displaySeconds() const { return m_displaySeconds; }

private:
    RevealPolicy() = default;

    QString m_text;
    QList<ReasonCode> m_reasonCodes;
    RolePolicy m_reviewer;
    RolePolicy m_supervisor;
    int m_minJustificationChars = 0;
    int m_repeatWindow = 0;
    int m_quotaPerTask = 0;
    int m_quotaPerDay = 0;
    int m_displaySeconds = 0;
};

}  // namespace veil::model
