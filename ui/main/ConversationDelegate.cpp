// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ConversationDelegate.h"

#include "model/review/ConversationModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace veil::ui {

namespace {

QString chipColour(const QString& category)
{
    if (category == QLatin1String("PERSON")) {
        return QStringLiteral("#d9e4f5");
    }
    if (category == QLatin1String("EMAIL") || category == QLatin1String("PHONE")
        || category == QLatin1String("SOCIAL_HANDLE")) {
        return QStringLiteral("#dcefe3");
    }
    if (category == QLatin1String("CREDIT_CARD") || category == QLatin1String("IBAN")
        || category == QLatin1String("GOV_ID")) {
        return QStringLiteral("#f6dede");
    }
    return QStringLiteral("#efe6d2");
}

}  // namespace

int ConversationDelegate::bubbleWidth(const QStyleOptionViewItem& option)
{
    return std::max(160, static_cast<int>(option.rect.width() * 0.82));
}

void ConversationDelegate::layout(QTextDocument& document, const QStyleOptionViewItem& option,
                                  const QModelIndex& index, int width)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto chips
        = index.data(model::ConversationModel::ChipsRole).value<QList<model::ConversationModel::Chip>>();
    const bool user = index.data(model::ConversationModel::RoleRole).toString() == QLatin1String("user");
    const QString time = index.data(model::ConversationModel::TimeRole).toString();

    QString html
        = QStringLiteral("<div style='color:#55607a; font-size:small'><b>%1</b>%2</div><div>")
              .arg(user ? tr("User") : tr("Assistant"),
                   time.isEmpty() ? QString() : QStringLiteral(" · ") + time.mid(11, 5).toHtmlEscaped());
    int at = 0;
    for (const auto& chip : chips) {
        html += text.mid(at, chip.start - at).toHtmlEscaped();
        html += QStringLiteral(
                    "<span style='background-color:%1; color:#1f2a40; font-weight:600'>&nbsp;%2&nbsp;</span>")
                    .arg(chipColour(chip.category), chip.label.toHtmlEscaped());
        at = chip.start + chip.length;
    }
    html += text.mid(at).toHtmlEscaped();
    const int images = index.data(model::ConversationModel::ImageCountRole).toInt();
    if (images > 0) {
        html += QStringLiteral("<br><span style='background-color:#e4e0f0'>&nbsp;%1&nbsp;</span>")
                    .arg(images == 1 ? tr("IMAGE · 1 masked picture")
                                     : tr("IMAGE · %1 masked pictures").arg(images));
    }
    html += QStringLiteral("</div>");
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width - 2 * kPadding);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument document;
    layout(document, option, index, bubbleWidth(option));
    return { option.rect.width(), static_cast<int>(document.size().height()) + 2 * kPadding + kMargin };
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const int width = bubbleWidth(option);
    QTextDocument document;
    layout(document, option, index, width);
    const bool user = index.data(model::ConversationModel::RoleRole).toString() == QLatin1String("user");
    const int height = static_cast<int>(document.size().height()) + 2 * kPadding;
    const int left = user ? option.rect.right() - width - kMargin : option.rect.left() + kMargin;
    const QRect bubble(left, option.rect.top() + kMargin / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(bubble, 10, 10);
    painter->fillPath(path, user ? QColor(0xe8, 0xf0, 0xfb) : QColor(0xf3, 0xf3, 0xf1));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawPath(path);
    }
    painter->translate(bubble.topLeft() + QPoint(kPadding, kPadding));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x30));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

}  // namespace veil::ui
