// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/reveal/MaskedSpanText.h"

#include <cmath>

namespace veil::ui {

QString MaskedSpanText::categoryNoun(const QString& category)
{
    struct Noun {
        const char* category;
        const char* noun;
    };
    static constexpr Noun kNouns[] = {
        { "PERSON", QT_TR_NOOP("person's name") },
        { "EMAIL", QT_TR_NOOP("e-mail address") },
        { "PHONE", QT_TR_NOOP("phone number") },
        { "STREET_ADDRESS", QT_TR_NOOP("street address") },
        { "CREDIT_CARD", QT_TR_NOOP("credit card number") },
        { "IBAN", QT_TR_NOOP("bank account number (IBAN)") },
        { "GOV_ID", QT_TR_NOOP("government ID number") },
        { "IP_ADDRESS", QT_TR_NOOP("IP address") },
        { "DATE_OF_BIRTH", QT_TR_NOOP("date of birth") },
        { "SOCIAL_HANDLE", QT_TR_NOOP("social media handle") },
        { "GEO_COORDINATES", QT_TR_NOOP("location coordinates") },
        { "IMAGE", QT_TR_NOOP("image") },
    };
    for (const Noun& noun : kNouns) {
        if (category == QLatin1String(noun.category)) {
            return tr(noun.noun);
        }
    }
    return category.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString MaskedSpanText::accessibleName(const model::ConversationModel::Chip& chip)
{
    return tr("masked %1, %2").arg(categoryNoun(chip.category), chip.label);
}

QString MaskedSpanText::whyMasked(const model::ConversationModel::Chip& chip)
{
    const QString what = tr("%1 — a %2").arg(chip.label, categoryNoun(chip.category));
    if (chip.rule.isEmpty() || chip.rule == QLatin1String("upstream")) {
        return tr("%1, masked upstream before the batch was built.").arg(what);
    }
    return tr("%1, masked by the rule “%2” (confidence %3 %).")
        .arg(what, chip.rule)
        .arg(static_cast<int>(std::lround(chip.confidence * 100)));
}

}  // namespace veil::ui
