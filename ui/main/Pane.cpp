// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/Pane.h"

#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace veil::ui {

Pane::Pane(const QString& title, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_empty(new QLabel(emptyText, this))
    , m_stack(new QStackedLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    m_title->setContentsMargins(8, 6, 8, 6);

    m_empty->setObjectName(QStringLiteral("paneEmptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(16, 16, 16, 16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);
    m_empty->setFrameShape(QFrame::StyledPanel);

    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addLayout(m_stack, 1);
}

void Pane::setContent(QWidget* content)
{
    m_stack->addWidget(content);
    setFocusProxy(content);
}

void Pane::setHasContent(bool hasContent)
{
    if (m_stack->count() > 1) {
        m_stack->setCurrentIndex(hasContent ? 1 : 0);
    }
}

bool Pane::hasContent() const
{
    return m_stack->currentIndex() == 1;
}

QString Pane::emptyText() const
{
    return m_empty->text();
}

}  // namespace veil::ui
