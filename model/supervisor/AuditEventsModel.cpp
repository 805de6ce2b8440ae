// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditEventsModel.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <string_view>

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

AuditEventsModel::Index AuditEventsModel::buildIndex(const QList<RevealEvent>& events)
{
    Index out;
    QHash<QString, int> reviewers;
    QHash<QString, int> categories;
    QHash<QString, int> reasons;
    QHash<QString, int> batches;
    const auto number = [](QHash<QString, int>& numbers, QStringList& names, const QString& value) {
        auto it = numbers.constFind(value);
        if (it == numbers.constEnd()) {
            it = numbers.insert(value, static_cast<int>(names.size()));
            names.append(value);
        }
        return *it;
    };
    // Keys are kept in time order, so that a filter pass yields its rows
    // already sorted by time (the table's default) and reads memory in order.
    QList<qint64> times;
    times.reserve(events.size());
    for (const RevealEvent& event : events) {
        times.append(event.time.toMSecsSinceEpoch());
    }
    out.order.resize(events.size());
    std::iota(out.order.begin(), out.order.end(), 0);
    std::stable_sort(out.order.begin(), out.order.end(),
                     [&times](int a, int b) { return times[a] < times[b]; });
    out.position.resize(events.size());
    for (int position = 0; position < out.order.size(); ++position) {
        out.position[out.order[position]] = position;
    }
    out.keys.reserve(events.size());
    out.textStart.reserve(events.size() + 1);
    for (int index : std::as_const(out.order)) {
        const RevealEvent& event = events.at(index);
        Key key;
        key.time = times[index];
        key.reviewer = number(reviewers, out.reviewerNames, event.reviewer);
        key.category = number(categories, out.categoryNames, event.category);
        key.reason = number(reasons, out.reasonNames, event.reasonCode);
        key.batch = number(batches, out.batchNames, event.batch);
        key.granted = event.granted;
        out.keys.append(key);
        out.textStart.append(out.text.size());
        out.text.append(event.justification.toLower().toUtf8());
    }
    out.textStart.append(out.text.size());
    return out;
}

void AuditEventsModel::setEvents(const QList<RevealEvent>* events)
{
    setEvents(events, events != nullptr ? buildIndex(*events) : Index());
}

void AuditEventsModel::setEvents(const QList<RevealEvent>* events, Index index)
{
    m_events = events;
    m_keys = std::move(index.keys);
    m_order = std::move(index.order);
    m_position = std::move(index.position);
    m_reviewerNames = std::move(index.reviewerNames);
    m_categoryNames = std::move(index.categoryNames);
    m_reasonNames = std::move(index.reasonNames);
    m_batchNames = std::move(index.batchNames);
    m_text = std::move(index.text);
    m_textStart = std::move(index.textStart);
    setFilter(EventFilter {});
}

bool AuditEventsModel::matches(int position) const
{
    const Key& key = m_keys[position];
    const Compiled& c = m_compiled;
    if (m_filter.decision != EventFilter::Decision::Any
        && key.granted != (m_filter.decision == EventFilter::Decision::Granted)) {
        return false;
    }
    if ((c.reviewer != -1 && key.reviewer != c.reviewer) || (c.category != -1 && key.category != c.category)
        || (c.reason != -1 && key.reason != c.reason) || (!c.batches.isEmpty() && !c.batches[key.batch])) {
        return false;
    }
    if ((m_filter.from.isValid() && key.time < c.from) || (m_filter.to.isValid() && key.time > c.to)) {
        return false;
    }
    if (c.needle.isEmpty()) {
        return true;
    }
    const qsizetype start = m_textStart[position];
    const std::string_view text(m_text.constData() + start,
                                static_cast<std::size_t>(m_textStart[position + 1] - start));
    return text.find(std::string_view(c.needle.constData(), static_cast<std::size_t>(c.needle.size())))
        != std::string_view::npos;
}

void AuditEventsModel::setFilter(const EventFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_compiled = {};
    const auto numberOf = [](const QStringList& names, const QString& value) -> int {
        if (value.isEmpty()) {
            return -1;
        }
        const qsizetype at = names.indexOf(value);
        return at < 0 ? -2 : static_cast<int>(at);
    };
    m_compiled.reviewer = numberOf(m_reviewerNames, filter.reviewer);
    m_compiled.category = numberOf(m_categoryNames, filter.category);
    m_compiled.reason = numberOf(m_reasonNames, filter.reasonCode);
    if (!filter.batch.isEmpty()) {
        for (const QString& batch : std::as_const(m_batchNames)) {
            m_compiled.batches.append(batch.contains(filter.batch, Qt::CaseInsensitive));
        }
    }
    m_compiled.from = filter.from.isValid() ? filter.from.toMSecsSinceEpoch() : 0;
    m_compiled.to = filter.to.isValid() ? filter.to.toMSecsSinceEpoch() : 0;
    m_compiled.needle = filter.text.toLower().toUtf8();
    m_rows.clear();
    if (m_events != nullptr) {
        if (m_filter.only) {
            QList<int> positions;
            for (int index : *m_filter.only) {
                if (index >= 0 && index < m_events->size() && matches(m_position[index])) {
                    positions.append(m_position[index]);
                }
            }
            std::sort(positions.begin(), positions.end());
            for (int position : std::as_const(positions)) {
                m_rows.append(m_order[position]);
            }
        } else {
            QList<int> starts;
            for (int start = 0; start < m_events->size(); start += kChunk) {
                starts.append(start);
            }
            const QList<QList<int>> parts = QtConcurrent::blockingMapped(starts, [this](int start) {
                QList<int> found;
                const int end = std::min<int>(start + kChunk, static_cast<int>(m_events->size()));
                for (int position = start; position < end; ++position) {
                    if (matches(position)) {
                        found.append(m_order[position]);
                    }
                }
                return found;
            });
            for (const QList<int>& part : parts) {
                m_rows += part;
            }
        }
        // Rows come in time order: sorting by time costs nothing.
        if (m_sortColumn != Time) {
            applySort();
        } else if (m_sortOrder == Qt::DescendingOrder) {
            std::reverse(m_rows.begin(), m_rows.end());
        }
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
            return m_position[a] < m_position[b] ? -1 : (m_position[b] < m_position[a] ? 1 : 0);
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const int c = key(a, b);
        if (c != 0) {
            return ascending ? c < 0 : c > 0;
        }
        return m_position[a] < m_position[b];  // ties in time order, whatever the direction
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

QStringList AuditEventsModel::distinct(const QStringList& names)
{
    QStringList sorted = names;
    sorted.removeAll(QString());
    sorted.sort();
    return sorted;
}

QStringList AuditEventsModel::reviewers() const
{
    return distinct(m_reviewerNames);
}

QStringList AuditEventsModel::categories() const
{
    return distinct(m_categoryNames);
}

QStringList AuditEventsModel::reasonCodes() const
{
    return distinct(m_reasonNames);
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
    m_notifying = true;  // no nested fetch from a handler of the insertion signals
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_notifying = false;
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
