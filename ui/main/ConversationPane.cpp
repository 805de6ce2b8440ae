// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationPane.h"

#include "model/reveal/RevealService.h"
#include "model/review/ConversationModel.h"
#include "ui/main/ConversationView.h"
#include "ui/reveal/RevealController.h"
#include "ui/reveal/RevealDialog.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace veil::ui {

ConversationPane::ConversationPane(QWidget* parent)
    : Pane(tr("Conversation"),
           tr("Select a task in the queue to read its conversation.\n\n"
              "Personal data stays masked until you give a reason to reveal it."),
           parent)
    , m_view(new ConversationView(this))
    , m_notice(new QLabel(this))
    , m_controller(new RevealController(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setRevealController(m_controller);

    m_notice->setObjectName(QStringLiteral("revealNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(10, 6, 10, 6);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x4a, 0x36, 0x00));
    m_notice->setPalette(palette);
    m_notice->hide();

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    content->setFocusProxy(m_view);
    setContent(content);
    setMinimumWidth(360);

    connect(m_view, &ConversationView::chipActivated, this, &ConversationPane::requestReveal);
    connect(m_controller, &RevealController::changed, this, &ConversationPane::revealChanged);
}

ConversationPane::~ConversationPane()
{
    m_controller->remask();
}

QListView* ConversationPane::view() const
{
    return m_view;
}

void ConversationPane::setRevealService(model::RevealService* service)
{
    m_controller->remask();
    if (RevealDialog* open = m_dialog.data(); open != nullptr) {
        open->reject();
    }
    m_pending.reset();
    m_service = service;
    setNotice({});
}

void ConversationPane::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ConversationPane::requestReveal(int row, int chip)
{
    auto* messages = qobject_cast<model::ConversationModel*>(m_view->model());
    if (m_service == nullptr || messages == nullptr) {
        setNotice(tr("Revealing a masked value needs an unlocked profile: unlock your profile and open the "
                     "batch from its queue."));
        return;
    }
    if (messages->taskIndex() < 0) {
        setNotice(tr("This conversation is not linked to a task of the batch, so nothing in it can be "
                     "revealed."));
        return;
    }
    if (m_controller->isShowing() && m_controller->row() == row && m_controller->chip() == chip) {
        return;  // already shown
    }
    auto allowance = m_service->allowance(messages->taskIndex());
    if (!allowance) {
        setNotice(tr("No reveal is possible now: %1").arg(allowance.error()));
        return;
    }
    if (RevealDialog* open = m_dialog.data(); open != nullptr) {
        open->reject();
    }
    const model::ConversationModel::Chip target = messages->chips(row).value(chip);
    auto* dialog = new RevealDialog(m_service->policy(), target, allowance.value(), this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevealDialog::revealRequested, this,
            [this, row, chip](const QString& reasonCode, const QString& justification) {
                submit(row, chip, reasonCode, justification);
            });
    connect(dialog, &QDialog::finished, m_view, [this]() { m_view->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void ConversationPane::submit(int row, int chip, const QString& reasonCode, const QString& justification)
{
    auto* messages = qobject_cast<model::ConversationModel*>(m_view->model());
    RevealDialog* dialog = m_dialog.data();
    if (m_service == nullptr || messages == nullptr || dialog == nullptr) {
        return;
    }
    const model::ConversationModel::Chip target = messages->chips(row).value(chip);
    auto outcome = m_service->request({ messages->taskIndex(), target.spanId, target.category }, reasonCode,
                                      justification);
    if (outcome.decision.granted && outcome.value) {
        m_pending.emplace(Pending { row, chip, target.label, std::move(*outcome.value) });
        dialog->accept();
        // Not every window system hands activation back to the parent of a
        // closed dialog; the value shows once it is back.
        window()->activateWindow();
        showPendingWhenActive();
        return;
    }
    if (auto allowance = m_service->allowance(messages->taskIndex())) {
        dialog->setAllowance(allowance.value());
    }
    dialog->showDenied(outcome.decision.reason);
}

void ConversationPane::showPendingWhenActive()
{
    if (m_pending && window()->isActiveWindow()) {
        Pending pending = std::move(*m_pending);
        m_pending.reset();
        m_controller->show(pending.row, pending.chip, pending.label, std::move(pending.value));
    }
}

void ConversationPane::revealChanged()
{
    auto* delegate = m_view->itemDelegate();
    const int row = m_controller->isShowing() ? m_controller->row() : -1;
    if (row != m_shownRow) {
        // The revealed value and its countdown are wider than the chip: lay
        // the affected messages out again.
        for (int changed : { m_shownRow, row }) {
            if (changed >= 0 && m_view->model() != nullptr && delegate != nullptr) {
                emit delegate->sizeHintChanged(m_view->model()->index(changed, 0));
            }
        }
        m_shownRow = row;
    } else if (row >= 0 && m_view->model() != nullptr) {
        m_view->update(m_view->model()->index(row, 0));
    }
    if (m_controller->isShowing()) {
        const int left = m_controller->secondsLeft();
        const QString label = m_controller->label();
        setNotice(
            left == 1
                ? tr("%1 is revealed for 1 more second, then masked again. Esc masks it now.").arg(label)
                : tr("%1 is revealed for %2 more seconds, then masked again. Esc masks it now.")
                      .arg(label)
                      .arg(left));
    } else if (!m_notice->text().isEmpty() && m_notice->property("reveal").toBool()) {
        setNotice({});
    }
    m_notice->setProperty("reveal", m_controller->isShowing());
}

void ConversationPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (window() != m_watchedWindow) {
        if (m_watchedWindow != nullptr) {
            m_watchedWindow->removeEventFilter(this);
        }
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

bool ConversationPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow) {
        if (event->type() == QEvent::WindowDeactivate) {
            m_controller->remask();
        } else if (event->type() == QEvent::Hide) {
            m_pending.reset();
            m_controller->remask();
        } else if (event->type() == QEvent::WindowActivate) {
            showPendingWhenActive();
        }
    }
    return Pane::eventFilter(watched, event);
}

}  // namespace veil::ui
