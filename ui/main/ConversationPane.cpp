// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationPane.h"

#include <QListView>

namespace veil::ui {

ConversationPane::ConversationPane(QWidget* parent)
    : Pane(tr("Conversation"),
           tr("Select a task in the queue to read its conversation.\n\n"
              "Personal data stays masked until you give a reason to reveal it."),
           parent)
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Conversation"));
    setContent(m_view);
    setMinimumWidth(360);
}

}  // namespace veil::ui
