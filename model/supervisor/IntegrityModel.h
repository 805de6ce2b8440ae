// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorTypes.h"

#include <QAbstractTableModel>

namespace veil::model {

/// The integrity view: one row per workstation (AuditArchive::logs()) with
/// reviewer, role, last entry, entries and status: "verified", or "failed"
/// with the precise reason and entry. Failed rows come first.
class IntegrityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Status, Workstation, Reviewer, Role, LastEntry, Entries, Reason, ColumnCount };
    /// Qt::UserRole: true when the log verified.
    static constexpr int VerifiedRole = Qt::UserRole;

    explicit IntegrityModel(QObject* parent = nullptr);
    void setLogs(QList<LogStatus> logs);
    [[nodiscard]] const QList<LogStatus>& logs() const { return m_logs; }
    /// The row of `workstation`, or -1.
    [[nodiscard]] int rowOf(const QString& workstation) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<LogStatus> m_logs;
};

}  // namespace veil::model
