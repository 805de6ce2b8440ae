// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace veil::ui {

/// One of the main window's three panes: a title, and either its content
/// widget or — while there is nothing to show — a short, centred explanation
/// of what will appear there and how to get it.
class Pane : public QWidget {
    Q_OBJECT

public:
    Pane(const QString& title, const QString& emptyText, QWidget* parent = nullptr);

    /// Shows the content widget (true) or the empty-state text (false).
    void setHasContent(bool hasContent);
    [[nodiscard]] bool hasContent() const;
    [[nodiscard]] QString emptyText() const;

protected:
    /// Installs the pane's content widget; called once by subclasses.
    void setContent(QWidget* content);

private:
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QStackedLayout* m_stack = nullptr;
};

}  // namespace veil::ui
