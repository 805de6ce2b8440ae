// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace veil::ui {

/// Help → Keyboard Shortcuts: every action that has a shortcut, read from the
/// actions themselves so the list can never go stale.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

}  // namespace veil::ui
