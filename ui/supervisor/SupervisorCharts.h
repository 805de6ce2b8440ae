// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorSession.h"

#include <QWidget>

class QChart;
class QChartView;

namespace veil::ui {

/// The console's charts (Qt Charts) over the filtered events: reveals per
/// day for the most active reviewers, by category, by reason code, and
/// granted vs denied. Draws model::EventStatistics; computes nothing.
class SupervisorCharts : public QWidget {
    Q_OBJECT

public:
    explicit SupervisorCharts(QWidget* parent = nullptr);
    void display(const model::EventStatistics& statistics);

private:
    static void replace(QChartView* view, QChart* chart);

    QChartView* m_perDay = nullptr;
    QChartView* m_byCategory = nullptr;
    QChartView* m_byReason = nullptr;
    QChartView* m_decisions = nullptr;
};

}  // namespace veil::ui
