// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace veil::ui {

/// Draws one message as a chat bubble: who and when on top, then the masked
/// text with every masked value as a labelled chip ("PHONE 1"). Works from
/// ConversationModel roles only; it never sees an original value.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static constexpr int kMargin = 8;
    static constexpr int kPadding = 10;
    /// The message as a laid-out rich text document `width` pixels wide.
    static void layout(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index,
                       int width);
    static int bubbleWidth(const QStyleOptionViewItem& option);
};

}  // namespace veil::ui
