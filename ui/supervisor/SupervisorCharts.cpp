// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/supervisor/SupervisorCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>

namespace veil::ui {

namespace {

QChartView* makeView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    return view;
}

QChart* barChart(const QString& title, const QMap<QString, int>& counts, const QColor& colour)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* set = new QBarSet(title);
    set->setColor(colour);
    QStringList labels;
    int highest = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        labels.append(it.key());
        set->append(it.value());
        highest = std::max(highest, it.value());
    }
    // Horizontal bars: category names and reason codes stay readable on the left.
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(labels);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* scale = new QValueAxis;
    scale->setRange(0, std::max(1, highest));
    scale->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(scale, Qt::AlignBottom);
    series->attachAxis(scale);
    return chart;
}

}  // namespace

SupervisorCharts::SupervisorCharts(QWidget* parent)
    : QWidget(parent)
    , m_perDay(makeView(QStringLiteral("chartPerDay"), this))
    , m_byCategory(makeView(QStringLiteral("chartByCategory"), this))
    , m_byReason(makeView(QStringLiteral("chartByReason"), this))
    , m_decisions(makeView(QStringLiteral("chartDecisions"), this))
{
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_perDay, 0, 0, 1, 2);
    grid->addWidget(m_byCategory, 1, 0);
    grid->addWidget(m_byReason, 1, 1);
    grid->addWidget(m_decisions, 0, 2, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
}

void SupervisorCharts::replace(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void SupervisorCharts::display(const model::EventStatistics& s)
{
    // Reveals per day, one line per reviewer among the most active.
    auto* perDay = new QChart;
    perDay->setTitle(tr("Reveals per day (most active reviewers)"));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(8);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    perDay->addAxis(x, Qt::AlignBottom);
    perDay->addAxis(y, Qt::AlignLeft);
    int highest = 1;
    for (const QString& reviewer : s.topReviewers) {
        auto* line = new QLineSeries;
        line->setName(reviewer);
        for (auto day = s.perDay.cbegin(); day != s.perDay.cend(); ++day) {
            const int count = day.value().value(reviewer);
            highest = std::max(highest, count);
            line->append(static_cast<qreal>(QDateTime(day.key(), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()),
                         count);
        }
        perDay->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (!s.perDay.isEmpty()) {
        x->setRange(QDateTime(s.perDay.firstKey(), QTime(0, 0), Qt::UTC),
                    QDateTime(s.perDay.lastKey(), QTime(23, 59), Qt::UTC));
    }
    y->setRange(0, highest);
    perDay->legend()->setAlignment(Qt::AlignRight);
    replace(m_perDay, perDay);

    replace(m_byCategory, barChart(tr("Reveals by category"), s.byCategory, QColor(0x3b, 0x6e, 0xa8)));
    replace(m_byReason, barChart(tr("Reveals by reason code"), s.byReasonCode, QColor(0x6a, 0x4c, 0x93)));

    auto* decisions = new QChart;
    decisions->setTitle(tr("Granted vs denied"));
    auto* pie = new QPieSeries;
    pie->append(tr("granted %1").arg(s.granted), s.granted)->setColor(QColor(0x3c, 0x9a, 0x4a));
    pie->append(tr("denied %1").arg(s.denied), s.denied)->setColor(QColor(0xc0, 0x39, 0x2b));
    decisions->addSeries(pie);
    decisions->legend()->setAlignment(Qt::AlignBottom);
    replace(m_decisions, decisions);
}

}  // namespace veil::ui
