// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace veil::model {

/// What the events table shows: every criterion left empty matches all.
struct EventFilter {
    enum class Decision { Any, Granted, Denied };
    QString reviewer;
    QString category;
    QString reasonCode;
    Decision decision = Decision::Any;
    QString batch;
    QDateTime from;  ///< invalid: open
    QDateTime to;  ///< invalid: open
    QString text;  ///< searched in justifications, case-insensitive
    /// Only these event indices (a flag's events); nullopt: all.
    std::optional<QList<int>> only;
};

/// The supervisor's table of reveal decisions (granted and denied) over the
/// events of an analysis. Filtering builds a list of event indices in one
/// pass (no copy of an event); the view gets rows in pages through
/// canFetchMore/fetchMore, so a million matching events cost the view one
/// page. Sorting reorders the indices.
class AuditEventsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Reviewer, Decision, Category, ReasonCode, Batch, Task, Justification, ColumnCount };
    /// Qt::UserRole: the event's index in events().
    static constexpr int EventIndexRole = Qt::UserRole;
    /// Rows handed to the view per fetchMore().
    static constexpr int kPage = 256;

    explicit AuditEventsModel(QObject* parent = nullptr);

    /// Shows `events` (not owned; must outlive the model or be replaced) with no filter.
    void setEvents(const QList<RevealEvent>* events);

    /// Per event, built once in setEvents so that a filter pass reads 32
    /// bytes an event in order instead of chasing its strings: the time,
    /// and the reviewer, category, reason code and batch as numbers.
    struct Key {
        qint64 time = 0;  ///< ms since the epoch
        qint32 reviewer = 0;
        qint32 category = 0;
        qint32 reason = 0;
        qint32 batch = 0;
        bool granted = false;
    };
    /// What setEvents() builds over the events before a filter pass can
    /// run: built by buildIndex(), which touches no model, so on any thread.
    struct Index {
        QList<Key> keys;
        QList<int> order;
        QList<int> position;
        QStringList reviewerNames;
        QStringList categoryNames;
        QStringList reasonNames;
        QStringList batchNames;
        QByteArray text;
        QList<qsizetype> textStart;
    };
    [[nodiscard]] static Index buildIndex(const QList<RevealEvent>& events);
    /// setEvents() with the index already built over `*events`.
    void setEvents(const QList<RevealEvent>* events, Index index);
    void setFilter(const EventFilter& filter);
    [[nodiscard]] const EventFilter& filter() const { return m_filter; }

    /// Every event index that matches the filter, in the table's order (not only the fetched rows).
    [[nodiscard]] const QList<int>& matching() const { return m_rows; }
    /// The event index at a row, or -1.
    [[nodiscard]] int eventAt(int row) const;
    /// The other events of the same task (same workstation, batch and task), in time order.
    [[nodiscard]] QList<int> taskContext(int eventIndex) const;
    [[nodiscard]] const QList<RevealEvent>* events() const { return m_events; }

    /// Distinct values for the filter choices, sorted.
    [[nodiscard]] QStringList reviewers() const;
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] QStringList reasonCodes() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] bool matches(int position) const;
    void applySort();
    [[nodiscard]] static QStringList distinct(const QStringList& names);

    const QList<RevealEvent>* m_events = nullptr;
    QList<Key> m_keys;  ///< in time order: position p is event m_order[p]
    QList<int> m_order;
    QList<int> m_position;  ///< event index → its position in m_keys
    QStringList m_reviewerNames;
    QStringList m_categoryNames;
    QStringList m_reasonNames;
    QStringList m_batchNames;
    /// Every justification lower-cased as UTF-8, one after the other;
    /// event i's is [m_textStart[i], m_textStart[i + 1]).
    QByteArray m_text;
    QList<qsizetype> m_textStart;

    /// The filter compiled against the keys (-1: any; -2: a value no event has).
    struct Compiled {
        int reviewer = -1;
        int category = -1;
        int reason = -1;
        QList<bool> batches;  ///< empty: any batch
        qint64 from = 0;
        qint64 to = 0;
        QByteArray needle;
    };
    Compiled m_compiled;
    EventFilter m_filter;
    QList<int> m_rows;
    int m_fetched = 0;
    bool m_notifying = false;  ///< inside a reset or layout signal: no fetching
    int m_sortColumn = Time;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

}  // namespace veil::model
