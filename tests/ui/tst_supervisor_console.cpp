// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The supervisor console (issue "Supervisor audit console", acceptance 2
// and 4), driven through its widgets: a folder of simulated exports is
// dropped on it; the integrity view shows the tampered and the truncated log
// failed with their reasons; the table filters to one reviewer and searches
// justifications without a filter pass per keystroke; the high-rate flag
// shows its events; CSV and PDF are written and the PDF's pages render with
// charts; bad files are named and lose nothing. A supervisor profile
// unlocked in the main window opens the console.
//
// With VEIL_SCREENSHOT_DIR set, it also saves supervisor-console.png there
// (docs/screenshots/).
#include "model/demo/DemoOrganisation.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/WorkstationCertificate.h"
#include "model/profile/Profile.h"
#include "model/review/ProfileLocator.h"
#include "model/review/SessionController.h"
#include "model/supervisor/AuditSimulator.h"
#include "ui/main/MainWindow.h"
#include "ui/supervisor/FlagSettingsDialog.h"
#include "ui/supervisor/SupervisorConsole.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace veil;
using namespace veil::model;

namespace {

const char kGood[] = "violet canoe drizzle 89 harbour";

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArray(text));
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

/// Share of pixels that are not near-white.
double inkShare(const QImage& image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ink += c.red() + c.green() + c.blue() < 700 ? 1 : 0;
        }
    }
    return static_cast<double>(ink) / static_cast<double>(qint64(image.width()) * image.height());
}

/// Share of pixels that are clearly coloured (bars, lines, pie slices; text is grey).
double colourShare(const QImage& image)
{
    qint64 coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int spread
                = std::max({ c.red(), c.green(), c.blue() }) - std::min({ c.red(), c.green(), c.blue() });
            coloured += spread > 60 ? 1 : 0;
        }
    }
    return static_cast<double>(coloured) / static_cast<double>(qint64(image.width()) * image.height());
}

}  // namespace

class TestSupervisorConsole : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretKey m_root;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ui::SupervisorConsole> m_console;
    QList<AuditSimulator::Planted> m_planted;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Profile::Options options() const
    {
        Profile::Options o;
        o.kdf = { 1, 8U << 20U };  // cheap: these tests are about behaviour, not cost
        return o;
    }

    std::unique_ptr<Profile> supervisorProfile(const QString& dir) const
    {
        Profile::Identity identity;
        identity.reviewerId = QStringLiteral("supervisor-1");
        identity.trustRoots = { m_root.publicKey };
        auto created = Profile::create(dir, identity, secret(kGood), options());
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        auto request = created.value()->enrolmentRequest();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto certificate = WorkstationCertificate::issue(request.value(), ReviewerRole::Supervisor, m_root,
                                                         now, now.addDays(30));
        if (!certificate
            || !created.value()->installCertificate(certificate.value().encode(), QStringLiteral("t"))) {
            return nullptr;
        }
        return std::move(created).value();
    }

    QTableView* table(const char* name) const
    {
        return m_console->findChild<QTableView*>(QLatin1String(name));
    }

    /// Drops `paths` on the console as a file manager would.
    void drop(const QStringList& paths)
    {
        auto* mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString& p : paths) {
            urls.append(QUrl::fromLocalFile(p));
        }
        mime->setUrls(urls);
        const QPoint at = m_console->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_console.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_console.get(), &dropped);
        delete mime;
    }

    /// Fetches every row of a lazily filled table.
    static void fetchAll(QAbstractItemModel* model)
    {
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = KeyFactory::generateRoot(QStringLiteral("Test organisation"));
        AuditSimulator::Options simulate;
        simulate.outDir = path(QStringLiteral("team"));
        simulate.workstations = 16;  // fewer for speed; the planted cases sit at 3, 7, 11 and 13
        simulate.days = 10;
        simulate.root = &m_root;
        auto planted = AuditSimulator::run(simulate);
        QVERIFY2(planted, qPrintable(planted.error()));
        m_planted = planted.value();
        m_profile = supervisorProfile(path(QStringLiteral("supervisor")));
        QVERIFY(m_profile);
        m_console = std::make_unique<ui::SupervisorConsole>();
        m_console->resize(1280, 800);
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
        QVERIFY(m_console->openProfile(m_profile.get()));
    }

    void importByDropShowsIntegrity()
    {
        QSignalSpy imported(m_console.get(), &ui::SupervisorConsole::imported);
        QSignalSpy verified(m_console->session(), &SupervisorSession::importProgress);
        QSignalSpy stored(m_console->session(), &SupervisorSession::importStoring);
        // The window keeps running its event loop while the files are verified and stored.
        int turns = 0;
        QTimer loopTurns;
        loopTurns.setInterval(0);
        connect(&loopTurns, &QTimer::timeout, [&turns] { ++turns; });
        loopTurns.start();
        drop({ path(QStringLiteral("team")) });
        QCOMPARE(imported.count(), 0);  // not done inside the drop: the window was not blocked
        auto* progress = m_console->findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QVERIFY(progress != nullptr && progress->isVisible());
        QVERIFY(!m_console->findChild<QToolButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(!m_console->importPaths({ path(QStringLiteral("team")) }));  // one import at a time
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        loopTurns.stop();
        QVERIFY(turns > 0);
        QVERIFY(!progress->isVisible());
        QVERIFY(m_console->findChild<QToolButton*>(QStringLiteral("importButton"))->isEnabled());
        // Progress: every file verified, then every file checked and stored.
        QVERIFY(!verified.isEmpty());
        QCOMPARE(verified.first().at(0).toInt(), 0);
        QCOMPARE(verified.last().at(0).toInt(), 16);
        QCOMPARE(verified.last().at(1).toInt(), 16);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.last().at(0).toInt(), stored.last().at(1).toInt());
        const QString summary
            = m_console->findChild<QPlainTextEdit*>(QStringLiteral("importSummary"))->toPlainText();
        QVERIFY2(summary.startsWith(QStringLiteral("16 files: 14 imported")), qPrintable(summary));

        QTableView* integrity = table("integrityTable");
        QAbstractItemModel* rows = integrity->model();
        QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows->rowCount(), 16);
        // Failed rows first, each with its precise reason and entry.
        QCOMPARE(cell(rows, 0, 0), QStringLiteral("failed"));
        QCOMPARE(cell(rows, 1, 0), QStringLiteral("failed"));
        QCOMPARE(cell(rows, 2, 0), QStringLiteral("verified"));
        QStringList reasons { cell(rows, 0, 6), cell(rows, 1, 6) };
        reasons.sort();
        qint64 tamperedEntry = 0;
        for (const AuditSimulator::Planted& p : m_planted) {
            tamperedEntry = p.kind == QLatin1String("tampered") ? p.entry : tamperedEntry;
        }
        QVERIFY(tamperedEntry > 0);
        QVERIFY2(reasons.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("ws-011.veilaudit: entry %1 was modified").arg(tamperedEntry)),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY2(reasons.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("ws-013.veilaudit: damaged audit export: the file ends after")),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
        QCOMPARE(rows->index(0, 0).data(Qt::UserRole).toBool(), false);
        QCOMPARE(rows->index(2, 0).data(Qt::UserRole).toBool(), true);
        QVERIFY(!cell(rows, 2, 2).isEmpty());  // reviewer
        QVERIFY(!cell(rows, 2, 4).isEmpty());  // last entry time
    }

    void filterToOneReviewerAndSearch()
    {
        QTableView* events = table("eventsTable");
        QAbstractItemModel* model = events->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype all = m_console->session()->events()->matching().size();
        // Lazily fetched: whole pages, as many as the view (and the tester) asked for, not every event.
        QVERIFY(all > model->rowCount());
        QCOMPARE(model->rowCount() % model::AuditEventsModel::kPage, 0);

        auto* reviewer = m_console->findChild<QComboBox*>(QStringLiteral("reviewerFilter"));
        reviewer->setCurrentIndex(reviewer->findText(QStringLiteral("reviewer-005")));
        QTRY_VERIFY(m_console->session()->events()->matching().size() < all);
        fetchAll(model);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(cell(model, row, model::AuditEventsModel::Reviewer), QStringLiteral("reviewer-005"));
        }
        const QString count = m_console->findChild<QLabel*>(QStringLiteral("matchCount"))->text();
        QCOMPARE(count, QStringLiteral("%1 events").arg(model->rowCount()));

        // Typing a search does not filter per keystroke: one pass after the pause.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto* search = m_console->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("phone"));
        QCOMPARE(resets.count(), 0);
        QTRY_COMPARE(resets.count(), 1);
        fetchAll(model);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(cell(model, row, model::AuditEventsModel::Justification)
                        .contains(QStringLiteral("phone"), Qt::CaseInsensitive));
        }

        // Sorting by a column.
        events->sortByColumn(model::AuditEventsModel::Category, Qt::DescendingOrder);
        QVERIFY(cell(model, 0, model::AuditEventsModel::Category)
                >= cell(model, model->rowCount() - 1, model::AuditEventsModel::Category));

        // The detail pane shows the event with its task's other events.
        events->selectRow(0);
        const QString detail
            = m_console->findChild<QPlainTextEdit*>(QStringLiteral("eventDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("Reviewer: reviewer-005")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Reveal decisions on this task:")), qPrintable(detail));

        search->clear();
        reviewer->setCurrentIndex(0);
        QTRY_COMPARE(m_console->session()->events()->matching().size(), all);
    }

    void flagShowsItsEvents()
    {
        auto* flags = m_console->findChild<QListWidget*>(QStringLiteral("flagList"));
        int rateFlag = -1;
        for (int row = 0; row < flags->count(); ++row) {
            // No healthy reviewer is flagged: every flag names a planted reviewer.
            const QString text = flags->item(row)->text();
            QVERIFY2(text.contains(QStringLiteral("reviewer-003"))
                         || text.contains(QStringLiteral("reviewer-007")),
                     qPrintable(text));
            if (flags->item(row)->data(Qt::UserRole).toString() == QLatin1String("high-reveal-rate")) {
                rateFlag = row;
            }
        }
        QVERIFY(rateFlag >= 0);
        QVERIFY(flags->item(rateFlag)->text().startsWith(QStringLiteral("High reveal rate — reviewer-003")));
        flags->setCurrentRow(rateFlag);
        const QString explanation = m_console->findChild<QLabel*>(QStringLiteral("flagExplanation"))->text();
        QVERIFY2(explanation.contains(QStringLiteral("median")), qPrintable(explanation));
        const Flag& flag = m_console->session()->flags().at(rateFlag);
        QCOMPARE(m_console->session()->events()->matching().size(), flag.events.size());
        QAbstractItemModel* model = table("eventsTable")->model();
        fetchAll(model);
        QCOMPARE(model->rowCount(), flag.events.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(cell(model, row, model::AuditEventsModel::Reviewer), QStringLiteral("reviewer-003"));
        }

        // The charts follow the table.
        auto* tabs = m_console->findChild<QTabWidget*>(QStringLiteral("supervisorTabs"));
        tabs->setCurrentIndex(2);
        auto* perDay = m_console->findChild<QChartView*>(QStringLiteral("chartPerDay"));
        QTRY_VERIFY(perDay->chart() != nullptr && !perDay->chart()->series().isEmpty());
        QCOMPARE(perDay->chart()->series().first()->name(), QStringLiteral("reviewer-003"));
        tabs->setCurrentIndex(1);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("VEIL_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("VEIL_SCREENSHOT_DIR not set");
        }
        auto* flags = m_console->findChild<QListWidget*>(QStringLiteral("flagList"));
        auto* tabs = m_console->findChild<QTabWidget*>(QStringLiteral("supervisorTabs"));
        tabs->setCurrentIndex(1);
        for (int row = 0; row < flags->count(); ++row) {
            if (flags->item(row)->data(Qt::UserRole).toString()
                == QLatin1String("copy-paste-justifications")) {
                flags->setCurrentRow(row);
            }
        }
        table("eventsTable")->sortByColumn(model::AuditEventsModel::Time, Qt::AscendingOrder);
        table("eventsTable")->selectRow(0);
        QTest::qWait(50);
        QVERIFY(m_console->grab().save(dir + QStringLiteral("/supervisor-console.png")));
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(m_console->grab().save(dir + QStringLiteral("/supervisor-integrity.png")));
        flags->setCurrentRow(-1);
        tabs->setCurrentIndex(2);
        QTest::qWait(200);
        QVERIFY(m_console->grab().save(dir + QStringLiteral("/supervisor-charts.png")));
        QVERIFY(m_console->exportPdf(dir + QStringLiteral("/audit-report.pdf")));
        // Back to what the next test expects: the high-rate flag's events.
        for (int row = 0; row < flags->count(); ++row) {
            if (flags->item(row)->data(Qt::UserRole).toString() == QLatin1String("high-reveal-rate")) {
                flags->setCurrentRow(row);
            }
        }
        tabs->setCurrentIndex(1);
    }

    void exportsCsvAndPdfWithCharts()
    {
        // Still showing the high-rate flag's events.
        const qsizetype shown = m_console->session()->events()->matching().size();
        QVERIFY(m_console->exportCsv(path(QStringLiteral("events.csv"))));
        QFile csv(path(QStringLiteral("events.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size() - (lines.last().isEmpty() ? 1 : 0), shown + 1);  // header + one line per event
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY(lines[i].isEmpty() || lines[i].contains("reviewer-003"));
        }

        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            QSKIP("pdftoppm (poppler-utils) is not installed");
        }
        m_console->findChild<QListWidget*>(QStringLiteral("flagList"))->setCurrentRow(-1);
        QVERIFY(m_console->exportPdf(path(QStringLiteral("report.pdf"))));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                       path(QStringLiteral("report.pdf")), path(QStringLiteral("page")) });
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList pages
            = QDir(m_dir.path()).entryList({ QStringLiteral("page-*.png") }, QDir::Files, QDir::Name);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(QLatin1Char(','))));
        double mostColour = 0;
        for (const QString& page : pages) {
            const QImage image(path(page));
            QVERIFY(!image.isNull());
            QVERIFY2(inkShare(image) > 0.005, qPrintable(page));  // no blank page
            mostColour = std::max(mostColour, colourShare(image));
        }
        // The charts page: coloured bars and slices, not just text.
        QVERIFY2(mostColour > 0.02, qPrintable(QString::number(mostColour)));
    }

    void badInputIsNamedAndLosesNothing()
    {
        const qsizetype eventsBefore = m_console->session()->analysis().events().size();
        QVERIFY(writeBytes(path(QStringLiteral("notes.veilaudit")), "minutes of the Monday meeting\n"));
        QFile good(path(QStringLiteral("team/ws-002.veilaudit")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QVERIFY(writeBytes(path(QStringLiteral("cut.veilaudit")), bytes.first(bytes.size() / 3)));
        QVERIFY(writeBytes(path(QStringLiteral("copy.veilaudit")), bytes));
        AuditSimulator::Options foreign;
        foreign.outDir = path(QStringLiteral("foreign"));
        foreign.workstations = 1;
        foreign.days = 2;
        QVERIFY(AuditSimulator::run(foreign));

        ImportSummary summary;
        int done = 0;
        const auto connection
            = connect(m_console.get(), &ui::SupervisorConsole::imported, [&](const ImportSummary& s) {
                  summary = s;
                  ++done;
              });
        QVERIFY(m_console->importPaths(
            { path(QStringLiteral("notes.veilaudit")), path(QStringLiteral("cut.veilaudit")),
              path(QStringLiteral("foreign/ws-000.veilaudit")), path(QStringLiteral("team/ws-002.veilaudit")),
              path(QStringLiteral("copy.veilaudit")) }));
        QTRY_COMPARE_WITH_TIMEOUT(done, 1, 60000);
        disconnect(connection);
        QCOMPARE(summary.files.size(), 5);
        const QString shown
            = m_console->findChild<QPlainTextEdit*>(QStringLiteral("importSummary"))->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("notes.veilaudit: failed: not an audit export")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("cut.veilaudit: failed"))
                     && shown.contains(QStringLiteral("cut short")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ws-000.veilaudit: failed"))
                     && shown.contains(QStringLiteral("not in the trust store")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ws-002.veilaudit: unchanged")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("copy.veilaudit: duplicate file")), qPrintable(shown));
        QVERIFY2(m_console->findChild<QLabel*>(QStringLiteral("consoleStatus"))
                     ->text()
                     .contains(QStringLiteral("3 failed")),
                 qPrintable(m_console->findChild<QLabel*>(QStringLiteral("consoleStatus"))->text()));
        QCOMPARE(m_console->session()->analysis().events().size(), eventsBefore);
        // The foreign export gets its own failed row; the damaged copy does not fail ws-002's verified log.
        QAbstractItemModel* rows = table("integrityTable")->model();
        QCOMPARE(rows->rowCount(), 17);
        int failed = 0;
        for (int row = 0; row < rows->rowCount(); ++row) {
            failed += rows->index(row, 0).data(Qt::UserRole).toBool() ? 0 : 1;
        }
        QCOMPARE(failed, 3);
    }

    void thresholdsChangeTheFlagsAndAreKept()
    {
        auto* flags = m_console->findChild<QListWidget*>(QStringLiteral("flagList"));
        const auto hasRule = [flags](const QString& rule) {
            for (int row = 0; row < flags->count(); ++row) {
                if (flags->item(row)->data(Qt::UserRole).toString() == rule) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(hasRule(QStringLiteral("copy-paste-justifications")));
        ui::FlagSettingsDialog dialog(m_console->session()->thresholds());
        auto* repeated = dialog.findChild<QSpinBox*>(QStringLiteral("repeatedJustificationTasks"));
        QVERIFY(repeated != nullptr);
        QCOMPARE(repeated->value(), FlagThresholds {}.repeatedJustificationTasks);
        repeated->setValue(500);
        QVERIFY(m_console->session()->setThresholds(dialog.thresholds()));
        QVERIFY(!hasRule(QStringLiteral("copy-paste-justifications")));
        QVERIFY(hasRule(QStringLiteral("high-reveal-rate")));
        // Kept in the vault: a reload (the next session) uses them.
        QVERIFY(m_console->session()->reload());
        QCOMPARE(m_console->session()->thresholds().repeatedJustificationTasks, 500);
        QVERIFY(!hasRule(QStringLiteral("copy-paste-justifications")));
    }

    /// The flags are the chosen period's, like the report's: choosing dates
    /// re-evaluates them over that period's events only, and "any" brings
    /// back the flags over every event.
    void flagsFollowThePeriod()
    {
        SupervisorSession* session = m_console->session();
        const AuditAnalysis& analysis = session->analysis();
        const auto described = [](const QList<Flag>& flags) {
            QStringList out;
            for (const Flag& flag : flags) {
                QStringList events;
                for (int i : flag.events) {
                    events.append(QString::number(i));
                }
                out.append(flag.rule + QLatin1Char('|') + flag.reviewer + QLatin1Char('|')
                           + events.join(QLatin1Char(',')));
            }
            return out;
        };
        const QStringList everything = described(session->flags());
        QCOMPARE(everything,
                 described(analysis.flags(session->thresholds(), analysis.eventsBetween({}, {}))));
        QVERIFY(!everything.isEmpty());
        QDateTime first;
        for (const RevealEvent& event : analysis.events()) {
            first = !first.isValid() || event.time < first ? event.time : first;
        }
        const QDate day = first.toUTC().date().addDays(2);
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        const QDateTime end(day.addDays(2), QTime(23, 59, 59, 999), Qt::UTC);
        auto* from = m_console->findChild<QDateEdit*>(QStringLiteral("fromFilter"));
        auto* to = m_console->findChild<QDateEdit*>(QStringLiteral("toFilter"));
        from->setDate(day);
        to->setDate(day.addDays(2));
        const QStringList inPeriod
            = described(analysis.flags(session->thresholds(), analysis.eventsBetween(start, end)));
        QTRY_COMPARE(described(session->flags()), inPeriod);
        QVERIFY(inPeriod != everything);
        for (const Flag& flag : session->flags()) {
            for (int i : flag.events) {
                QVERIFY(analysis.events()[i].time >= start && analysis.events()[i].time <= end);
            }
        }
        auto* flags = m_console->findChild<QListWidget*>(QStringLiteral("flagList"));
        QCOMPARE(flags->count(), session->flags().size());
        from->setDate(from->minimumDate());  // "any"
        to->setDate(to->minimumDate());
        QTRY_COMPARE(described(session->flags()), everything);
        QCOMPARE(flags->count(), everything.size());
    }

    void supervisorProfileOpensTheConsole()
    {
        m_console.reset();
        m_profile->lock();
        m_profile.reset();
        // A supervisor profile where the session controller looks for it.
        QTemporaryDir root;
        const ProfileLocator locator(root.path());
        QVERIFY(supervisorProfile(locator.directoryFor(QStringLiteral("supervisor-1"))));
        SessionController session(locator, options());
        ui::MainWindow window(&session);
        window.show();
        QCOMPARE(session.stage(), SessionController::Stage::Unlock);
        QVERIFY(session.unlock(secret(kGood)));
        QVERIFY(window.supervisorConsole() != nullptr);
        QVERIFY(window.supervisorConsole()->isVisible());
        QVERIFY(window.supervisorConsole()->session() != nullptr);
        // A supervisor reviews audit exports, not batches: Import Batch is off,
        // and a batch handed over anyway is refused with a word in the status bar.
        QVERIFY(window.isSupervisor());
        auto* importBatch = window.findChild<QAction*>(QStringLiteral("actionImportBatch"));
        QVERIFY(importBatch != nullptr);
        QVERIFY(!importBatch->isEnabled());
        window.importBatches({ DemoOrganisation::batchPath() });
        QVERIFY(session.profile()->batchIds().value().isEmpty());
        auto* status = window.findChild<QLabel*>(QStringLiteral("statusText"));
        QVERIFY(status != nullptr);
        QVERIFY2(status->text().contains(QLatin1String("not imported")), qPrintable(status->text()));
        session.lock();
        QVERIFY(window.supervisorConsole()->session() == nullptr);
        QVERIFY(!window.supervisorConsole()->isVisible());
    }

    void cleanupTestCase()
    {
        m_console.reset();
        if (m_profile) {
            m_profile->lock();
        }
    }
};

QTEST_MAIN(TestSupervisorConsole)
#include "tst_supervisor_console.moc"
