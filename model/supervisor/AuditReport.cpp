// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditReport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace veil::model {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// A horizontal bar chart of `values` (label → count) in `area`.
void drawBars(QPainter& painter, const QRectF& area, const QString& title, const QMap<QString, int>& values,
              const QColor& colour)
{
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const qreal line = painter.fontMetrics().height() * 1.4;
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    font.setBold(false);
    painter.setFont(font);
    int maximum = 1;
    for (const int v : values) {
        maximum = std::max(maximum, v);
    }
    qreal widest = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        widest = std::max<qreal>(widest, painter.fontMetrics().horizontalAdvance(it.key()));
    }
    const qreal labelWidth = std::min(widest + 8, area.width() * 0.45);
    const qreal barArea = (area.width() - labelWidth) * 0.8;
    qreal y = area.top() + line;
    const qreal barHeight = std::min<qreal>(
        line, (area.height() - line) / static_cast<qreal>(std::max<qsizetype>(1, values.size())));
    for (auto it = values.cbegin(); it != values.cend() && y + barHeight <= area.bottom(); ++it) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y, labelWidth - 6, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         it.key());
        const qreal width = barArea * it.value() / maximum;
        painter.fillRect(QRectF(area.left() + labelWidth, y + barHeight * 0.15, width, barHeight * 0.7),
                         colour);
        painter.drawText(QRectF(area.left() + labelWidth + width + 4, y, area.width() * 0.1, barHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(it.value()));
        y += barHeight;
    }
    painter.restore();
}

/// Writes `lines` from `y`; starts new pages as needed; returns the new y.
qreal drawLines(QPdfWriter& pdf, QPainter& painter, qreal y, const QStringList& lines, const QRectF& page)
{
    const qreal line = painter.fontMetrics().height() * 1.3;
    for (const QString& text : lines) {
        const QRectF bounds = painter.boundingRect(QRectF(page.left(), 0, page.width(), 10000),
                                                   Qt::TextWordWrap | Qt::AlignLeft, text);
        if (y + bounds.height() > page.bottom()) {
            pdf.newPage();
            y = page.top();
        }
        painter.drawText(QRectF(page.left(), y, page.width(), bounds.height()),
                         Qt::TextWordWrap | Qt::AlignLeft, text);
        y += std::max(bounds.height(), line) + line * 0.2;
    }
    return y;
}

}  // namespace

AuditReport::AuditReport(const AuditAnalysis& analysis, QList<int> events, QList<Flag> flags, QDateTime from,
                         QDateTime to)
    : m_analysis(analysis)
    , m_events(std::move(events))
    , m_flags(std::move(flags))
    , m_from(std::move(from))
    , m_to(std::move(to))
{ }

QByteArray AuditReport::findingsJson() const
{
    QJsonArray logs;
    for (const LogStatus& log : m_analysis.logs()) {
        logs.append(QJsonObject { { QStringLiteral("file"), QFileInfo(log.file).fileName() },
                                  { QStringLiteral("workstation"), log.workstation },
                                  { QStringLiteral("reviewer"), log.reviewer },
                                  { QStringLiteral("status"),
                                    log.verified ? QStringLiteral("verified") : QStringLiteral("failed") },
                                  { QStringLiteral("reason"), log.reason },
                                  { QStringLiteral("entry"), log.entry },
                                  { QStringLiteral("entries"), log.entries } });
    }
    QJsonArray flags;
    for (const Flag& flag : m_flags) {
        QJsonArray events;
        for (const int i : flag.events) {
            const RevealEvent& e = m_analysis.events()[i];
            events.append(QJsonObject { { QStringLiteral("workstation"), e.workstation },
                                        { QStringLiteral("sequence"), e.sequence },
                                        { QStringLiteral("time"), isoTime(e.time) } });
        }
        flags.append(QJsonObject { { QStringLiteral("rule"), flag.rule },
                                   { QStringLiteral("reviewer"), flag.reviewer },
                                   { QStringLiteral("events"), events },
                                   { QStringLiteral("explanation"), flag.explanation } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("from"), isoTime(m_from) },
                                       { QStringLiteral("to"), isoTime(m_to) },
                                       { QStringLiteral("logs"), logs },
                                       { QStringLiteral("flags"), flags } })
        .toJson();
}

QString AuditReport::csvField(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray AuditReport::eventsCsv() const
{
    QString csv
        = QStringLiteral("time,reviewer,workstation,sequence,decision,batch,task,span,category,reason_code,"
                         "justification,policy_decision\r\n");
    for (const int i : m_events) {
        const RevealEvent& e = m_analysis.events()[i];
        const QStringList fields = { isoTime(e.time),
                                     e.reviewer,
                                     e.workstation,
                                     QString::number(e.sequence),
                                     e.granted ? QStringLiteral("granted") : QStringLiteral("denied"),
                                     e.batch,
                                     e.task,
                                     QString::number(e.span),
                                     e.category,
                                     e.reasonCode,
                                     e.justification,
                                     e.decision };
        QStringList quoted;
        for (const QString& field : fields) {
            quoted.append(csvField(field));
        }
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

Status AuditReport::writePdf(const QString& path) const
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(QStringLiteral("Veil audit report"));
    pdf.setCreator(QStringLiteral("Veil"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return fail(QStringLiteral("%1: cannot write the PDF").arg(path));
    }
    const QRectF page(0, 0, pdf.width(), pdf.height());
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    painter.setFont(font);

    // Page 1: title, integrity summary.
    QFont title = font;
    title.setPointSize(18);
    title.setBold(true);
    painter.setFont(title);
    qreal y = drawLines(pdf, painter, 0, { QStringLiteral("Veil audit report") }, page);
    painter.setFont(font);
    int verified = 0;
    QStringList failed;
    for (const LogStatus& log : m_analysis.logs()) {
        if (log.verified) {
            ++verified;
        } else {
            failed.append(QStringLiteral("• %1 (%2): %3")
                              .arg(QFileInfo(log.file).fileName(),
                                   log.reviewer.isEmpty() ? QStringLiteral("unknown") : log.reviewer,
                                   log.reason));
        }
    }
    int granted = 0;
    for (const int i : m_events) {
        granted += m_analysis.events()[i].granted ? 1 : 0;
    }
    y = drawLines(pdf, painter, y,
                  { QStringLiteral("Period: %1 to %2")
                        .arg(m_from.isValid() ? isoTime(m_from) : QStringLiteral("the first event"),
                             m_to.isValid() ? isoTime(m_to) : QStringLiteral("the last event")),
                    QStringLiteral("Integrity: %1 of %2 logs verified; %3 failed and were not merged.")
                        .arg(verified)
                        .arg(m_analysis.logs().size())
                        .arg(failed.size()),
                    QStringLiteral("Reveal decisions: %1 (%2 granted, %3 denied); flags raised: %4.")
                        .arg(m_events.size())
                        .arg(granted)
                        .arg(m_events.size() - granted)
                        .arg(m_flags.size()) },
                  page);
    if (!failed.isEmpty()) {
        y = drawLines(pdf, painter, y + 10,
                      QStringList { QStringLiteral("Logs that failed verification:") } + failed, page);
    }

    // Page 2: charts.
    pdf.newPage();
    QMap<QString, int> byCategory;
    QMap<QString, int> byReason;
    QMap<QString, int> byDay;
    QMap<QString, int> decisions;
    QMap<QString, int> byReviewer;
    for (const int i : m_events) {
        const RevealEvent& e = m_analysis.events()[i];
        decisions[e.granted ? QStringLiteral("granted") : QStringLiteral("denied")] += 1;
        if (e.granted) {
            byCategory[e.category] += 1;
            byReason[e.reasonCode] += 1;
            byDay[e.time.toUTC().date().toString(Qt::ISODate)] += 1;
            byReviewer[e.reviewer] += 1;
        }
    }
    // The reviewers with most reveals: the chart keeps the fifteen highest.
    QList<QPair<int, QString>> ranked;
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        ranked.append({ it.value(), it.key() });
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QMap<QString, int> topReviewers;
    for (qsizetype i = 0; i < std::min<qsizetype>(15, ranked.size()); ++i) {
        topReviewers.insert(ranked[i].second, ranked[i].first);
    }
    const qreal half = page.height() / 2;
    drawBars(painter, QRectF(page.left(), page.top(), page.width() / 2 - 10, half / 2 - 10),
             QStringLiteral("Granted reveals by category"), byCategory, QColor(0x3b, 0x6e, 0xa8));
    drawBars(painter, QRectF(page.width() / 2 + 10, page.top(), page.width() / 2 - 10, half / 2 - 10),
             QStringLiteral("Granted vs denied"), decisions, QColor(0x8a, 0x5c, 0xa8));
    drawBars(painter, QRectF(page.left(), half / 2, page.width() / 2 - 10, half / 2 - 10),
             QStringLiteral("Granted reveals by reason code"), byReason, QColor(0x4f, 0x9a, 0x6b));
    drawBars(painter, QRectF(page.width() / 2 + 10, half / 2, page.width() / 2 - 10, half / 2 - 10),
             QStringLiteral("Reviewers with most reveals"), topReviewers, QColor(0xc0, 0x6a, 0x3a));
    drawBars(painter, QRectF(page.left(), half, page.width(), half),
             QStringLiteral("Granted reveals per day (all reviewers)"), byDay, QColor(0x3b, 0x6e, 0xa8));

    // Page 3+: flags.
    pdf.newPage();
    painter.setFont(title);
    y = drawLines(pdf, painter, 0, { QStringLiteral("Flags") }, page);
    painter.setFont(font);
    QStringList lines;
    for (const Flag& flag : m_flags) {
        lines.append(QStringLiteral("• %1 — %2: %3 (%4 events)")
                         .arg(flag.reviewer, flag.rule, flag.explanation)
                         .arg(flag.events.size()));
    }
    if (lines.isEmpty()) {
        lines.append(QStringLiteral("No flags in this period."));
    }
    drawLines(pdf, painter, y, lines, page);
    if (!painter.end()) {
        return fail(QStringLiteral("%1: cannot finish the PDF (disk full?)").arg(path));
    }
    return Done {};
}

}  // namespace veil::model
