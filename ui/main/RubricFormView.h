// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/profile/ReviewWork.h"
#include "model/review/RubricForm.h"

#include <QJsonObject>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace veil::ui {

/// The widgets of one rubric (model::RubricForm): a row of radio buttons per
/// scale, radio buttons per single choice, check boxes per multiple choice
/// and flag, a text box per free-text item with room for a personal-data
/// warning and its "Mask It" button. It holds answers and shows warnings;
/// saving, checking and submitting are ReviewFormPane's.
class RubricFormView : public QWidget {
    Q_OBJECT

public:
    explicit RubricFormView(const model::RubricForm& form, QWidget* parent = nullptr);
    ~RubricFormView() override;

    /// The answers as shown (unanswered items left out, flags always in).
    [[nodiscard]] QJsonObject answers() const;
    /// Shows `answers` (a draft) without emitting edited().
    void setAnswers(const QJsonObject& answers);
    /// Under each free-text item: what the redact engine found in it.
    void showPersonalData(const QList<model::PersonalDataWarning>& found);
    [[nodiscard]] QString text(const QString& itemId) const;
    /// Replaces a free-text answer as if typed (edited() follows).
    void replaceText(const QString& itemId, const QString& text);
    /// The widget the keyboard goes to for `itemId`, or null.
    [[nodiscard]] QWidget* input(const QString& itemId) const;

signals:
    /// The reviewer changed an answer.
    void edited();
    /// The reviewer changed a free-text answer (scan it again).
    void textEdited();
    /// "Mask It" was pressed under free-text item `itemId`.
    void maskRequested(const QString& itemId);

private:
    struct Field {
        model::RubricItem item;
        QButtonGroup* choices = nullptr;  ///< scale and single choice
        QList<QCheckBox*> boxes;  ///< multiple choice and flag
        QPlainTextEdit* text = nullptr;
        QLabel* warning = nullptr;  ///< personal data seen in `text`
        QPushButton* mask = nullptr;
        QWidget* focus = nullptr;
    };

    QWidget* buildField(Field& field);
    void buildChoices(Field& field, QWidget* box, bool scale);
    void buildText(Field& field, QWidget* box);
    [[nodiscard]] const Field* field(const QString& itemId) const;
    void changed();

    std::vector<Field> m_fields;
    bool m_loading = false;
};

}  // namespace veil::ui
