// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationAccessible.h"

#include "model/review/ConversationModel.h"
#include "ui/main/ConversationView.h"
#include "ui/reveal/MaskedSpanText.h"

namespace veil::ui {

using model::ConversationModel;

namespace {

/// One message or one chip of a message, computed live from the view so a
/// cached interface never shows stale text.
class ConversationItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    ConversationItemAccessible(ConversationView* view, int row, int chip)
        : m_view(view)
        , m_row(row)
        , m_chip(chip)
    { }

    [[nodiscard]] bool isValid() const override { return view() != nullptr; }
    /// The view while this item still exists in it, else null.
    [[nodiscard]] ConversationView* view() const
    {
        ConversationView* view = m_view.data();
        if (view == nullptr || view->model() == nullptr) {
            return nullptr;
        }
        return m_row < view->model()->rowCount() && m_chip < view->chipCount(m_row) ? view : nullptr;
    }
    [[nodiscard]] QObject* object() const override { return nullptr; }
    [[nodiscard]] QWindow* window() const override
    {
        ConversationView* view = m_view.data();
        return view != nullptr ? view->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface* parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    [[nodiscard]] QAccessibleInterface* child(int /*index*/) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* /*child*/) const override { return -1; }
    [[nodiscard]] QAccessibleInterface* childAt(int /*x*/, int /*y*/) const override { return nullptr; }
    [[nodiscard]] QAccessible::Role role() const override
    {
        return m_chip < 0 ? QAccessible::ListItem : QAccessible::Button;
    }

    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        ConversationView* view = this->view();
        if (view == nullptr) {
            return {};
        }
        const QModelIndex index = view->model()->index(m_row, 0);
        if (m_chip < 0) {
            return t == QAccessible::Name ? index.data(Qt::AccessibleTextRole).toString() : QString();
        }
        const auto chip
            = index.data(ConversationModel::ChipsRole).value<QList<ConversationModel::Chip>>().value(m_chip);
        switch (t) {
        case QAccessible::Name:
            return MaskedSpanText::accessibleName(chip);
        case QAccessible::Description:
            return MaskedSpanText::whyMasked(chip);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text /*t*/, const QString& /*text*/) override { }

    [[nodiscard]] QRect rect() const override
    {
        ConversationView* view = this->view();
        if (view == nullptr) {
            return {};
        }
        const QRect local
            = m_chip < 0 ? view->visualRect(view->model()->index(m_row, 0)) : view->chipRect(m_row, m_chip);
        return { view->viewport()->mapToGlobal(local.topLeft()), local.size() };
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        ConversationView* view = this->view();
        if (view == nullptr) {
            state.invalid = true;
            return state;
        }
        state.readOnly = true;
        if (m_chip >= 0) {
            state.focusable = true;
            state.focused
                = view->hasFocus() && view->currentChipRow() == m_row && view->currentChip() == m_chip;
        }
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface && m_chip >= 0
            ? static_cast<QAccessibleActionInterface*>(this)
            : nullptr;
    }

    [[nodiscard]] QStringList actionNames() const override { return { pressAction(), setFocusAction() }; }
    void doAction(const QString& name) override
    {
        ConversationView* view = this->view();
        if (view == nullptr) {
            return;
        }
        if (name == pressAction()) {
            view->activateChip(m_row, m_chip);
        } else if (name == setFocusAction()) {
            view->setFocus(Qt::OtherFocusReason);
            view->setCurrentChip(m_row, m_chip);
        }
    }
    [[nodiscard]] QStringList keyBindingsForAction(const QString& name) const override
    {
        return name == pressAction() ? QStringList { QStringLiteral("Return") } : QStringList {};
    }

private:
    QPointer<ConversationView> m_view;
    int m_row;
    int m_chip;
};

QAccessibleInterface* factory(const QString& /*className*/, QObject* object)
{
    auto* view = qobject_cast<ConversationView*>(object);
    return view != nullptr ? new ConversationAccessible(view) : nullptr;
}

}  // namespace

ConversationAccessible::ConversationAccessible(ConversationView* view)
    : QAccessibleWidget(view, QAccessible::List, view->tr("Conversation"))
    , m_view(view)
{ }

ConversationAccessible::~ConversationAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children)) {
        QAccessible::deleteAccessibleInterface(id);
    }
}

void ConversationAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

const QList<ConversationAccessible::Entry>& ConversationAccessible::entries() const
{
    ConversationView* view = m_view.data();
    if (view == nullptr || view->model() == nullptr) {
        m_entries.clear();
        return m_entries;
    }
    if (m_generation != view->generation()) {
        m_generation = view->generation();
        m_entries.clear();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            m_entries.append({ row, -1 });
            for (int chip = 0; chip < view->chipCount(row); ++chip) {
                m_entries.append({ row, chip });
            }
        }
    }
    return m_entries;
}

int ConversationAccessible::childIndex(const ConversationView* view, int row, int chip)
{
    int index = 0;
    for (int r = 0; r < row; ++r) {
        index += 1 + view->chipCount(r);
    }
    return index + 1 + chip;
}

int ConversationAccessible::childCount() const
{
    return static_cast<int>(entries().size());
}

QAccessibleInterface* ConversationAccessible::child(int index) const
{
    const QList<Entry>& all = entries();
    if (index < 0 || index >= all.size()) {
        return nullptr;
    }
    const Entry entry = all.at(index);
    const QPair<int, int> key(entry.row, entry.chip);
    if (auto found = m_children.constFind(key); found != m_children.constEnd()) {
        return QAccessible::accessibleInterface(found.value());
    }
    auto* item = new ConversationItemAccessible(m_view.data(), entry.row, entry.chip);
    m_children.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ConversationAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const QList<Entry>& all = entries();
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child) {
            for (int i = 0; i < all.size(); ++i) {
                if (all.at(i).row == it.key().first && all.at(i).chip == it.key().second) {
                    return i;
                }
            }
        }
    }
    return -1;
}

QAccessibleInterface* ConversationAccessible::focusChild() const
{
    ConversationView* view = m_view.data();
    if (view == nullptr || !view->hasFocus() || view->currentChipRow() < 0) {
        return nullptr;
    }
    return child(childIndex(view, view->currentChipRow(), view->currentChip()));
}

}  // namespace veil::ui
