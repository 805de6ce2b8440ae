// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/ConversationModel.h"

namespace veil::model {

namespace {

/// Maps code point offsets (as stored in batches) to QString positions.
QList<int> codePointToUtf16(const QString& text)
{
    QList<int> map;
    map.reserve(text.size() + 1);
    for (int i = 0; i < text.size(); ++i) {
        map.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
    }
    map.append(static_cast<int>(text.size()));
    return map;
}

}  // namespace

ConversationModel::ConversationModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ConversationModel::setTask(MaskedTask task, int taskIndex)
{
    beginResetModel();
    m_task = std::move(task);
    m_taskIndex = taskIndex;
    m_chips.clear();
    for (const MaskedMessage& message : m_task.messages) {
        const QList<int> map = codePointToUtf16(message.text);
        QList<Chip> chips;
        for (const MaskedSpan& span : message.spans) {
            if (span.start < 0 || span.end < span.start || span.end >= map.size()) {
                continue;  // decodeMaskedTask already refuses these; stay defensive
            }
            const int start = map.value(span.start);
            const int end = map.value(span.end);
            chips.append({ start, end - start, span.category, span.label, span.rule, span.confidence,
                           span.spanId, false, QImage() });
        }
        m_chips.append(chips);
    }
    // Images after the text of their message, numbered through the task.
    int imageNumber = 0;
    for (const MaskedImage& image : m_task.images) {
        if (image.message < 0 || image.message >= m_chips.size()) {
            continue;
        }
        Chip chip;
        chip.start = static_cast<int>(m_task.messages[image.message].text.size());
        chip.category = QStringLiteral("IMAGE");
        chip.label = QStringLiteral("IMAGE %1").arg(++imageNumber);
        chip.confidence = 1;
        chip.spanId = image.spanId;
        chip.image = true;
        chip.preview = QImage::fromData(image.previewPng, "PNG");
        m_chips[image.message].append(chip);
    }
    endResetModel();
}

void ConversationModel::clear()
{
    setTask({});
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_task.messages.size());
}

QList<ConversationModel::Chip> ConversationModel::chips(int row) const
{
    return m_chips.value(row);
}

int ConversationModel::spanId(int row, int chip) const
{
    const QList<Chip> chips = m_chips.value(row);
    return chip >= 0 && chip < chips.size() ? chips.at(chip).spanId : -1;
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MaskedMessage& message = m_task.messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return message.text;
    case Qt::AccessibleTextRole:
        return tr("%1 said: %2")
            .arg(message.role == QLatin1String("user") ? tr("User") : tr("Assistant"), message.text);
    case RoleRole:
        return message.role;
    case TimeRole:
        return message.time;
    case ChipsRole:
        return QVariant::fromValue(m_chips.value(index.row()));
    case ImageCountRole: {
        int count = 0;
        for (const MaskedImage& image : m_task.images) {
            count += image.message == index.row() ? 1 : 0;
        }
        return count;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoleRole, "role");
    names.insert(TimeRole, "time");
    names.insert(ChipsRole, "chips");
    names.insert(ImageCountRole, "imageCount");
    return names;
}

}  // namespace veil::model
