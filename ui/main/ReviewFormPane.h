// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/review/RubricForm.h"
#include "ui/main/Pane.h"

#include <QJsonObject>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;

namespace veil::model {
class ReviewWork;
}

namespace veil::ui {

class RubricFormView;

/// Right pane: the review form of the task shown, generated from its batch's
/// rubric (model::RubricForm, shown by RubricFormView): rating scales, single and multiple choice,
/// flags and free text. Answers autosave to the vault as a draft (a second
/// after the last change, and at once on flush(): task switch, lock) and come
/// back when the task is opened again. Free text is checked by the redact
/// engine while the reviewer types, with a "Mask it" action. "Submit and
/// next" checks the answers with the rubric's rules, submits through
/// model::ReviewWork and asks the window for the next open task.
class ReviewFormPane : public Pane {
    Q_OBJECT

public:
    /// How long typing must pause before the draft is saved / the notes are
    /// scanned. Short enough that nothing is lost on a crash, long enough
    /// not to write to the vault on every key.
    static constexpr int kAutosaveMs = 1000;
    static constexpr int kScanMs = 400;

    explicit ReviewFormPane(QWidget* parent = nullptr);
    ~ReviewFormPane() override;

    [[nodiscard]] QScrollArea* formArea() const { return m_area; }
    [[nodiscard]] QAction* submitAction() const { return m_submitAction; }

    /// Shows the form of `taskId` of `batchId` for `rubric` with its saved
    /// draft; a new task becomes "in progress" with its first answer. A pending draft of the task
    /// shown before is saved first. `work` is not owned; null clears.
    void setTask(model::ReviewWork* work, const QString& batchId, const QString& taskId,
                 const QJsonObject& rubric);
    /// Saves a pending draft, then shows the empty state (before lock).
    void clear();
    /// Saves the draft now if it changed since it was last saved; false (and
    /// the reason shown in the form) when the vault refused it.
    bool flush();

    [[nodiscard]] const QString& batchId() const { return m_batchId; }
    [[nodiscard]] const QString& taskId() const { return m_taskId; }
    /// The answers as the form holds them now (unanswered items left out).
    [[nodiscard]] QJsonObject answers() const;

public slots:
    /// Checks the answers; if complete, submits them and emits submitted().
    void submitAndNext();

signals:
    /// A task's state changed (first answer given, or submitted).
    void stateChanged();
    /// `taskId` was submitted; `maskedOnExport` free-text values will be
    /// masked in the results export. The window moves on to the next task.
    void submitted(const QString& batchId, const QString& taskId, int maskedOnExport);

private:
    void showForm(RubricFormView* view);
    void setSubmitted(bool submitted);
    void edited();
    void scanFreeText();
    void maskFreeText(const QString& itemId);
    void showMessage(const QString& text, bool problem);

    QScrollArea* m_area = nullptr;
    QAction* m_submitAction = nullptr;
    RubricFormView* m_form = nullptr;  ///< the task's form, in m_area
    QLabel* m_message = nullptr;
    QLabel* m_draftStatus = nullptr;
    QPushButton* m_submitButton = nullptr;
    std::optional<model::RubricForm> m_rubric;
    model::ReviewWork* m_work = nullptr;
    QString m_batchId;
    QString m_taskId;
    bool m_dirty = false;
    bool m_started = false;  ///< the task is past "new"
    QTimer m_autosave;
    QTimer m_scan;
};

}  // namespace veil::ui
