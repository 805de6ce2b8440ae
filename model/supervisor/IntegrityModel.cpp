// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/IntegrityModel.h"

#include <QColor>

#include <algorithm>

namespace veil::model {

IntegrityModel::IntegrityModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void IntegrityModel::setLogs(QList<LogStatus> logs)
{
    beginResetModel();
    m_logs = std::move(logs);
    std::stable_sort(m_logs.begin(), m_logs.end(),
                     [](const LogStatus& a, const LogStatus& b) { return !a.verified && b.verified; });
    endResetModel();
}

int IntegrityModel::rowOf(const QString& workstation) const
{
    for (int row = 0; row < m_logs.size(); ++row) {
        if (m_logs[row].workstation == workstation) {
            return row;
        }
    }
    return -1;
}

int IntegrityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_logs.size());
}

int IntegrityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LogStatus& log = m_logs[index.row()];
    switch (role) {
    case VerifiedRole:
        return log.verified;
    case Qt::BackgroundRole:
        if (index.column() == Status) {
            return log.verified ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xf8, 0xd0, 0xd0);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Reason) {
            return log.verified ? QColor(0x1b, 0x6e, 0x20) : QColor(0xa0, 0x10, 0x10);
        }
        return {};
    case Qt::ToolTipRole:
        return log.verified
            ? tr("Verified: chain, checkpoints and certificate intact, consistent with earlier imports")
            : log.reason;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Status:
        return log.verified ? tr("verified") : tr("failed");
    case Workstation:
        return log.workstation;
    case Reviewer:
        return log.reviewer;
    case Role:
        return log.role;
    case LastEntry:
        return log.lastEntry.isValid() ? log.lastEntry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QString();
    case Entries:
        return log.entries;
    case Reason:
        if (log.verified) {
            return QString();
        }
        // The refused file, then the finding; every finding names its entry in
        // words, one that does not gets the number in front.
        return tr("%1: %2").arg(log.file,
                                log.entry > 0
                                        && !log.reason.contains(QStringLiteral("entry %1").arg(log.entry))
                                    ? tr("entry %1: %2").arg(log.entry).arg(log.reason)
                                    : log.reason);
    default:
        return {};
    }
}

QVariant IntegrityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Status:
        return tr("Status");
    case Workstation:
        return tr("Workstation");
    case Reviewer:
        return tr("Reviewer");
    case Role:
        return tr("Role");
    case LastEntry:
        return tr("Last entry (UTC)");
    case Entries:
        return tr("Entries");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

}  // namespace veil::model
