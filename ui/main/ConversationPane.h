// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/main/Pane.h"

class QListView;

namespace veil::ui {

/// Centre pane: the masked conversation of the current task.
class ConversationPane : public Pane {
    Q_OBJECT

public:
    explicit ConversationPane(QWidget* parent = nullptr);
    [[nodiscard]] QListView* view() const { return m_view; }

private:
    QListView* m_view = nullptr;
};

}  // namespace veil::ui
