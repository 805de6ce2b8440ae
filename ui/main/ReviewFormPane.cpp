// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ReviewFormPane.h"

#include <QScrollArea>

namespace veil::ui {

ReviewFormPane::ReviewFormPane(QWidget* parent)
    : Pane(tr("Review"),
           tr("The review form for the selected task appears here: ratings, labels and notes "
              "from the batch's rubric."),
           parent)
    , m_area(new QScrollArea(this))
{
    setObjectName(QStringLiteral("reviewFormPane"));
    m_area->setObjectName(QStringLiteral("reviewFormArea"));
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    setContent(m_area);
    setMinimumWidth(260);
}

}  // namespace veil::ui
