// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace veil::model {

/// One question of a batch's rubric (docs/formats.md, "Rubric").
struct RubricItem {
    enum class Kind {
        Scale,  ///< an integer from `minimum` to `maximum`
        Single,  ///< one of `options`
        Multiple,  ///< any of `options` (a JSON array of them)
        Flag,  ///< a yes/no checkbox (a JSON bool)
        Text,  ///< free text, scanned for personal data
    };
    QString id;
    Kind kind = Kind::Text;
    QString label;
    int minimum = 1;
    int maximum = 5;
    QStringList options;
    /// Scales and single choices must be answered unless the rubric says
    /// `"required": false`; the other kinds are optional unless it says true.
    bool required = false;
};

/// The review form a batch's rubric describes, and the rules its answers
/// follow. Parsing refuses a rubric the form could not show (unknown kinds,
/// missing or repeated ids, empty option lists, an inverted scale), so a
/// window never has to guess; check() says which answers are missing or
/// invalid before ReviewWork::submit() is called.
class RubricForm {
    Q_DECLARE_TR_FUNCTIONS(RubricForm)

public:
    struct Problem {
        QString itemId;
        QString message;  ///< for the reviewer: names the question
    };

    /// `rubric` is the batch header's rubric object.
    static Result<RubricForm> parse(const QJsonObject& rubric);

    [[nodiscard]] const QString& title() const { return m_title; }
    [[nodiscard]] const QList<RubricItem>& items() const { return m_items; }
    [[nodiscard]] const RubricItem* item(const QString& id) const;

    /// Every missing required answer and every answer of the wrong type or
    /// outside its item's range or options, in form order; empty when the
    /// answers may be submitted. Keys the rubric does not know are problems.
    [[nodiscard]] QList<Problem> check(const QJsonObject& answers) const;
    /// Only the free-text answers: what the redact engine is asked about
    /// (choices are the rubric's own words, never personal data).
    [[nodiscard]] QJsonObject freeText(const QJsonObject& answers) const;

private:
    QString m_title;
    QList<RubricItem> m_items;
};

}  // namespace veil::model
