// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationView.h"

#include "model/review/ConversationModel.h"
#include "ui/main/ConversationAccessible.h"
#include "ui/reveal/MaskedSpanText.h"
#include "ui/reveal/RevealController.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QToolTip>

namespace veil::ui {

using model::ConversationModel;

namespace {

/// Messages laid out per step of a batched layout: about 5 ms of work.
constexpr int kLayoutBatch = 48;

QList<ConversationModel::Chip> chipsOf(const QModelIndex& index)
{
    return index.data(ConversationModel::ChipsRole).value<QList<ConversationModel::Chip>>();
}

}  // namespace

ConversationView::ConversationView(QWidget* parent)
    : QListView(parent)
    , m_next(new QAction(tr("Next masked span"), this))
    , m_previous(new QAction(tr("Previous masked span"), this))
{
    ConversationAccessible::install();
    setItemDelegate(new ConversationDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    // Bubbles have their own heights, which take a text layout each: lay out
    // a long conversation a batch at a time between frames, so it shows at
    // once and stays responsive while the rest is measured.
    setLayoutMode(QListView::Batched);
    setBatchSize(kLayoutBatch);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(false);
    setMouseTracking(true);

    m_next->setObjectName(QStringLiteral("actionNextMaskedSpan"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_previous->setObjectName(QStringLiteral("actionPreviousMaskedSpan"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    for (QAction* action : { m_next, m_previous }) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, action]() {
            setFocus(Qt::ShortcutFocusReason);
            moveToChip(action == m_next, true);
        });
    }
}

void ConversationView::setRevealController(RevealController* controller)
{
    m_controller = controller;
}

void ConversationView::setModel(QAbstractItemModel* model)
{
    if (this->model() != nullptr) {
        disconnect(this->model(), nullptr, this, nullptr);
    }
    QListView::setModel(model);
    rowsChanged();
    if (model != nullptr) {
        // A new task hides whatever the old one showed.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
            if (m_controller != nullptr) {
                m_controller->remask();
            }
        });
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationView::rowsChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationView::rowsChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationView::rowsChanged);
    }
}

void ConversationView::rowsChanged()
{
    ++m_generation;
    m_row = -1;
    m_chip = -1;
    m_pressedRow = -1;
}

ConversationDelegate* ConversationView::conversationDelegate() const
{
    return qobject_cast<ConversationDelegate*>(itemDelegate());
}

int ConversationView::chipCount(int row) const
{
    return model() != nullptr ? static_cast<int>(chipsOf(model()->index(row, 0)).size()) : 0;
}

void ConversationView::setCurrentChip(int row, int chip)
{
    const int oldRow = m_row;
    m_row = row;
    m_chip = chip;
    if (model() == nullptr) {
        return;
    }
    if (oldRow >= 0) {
        update(model()->index(oldRow, 0));
    }
    if (row < 0) {
        return;
    }
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    scrollTo(index);
    update(index);
    emit currentChipChanged(row, chip);
    if (QAccessible::isActive()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(ConversationAccessible::childIndex(this, row, chip));
        QAccessible::updateAccessibility(&focus);
    }
}

bool ConversationView::moveToChip(bool forward, bool wrap)
{
    const int rows = model() != nullptr ? model()->rowCount() : 0;
    if (rows == 0) {
        return false;
    }
    int row = m_row;
    int chip = m_chip;
    if (row < 0 || row >= rows) {
        row = forward ? 0 : rows - 1;
        chip = forward ? -1 : chipCount(row);
    }
    for (int visited = 0; visited <= rows;) {
        chip += forward ? 1 : -1;
        if (chip >= 0 && chip < chipCount(row)) {
            setCurrentChip(row, chip);
            return true;
        }
        row += forward ? 1 : -1;
        ++visited;
        if (row < 0 || row >= rows) {
            if (!wrap) {
                return false;
            }
            row = forward ? 0 : rows - 1;
        }
        chip = forward ? -1 : chipCount(row);
    }
    return false;
}

QRect ConversationView::chipRect(int row, int chip) const
{
    ConversationDelegate* delegate = conversationDelegate();
    if (delegate == nullptr || model() == nullptr) {
        return {};
    }
    const QModelIndex index = model()->index(row, 0);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return delegate->chipRect(option, index, chip);
}

int ConversationView::chipAt(const QModelIndex& index, QPoint pos) const
{
    ConversationDelegate* delegate = conversationDelegate();
    if (delegate == nullptr || !index.isValid()) {
        return -1;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return delegate->chipAt(option, index, pos);
}

void ConversationView::activateChip(int row, int chip)
{
    if (row < 0 || chip < 0 || chip >= chipCount(row)) {
        return;
    }
    setCurrentChip(row, chip);
    emit chipActivated(row, chip);
}

int ConversationView::focusedChip(int row) const
{
    return row == m_row && hasFocus() ? m_chip : -1;
}

bool ConversationView::revealedText(int row, int chip, QString* text, int* secondsLeft) const
{
    return m_controller != nullptr && m_controller->text(row, chip, text, secondsLeft);
}

bool ConversationView::revealedImage(int row, int chip, QImage* image, int* secondsLeft) const
{
    return m_controller != nullptr && m_controller->image(row, chip, image, secondsLeft);
}

QString ConversationView::selectedText() const
{
    if (model() == nullptr) {
        return {};
    }
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedIndexes()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && currentIndex().isValid()) {
        rows.append(currentIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    QStringList parts;
    for (int row : rows) {
        const QModelIndex index = model()->index(row, 0);
        const bool user = index.data(ConversationModel::RoleRole).toString() == QLatin1String("user");
        // DisplayRole is the masked text: placeholders, never an original.
        QString text = index.data(Qt::DisplayRole).toString();
        // An attached image copies as its placeholder, like a masked value.
        for (const ConversationModel::Chip& chip : chipsOf(index)) {
            if (chip.image) {
                text += QStringLiteral("\n[%1]").arg(chip.label);
            }
        }
        parts.append(QStringLiteral("%1: %2").arg(user ? tr("User") : tr("Assistant"), text));
    }
    return parts.join(QStringLiteral("\n\n"));
}

void ConversationView::copySelection()
{
    const QString text = selectedText();
    if (text.isEmpty()) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setText(text);
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ConversationView::selectAll()
{
    if (model() == nullptr || model()->rowCount() == 0) {
        return;
    }
    const QItemSelection all(model()->index(0, 0), model()->index(model()->rowCount() - 1, 0));
    selectionModel()->select(all, QItemSelectionModel::ClearAndSelect);
}

bool ConversationView::focusNextPrevChild(bool next)
{
    if (hasFocus() && moveToChip(next, false)) {
        return true;
    }
    setCurrentChip(-1, -1);
    return QListView::focusNextPrevChild(next);
}

void ConversationView::focusInEvent(QFocusEvent* event)
{
    QListView::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason && m_row < 0) {
        moveToChip(true, false);
    } else if (event->reason() == Qt::BacktabFocusReason && m_row < 0) {
        moveToChip(false, false);
    }
}

void ConversationView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        event->accept();
        return;
    }
    const bool activate
        = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (activate && m_row >= 0 && event->modifiers() == Qt::NoModifier) {
        activateChip(m_row, m_chip);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_controller != nullptr && m_controller->isShowing()) {
        m_controller->remask();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ConversationView::mousePressEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const int chip = chipAt(index, event->position().toPoint());
    if (event->button() == Qt::LeftButton && chip >= 0) {
        setFocus(Qt::MouseFocusReason);
        setCurrentChip(index.row(), chip);
        m_pressedRow = index.row();
        m_pressedChip = chip;
        event->accept();
        return;
    }
    m_pressedRow = -1;
    QListView::mousePressEvent(event);
}

void ConversationView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressedRow >= 0) {
        const QModelIndex index = indexAt(event->position().toPoint());
        const int row = m_pressedRow;
        m_pressedRow = -1;
        if (index.row() == row && chipAt(index, event->position().toPoint()) == m_pressedChip) {
            activateChip(row, m_pressedChip);
        }
        event->accept();
        return;
    }
    QListView::mouseReleaseEvent(event);
}

bool ConversationView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = indexAt(help->pos());
        const int chip = chipAt(index, help->pos());
        if (chip >= 0) {
            const auto chips = chipsOf(index);
            QToolTip::showText(help->globalPos(), MaskedSpanText::whyMasked(chips.at(chip)), viewport(),
                               chipRect(index.row(), chip));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QListView::viewportEvent(event);
}

void ConversationView::startDrag(Qt::DropActions /*supportedActions*/)
{
    // No drag out of the conversation: dragged text would bypass the copy rules.
}

}  // namespace veil::ui
