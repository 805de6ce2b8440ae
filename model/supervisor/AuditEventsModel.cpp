// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditEventsModel.h"

#include <QColor>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace veil::model {

namespace {

/// Events per filter task: large enough that scheduling costs nothing,
/// small enough that both cores share a million events.
constexpr int kChunk = 1 << 16;

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

}  // namespace

AuditEventsModel::AuditEventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditEventsModel::setEvents(const QList<RevealEvent>* events)
{
    m_events = events;
    setFilter(EventFilter {});
}

bool AuditEventsModel::matches(const RevealEvent& event) const
{
    const EventFilter& f = m_filter;
    if (f.decision != EventFilter::Decision::Any
        && event.granted != (f.decision == EventFilter::Decision::Granted)) {
        return false;
    }
    if ((!f.reviewer.isEmpty() && event.reviewer != f.reviewer)
        || (!f.category.isEmpty() && event.category != f.category)
        || (!f.reasonCode.isEmpty() && event.reasonCode != f.reasonCode)
        || (!f.batch.isEmpty() && !event.batch.contains(f.batch, Qt::CaseInsensitive))) {
        return false;
    }
    if ((f.from.isValid() && event.time < f.from) || (f.to.isValid() && event.time > f.to)) {
        return false;
    }
    return f.text.isEmpty() || event.justification.contains(f.text, Qt::CaseInsensitive);
}

void AuditEventsModel::setFilter(const EventFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    if (m_events != nullptr) {
        if (m_filter.only) {
            for (int index : *m_filter.only) {
                if (index >= 0 && index < m_events->size() && matches(m_events->at(index))) {
                    m_rows.append(index);
                }
            }
        } else {
            QList<int> starts;
            for (int start = 0; start < m_events->size(); start += kChunk) {
                starts.append(start);
            }
            const QList<QList<int>> parts = QtConcurrent::blockingMapped(starts, [this](int start) {
                QList<int> found;
                const int end = std::min<int>(start + kChunk, static_cast<int>(m_events->size()));
                for (int i = start; i < end; ++i) {
                    if (matches(m_events->at(i))) {
                        found.append(i);
                    }
                }
                return found;
            });
            for (const QList<int>& part : parts) {
                m_rows += part;
            }
        }
        applySort();
    }
    m_fetched = std::min<int>(kPage, static_cast<int>(m_rows.size()));
    // A view answers modelReset by fetching at once; rows inserted inside the
    // reset signal would be a change within a change. It fetches on its next layout.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

void AuditEventsModel::applySort()
{
    if (m_events == nullptr) {
        return;
    }
    const QList<RevealEvent>& e = *m_events;
    const auto key = [this, &e](int a, int b) -> int {
        const RevealEvent& x = e[a];
        const RevealEvent& y = e[b];
        switch (m_sortColumn) {
        case Reviewer:
            return x.reviewer.compare(y.reviewer);
        case Decision:
            return int(x.granted) - int(y.granted);
        case Category:
            return x.category.compare(y.category);
        case ReasonCode:
            return x.reasonCode.compare(y.reasonCode);
        case Batch:
            return x.batch.compare(y.batch);
        case Task:
            return x.task.compare(y.task);
        case Justification:
            return x.justification.compare(y.justification, Qt::CaseInsensitive);
        default:
            return x.time < y.time ? -1 : (y.time < x.time ? 1 : 0);
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const int c = key(a, b);
        if (c != 0) {
            return ascending ? c < 0 : c > 0;
        }
        return a < b;  // ties in event order, whatever the direction
    });
}

void AuditEventsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    // Rows are indices into a list the view does not hold: no persistent index survives a re-sort.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    m_notifying = true;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    m_notifying = false;
}

int AuditEventsModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : -1;
}

QList<int> AuditEventsModel::taskContext(int eventIndex) const
{
    QList<int> context;
    if (m_events == nullptr || eventIndex < 0 || eventIndex >= m_events->size()) {
        return context;
    }
    const RevealEvent& of = m_events->at(eventIndex);
    for (int i = 0; i < m_events->size(); ++i) {
        const RevealEvent& e = m_events->at(i);
        if (e.task == of.task && e.batch == of.batch && e.workstation == of.workstation) {
            context.append(i);
        }
    }
    std::stable_sort(context.begin(), context.end(),
                     [this](int a, int b) { return m_events->at(a).time < m_events->at(b).time; });
    return context;
}

QStringList AuditEventsModel::distinct(QString RevealEvent::*field) const
{
    QSet<QString> values;
    if (m_events != nullptr) {
        for (const RevealEvent& event : *m_events) {
            values.insert(event.*field);
        }
    }
    values.remove(QString());
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return sorted;
}

QStringList AuditEventsModel::reviewers() const
{
    return distinct(&RevealEvent::reviewer);
}

QStringList AuditEventsModel::categories() const
{
    return distinct(&RevealEvent::category);
}

QStringList AuditEventsModel::reasonCodes() const
{
    return distinct(&RevealEvent::reasonCode);
}

int AuditEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int AuditEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEventsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_notifying && m_fetched < m_rows.size();
}

void AuditEventsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int more = std::min<int>(kPage, static_cast<int>(m_rows.size()) - m_fetched);
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

QVariant AuditEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_events == nullptr) {
        return {};
    }
    const int at = m_rows[index.row()];
    const RevealEvent& e = m_events->at(at);
    if (role == EventIndexRole) {
        return at;
    }
    if (role == Qt::ForegroundRole && index.column() == Decision) {
        return e.granted ? QColor(0x1b, 0x6e, 0x20) : QColor(0xb0, 0x1c, 0x1c);
    }
    if (role == Qt::ToolTipRole && index.column() == Justification) {
        return e.justification;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Time:
        return timeText(e.time);
    case Reviewer:
        return e.reviewer;
    case Decision:
        return e.granted ? tr("granted") : tr("denied");
    case Category:
        return e.category;
    case ReasonCode:
        return e.reasonCode;
    case Batch:
        return e.batch;
    case Task:
        return e.task;
    case Justification:
        return e.justification;
    default:
        return {};
    }
}

QVariant AuditEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Reviewer:
        return tr("Reviewer");
    case Decision:
        return tr("Decision");
    case Category:
        return tr("Category");
    case ReasonCode:
        return tr("Reason code");
    case Batch:
        return tr("Batch");
    case Task:
        return tr("Task");
    case Justification:
        return tr("Justification");
    default:
        return {};
    }
}

}  // namespace veil::model
