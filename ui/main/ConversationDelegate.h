// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QStyledItemDelegate>

#include <memory>

class QTextDocument;

namespace veil::ui {

/// What the view knows about chips beyond the model: which one has keyboard
/// focus and which one is revealed right now. ConversationView implements it;
/// the delegate finds it through QStyleOptionViewItem::widget.
class ChipState {
public:
    virtual ~ChipState() = default;
    /// The chip of message `row` that has keyboard focus, or -1.
    [[nodiscard]] virtual int focusedChip(int row) const = 0;
    /// For a revealed chip: its value, converted for one layout only, and the
    /// seconds left before it re-masks. False when the chip is masked.
    virtual bool revealedText(int row, int chip, QString* text, int* secondsLeft) const = 0;
    /// The same for a revealed image chip: the decoded original.
    virtual bool revealedImage(int row, int chip, QImage* image, int* secondsLeft) const = 0;
};

/// Draws one message as a chat bubble: who and when on top, then the masked
/// text with every masked value as a labelled chip ("PHONE 1"). Works from
/// ConversationModel roles; the only original it ever lays out is the one
/// ChipState hands it for the chip revealed right now, and that text lives in
/// a local document for the one paint or measure.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The chip under `pos` (view coordinates) in the item drawn at
    /// `option.rect`, or -1.
    [[nodiscard]] int chipAt(const QStyleOptionViewItem& option, const QModelIndex& index, QPoint pos) const;
    /// Where chip `chip` is drawn (first line if it wraps), in view coordinates.
    [[nodiscard]] QRect chipRect(const QStyleOptionViewItem& option, const QModelIndex& index,
                                 int chip) const;

private:
    struct Layout;
    static constexpr int kMargin = 8;
    static constexpr int kPadding = 10;
    static constexpr int kImageBox = 200;  ///< an image's largest side in the bubble
    /// The message laid out in a bubble as wide as the item allows.
    static std::unique_ptr<Layout> layout(const QStyleOptionViewItem& option, const QModelIndex& index);
    static int bubbleWidth(const QStyleOptionViewItem& option);
};

}  // namespace veil::ui
