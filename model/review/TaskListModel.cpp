// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/TaskListModel.h"

namespace veil::model {

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

TaskListModel::~TaskListModel() = default;

void TaskListModel::setBatch(std::unique_ptr<BatchReader> reader)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_summaries.clear();
    m_summaries.resize(m_reader ? m_reader->taskCount() : 0);
    endResetModel();
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

const TaskListModel::Summary& TaskListModel::summary(int row) const
{
    std::optional<Summary>& slot = m_summaries[row];
    if (!slot) {
        Summary made;
        auto task = m_reader->task(row);
        if (task) {
            made.id = task.value().id;
            made.messages = static_cast<int>(task.value().messages.size());
            made.masked = task.value().spanCount();
        } else {
            made.id = tr("Task %1").arg(row + 1);
            made.error = task.error();
        }
        slot = made;
    }
    return *slot;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Summary& s = summary(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!s.error.isEmpty()) {
            return tr("%1 — unreadable").arg(s.id);
        }
        return s.messages == 1 ? tr("%1 — 1 message").arg(s.id)
                               : tr("%1 — %2 messages").arg(s.id).arg(s.messages);
    case Qt::ToolTipRole:
        if (!s.error.isEmpty()) {
            return s.error;
        }
        return s.masked == 1 ? tr("1 masked item") : tr("%1 masked items").arg(s.masked);
    case TaskIdRole:
        return s.id;
    case MessageCountRole:
        return s.messages;
    case MaskedCountRole:
        return s.masked;
    case ErrorRole:
        return s.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(MessageCountRole, "messageCount");
    names.insert(MaskedCountRole, "maskedCount");
    names.insert(ErrorRole, "error");
    return names;
}

}  // namespace veil::model
