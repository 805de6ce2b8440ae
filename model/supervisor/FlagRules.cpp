// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/FlagRules.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace veil::model {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/// Events of one reviewer, in time order.
using ByReviewer = QMap<QString, QList<int>>;

}  // namespace

FlagRules::FlagRules(FlagThresholds thresholds)
    : m_t(thresholds)
{ }

QList<Flag> FlagRules::evaluate(const QList<RevealEvent>& events, const QList<int>& chosen,
                                const QSet<QString>& submitted) const
{
    ByReviewer byReviewer;
    for (const int i : chosen) {
        byReviewer[events[i].reviewer].append(i);
    }
    for (QList<int>& list : byReviewer) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return events[a].time < events[b].time; });
    }
    QList<Flag> flags;

    // high-reveal-rate ------------------------------------------------------
    QHash<QString, double> rate;
    QList<double> rates;
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        QSet<QDate> days;
        int granted = 0;
        for (const int i : it.value()) {
            days.insert(events[i].time.date());
            granted += events[i].granted ? 1 : 0;
        }
        rate[it.key()] = days.isEmpty() ? 0 : static_cast<double>(granted) / static_cast<double>(days.size());
        rates.append(rate[it.key()]);
    }
    const double teamMedian = median(rates);
    QList<double> deviations;
    for (const double r : rates) {
        deviations.append(std::abs(r - teamMedian));
    }
    const double mad = std::max(median(deviations), 0.05 * std::max(teamMedian, 1.0));
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        const double z = (rate[it.key()] - teamMedian) / (1.4826 * mad);
        if (byReviewer.size() >= 5 && z > m_t.rateRobustZ && rate[it.key()] > m_t.rateMultiple * teamMedian) {
            flags.append(
                { QStringLiteral("high-reveal-rate"), it.key(), it.value(),
                  QStringLiteral("%1 reveals per working day against a team median of %2 (robust z = %3; "
                                 "flagged above z %4 and %5× the median)")
                      .arg(rate[it.key()], 0, 'f', 1)
                      .arg(teamMedian, 0, 'f', 1)
                      .arg(z, 0, 'f', 1)
                      .arg(m_t.rateRobustZ)
                      .arg(m_t.rateMultiple) });
        }
    }

    // category shares for rare-category
    QHash<QString, int> categoryCount;
    int teamGranted = 0;
    for (const int i : chosen) {
        if (events[i].granted) {
            ++categoryCount[events[i].category];
            ++teamGranted;
        }
    }

    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        const QString& reviewer = it.key();
        const QList<int>& mine = it.value();
        QList<int> grantedEvents;
        for (const int i : mine) {
            if (events[i].granted) {
                grantedEvents.append(i);
            }
        }

        // copy-paste-justifications and low-effort-justifications ----------
        // Most texts are used once: a text's set of tasks is made only when
        // it shows up on a second event (a set per event cost most of the
        // flags' time), and tasks are (batch, task) pairs, not joined strings.
        struct TextUse {
            QList<int> events;
            QPair<QString, QString> firstTask;
            QSet<QPair<QString, QString>> tasks;
            [[nodiscard]] qsizetype taskCount() const { return tasks.isEmpty() ? 1 : tasks.size(); }
        };
        QHash<QString, TextUse> uses;
        QList<int> lowEffort;
        for (const int i : grantedEvents) {
            const QString simple = events[i].justification.simplified();
            if (simple.size() < m_t.lowEffortChars) {
                lowEffort.append(i);
            }
            TextUse& use = uses[simple.toCaseFolded()];
            const QPair<QString, QString> task { events[i].batch, events[i].task };
            if (use.events.isEmpty()) {
                use.firstTask = task;
            } else if (use.tasks.isEmpty()) {
                use.tasks.insert(use.firstTask);
                use.tasks.insert(task);
            } else {
                use.tasks.insert(task);
            }
            use.events.append(i);
        }
        for (auto t = uses.cbegin(); t != uses.cend(); ++t) {
            if (t.value().taskCount() >= m_t.repeatedJustificationTasks) {
                flags.append(
                    { QStringLiteral("copy-paste-justifications"), reviewer, t.value().events,
                      QStringLiteral("the same justification (\"%1\") on %2 different tasks; flagged from "
                                     "%3 tasks")
                          .arg(t.key().left(80))
                          .arg(t.value().taskCount())
                          .arg(m_t.repeatedJustificationTasks) });
            }
        }
        if (grantedEvents.size() >= m_t.minimumEvents
            && static_cast<double>(lowEffort.size())
                >= m_t.lowEffortShare * static_cast<double>(grantedEvents.size())) {
            flags.append(
                { QStringLiteral("low-effort-justifications"), reviewer, lowEffort,
                  QStringLiteral("%1 of %2 reveals were justified in fewer than %3 characters (flagged "
                                 "from %4 %)")
                      .arg(lowEffort.size())
                      .arg(grantedEvents.size())
                      .arg(m_t.lowEffortChars)
                      .arg(m_t.lowEffortShare * 100, 0, 'f', 0) });
        }

        // burst ---------------------------------------------------------------
        QList<int> burst;
        for (qsizetype a = 0, b = 0; b < grantedEvents.size(); ++b) {
            while (events[grantedEvents[a]].time.secsTo(events[grantedEvents[b]].time) > m_t.burstSeconds) {
                ++a;
            }
            if (b - a + 1 >= m_t.burstReveals) {
                for (qsizetype k = a; k <= b; ++k) {
                    if (!burst.contains(grantedEvents[k])) {
                        burst.append(grantedEvents[k]);
                    }
                }
            }
        }
        if (!burst.isEmpty()) {
            flags.append({ QStringLiteral("burst"), reviewer, burst,
                           QStringLiteral("%1 reveals in bursts of at least %2 within %3 seconds")
                               .arg(burst.size())
                               .arg(m_t.burstReveals)
                               .arg(m_t.burstSeconds) });
        }

        // denied-then-granted ------------------------------------------------
        QList<int> retries;
        QHash<QString, int> lastDenied;
        for (const int i : mine) {
            const QString span = events[i].batch + QLatin1Char('/') + events[i].task + QLatin1Char('/')
                + QString::number(events[i].span);
            if (!events[i].granted) {
                lastDenied.insert(span, i);
            } else if (lastDenied.contains(span)
                       && events[lastDenied[span]].time.secsTo(events[i].time) <= 600) {
                retries << lastDenied.take(span) << i;
            }
        }
        const qsizetype retried = retries.size() / 2;
        if (retried >= m_t.retries
            && static_cast<double>(retried) >= m_t.retryShare * static_cast<double>(grantedEvents.size())) {
            flags.append(
                { QStringLiteral("denied-then-granted"), reviewer, retries,
                  QStringLiteral(
                      "%1 of %2 reveals were granted within 10 minutes of a denial for the same span "
                      "(flagged from %3 and %4 %)")
                      .arg(retried)
                      .arg(grantedEvents.size())
                      .arg(m_t.retries)
                      .arg(m_t.retryShare * 100, 0, 'f', 0) });
        }

        // no-review-activity -------------------------------------------------
        QList<int> unreviewed;
        for (const int i : grantedEvents) {
            if (!submitted.contains(events[i].workstation + QLatin1Char('/') + events[i].batch
                                    + QLatin1Char('/') + events[i].task)) {
                unreviewed.append(i);
            }
        }
        if (unreviewed.size() >= m_t.unreviewedReveals
            && static_cast<double>(unreviewed.size())
                >= m_t.unreviewedShare * static_cast<double>(grantedEvents.size())) {
            flags.append(
                { QStringLiteral("no-review-activity"), reviewer, unreviewed,
                  QStringLiteral("%1 of %2 reveals were on tasks this reviewer never submitted (flagged "
                                 "from %3 and %4 %)")
                      .arg(unreviewed.size())
                      .arg(grantedEvents.size())
                      .arg(m_t.unreviewedReveals)
                      .arg(m_t.unreviewedShare * 100, 0, 'f', 0) });
        }

        // rare-category ------------------------------------------------------
        QHash<QString, QList<int>> rare;
        for (const int i : grantedEvents) {
            const double share = teamGranted == 0
                ? 0
                : static_cast<double>(categoryCount.value(events[i].category)) / teamGranted;
            if (share < m_t.rareCategoryShare) {
                rare[events[i].category].append(i);
            }
        }
        for (auto r = rare.cbegin(); r != rare.cend(); ++r) {
            if (r.value().size() >= m_t.rareCategoryReveals) {
                flags.append({ QStringLiteral("rare-category"), reviewer, r.value(),
                               QStringLiteral("%1 reveals of %2, a category under %3 % of the team's reveals")
                                   .arg(r.value().size())
                                   .arg(r.key())
                                   .arg(m_t.rareCategoryShare * 100, 0, 'f', 1) });
            }
        }
    }
    return flags;
}

}  // namespace veil::model
