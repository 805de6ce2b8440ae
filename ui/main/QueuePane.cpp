// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/QueuePane.h"

#include <QTreeView>

namespace veil::ui {

QueuePane::QueuePane(QWidget* parent)
    : Pane(tr("Queue"), tr("No batches yet.\n\nBatches you import appear here with their tasks."), parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("queuePane"));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Task queue"));
    setContent(m_view);
    setMinimumWidth(220);
}

}  // namespace veil::ui
