// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/main/Pane.h"
#include "ui/reveal/RevealDialog.h"

#include <QPointer>

#include <optional>

class QLabel;
class QListView;

namespace veil::model {
class RevealService;
}

namespace veil::ui {

class ConversationView;
class RevealController;

/// Centre pane: the masked conversation of the current task, whose chips
/// open the reveal dialog. Every reveal goes through the model's
/// RevealService; the granted value is shown in place, with its countdown,
/// by RevealController, and re-masked when its time is over, when the task
/// changes, on Esc, or as soon as the window loses focus.
class ConversationPane : public Pane {
    Q_OBJECT

public:
    explicit ConversationPane(QWidget* parent = nullptr);
    ~ConversationPane() override;

    [[nodiscard]] QListView* view() const;
    [[nodiscard]] ConversationView* conversationView() const { return m_view; }

    /// The reveal service of the batch shown (Profile::reveals()); not owned,
    /// must outlive its use here. Null (the default): activating a chip
    /// explains that reveals need an unlocked profile. The view's model must
    /// be a model::ConversationModel whose task index is set.
    void setRevealService(model::RevealService* service);
    [[nodiscard]] RevealController* revealController() const { return m_controller; }
    /// The reveal dialog while it is open.
    [[nodiscard]] RevealDialog* revealDialog() const { return m_dialog; }
    /// One line above the conversation: the countdown of a shown value, or
    /// why a reveal is not possible.
    [[nodiscard]] QLabel* notice() const { return m_notice; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void requestReveal(int row, int chip);
    void submit(int row, int chip, const QString& reasonCode, const QString& justification);
    void revealChanged();
    void setNotice(const QString& text);
    /// Shows the granted value once this window is the active one again: the
    /// dialog closing hands activation back asynchronously, and a value shown
    /// before that would be re-masked by the transient deactivation.
    void showPendingWhenActive();

    struct Pending {
        int row = -1;
        int chip = -1;
        QString label;
        model::RevealedValue value;
    };

    ConversationView* m_view = nullptr;
    QLabel* m_notice = nullptr;
    RevealController* m_controller = nullptr;
    model::RevealService* m_service = nullptr;
    QPointer<RevealDialog> m_dialog;
    QPointer<QWidget> m_watchedWindow;
    int m_shownRow = -1;
    std::optional<Pending> m_pending;
};

}  // namespace veil::ui
