// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace veil::ui {

class ConversationView;

/// What assistive technology sees of the conversation: in reading order,
/// each message (a list item named "User said: …", masked text only) followed
/// by its chips (buttons named "masked phone number, PHONE 1", described by
/// why they are masked, with a "press" action that asks to reveal).
class ConversationAccessible : public QAccessibleWidget {
public:
    explicit ConversationAccessible(ConversationView* view);
    ~ConversationAccessible() override;
    ConversationAccessible(const ConversationAccessible&) = delete;
    ConversationAccessible& operator=(const ConversationAccessible&) = delete;

    /// Registers the factory with QAccessible (once per process).
    static void install();
    /// Child index of chip `chip` of message `row` (-1 for the message itself).
    static int childIndex(const ConversationView* view, int row, int chip);

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* focusChild() const override;

private:
    struct Entry {
        int row = 0;
        int chip = -1;
    };
    [[nodiscard]] const QList<Entry>& entries() const;

    QPointer<ConversationView> m_view;
    mutable QList<Entry> m_entries;
    mutable quint64 m_generation = ~quint64(0);
    mutable QHash<QPair<int, int>, QAccessible::Id> m_children;
};

}  // namespace veil::ui
