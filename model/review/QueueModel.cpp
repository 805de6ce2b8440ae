// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/QueueModel.h"

#include "model/batch/BatchReader.h"
#include "model/profile/Profile.h"

#include <QLocale>

#include <algorithm>

namespace veil::model {

namespace {

// Task rows carry their batch's row + 1 as internal id; batch rows carry 0.
constexpr quintptr kBatchRow = 0;

}  // namespace

QueueModel::QueueModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

QueueModel::~QueueModel() = default;

void QueueModel::setSession(Profile* profile, const ReviewWork* work)
{
    m_profile = profile;
    m_work = work;
    reload();
}

void QueueModel::reload()
{
    beginResetModel();
    m_batches.clear();
    if (m_profile != nullptr) {
        auto ids = m_profile->batchIds();
        if (ids) {
            for (const QString& id : ids.value()) {
                m_batches.append(loadBatch(id));
            }
        } else {
            Batch failed;
            failed.id = QStringLiteral("(batches)");
            failed.error = ids.error();
            m_batches.append(failed);
        }
    }
    endResetModel();
}

QueueModel::Batch QueueModel::loadBatch(const QString& batchId) const
{
    Batch batch;
    batch.id = batchId;
    auto reader = m_profile->batch(batchId);
    if (!reader) {
        batch.error = reader.error();
        return batch;
    }
    batch.reader = reader.value();
    batch.expires = batch.reader->header().expires;
    for (int i = 0; i < batch.reader->taskCount(); ++i) {
        Task task;
        auto masked = batch.reader->task(i);
        if (masked) {
            task.id = masked.value().id;
            task.state = stateOf(batchId, task);
        } else {
            task.id = QStringLiteral("#%1").arg(i + 1);
            task.error = masked.error();
        }
        batch.tasks.append(task);
    }
    return batch;
}

TaskState QueueModel::stateOf(const QString& batchId, const Task& task) const
{
    if (m_work == nullptr || !task.error.isEmpty()) {
        return TaskState::New;
    }
    auto state = m_work->state(batchId, task.id);
    return state ? state.value() : TaskState::New;
}

void QueueModel::refreshStates()
{
    for (int b = 0; b < m_batches.size(); ++b) {
        Batch& batch = m_batches[b];
        for (Task& task : batch.tasks) {
            task.state = stateOf(batch.id, task);
        }
        const QModelIndex parent = index(b, 0);
        emit dataChanged(parent, index(b, 1));
        if (!batch.tasks.isEmpty()) {
            emit dataChanged(index(0, 0, parent), index(int(batch.tasks.size()) - 1, 1, parent));
        }
    }
}

const BatchReader* QueueModel::batchAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const int row = index.internalId() == kBatchRow ? index.row() : int(index.internalId() - 1);
    return row < m_batches.size() ? m_batches[row].reader : nullptr;
}

QString QueueModel::batchIdAt(const QModelIndex& index) const
{
    return index.isValid() ? data(index, BatchIdRole).toString() : QString();
}

int QueueModel::taskIndexAt(const QModelIndex& index) const
{
    return index.isValid() ? data(index, TaskIndexRole).toInt() : -1;
}

QModelIndex QueueModel::indexOfBatch(const QString& batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches[row].id == batchId) {
            return index(row, 0);
        }
    }
    return {};
}

QModelIndex QueueModel::nextOpenTask(const QModelIndex& from) const
{
    int fromBatch = -1;
    int fromTask = -1;
    if (from.isValid()) {
        fromBatch = from.internalId() == kBatchRow ? from.row() : int(from.internalId() - 1);
        fromTask = from.internalId() == kBatchRow ? -1 : from.row();
    }
    // Every task in queue order; the search starts just after `from` (at the
    // first task of a batch row) and wraps around once.
    QList<std::pair<int, int>> order;
    qsizetype start = -1;
    for (int b = 0; b < m_batches.size(); ++b) {
        for (int t = 0; t < m_batches[b].tasks.size(); ++t) {
            if (start < 0 && (b > fromBatch || (b == fromBatch && t > fromTask))) {
                start = order.size();
            }
            order.append({ b, t });
        }
    }
    start = std::max<qsizetype>(start, 0);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const auto [b, t] = order[(start + i) % order.size()];
        const Task& task = m_batches[b].tasks[t];
        if (task.error.isEmpty() && task.state != TaskState::Submitted) {
            return index(t, 0, index(b, 0));
        }
    }
    return {};
}

QModelIndex QueueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kBatchRow);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex QueueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kBatchRow) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kBatchRow);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_batches.size());
    }
    if (parent.internalId() != kBatchRow || parent.column() != 0) {
        return 0;
    }
    return parent.row() < m_batches.size() ? int(m_batches[parent.row()].tasks.size()) : 0;
}

int QueueModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 2;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kBatchRow) {
        return batchData(m_batches[index.row()], index.column(), role);
    }
    return taskData(m_batches[int(index.internalId() - 1)], index.row(), index.column(), role);
}

QVariant QueueModel::batchData(const Batch& batch, int column, int role) const
{
    const auto submitted = std::count_if(batch.tasks.cbegin(), batch.tasks.cend(),
                                         [](const Task& t) { return t.state == TaskState::Submitted; });
    const QString expires = QLocale().toString(batch.expires.toLocalTime().date(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            return batch.id;
        }
        return batch.error.isEmpty()
            ? tr("%1 of %2 done · due %3").arg(submitted).arg(batch.tasks.size()).arg(expires)
            : tr("cannot be read");
    case Qt::ToolTipRole:
        return batch.error.isEmpty()
            ? tr("Batch %1: %2 of %3 tasks submitted; expires %4, when it is removed from this workstation")
                  .arg(batch.id)
                  .arg(submitted)
                  .arg(batch.tasks.size())
                  .arg(QLocale().toString(batch.expires.toLocalTime(), QLocale::LongFormat))
            : batch.error;
    case BatchIdRole:
        return batch.id;
    case TaskIndexRole:
        return -1;
    case ExpiresRole:
        return batch.expires;
    case SubmittedCountRole:
        return qint64(submitted);
    case ErrorRole:
        return batch.error;
    default:
        return {};
    }
}

QVariant QueueModel::taskData(const Batch& batch, int row, int column, int role) const
{
    const Task& task = batch.tasks[row];
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            return task.id;
        }
        return task.error.isEmpty() ? taskStateName(task.state) : tr("cannot be read");
    case Qt::ToolTipRole:
        return task.error.isEmpty() ? tr("Task %1: %2").arg(task.id, taskStateName(task.state)) : task.error;
    case BatchIdRole:
        return batch.id;
    case TaskIdRole:
        return task.id;
    case TaskIndexRole:
        return row;
    case StateRole:
        return static_cast<int>(task.state);
    case ExpiresRole:
        return batch.expires;
    case ErrorRole:
        return task.error;
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == 0 ? tr("Task") : tr("State");
}

}  // namespace veil::model
