// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchReader.h"

#include <QAbstractListModel>

#include <memory>

namespace veil::model {

/// The tasks of one open batch, for the queue view. Reads each task's
/// masked summary once, on first display; never holds an original.
class TaskListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        MessageCountRole,
        MaskedCountRole,
        ErrorRole,  ///< non-empty when the task could not be read
    };

    explicit TaskListModel(QObject* parent = nullptr);
    ~TaskListModel() override;

    /// Takes ownership of `reader` (may be null to clear).
    void setBatch(std::unique_ptr<BatchReader> reader);
    [[nodiscard]] const BatchReader* batch() const { return m_reader.get(); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Summary {
        QString id;
        int messages = 0;
        int masked = 0;
        QString error;
    };
    const Summary& summary(int row) const;

    std::unique_ptr<BatchReader> m_reader;
    mutable QList<std::optional<Summary>> m_summaries;
};

}  // namespace veil::model
