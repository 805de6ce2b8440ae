// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/supervisor/SupervisorConsole.h"

#include "model/profile/Profile.h"
#include "ui/supervisor/ArchiveImportBar.h"
#include "ui/supervisor/FlagSettingsDialog.h"
#include "ui/supervisor/SupervisorCharts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace veil::ui {

namespace {

const QDate kAnyDate(2000, 1, 1);

QComboBox* choice(const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QDateEdit* dateField(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(QCoreApplication::translate("veil::ui::SupervisorConsole", "any"));
    edit->setDate(kAnyDate);
    edit->setCalendarPopup(true);
    return edit;
}

/// Replaces a combo box's items with "all" + `values`, keeping the choice when it still exists.
void refillChoice(QComboBox* box, const QString& all, const QStringList& values)
{
    const QString kept = box->currentIndex() > 0 ? box->currentText() : QString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all);
    box->addItems(values);
    const int at = kept.isEmpty() ? 0 : box->findText(kept);
    box->setCurrentIndex(std::max(0, at));
}

QString eventLine(const model::RevealEvent& e)
{
    return QStringLiteral("%1  %2  %3 %4 (%5)  %6")
        .arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             e.granted ? QCoreApplication::translate("veil::ui::SupervisorConsole", "granted")
                       : QCoreApplication::translate("veil::ui::SupervisorConsole", "denied"),
             e.category, QString::number(e.span), e.reasonCode, e.justification);
}

}  // namespace

SupervisorConsole::SupervisorConsole(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_importBar(new ArchiveImportBar(this))
    , m_charts(new SupervisorCharts(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisorConsole"));
    setAcceptDrops(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SupervisorConsole::applyFilter);

    connect(m_importBar, &ArchiveImportBar::message, this, &SupervisorConsole::say);
    connect(m_importBar, &ArchiveImportBar::imported, this, &SupervisorConsole::importDone);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(csv, &QPushButton::clicked, this, &SupervisorConsole::chooseCsv);
    auto* pdf = new QPushButton(tr("PDF report…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    connect(pdf, &QPushButton::clicked, this, &SupervisorConsole::choosePdf);
    auto* thresholds = new QPushButton(tr("Flag thresholds…"), this);
    thresholds->setObjectName(QStringLiteral("thresholdsButton"));
    connect(thresholds, &QPushButton::clicked, this, &SupervisorConsole::editThresholds);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setText(tr("Drop .veilaudit files or folders here, or use Import."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_importBar);
    bar->addWidget(csv);
    bar->addWidget(pdf);
    bar->addWidget(thresholds);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->addTab(buildIntegrityTab(), tr("Integrity"));
    m_tabs->addTab(buildEventsTab(), tr("Events and flags"));
    m_charts->setObjectName(QStringLiteral("charts"));
    m_tabs->addTab(m_charts, tr("Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_charts) {
            updateCharts();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
}

SupervisorConsole::~SupervisorConsole() = default;

QWidget* SupervisorConsole::buildIntegrityTab()
{
    auto* tab = new QWidget(this);
    m_integrity = new QTableView(tab);
    m_integrity->setObjectName(QStringLiteral("integrityTable"));
    m_integrity->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_integrity->setAlternatingRowColors(true);
    m_integrity->verticalHeader()->hide();
    m_integrity->horizontalHeader()->setStretchLastSection(true);
    m_integrity->setWordWrap(false);
    m_summary = new QPlainTextEdit(tab);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("The summary of the last import appears here, one line per file."));
    m_summary->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_integrity, 1);
    layout->addWidget(new QLabel(tr("Last import:"), tab));
    layout->addWidget(m_summary);
    return tab;
}

QWidget* SupervisorConsole::buildEventsTab()
{
    auto* tab = new QWidget(this);
    m_reviewer = choice(QStringLiteral("reviewerFilter"), tab);
    m_category = choice(QStringLiteral("categoryFilter"), tab);
    m_reason = choice(QStringLiteral("reasonFilter"), tab);
    m_decision = choice(QStringLiteral("decisionFilter"), tab);
    m_decision->addItems({ tr("granted and denied"), tr("granted"), tr("denied") });
    m_batch = new QLineEdit(tab);
    m_batch->setObjectName(QStringLiteral("batchFilter"));
    m_batch->setPlaceholderText(tr("batch"));
    m_batch->setMaximumWidth(110);
    m_from = dateField(QStringLiteral("fromFilter"), tab);
    m_to = dateField(QStringLiteral("toFilter"), tab);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search justifications"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("matchCount"));
    for (QComboBox* box : { m_reviewer, m_category, m_reason, m_decision }) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_debounce->start(0); });
    }
    connect(m_from, &QDateEdit::dateChanged, this, [this] { m_debounce->start(0); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { m_debounce->start(0); });
    // Typing restarts the wait: one filter pass when the supervisor pauses, not one per key.
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(kSearchDelayMs); });
    connect(m_batch, &QLineEdit::textChanged, this, [this] { m_debounce->start(kSearchDelayMs); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_reviewer);
    filters->addWidget(m_category);
    filters->addWidget(m_reason);
    filters->addWidget(m_decision);
    filters->addWidget(m_batch);
    filters->addWidget(new QLabel(tr("from"), tab));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), tab));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_events = new QTableView(tab);
    m_events->setObjectName(QStringLiteral("eventsTable"));
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setSortingEnabled(true);
    m_events->setWordWrap(false);
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setDefaultSectionSize(22);
    m_events->horizontalHeader()->setStretchLastSection(true);

    auto* side = new QSplitter(Qt::Vertical, tab);
    auto* flagsBox = new QWidget(side);
    auto* flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    auto* flagsTitle = new QHBoxLayout;
    flagsTitle->addWidget(new QLabel(tr("<b>Flags</b> — select one to see its events"), flagsBox), 1);
    auto* all = new QPushButton(tr("All events"), flagsBox);
    all->setObjectName(QStringLiteral("allEventsButton"));
    connect(all, &QPushButton::clicked, this, [this] { m_flags->setCurrentRow(-1); });
    flagsTitle->addWidget(all);
    flagsLayout->addLayout(flagsTitle);
    m_flags = new QListWidget(flagsBox);
    m_flags->setObjectName(QStringLiteral("flagList"));
    connect(m_flags, &QListWidget::currentRowChanged, this, &SupervisorConsole::showFlag);
    flagsLayout->addWidget(m_flags, 1);
    m_flagText = new QLabel(flagsBox);
    m_flagText->setObjectName(QStringLiteral("flagExplanation"));
    m_flagText->setWordWrap(true);
    m_flagText->setTextFormat(Qt::PlainText);
    m_flagText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    flagsLayout->addWidget(m_flagText);
    m_detail = new QPlainTextEdit(side);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an event to see it with its task's other events."));
    side->addWidget(flagsBox);
    side->addWidget(m_detail);

    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(m_events);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 860, 340 });

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    return tab;
}

bool SupervisorConsole::openProfile(model::Profile* profile)
{
    closeProfile();
    if (profile == nullptr) {
        return false;
    }
    m_session = new model::SupervisorSession(
        profile->vault(), profile->trust(), [profile] { return profile->now(); }, this);
    m_integrity->setModel(m_session->integrity());
    m_events->setModel(m_session->events());
    m_events->horizontalHeader()->setSortIndicator(model::AuditEventsModel::Time, Qt::AscendingOrder);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisorConsole::showEventDetail);
    connect(m_session->events(), &QAbstractItemModel::modelReset, this, &SupervisorConsole::updateCount);
    connect(m_session, &model::SupervisorSession::reloaded, this, &SupervisorConsole::refill);
    connect(m_session, &model::SupervisorSession::flagsChanged, this, &SupervisorConsole::refillFlags);
    m_importBar->setSession(m_session);
    if (auto loaded = m_session->reload(); !loaded) {
        say(tr("The archive cannot be read: %1").arg(loaded.error()), true);
        return false;
    }
    return true;
}

void SupervisorConsole::closeProfile()
{
    if (m_session == nullptr) {
        return;
    }
    m_integrity->setModel(nullptr);
    m_events->setModel(nullptr);
    m_importBar->setSession(nullptr);
    delete m_session;  // waits for a running import's workers; nothing of it is stored
    m_session = nullptr;
    m_flags->clear();
    m_detail->clear();
    m_summary->clear();
}

bool SupervisorConsole::importPaths(const QStringList& paths)
{
    return m_importBar->importPaths(paths);
}

void SupervisorConsole::importDone(const model::ImportSummary& summary, const QString& error)
{
    if (!error.isEmpty()) {
        say(error, true);
        emit imported(summary);
        return;
    }
    m_summary->setPlainText(summary.text());
    say(summary.headline(), summary.count(model::ImportOutcome::Kind::Failed) > 0);
    m_tabs->setCurrentIndex(0);
    emit imported(summary);
}

bool SupervisorConsole::exportCsv(const QString& path)
{
    if (m_session == nullptr) {
        return false;
    }
    auto written = m_session->writeCsv(path);
    say(written ? tr("Wrote %1 events to %2").arg(m_session->events()->matching().size()).arg(path)
                : written.error(),
        !written);
    return bool(written);
}

bool SupervisorConsole::exportPdf(const QString& path)
{
    if (m_session == nullptr) {
        return false;
    }
    auto written = m_session->writePdf(path);
    say(written ? tr("Wrote the report to %1").arg(path) : written.error(), !written);
    return bool(written);
}

void SupervisorConsole::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the filtered events"),
                                                      QStringLiteral("events.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty()) {
        exportCsv(path);
    }
}

void SupervisorConsole::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the PDF report"),
                                                      QStringLiteral("audit-report.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        exportPdf(path);
    }
}

void SupervisorConsole::editThresholds()
{
    if (m_session == nullptr) {
        return;
    }
    FlagSettingsDialog dialog(m_session->thresholds(), this);
    if (dialog.exec() == QDialog::Accepted) {
        if (auto stored = m_session->setThresholds(dialog.thresholds()); !stored) {
            say(stored.error(), true);
        }
    }
}

void SupervisorConsole::refill()
{
    const model::AuditEventsModel* events = m_session->events();
    refillChoice(m_reviewer, tr("all reviewers"), events->reviewers());
    refillChoice(m_category, tr("all categories"), events->categories());
    refillChoice(m_reason, tr("all reason codes"), events->reasonCodes());
    m_integrity->resizeColumnsToContents();
    m_chartsStale = true;
    applyFilter();
    // Every column but the justification to its contents (the first page's); the justification takes the
    // rest.
    for (int column = 0; column < model::AuditEventsModel::Justification; ++column) {
        m_events->resizeColumnToContents(column);
    }
}

void SupervisorConsole::refillFlags()
{
    const QSignalBlocker blocker(m_flags);
    m_flags->clear();
    for (const model::Flag& flag : m_session->flags()) {
        auto* item
            = new QListWidgetItem(tr("%1 — %2 (%3 events)")
                                      .arg(model::SupervisorSession::ruleTitle(flag.rule), flag.reviewer)
                                      .arg(flag.events.size()),
                                  m_flags);
        item->setToolTip(flag.explanation);
        item->setData(Qt::UserRole, flag.rule);
    }
    m_flagText->setText(m_session->flags().isEmpty()
                            ? tr("No reviewer is flagged under the current thresholds.")
                            : QString());
}

void SupervisorConsole::applyFilter()
{
    if (m_session == nullptr) {
        return;
    }
    m_debounce->stop();
    model::EventFilter filter;
    filter.reviewer = m_reviewer->currentIndex() > 0 ? m_reviewer->currentText() : QString();
    filter.category = m_category->currentIndex() > 0 ? m_category->currentText() : QString();
    filter.reasonCode = m_reason->currentIndex() > 0 ? m_reason->currentText() : QString();
    filter.decision = static_cast<model::EventFilter::Decision>(std::max(0, m_decision->currentIndex()));
    filter.batch = m_batch->text().trimmed();
    if (m_from->date() > kAnyDate) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    }
    if (m_to->date() > kAnyDate) {
        filter.to = QDateTime(m_to->date(), QTime(23, 59, 59, 999), Qt::UTC);
    }
    filter.text = m_search->text().trimmed();
    // The flags are the chosen period's, like the report's (this may clear the selected flag).
    m_session->setFlagPeriod(filter.from, filter.to);
    const int flag = m_flags->currentRow();
    if (flag >= 0 && flag < m_session->flags().size()) {
        filter.only = m_session->flags()[flag].events;
    }
    m_session->events()->setFilter(filter);
    m_chartsStale = true;
    if (m_tabs->currentWidget() == m_charts) {
        updateCharts();
    }
}

void SupervisorConsole::showFlag(int row)
{
    if (m_session == nullptr) {
        return;
    }
    if (row >= 0 && row < m_session->flags().size()) {
        const model::Flag& flag = m_session->flags()[row];
        m_flagText->setText(
            tr("%1 — %2: %3")
                .arg(model::SupervisorSession::ruleTitle(flag.rule), flag.reviewer, flag.explanation));
        // The flag's events, whoever else the filters were on.
        for (QComboBox* box : { m_reviewer, m_category, m_reason, m_decision }) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(0);
        }
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
    } else {
        m_flagText->clear();
    }
    applyFilter();
}

void SupervisorConsole::showEventDetail(const QModelIndex& index)
{
    const model::AuditEventsModel* model = m_session != nullptr ? m_session->events() : nullptr;
    const int at = model != nullptr && index.isValid() ? model->eventAt(index.row()) : -1;
    if (at < 0) {
        m_detail->clear();
        return;
    }
    const model::RevealEvent& e = model->events()->at(at);
    QStringList lines {
        tr("Reviewer: %1 (workstation %2, entry %3)").arg(e.reviewer, e.workstation).arg(e.sequence),
        tr("Time: %1 UTC").arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        tr("Decision: %1 — %2").arg(e.granted ? tr("granted") : tr("denied"), e.decision),
        tr("Batch %1, task %2, span %3, %4").arg(e.batch, e.task).arg(e.span).arg(e.category),
        tr("Reason code: %1").arg(e.reasonCode),
        tr("Justification: %1").arg(e.justification),
        QString(),
        tr("Reveal decisions on this task:"),
    };
    for (int other : model->taskContext(at)) {
        lines.append((other == at ? QStringLiteral("▶ ") : QStringLiteral("  "))
                     + eventLine(model->events()->at(other)));
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void SupervisorConsole::updateCount()
{
    const qsizetype n = m_session != nullptr ? m_session->events()->matching().size() : 0;
    m_count->setText(tr("%1 events").arg(n));
    m_detail->clear();
}

void SupervisorConsole::updateCharts()
{
    if (m_session == nullptr || !m_chartsStale) {
        return;
    }
    m_chartsStale = false;
    m_charts->display(m_session->statistics());
}

void SupervisorConsole::say(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a01010;") : QString());
}

void SupervisorConsole::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session != nullptr && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void SupervisorConsole::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
    importPaths(paths);
}

}  // namespace veil::ui
