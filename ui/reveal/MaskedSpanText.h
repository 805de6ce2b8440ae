// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/review/ConversationModel.h"

#include <QCoreApplication>

namespace veil::ui {

/// The words the conversation view uses for a masked span: the category as a
/// noun ("phone number"), the accessible name of its chip and the "why
/// masked" tooltip. None of them ever contains an original value.
class MaskedSpanText {
    Q_DECLARE_TR_FUNCTIONS(MaskedSpanText)

public:
    /// "phone number" for PHONE; the category itself, lower-cased, when unknown.
    static QString categoryNoun(const QString& category);
    /// "masked phone number, PHONE 1".
    static QString accessibleName(const model::ConversationModel::Chip& chip);
    /// Category, rule and confidence, or "masked upstream".
    static QString whyMasked(const model::ConversationModel::Chip& chip);
};

}  // namespace veil::ui
