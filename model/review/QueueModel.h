// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/profile/ReviewWork.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace veil::model {

class BatchReader;
class Profile;

/// The reviewer's queue: the profile's imported batches (with progress and
/// expiry) and, under each, its tasks with their state from ReviewWork.
/// Column 0 names the batch or task, column 1 its state or progress. Reads
/// each task once (for its id) when the session starts or a batch arrives;
/// never holds an original.
class QueueModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        BatchIdRole = Qt::UserRole + 1,
        TaskIdRole,  ///< empty on batch rows
        TaskIndexRole,  ///< -1 on batch rows
        StateRole,  ///< TaskState as int on task rows
        ExpiresRole,  ///< the batch's expiry (both row kinds)
        SubmittedCountRole,  ///< on batch rows
        ErrorRole,  ///< non-empty when the batch or task could not be read
    };

    explicit QueueModel(QObject* parent = nullptr);
    ~QueueModel() override;

    /// Shows `profile`'s batches (null clears). Neither is owned; both must
    /// outlive the model's use of them (clear before locking).
    void setSession(Profile* profile, const ReviewWork* work);
    /// Re-reads the batch list (after an import).
    void reload();
    /// Re-reads every task's state (after a draft or a submission).
    void refreshStates();

    [[nodiscard]] const BatchReader* batchAt(const QModelIndex& index) const;
    [[nodiscard]] QString batchIdAt(const QModelIndex& index) const;
    /// The task's index within its batch, or -1 for a batch row.
    [[nodiscard]] int taskIndexAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfBatch(const QString& batchId) const;
    /// The first task after `from` (a task or batch row) that is not yet
    /// submitted, looking through the following tasks and batches and then
    /// wrapping around; invalid when every readable task is submitted.
    [[nodiscard]] QModelIndex nextOpenTask(const QModelIndex& from) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Task {
        QString id;
        TaskState state = TaskState::New;
        QString error;
    };
    struct Batch {
        QString id;
        const BatchReader* reader = nullptr;
        QDateTime expires;
        QList<Task> tasks;
        QString error;
    };
    [[nodiscard]] Batch loadBatch(const QString& batchId) const;
    [[nodiscard]] TaskState stateOf(const QString& batchId, const Task& task) const;
    [[nodiscard]] QVariant batchData(const Batch& batch, int column, int role) const;
    [[nodiscard]] QVariant taskData(const Batch& batch, int row, int column, int role) const;

    Profile* m_profile = nullptr;
    const ReviewWork* m_work = nullptr;
    QList<Batch> m_batches;
};

}  // namespace veil::model
