// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/main/Pane.h"

class QTreeView;

namespace veil::ui {

/// Left pane: imported batches and their tasks.
class QueuePane : public Pane {
    Q_OBJECT

public:
    explicit QueuePane(QWidget* parent = nullptr);
    [[nodiscard]] QTreeView* view() const { return m_view; }

private:
    QTreeView* m_view = nullptr;
};

}  // namespace veil::ui
