// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationDelegate.h"

#include "model/review/ConversationModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>

namespace veil::ui {

using model::ConversationModel;

struct ConversationDelegate::Layout {
    QTextDocument document;
    QList<QPair<int, int>> chips;  ///< document positions, end exclusive
    QRect bubble;  ///< view coordinates
    QPoint origin;  ///< where the document's (0, 0) is drawn
    bool user = false;

    /// Chip `chip` as one rectangle per line it covers, in view coordinates.
    [[nodiscard]] QList<QRect> fragments(int chip) const
    {
        QList<QRect> rects;
        if (chip < 0 || chip >= chips.size()) {
            return rects;
        }
        const auto [start, end] = chips.at(chip);
        const QTextBlock block = document.findBlock(start);
        const QTextLayout* text = block.layout();
        const int from = start - block.position();
        const int to = end - block.position();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const int a = std::max(from, line.textStart());
            const int b = std::min(to, line.textStart() + line.textLength());
            if (a < b) {
                const qreal x1 = line.cursorToX(a);
                const qreal x2 = line.cursorToX(b);
                const QRectF rect(text->position() + QPointF(x1, line.y()), QSizeF(x2 - x1, line.height()));
                rects.append(rect.toAlignedRect().translated(origin));
            }
        }
        return rects;
    }
};

namespace {

QColor chipColour(const QString& category)
{
    if (category == QLatin1String("PERSON")) {
        return { 0xd9, 0xe4, 0xf5 };
    }
    if (category == QLatin1String("EMAIL") || category == QLatin1String("PHONE")
        || category == QLatin1String("SOCIAL_HANDLE")) {
        return { 0xdc, 0xef, 0xe3 };
    }
    if (category == QLatin1String("CREDIT_CARD") || category == QLatin1String("IBAN")
        || category == QLatin1String("GOV_ID")) {
        return { 0xf6, 0xde, 0xde };
    }
    return { 0xef, 0xe6, 0xd2 };
}

QTextCharFormat smaller(const QFont& font, const QColor& colour)
{
    QFont small = font;
    if (small.pointSizeF() > 0) {
        small.setPointSizeF(small.pointSizeF() * 0.85);
    }
    QTextCharFormat format;
    format.setFont(small);
    format.setForeground(colour);
    return format;
}

/// Overwrites a transient copy of a revealed value before its buffer is freed.
void scrub(QString& text)
{
    std::fill(text.begin(), text.end(), QChar(0));
    text.clear();
}

}  // namespace

int ConversationDelegate::bubbleWidth(const QStyleOptionViewItem& option)
{
    return std::max(160, static_cast<int>(option.rect.width() * 0.82));
}

std::unique_ptr<ConversationDelegate::Layout> ConversationDelegate::layout(const QStyleOptionViewItem& option,
                                                                           const QModelIndex& index)
{
    auto result = std::make_unique<Layout>();
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto chips = index.data(ConversationModel::ChipsRole).value<QList<ConversationModel::Chip>>();
    const QString time = index.data(ConversationModel::TimeRole).toString();
    const auto* state = dynamic_cast<const ChipState*>(option.widget);
    result->user = index.data(ConversationModel::RoleRole).toString() == QLatin1String("user");
    const int width = bubbleWidth(option);

    QTextDocument& document = result->document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(width - 2 * kPadding);
    QTextCursor cursor(&document);

    QTextCharFormat header = smaller(option.font, QColor(0x55, 0x60, 0x7a));
    QTextCharFormat who = header;
    who.setFontWeight(QFont::Bold);
    cursor.insertText(result->user ? tr("User") : tr("Assistant"), who);
    if (!time.isEmpty()) {
        cursor.insertText(QStringLiteral(" · ") + time.mid(11, 5), header);
    }
    QTextCharFormat body;
    body.setForeground(QColor(0x1d, 0x23, 0x30));
    QTextBlockFormat paragraph;
    paragraph.setTopMargin(2);
    cursor.insertBlock(paragraph, body);

    const QString pad(QChar::Nbsp);
    int at = 0;
    for (int i = 0; i < chips.size(); ++i) {
        const ConversationModel::Chip& chip = chips.at(i);
        if (chip.image) {
            continue;  // below the text
        }
        cursor.insertText(text.mid(at, chip.start - at), body);
        const int start = cursor.position();
        QString value;
        int secondsLeft = 0;
        if (state != nullptr && state->revealedText(index.row(), i, &value, &secondsLeft)) {
            QTextCharFormat revealed = body;
            revealed.setBackground(QColor(0xff, 0xf0, 0xc2));
            revealed.setForeground(QColor(0x3b, 0x2a, 0x00));
            value.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cursor.insertText(pad + value + pad, revealed);
            scrub(value);
            QTextCharFormat countdown = smaller(option.font, QColor(0xff, 0xff, 0xff));
            countdown.setBackground(QColor(0xb4, 0x6a, 0x00));
            countdown.setFontWeight(QFont::Bold);
            cursor.insertText(pad + tr("%1 s").arg(secondsLeft) + pad, countdown);
        } else {
            QTextCharFormat masked = body;
            masked.setBackground(chipColour(chip.category));
            masked.setForeground(QColor(0x1f, 0x2a, 0x40));
            masked.setFontWeight(QFont::DemiBold);
            cursor.insertText(pad + chip.label + pad, masked);
        }
        result->chips.append({ start, cursor.position() });
        at = chip.start + chip.length;
    }
    cursor.insertText(text.mid(at), body);

    // Attached images: the coarse preview (or, while revealed, the original)
    // with its chip underneath; the chip is what Tab, F8 and Return reach.
    const int imageBox = std::min(kImageBox, width - 2 * kPadding);
    for (int i = 0; i < chips.size(); ++i) {
        const ConversationModel::Chip& chip = chips.at(i);
        if (!chip.image) {
            continue;
        }
        QImage original;
        int secondsLeft = 0;
        const bool revealed
            = state != nullptr && state->revealedImage(index.row(), i, &original, &secondsLeft);
        const QImage& picture = revealed ? original : chip.preview;
        cursor.insertBlock(paragraph, body);
        if (!picture.isNull()) {
            // The preview is a few blocks a side: enlarged without smoothing
            // it stays a grid of flat squares.
            const QImage shown = picture.scaled(QSize(imageBox, imageBox), Qt::KeepAspectRatio,
                                                revealed ? Qt::SmoothTransformation : Qt::FastTransformation);
            const QString name = QStringLiteral("veil-image:%1").arg(i);
            document.addResource(QTextDocument::ImageResource, QUrl(name), shown);
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(shown.width());
            image.setHeight(shown.height());
            cursor.insertImage(image);
            cursor.insertBlock(paragraph, body);
        }
        const int start = cursor.position();
        if (revealed) {
            QTextCharFormat countdown = smaller(option.font, QColor(0xff, 0xff, 0xff));
            countdown.setBackground(QColor(0xb4, 0x6a, 0x00));
            countdown.setFontWeight(QFont::Bold);
            cursor.insertText(pad + tr("%1 shown · %2 s").arg(chip.label).arg(secondsLeft) + pad, countdown);
        } else {
            QTextCharFormat masked = body;
            masked.setBackground(chipColour(chip.category));
            masked.setForeground(QColor(0x1f, 0x2a, 0x40));
            masked.setFontWeight(QFont::DemiBold);
            cursor.insertText(pad + chip.label + pad, masked);
            cursor.insertText(pad + tr("press Return to reveal"),
                              smaller(option.font, QColor(0x55, 0x60, 0x7a)));
        }
        result->chips.append({ start, start + chip.label.size() + 2 });
    }

    const int height = static_cast<int>(document.size().height()) + 2 * kPadding;
    const int left = result->user ? option.rect.right() - width - kMargin : option.rect.left() + kMargin;
    result->bubble = QRect(left, option.rect.top() + kMargin / 2, width, height);
    result->origin = result->bubble.topLeft() + QPoint(kPadding, kPadding);
    return result;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto laidOut = layout(option, index);
    return { option.rect.width(), laidOut->bubble.height() + kMargin };
}

int ConversationDelegate::chipAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                 QPoint pos) const
{
    const auto laidOut = layout(option, index);
    for (int chip = 0; chip < laidOut->chips.size(); ++chip) {
        for (const QRect& rect : laidOut->fragments(chip)) {
            if (rect.adjusted(-1, -1, 1, 1).contains(pos)) {
                return chip;
            }
        }
    }
    return -1;
}

QRect ConversationDelegate::chipRect(const QStyleOptionViewItem& option, const QModelIndex& index,
                                     int chip) const
{
    return layout(option, index)->fragments(chip).value(0);
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const auto laidOut = layout(option, index);
    const auto* state = dynamic_cast<const ChipState*>(option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(laidOut->bubble, 10, 10);
    QColor fill = laidOut->user ? QColor(0xe8, 0xf0, 0xfb) : QColor(0xf3, 0xf3, 0xf1);
    if (option.state & QStyle::State_Selected) {
        fill = fill.darker(108);
    }
    painter->fillPath(path, fill);
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->setPen(QPen(option.palette.highlight(), option.state & QStyle::State_Selected ? 2 : 1));
        painter->drawPath(path);
    }
    painter->save();
    painter->translate(laidOut->origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x30));
    laidOut->document.documentLayout()->draw(painter, context);
    painter->restore();

    const int focused = state != nullptr ? state->focusedChip(index.row()) : -1;
    if (focused >= 0) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->setBrush(Qt::NoBrush);
        for (const QRect& rect : laidOut->fragments(focused)) {
            painter->drawRoundedRect(QRectF(rect).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
        }
    }
    painter->restore();
}

}  // namespace veil::ui
